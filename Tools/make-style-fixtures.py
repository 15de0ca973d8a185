#!/usr/bin/env python3
"""Writes the seed's Cuba narrative again in the other styles editions come in (TIP-FORMAT.md), as test fixtures.

Usage: python3 Tools/make-style-fixtures.py   (from the repository's top folder)

Every file written is an illustrative sample made for tipdiff's tests: the seed's words, re-laid out.
"""
import html
import pathlib
import re
import textwrap

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT / "Reports/2025/cuba.txt"
OUT = ROOT / "Tests/TIPParsingTests/Fixtures/styles"
LABEL = "Illustrative sample for tipdiff's tests: the 2025 Cuba narrative re-laid out in another edition style."


def narrative():
    """Headline paragraph, recommendations, and (heading, paragraphs) sections from the seed."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, l in enumerate(lines) if "minimum standards for the elimination" in l and "government of Cuba" in l)
    end = next(i for i, l in enumerate(lines) if l.startswith("===="))
    body = [unquote(l) for l in lines[start:end] if l.strip()]
    headline = body[0]
    recs, sections, current = [], [], None
    for line in body[1:]:
        if line.startswith("Prioritized Recommendations"):
            continue
        if line.startswith("- "):
            recs.append(line[2:])
        elif line in ("PROSECUTION", "PROTECTION", "PREVENTION", "TRAFFICKING PROFILE"):
            current = (line, [])
            sections.append(current)
        else:
            current[1].append(line)
    return headline, recs, sections


def unquote(line):
    line = line.strip()
    if line.startswith("“") and line.count("“") > line.count("”") - (1 if line.endswith("”") else 0):
        line = line[1:]
    elif line.startswith("“") and line.endswith("”"):
        line = line[1:]
    while line.endswith("”") and line.count("”") > line.count("“"):
        line = line[:-1]
    return line.strip()


def wrap(paragraph, width=78):
    return "\n".join(textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False))


def lower_first(item):
    return item[0].lower() + item[1:]


def semicolon_list(recs):
    items = [lower_first(r.rstrip(".")) if i else r.rstrip(".") for i, r in enumerate(recs)]
    return "; ".join(items[:-1]) + "; and " + items[-1] + "."


def colon_heading_wrapped(headline, recs, sections):
    """`CUBA: Tier 3`, hard-wrapped lines, blank lines between paragraphs, "• " bullets."""
    out = [LABEL, "", "CUBA: Tier 3", "", wrap(headline), "", "PRIORITIZED RECOMMENDATIONS:"]
    out += [wrap("• " + r) for r in recs]
    for heading, paragraphs in sections:
        out += ["", heading + ":"]
        for p in paragraphs:
            out += ["", wrap(p)]
    return "\n".join(out) + "\n"


def paren_heading_inline(headline, recs, sections):
    """`Cuba (Tier 3)`, "Recommendations for Cuba:" with an inline " • " list, straight quotes, double spaces."""
    def straight(s):
        return s.replace("“", '"').replace("”", '"').replace(". ", ".  ")
    out = [LABEL, "", "Cuba (Tier 3)", straight(headline), "Recommendations for Cuba:", " • ".join(straight(r) for r in recs)]
    for heading, paragraphs in sections:
        out.append(heading.title())
        out += [straight(p) for p in paragraphs]
    return "\n".join(out) + "\n"


def caps_paren_semicolons(headline, recs, sections):
    """`CUBA (TIER 3)`, recommendations as one ";" sentence with no heading, headings and paragraphs quoted."""
    out = [LABEL, "", "“CUBA (TIER 3)”", "“" + headline + "”", "“" + semicolon_list(recs) + "”"]
    for heading, paragraphs in sections:
        out.append("“" + heading + "”")
        out += ["“" + p + "”" for p in paragraphs]
    return "\n".join(out) + "\n"


def bare_heading_dashes(headline, recs, sections):
    """`CUBA` alone (the tier only in the text), "PRIORITIZED RECOMMENDATIONS" and "- " bullets, CRLF line ends."""
    out = [LABEL, "", "CUBA", "", headline, "", "PRIORITIZED RECOMMENDATIONS"]
    out += ["- " + r for r in recs]
    for heading, paragraphs in sections:
        out += ["", heading]
        out += paragraphs
    return "\r\n".join(out) + "\r\n"


def state_gov_page(headline, recs, sections):
    """A page shaped like a state.gov narrative: navigation, scripts, styles, footer, entities."""
    def para(text):
        escaped = html.escape(text, quote=False).replace("’", "&rsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;")
        return f"<p>{escaped}</p>"
    parts = [
        "<!DOCTYPE html>",
        "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cuba - United States Department of State</title>",
        "<style>body { font-family: serif; } .nav { display: none; }</style>",
        "<script>window.analytics = { track: function () { return \"CUBA: Tier 1\"; } };</script>",
        "</head><body>",
        f"<!-- {LABEL} -->",
        "<a class=\"skip-link\" href=\"#main\">Skip to content</a>",
        "<header><nav aria-label=\"Main\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/reports\">Reports</a></li>"
        "<li>PROSECUTION of our menu</li></ul></nav></header>",
        "<div class=\"breadcrumbs\">Home &raquo; Reports &raquo; 2025 Trafficking in Persons Report</div>",
        "<main id=\"main\"><article>",
        "<h1>2025 Trafficking in Persons Report: Cuba</h1>",
        "<div class=\"share-bar\"><button>Share</button> <a href=\"#\">Email this page</a></div>",
        "<div class=\"entry-content\">",
        "<p><strong>CUBA: Tier 3</strong></p>",
        para(headline),
        "<p><strong>PRIORITIZED RECOMMENDATIONS:</strong></p>",
        "<ul>" + "".join(f"<li>{html.escape(r, quote=False)}</li>" for r in recs) + "</ul>",
    ]
    for heading, paragraphs in sections:
        parts.append(f"<h3>{heading}</h3>")
        parts += [para(p) for p in paragraphs]
    parts += [
        "</div></article></main>",
        "<footer><p>PROTECTION of your privacy is our priority.</p><p>The government fully meets the minimum standards of web design.</p></footer>",
        "<script>document.write('PREVENTION');</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    headline, recs, sections = narrative()
    files = {
        "colon-heading-wrapped.txt": colon_heading_wrapped,
        "paren-heading-inline.txt": paren_heading_inline,
        "caps-paren-semicolons.txt": caps_paren_semicolons,
        "bare-heading-dashes.txt": bare_heading_dashes,
        "state-gov-page.html": state_gov_page,
    }
    for name, make in files.items():
        (OUT / name).write_bytes(make(headline, recs, sections).encode("utf-8"))
        print("wrote", (OUT / name).relative_to(ROOT))


if __name__ == "__main__":
    main()
