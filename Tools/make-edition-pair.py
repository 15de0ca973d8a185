#!/usr/bin/env python3
"""Writes a synthetic pair of whole-year report folders, ILLUSTRATIVE ONLY (not report text): about 190
country narratives a year, each built from the shipped 2025 Cuba narrative with the country's name and its
own figures, and a newer year with the edits a real year brings: tier moves, verdict changes, reworded,
moved, added and dropped sentences and paragraphs, new and dropped recommendations, changed figures, a term
reworded throughout, a number written another way. A manifest lists what was changed, so that a benchmark
can check that the diff finds it.

Usage: python3 Tools/make-edition-pair.py OUT [--scale 1|1/4|1/16] [--seed 2026] [--wrap]

Writes OUT/2024/<country>.txt, OUT/2025/<country>.txt and OUT/manifest.json. Deterministic for a seed.
"""
import argparse
import csv
import json
import pathlib
import random
import re
import textwrap
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
LABEL = ("[Illustrative sample, not official text: tipdiff's benchmark generator wrote this narrative from the "
         "2025 Cuba narrative; its country, tier, figures and wording are invented. Do not cite it.]")

EDITS = {
    "tier": "tier", "verdict": "verdict", "reword": "sentence-modified", "move": "sentence-moved",
    "new-paragraph": "sentence-added", "dropped-paragraph": "sentence-removed",
    "new-recommendation": "recommendation-added", "dropped-recommendation": "recommendation-removed",
    "figure": "statistic-changed", "term": "term", "number-format": "format-only",
}


def narrative_lines() -> list[str]:
    """The seed's narrative: from the headline to the last profile paragraph, quotation marks removed."""
    lines = (ROOT / "Reports/2025/cuba.txt").read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "does not fully meet the minimum standards" in line)
    end = next(i for i, line in enumerate(lines) if line.startswith("===="))
    out = []
    for line in lines[start:end]:
        line = line.strip()
        if not line:
            continue
        if line.startswith("“") and line.endswith("”"):
            line = line[1:-1]
        elif line.startswith("“"):
            line = line[1:]
        out.append(line.rstrip(":") if line.startswith("Prioritized Recommendations") else line)
    return out


def countries() -> list[str]:
    names = []
    with open(ROOT / "Reports/tiers/countries.csv", encoding="utf-8") as handle:
        for row in csv.reader(line for line in handle if not line.startswith("#")):
            if row and row[0] and row[0] != "country" and row[0] not in names and row[0] != "Cuba":
                names.append(row[0])
    return names


def file_name(name: str) -> str:
    # "Côte d'Ivoire" → "cote-divoire": accents folded, as tipdiff names files.
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded.lower().replace("’", "").replace("'", "")).strip("-")


def base(lines: list[str], name: str, rng: random.Random) -> list[str]:
    """One country's older narrative: the seed with the country's name and its own figures."""
    shift = rng.randint(1, 9)
    out = [f"{name.upper()}: Tier 3"]
    for line in lines:
        line = line.replace("Cuban", "local").replace("Cuba", name)
        # Figures of two or three digits moved by the country's shift; years, article numbers and
        # thousands (1,818 stays for the number-format edit) left alone.
        line = re.sub(r"(?<![\d.,])(\d{2,3})(?![\d.,])", lambda m: m.group(1) if 1990 <= int(m.group(1)) <= 2030 else str(int(m.group(1)) + shift), line)
        out.append(line)
    return out


def edit(lines: list[str], name: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """The newer narrative and the edits made, each kind with the probability a real year might show."""
    lines = list(lines)
    made = []
    def index(predicate):
        return [i for i, line in enumerate(lines) if predicate(line)]
    paragraphs = index(lambda l: len(l) > 300 and not l.startswith("- "))
    if rng.random() < 0.25:
        lines[0] = lines[0].replace("Tier 3", "Tier 2 Watch List")
        lines = [l.replace(f"{name} remained on Tier 3.", f"{name} was upgraded to Tier 2 Watch List.") for l in lines]
        made.append("tier")
    if rng.random() < 0.3:
        lines = [l.replace("The regime maintained protection efforts.", "The regime increased protection efforts.") for l in lines]
        made.append("verdict")
    reworded = None
    if rng.random() < 0.8:
        i = rng.choice(paragraphs[1:])
        lines[i] = lines[i].replace(" reported ", " stated ", 1) if " reported " in lines[i] else lines[i].replace(" the ", " its ", 1)
        reworded = lines[i]
        made.append("reword")
    profile = index(lambda l: len(l) > 300 and lines.index(l) > index(lambda x: x == "TRAFFICKING PROFILE")[0])
    if rng.random() < 0.4 and len(profile) >= 3:
        a, b = profile[1], profile[2]
        lines[a], lines[b] = lines[b], lines[a]
        made.append("move")
    if rng.random() < 0.5:
        at = index(lambda l: l == "TRAFFICKING PROFILE")[0]
        lines.insert(at, f"In {2024 + rng.randint(0, 1)}, authorities in {name} opened a new shelter for survivors of forced labor and trained {rng.randint(20, 90)} officials to screen migrant workers for indicators of trafficking. Civil society organizations welcomed the step but noted that the shelter remained underfunded.")
        made.append("new-paragraph")
    profile = index(lambda l: len(l) > 300 and lines.index(l) > index(lambda x: x == "TRAFFICKING PROFILE")[0])
    if rng.random() < 0.3 and len(profile) >= 4:
        # Never the reworded paragraph: its rewording would go with it.
        del lines[next(i for i in reversed(profile) if lines[i] != reworded)]
        made.append("dropped-paragraph")
    bullets = index(lambda l: l.startswith("- "))
    if rng.random() < 0.5:
        lines.insert(bullets[-1] + 1, f"- Establish a national referral mechanism in {name} with dedicated funding for victim services.")
        made.append("new-recommendation")
    if rng.random() < 0.3:
        del lines[bullets[rng.randrange(len(bullets))]]
        made.append("dropped-recommendation")
    if rng.random() < 0.7:
        lines = [re.sub(r"investigated (\d+) domestic", lambda m: f"investigated {int(m.group(1)) + rng.randint(1, 9)} domestic", l) for l in lines]
        made.append("figure")
    if rng.random() < 0.15:
        lines = [l.replace("regime", "government") for l in lines]
        made.append("term")
    if rng.random() < 0.2 and any("1,818" in l for l in lines):
        lines = [l.replace("1,818", "1818") for l in lines]
        made.append("number-format")
    return lines, made


def written(lines: list[str], wrap: bool) -> str:
    body = [LABEL, ""]
    for line in lines:
        body += (textwrap.wrap(line, 78, break_long_words=False, break_on_hyphens=False) if wrap else [line]) + [""]
    return "\n".join(body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--scale", default="1", choices=["1", "1/4", "1/16"])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--wrap", action="store_true", help="hard-wrap lines at 78 columns, as pdftotext does")
    options = parser.parse_args()
    count = {"1": 190, "1/4": 48, "1/16": 12}[options.scale]
    rng = random.Random(options.seed)
    lines = narrative_lines()
    names = countries()[:count]
    out = pathlib.Path(options.out)
    manifest = {"illustrative": True, "seed": options.seed, "scale": options.scale, "wrapped": options.wrap, "countries": {}}
    words = 0
    for name in names:
        older = base(lines, name, rng)
        newer, made = edit(older, name, rng)
        for year, text in (("2024", written(older, options.wrap)), ("2025", written(newer, options.wrap))):
            folder = out / year
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{file_name(name)}.txt").write_text(text, encoding="utf-8")
            words += len(text.split())
        manifest["countries"][name] = {"file": f"{file_name(name)}.txt", "edits": made, "expect": sorted({EDITS[e] for e in made})}
    manifest["words"] = words
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    print(f"wrote {len(names)} countries a year, {words:,} words in both years, to {out}")


if __name__ == "__main__":
    main()
