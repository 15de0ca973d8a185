#!/usr/bin/env python3
"""Writes a synthetic multi-year archive, ILLUSTRATIVE ONLY (not report text): several countries over ten or
more years, each narrative grown from the shipped 2025 Cuba narrative (through the helpers of
make-edition-pair.py) and edited year by year the way editions change: sentences carried, reworded, moved,
added and dropped; prioritized recommendations added, repeated, reworded and dropped; each year's figures
with the year before restated beside them in the report's wording ("compared with 27 in 2015", "(180 in
2016)"), some of them revised; and one phrase removed from most countries in the same year.

Usage: python3 Tools/make-archive.py OUT [--years 12] [--countries 6] [--seed 2026] [--last 2025]

Writes OUT/<year>/<country>.txt for every year and country, and OUT/manifest.json: what was done, with the
answers `tipdiff history`, the recommendation ledger, the restatement audit and `tipdiff terms` must give.
Deterministic for its options.
"""
import argparse
import importlib.util
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_edition_pair", HERE / "make-edition-pair.py")
pair = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pair)

LABEL = ("[Illustrative sample, not official text: tipdiff's archive generator (Tools/make-archive.py) wrote this "
         "narrative from the 2025 Cuba narrative; its country, tier, figures, recommendations and wording are "
         "invented and edited year by year. Do not cite it.]")
SECTIONS = {"PROSECUTION": "prosecution", "PROTECTION": "protection", "PREVENTION": "prevention",
            "TRAFFICKING PROFILE": "profile"}
# The seed's paragraphs that give its own reporting period's figures; the archive's figures replace them.
FIGURE_PARAGRAPHS = ("In October 2024, the regime published", "The 2023 report produced by the regime")
# The phrase most countries lose in one year, in a sentence no other edit touches.
PHRASE = "elderly, and disabled persons"
PHRASE_SENTENCE = "identified children, young women, elderly, and disabled persons as the most vulnerable"
# One-word rewordings, tried in order; a sentence is reworded by the first that it contains.
REWORDINGS = [(" reported ", " stated "), (" did not ", " failed to "), (" allegedly ", " reportedly "),
              (" significant ", " considerable "), (" continued to ", " went on to "), (" including ", " among them "),
              (" officials ", " authorities "), (" workers ", " laborers ")]
RECOMMENDATION_REWORDINGS = [("Vigorously ", "Proactively "), ("Train ", "Systematically train "),
                             ("Cease ", "End "), ("Stop ", "Immediately stop "), ("Ensure ", "Guarantee "),
                             ("Eliminate ", "Abolish "), ("Allow ", "Permit "), ("Implement ", "Adopt "),
                             ("Revise ", "Amend "), ("Establish ", "Create "), ("Increase ", "Raise ")]
NEW_RECOMMENDATIONS = [
    "Establish a national referral mechanism with dedicated funding for victim services.",
    "Increase the budget of the anti-trafficking coordinating body and publish its spending each year.",
    "Adopt a witness protection statute covering foreign nationals who testify against traffickers.",
    "Screen seasonal agricultural laborers at border crossings for indicators of debt bondage.",
    "Publish disaggregated court statistics on trafficking sentences within six months of each verdict.",
    "Open a shelter for adult male survivors of forced labor in the capital.",
    "Ratify the 2000 UN TIP Protocol and align domestic legislation with its definitions.",
    "Regulate private employment agencies and prohibit recruitment fees charged to job seekers.",
]
ADDED = [
    "In {y}, authorities in {c} opened a shelter for survivors of forced labor with room for {n} residents.",
    "Labor inspectors in {c} received {n} hours of instruction on debt bondage during {y}.",
    "A hotline run by an NGO in {c} answered {n} calls from fishermen during {y}.",
    "Prosecutors in {c} formed a task force of {n} specialists on online sexual exploitation in {y}.",
    "The national rapporteur of {c} visited {n} garment factories to interview migrant seamstresses in {y}.",
    "Embassies of {c} abroad repatriated {n} domestic servants stranded by their employers in {y}.",
]
FIGURES = [
    # (section, counted, sentence with {v} {y} {pv} {py})
    ("prosecution", "trafficking cases investigated",
     "According to its annual report, the government investigated {v} trafficking cases in {y}, compared with {pv} in {py}."),
    ("prosecution", "alleged traffickers prosecuted",
     "Authorities prosecuted {v} alleged traffickers in {y} ({pv} in {py})."),
    ("protection", "victims identified",
     "Officials identified {v} trafficking victims in {y}, compared with {pv} victims in {py}."),
]


def split_sentences(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+(?=[A-Z])", paragraph)


def simple(sentence: str) -> bool:
    """A sentence whose borders every segmenter agrees on: no quotes, brackets or inner full stops."""
    return (len(sentence.split()) >= 8 and sentence.endswith(".") and "." not in sentence[:-1]
            and not re.search(r"[“”\"()\[\]$;:]", sentence) and PHRASE_SENTENCE not in sentence)


class Country:
    """One country's narrative as editable values: recommendations and sections of paragraphs of sentences."""

    def __init__(self, name: str, lines: list[str], rng: random.Random, first: int):
        self.name = name
        self.heading, self.headline, self.recommendation_heading = lines[0], lines[1], lines[2]
        self.recommendations = []  # [id, text]
        self.sections = []  # [heading, kind, [[sentence ids]]]
        self.sentences = {}  # id -> {"text", "section", "first", "last", "events"}
        self.records = {}  # recommendation id -> {"first", "dropped", "events"}
        kind = None
        for line in lines[3:]:
            if line.startswith("- "):
                # The seed's last recommendation closes its quotation: "... offenses.”"
                self.add_recommendation(line[2:].rstrip("”"), first, status="first")
            elif line in SECTIONS:
                kind = SECTIONS[line]
                self.sections.append([line, kind, []])
            elif kind:
                sentences = split_sentences(line)
                if line.startswith(FIGURE_PARAGRAPHS[0]):
                    continue
                if line.startswith(FIGURE_PARAGRAPHS[1]):
                    sentences = sentences[2:]
                # "Cuban citizens ..." became "local citizens ...": capitalized, so that it still opens a
                # sentence wherever an edit puts it.
                self.sections[-1][2].append([self.new_sentence(s[0].upper() + s[1:], kind, first) for s in sentences])
        self.figures = {counted: rng.randint(5, 60) for _, counted, _ in FIGURES}

    def new_sentence(self, text: str, kind: str, year: int) -> str:
        sid = f"S{len(self.sentences) + 1}"
        self.sentences[sid] = {"text": text, "section": kind, "first": year, "last": None, "events": []}
        return sid

    def add_recommendation(self, text: str, year: int, status: str) -> None:
        rid = f"R{len(self.records) + 1}"
        self.recommendations.append([rid, text])
        self.records[rid] = {"first": year, "dropped": None, "events": [{"year": year, "status": status, "text": text}]}

    def flat(self, kind: str) -> list[str]:
        """A section's sentence ids in reading order."""
        return [sid for s in self.sections if s[1] == kind for p in s[2] for sid in p]

    def bodies(self, kind: str) -> list[list[str]]:
        """A section's paragraphs but its verdict's (the profile has no verdict)."""
        paragraphs = next(s[2] for s in self.sections if s[1] == kind)
        return paragraphs if kind == "profile" else paragraphs[1:]


def evolve(country: Country, year: int, rng: random.Random, phrase_year: int, loses_phrase: bool) -> dict:
    """One year's edits to a country, in place; returns the counts per section the history must find."""
    counts = {kind: {"new": 0, "reworded": 0, "moved": 0, "dropped": 0} for kind in ["headline"] + [s[1] for s in country.sections]}
    touched = set()
    kinds = [s[1] for s in country.sections]

    def candidates(kind=None):
        for s in country.sections:
            if kind and s[1] != kind:
                continue
            for p, paragraph in enumerate(s[2]):
                if p == 0 and s[1] != "profile":
                    continue
                for i, sid in enumerate(paragraph):
                    if sid not in touched and simple(country.sentences[sid]["text"]):
                        yield s[1], paragraph, i, sid

    def record(sid: str, kind: str, event: str, text=None) -> None:
        touched.add(sid)
        entry = {"year": year, "kind": event}
        if text is not None:
            entry["text"] = text
        country.sentences[sid]["events"].append(entry)
        counts[kind][event] += 1

    if year == phrase_year and loses_phrase:
        for kind, paragraph, i, sid in [(s[1], p, i, sid) for s in country.sections for p in s[2]
                                        for i, sid in enumerate(p)]:
            text = country.sentences[sid]["text"]
            if PHRASE in text:
                text = text.replace("children, young women, " + PHRASE, "children and young women")
                country.sentences[sid]["text"] = text
                record(sid, kind, "reworded", text)
    if rng.random() < 0.6:
        options = [c for c in candidates() if any(a in country.sentences[c[3]]["text"] for a, _ in REWORDINGS)]
        if options:
            kind, paragraph, i, sid = rng.choice(options)
            text = country.sentences[sid]["text"]
            old, new = next((a, b) for a, b in REWORDINGS if a in text)
            text = text.replace(old, new, 1)
            country.sentences[sid]["text"] = text
            record(sid, kind, "reworded", text)
    dropped_kind = None
    if rng.random() < 0.35:
        options = [c for c in candidates() if len(c[1]) > 1]
        if options:
            kind, paragraph, i, sid = rng.choice(options)
            del paragraph[i]
            country.sentences[sid]["last"] = year - 1
            touched.add(sid)
            counts[kind]["dropped"] += 1
            dropped_kind = kind
    if rng.random() < 0.25:
        # Within a section: out of one paragraph, to the start of another at least two sentences away.
        options = [c for c in candidates() if len(c[1]) > 1 and len(country.bodies(c[0])) > 1]
        rng.shuffle(options)
        for kind, paragraph, i, sid in options:
            # Two places or more away in the section's reading order, or no reader would see it move.
            before = country.flat(kind).index(sid)
            del paragraph[i]
            targets = [p for p in country.bodies(kind) if p is not paragraph
                       and abs(country.flat(kind).index(p[0]) - before) >= 2]
            if targets:
                rng.choice(targets).insert(0, sid)
                record(sid, kind, "moved")
                break
            paragraph.insert(i, sid)
    if rng.random() < 0.4:
        kind = rng.choice([k for k in kinds if k != dropped_kind])
        template = ADDED[(year + len(country.sentences)) % len(ADDED)]
        text = template.format(y=year - 1, c=country.name, n=rng.randint(12, 480))
        paragraph = rng.choice(country.bodies(kind))
        sid = country.new_sentence(text, kind, year)
        paragraph.insert(rng.randint(1, len(paragraph)), sid)
        touched.add(sid)
        counts[kind]["new"] += 1
    counts["recommendations"] = evolve_recommendations(country, year, rng)
    return counts


def evolve_recommendations(country: Country, year: int, rng: random.Random) -> dict:
    """One year's edits to the recommendations; returns the counts the history must find in their section."""
    counts = {"new": 0, "reworded": 0, "moved": 0, "dropped": 0}
    changed = set()
    if rng.random() < 0.3 and len(country.recommendations) > 4:
        rid, _ = country.recommendations.pop(rng.randrange(len(country.recommendations)))
        country.records[rid]["dropped"] = year
        country.records[rid]["events"].append({"year": year, "status": "dropped"})
        changed.add(rid)
        counts["dropped"] += 1
    if rng.random() < 0.35:
        options = [r for r in country.recommendations
                   if any(r[1].startswith(a) for a, _ in RECOMMENDATION_REWORDINGS)]
        if options:
            entry = rng.choice(options)
            old, new = next((a, b) for a, b in RECOMMENDATION_REWORDINGS if entry[1].startswith(a))
            entry[1] = new + entry[1][len(old):]
            country.records[entry[0]]["events"].append({"year": year, "status": "reworded", "text": entry[1]})
            changed.add(entry[0])
            counts["reworded"] += 1
    for rid, text in country.recommendations:
        if rid not in changed:
            country.records[rid]["events"].append({"year": year, "status": "repeated", "text": text})
    used = {text for r in country.records.values() for e in r["events"] if "text" in e for text in [e["text"]]}
    fresh = [t for t in NEW_RECOMMENDATIONS if t not in used]
    if rng.random() < 0.35 and fresh:
        country.add_recommendation(rng.choice(fresh), year, status="first")
        counts["new"] += 1
    return counts


def figure_sentences(country: Country, year: int, rng: random.Random, first: int, checks: list) -> dict:
    """This edition's figures for the year before it, each with the year before that restated."""
    period, prior = year - 1, year - 2
    out = {}
    for kind, counted, template in FIGURES:
        last = country.figures[counted]
        restated = last
        status = "not found" if year == first else "consistent"
        if year != first and rng.random() < 0.2:
            restated = last + rng.choice([-3, -2, 2, 4, 7])
            status = "revised"
        current = max(1, last + rng.randint(-8, 12))
        country.figures[counted] = current
        checks.append({"country": country.name, "edition": year, "counted": counted, "period": str(prior),
                       "value": restated, "earlier": None if year == first else year - 1,
                       "earlierValue": None if year == first else last, "status": status,
                       "current": current, "currentPeriod": str(period)})
        out.setdefault(kind, []).append(template.format(v=current, y=period, pv=restated, py=prior))
    return out


def render(country: Country, figures: dict) -> str:
    lines = [LABEL, "", country.heading, "", country.headline, "", country.recommendation_heading, ""]
    lines += [f"- {text}" for _, text in country.recommendations] + [""]
    for heading, kind, paragraphs in country.sections:
        lines += [heading, ""]
        for p, paragraph in enumerate(paragraphs):
            text = " ".join(country.sentences[sid]["text"] for sid in paragraph)
            # The figures stand as the section's second paragraph, after its verdict, as the seed's did.
            if p == 1 and kind in figures:
                lines += [" ".join(figures[kind]), ""]
            lines += [text, ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--years", type=int, default=12)
    parser.add_argument("--countries", type=int, default=6)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--last", type=int, default=2025, help="the newest edition's year")
    options = parser.parse_args()
    if options.years < 2:
        parser.error("--years must be at least 2")
    rng = random.Random(options.seed)
    years = list(range(options.last - options.years + 1, options.last + 1))
    names = pair.countries()[:options.countries]
    phrase_year = years[len(years) // 2]
    losing = sorted(rng.sample(names, max(1, len(names) * 4 // 5)))
    seed = pair.narrative_lines()
    out = pathlib.Path(options.out)
    manifest = {"illustrative": True, "seed": options.seed, "years": years, "countries": {}, "restatements": [],
                "phraseRemoved": {"phrase": PHRASE, "year": phrase_year, "countries": losing}}
    for name in names:
        lines = pair.base(seed, name, rng)
        country = Country(name, lines, rng, years[0])
        file = f"{pair.file_name(name)}.txt"
        sections = {}
        for year in years:
            if year != years[0]:
                counts = evolve(country, year, rng, phrase_year, name in losing)
                # Each figure sentence is the year before's with new numbers: reworded every year.
                for kind, _, _ in FIGURES:
                    counts[kind]["reworded"] += 1
                sections[str(year)] = counts
            figures = figure_sentences(country, year, rng, years[0], manifest["restatements"])
            folder = out / str(year)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / file).write_text(render(country, figures), encoding="utf-8")
        manifest["countries"][name] = {
            "file": file, "sections": sections, "recommendations": country.records,
            "sentences": {sid: s for sid, s in country.sentences.items() if s["events"] or s["last"]
                          or s["first"] != years[0]},
        }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False),
                                       encoding="utf-8")
    print(f"wrote {len(names)} countries over {len(years)} editions ({years[0]}-{years[-1]}) to {out}")


if __name__ == "__main__":
    main()
