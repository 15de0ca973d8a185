#!/usr/bin/env python3
"""How well tipdiff reads real report text: statistics recall and precision, what each figure counts, its period
and role, the verdicts, and the relations between the figures of two consecutive editions.

Usage: Tools/eval-real.py [--tipdiff PATH] [--data Tests/Fixtures/real] [--verbose]

Reads the hand-coded real excerpts (sections/*.txt with *.gold.yaml, sections/verdicts.csv, pairs/*.yaml), runs
`tipdiff stats`, `tipdiff parse` and `tipdiff diff` on them and prints one line a measure. Exit 1 when a measure is
below what README promises (recall and precision 0.98, every period, role, verdict and relation right, no
forbidden pairing), so CI can run it.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_json(tipdiff, *args):
    done = subprocess.run([tipdiff, *args, "--format", "json"], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def expected_period(gold_period, reporting_year):
    """The calendar period a hand-coded period names, as tipdiff writes resolved periods."""
    r = reporting_year
    if gold_period is None:
        return str(r)
    p = str(gold_period).strip().lower()
    if re.fullmatch(r"\d{4}", p):
        return p
    m = re.fullmatch(r"(\d{4}) and (\d{4})", p)
    if m:
        a, b = sorted(int(x) for x in m.groups())
        return f"{a}-{b}"
    m = re.fullmatch(r"(?:between )?(\d{4})(?:-| and | to )(\d{4})", p)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    if "previous" in p or "prior" in p or p == "last year":
        return ("FY " if "fiscal" in p else "") + str(r - 1)
    if "fiscal year" in p:
        return f"FY {r}"
    m = re.fullmatch(r"last (\w+) years", p)
    if m:
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
        n = int(m.group(1)) if m.group(1).isdigit() else words[m.group(1)]
        return f"{r - n + 1}-{r}"
    return p


def last_year(period):
    years = re.findall(r"\d{4}", period)
    return int(years[-1]) if years else None


def align(gold, found):
    """The longest common subsequence of the two figure lists by value (and upper end): pairs of indices."""
    def same(g, f):
        return abs(g["value"] - f["value"]) < 1e-6 and (g.get("upper") is None or f.get("upper") is not None and abs(g["upper"] - f["upper"]) < 1e-6)
    n, m = len(gold), len(found)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if same(gold[i], found[j]) else max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if same(gold[i], found[j]) and table[i][j] == table[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def statistics(tipdiff, data, verbose):
    totals = dict(gold=0, found=0, hit=0, ignored=0, period=0, role=0, label=0)
    misses = []
    sections = os.path.join(data, "sections")
    for name in sorted(os.listdir(sections)):
        if not name.endswith(".gold.yaml"):
            continue
        gold = yaml.safe_load(open(os.path.join(sections, name), encoding="utf-8"))
        path = os.path.join(sections, gold["file"])
        text = open(path, encoding="utf-8").read()
        figures = gold.get("statistics") or []
        report = run_json(tipdiff, "stats", path)
        found = report["statistics"]
        reporting_year = int(gold["report_year"]) - 1
        # Figures inside an ambiguous phrase count neither way.
        ambiguous = []
        for entry in gold.get("ambiguous") or []:
            for m in re.finditer(re.escape(entry["text"]), text):
                ambiguous.append((m.start(), m.end()))
        pairs = align(figures, found)
        matched = {j for _, j in pairs}
        ignored = [j for j, f in enumerate(found) if j not in matched
                   and any(a <= f["range"]["start"] < b for a, b in ambiguous)]
        totals["gold"] += len(figures)
        totals["found"] += len(found) - len(ignored)
        totals["ignored"] += len(ignored)
        totals["hit"] += len(pairs)
        for i, j in pairs:
            g, f = figures[i], found[j]
            want = expected_period(g.get("period"), reporting_year)
            want_role = "comparison" if (last_year(want) or reporting_year) < reporting_year else "current"
            ok_period = f.get("resolvedPeriod") == want
            ok_role = f.get("role") == want_role
            # What the figure counts, as tipdiff names it (label, key and the counted words), against the coded cue:
            # right when a content word of the cue (its first five letters) is named.
            label = " ".join([f.get("label") or "", f.get("key", ""), f.get("counted") or ""]).lower()
            cue_words = [w for c in g.get("cue") or [] for w in re.findall(r"[a-z]{4,}", c.lower())
                         if w not in ("with", "from", "that", "were", "than", "into", "under", "of the")]
            ok_label = any(w[:5] in label for w in cue_words)
            if verbose and not ok_label:
                misses.append(f"  {gold['file']}: {f['text']!r} named {f.get('label')!r} ({f['key']}), coded {g.get('cue')}")
            totals["period"] += ok_period
            totals["role"] += ok_role
            totals["label"] += ok_label
            if verbose and not (ok_period and ok_role):
                misses.append(f"  {gold['file']}: {f['text']!r} period {f.get('resolvedPeriod')} role {f.get('role')}, "
                              f"coded {want} {want_role}")
        if verbose:
            gi = {i for i, _ in pairs}
            for i, g in enumerate(figures):
                if i not in gi:
                    misses.append(f"  {gold['file']}: missed {g['value']} {g.get('cue')}")
            for j, f in enumerate(found):
                if j not in matched and j not in ignored:
                    misses.append(f"  {gold['file']}: extra {f['text']!r} ({f['key']})")
    return totals, misses


def verdicts(tipdiff, data, verbose):
    right, total, misses = 0, 0, []
    with open(os.path.join(data, "sections", "verdicts.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            total += 1
            edition = run_json(tipdiff, "parse", os.path.join(data, "sections", row["file"]))
            sections = [s for s in edition["sections"] if s["kind"] in ("prosecution", "protection", "prevention")]
            got = (sections[0]["verdict"] or "", (sections[0].get("verdictQualifier") or "").lower()) if sections else None
            want = (row["verdict"], row["qualifier"].lower())
            if got == want:
                right += 1
            else:
                misses.append(f"  {row['file']}: read {got}, coded {want}")
    return right, total, misses


def headlines(tipdiff, data):
    right, total, misses = 0, 0, []
    with open(os.path.join(data, "headlines", "truth.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            total += 1
            tier = run_json(tipdiff, "parse", os.path.join(data, "headlines", row["file"]))["tier"]
            got = (tier["placement"], tier["movement"], "yes" if tier["policyOrPattern"] else "no")
            want = (row["tier"], row["movement"], row["policy_or_pattern"])
            if got == want:
                right += 1
            else:
                misses.append(f"  {row['file']}: read {got}, coded {want}")
    return right, total, misses


def locate(text, cue, value_text=None):
    """The offset of a cue in the text (case-insensitive), or None."""
    m = re.search(re.escape(cue), text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def figure_at(statistics, text, cue, value):
    """The extracted figure with `value` inside (or nearest to) where `cue` stands."""
    span = locate(text, cue)
    if span is None:
        return None
    candidates = [s for s in statistics if abs(s["value"] - value) < 1e-6]
    inside = [s for s in candidates if span[0] <= s["range"]["start"] < span[1]]
    if inside:
        return inside[0]["range"]["start"]
    return None


def relations(tipdiff, data, verbose):
    right, total, forbidden, forbidden_total, misses = 0, 0, 0, 0, []
    for name in sorted(os.listdir(os.path.join(data, "pairs"))):
        pair = yaml.safe_load(open(os.path.join(data, "pairs", name), encoding="utf-8"))
        old_path = os.path.join(data, "sections", pair["old"])
        new_path = os.path.join(data, "sections", pair["new"])
        old_text = open(old_path, encoding="utf-8").read()
        new_text = open(new_path, encoding="utf-8").read()
        old_stats = run_json(tipdiff, "stats", old_path)["statistics"]
        new_stats = run_json(tipdiff, "stats", new_path)["statistics"]
        diff = run_json(tipdiff, "diff", old_path, new_path)
        # Every reported relation between figures: (old start, new start) -> kind, with one-sided ones keyed by None.
        reported = {}
        for record in diff.get("changes", []):
            if not record.get("kind", "").startswith("statistic") and record.get("kind") != "format":
                continue
            o = (record.get("oldRange") or {}).get("start")
            n = (record.get("newRange") or {}).get("start")
            reported[(o, n)] = record["kind"]
        for restated in diff.get("restated", []):
            reported[(restated["oldRange"]["start"], restated["newRange"]["start"])] = "restated"
        kinds = {"year-over-year": {"statistic-changed"}, "restated": {"restated"}, "revised": {"statistic-revised"},
                 "format-only": {"format", "restated"}, "new": {"statistic-added"}, "dropped": {"statistic-removed"},
                 "not-comparable": {"statistic-redefined", "statistic-added", "statistic-removed"}}
        for relation in pair["relations"]:
            if relation.get("outside_file_gold"):
                continue
            total += 1
            kind = relation["kind"]
            acceptable = set().union(*(kinds[k] for k in [kind] + relation.get("also_acceptable", [])))
            if isinstance(relation.get("old"), dict) or isinstance(relation.get("new"), dict):
                o = relation.get("old") or {}
                n = relation.get("new") or {}
                o_at = figure_at(old_stats, old_text, o["cue"], o["value"]) if o else None
                n_at = figure_at(new_stats, new_text, n["cue"], n["value"]) if n else None
            else:
                o_at = figure_at(old_stats, old_text, relation["old_cue"], relation["old"])
                n_at = figure_at(new_stats, new_text, relation["new_cue"], relation["new"])
            if kind == "new":
                got = reported.get((None, n_at))
            elif kind == "dropped":
                got = reported.get((o_at, None))
            elif kind == "not-comparable":
                pair_kind = reported.get((o_at, n_at))
                got = pair_kind if pair_kind else ("statistic-added" if (None, n_at) in reported or (o_at, None) in reported else None)
                if pair_kind in relation.get("wrong_kinds", []):
                    got = pair_kind
            else:
                got = reported.get((o_at, n_at))
            if got in acceptable:
                right += 1
            else:
                misses.append(f"  {kind} {relation.get('measure')}: reported {got} (old at {o_at}, new at {n_at})")
        for wrong in pair.get("must_not_pair", []):
            forbidden_total += 1
            o_at = figure_at(old_stats, old_text, wrong["old_cue"], wrong["old"])
            n_at = figure_at(new_stats, new_text, wrong["new_cue"], wrong["new"])
            if (o_at, n_at) in reported:
                forbidden += 1
                misses.append(f"  forbidden pairing {wrong['old']} -> {wrong['new']} reported as {reported[(o_at, n_at)]}")
    return right, total, forbidden, forbidden_total, misses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tipdiff", default=os.path.join(ROOT, ".build", "debug", "tipdiff"))
    parser.add_argument("--data", default=os.path.join(ROOT, "Tests", "Fixtures", "real"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    totals, stat_misses = statistics(args.tipdiff, args.data, args.verbose)
    recall = totals["hit"] / max(1, totals["gold"])
    precision = totals["hit"] / max(1, totals["found"])
    hits = max(1, totals["hit"])
    v_right, v_total, v_misses = verdicts(args.tipdiff, args.data, args.verbose)
    r_right, r_total, forbidden, forbidden_total, r_misses = relations(args.tipdiff, args.data, args.verbose)
    h_right, h_total, h_misses = headlines(args.tipdiff, args.data)
    print(f"statistics  recall {recall:.3f} ({totals['hit']}/{totals['gold']})  precision {precision:.3f} "
          f"({totals['hit']}/{totals['found']}, {totals['ignored']} in ambiguous phrases not counted)")
    print(f"periods     {totals['period']}/{totals['hit']} right ({totals['period'] / hits:.3f})")
    print(f"roles       {totals['role']}/{totals['hit']} right ({totals['role'] / hits:.3f})")
    print(f"labels      {totals['label']}/{totals['hit']} name a word of the coded cue ({totals['label'] / hits:.3f})")
    print(f"verdicts    {v_right}/{v_total} direction and qualifier right")
    print(f"relations   {r_right}/{r_total} right; forbidden pairings made: {forbidden}/{forbidden_total}")
    print(f"headlines   {h_right}/{h_total} tier, movement and policy-or-pattern finding right")
    if args.verbose:
        for line in stat_misses + v_misses + r_misses + h_misses:
            print(line)
    ok = (recall >= 0.98 and precision >= 0.98 and totals["period"] == totals["hit"] and totals["role"] == totals["hit"]
          and v_right == v_total and r_right == r_total and forbidden == 0 and h_right == h_total)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
