#!/usr/bin/env python3
"""Benchmark: a whole year pair (Tools/make-edition-pair.py, illustrative) at 1/16, 1/4 and full size, and
the full pair hard-wrapped: `tipdiff parse`, `stats`, `diff`, `report` and `export` (a new database, then
again with nothing changed) beside `git diff --no-index
--word-diff`, `dwdiff` (when installed) and a Python difflib word-level loop over the same file pairs, in one
run. Prints medians, ratios to git, cpu/wall (both cores used?) and peak memory, and checks that every edit
the generator injected is found by the diff (the manifest).

Usage: python3 Tools/bench-year.py [--runs 3] [--quick]     (builds the release binary first)
"""
import argparse
import difflib
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def timed(command: list[str], cwd=ROOT) -> tuple[float, float, int]:
    """Wall seconds, cpu seconds (user + sys) and peak resident KiB of one run."""
    wrapped = ["/usr/bin/time", "-f", "%e %U %S %M", *command]
    result = subprocess.run(wrapped, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)}: exit {result.returncode}\n{result.stderr[-800:]}")
    wall, user, system, peak = result.stderr.strip().split("\n")[-1].split()
    return float(wall), float(user) + float(system), int(peak)


def difflib_loop(old: pathlib.Path, new: pathlib.Path) -> float:
    start = time.perf_counter()
    for path in sorted(old.iterdir()):
        other = new / path.name
        if other.exists():
            a = path.read_text(encoding="utf-8").split()
            b = other.read_text(encoding="utf-8").split()
            list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
    return time.perf_counter() - start


def folder_bytes(*folders: pathlib.Path) -> int:
    return sum(p.stat().st_size for folder in folders for p in folder.iterdir())


def check_manifest(pair: pathlib.Path, binary: pathlib.Path) -> tuple[int, int, list[str]]:
    manifest = json.loads((pair / "manifest.json").read_text())
    result = subprocess.run([str(binary), "diff", str(pair / "2024"), str(pair / "2025"), "--format", "json"],
                            capture_output=True, text=True)
    document = json.loads(result.stdout)
    # Countries as the diff names them, found through their files (the name may be spelt another way).
    name_of_file = {pathlib.Path(e["new"]["path"]).name: e["country"] for e in document["editions"]}
    found: dict[str, set[str]] = {}
    for change in document["changes"]:
        kinds = found.setdefault(change.get("country") or "", set())
        kinds.add(change["kind"])
        # A reworded sentence that also moved is one change: moved, with its word edits.
        if change["kind"] == "sentence-moved" and change.get("edits"):
            kinds.add("sentence-modified")
    expected = missed = 0
    misses = []
    for country, entry in manifest["countries"].items():
        for kind in entry["expect"]:
            expected += 1
            if kind not in found.get(name_of_file.get(entry["file"], country), set()):
                missed += 1
                misses.append(f"{country}: {kind}")
    return expected, missed, misses


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="the full size only, one run")
    options = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tipdiff"], cwd=ROOT, check=True, capture_output=True)
    binary = ROOT / ".build/release/tipdiff"
    runs = 1 if options.quick else options.runs
    dwdiff = shutil.which("dwdiff")
    rows = []
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        sizes = [("full", "1", False)] if options.quick else [("1/16", "1/16", False), ("1/4", "1/4", False), ("full", "1", False), ("full, wrapped", "1", True)]
        for label, scale, wrap in sizes:
            pair = work / label.replace("/", "-").replace(", ", "-")
            subprocess.run([sys.executable, str(ROOT / "Tools/make-edition-pair.py"), str(pair), "--scale", scale]
                           + (["--wrap"] if wrap else []), check=True, capture_output=True)
            old, new = pair / "2024", pair / "2025"
            words = json.loads((pair / "manifest.json").read_text())["words"]
            size = folder_bytes(old, new)
            out = work / "out"
            out.mkdir(exist_ok=True)
            commands = {
                "parse": [str(binary), "parse", str(new), "--format", "json"],
                "stats": [str(binary), "stats", str(new), "--format", "csv"],
                "diff": [str(binary), "diff", str(old), str(new), "--format", "json"],
                "report": [str(binary), "report", str(old), str(new), "--annotations", str(ROOT / "Annotations"), "-o",
                           str(out / "r.xml"), "--html", str(out / "r.html"), "--markdown", str(out / "r.md"), "--csv", str(out / "c.csv")],
                # The whole archive (both years) into a new database, then again with nothing changed.
                "export": ["sh", "-c", f'rm -f "{out}/tip.sqlite"; "{binary}" export "{pair}" --db "{out}/tip.sqlite" '
                           f'--annotations "{ROOT / "Annotations"}" 2>/dev/null'],
                "export, unchanged": [str(binary), "export", str(pair), "--db", str(out / "tip.sqlite"), "--annotations",
                                      str(ROOT / "Annotations")],
                "git diff --word-diff": ["git", "diff", "--no-index", "--word-diff", str(old), str(new)],
            }
            if dwdiff:
                commands["dwdiff (per file)"] = ["sh", "-c", f'for f in "{old}"/*; do dwdiff "$f" "{new}/$(basename "$f")" >/dev/null; done; true']
            measured = {}
            for name, command in commands.items():
                samples = [timed(command) for _ in range(runs)]
                measured[name] = (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples),
                                  max(s[2] for s in samples))
            difflib_time = statistics.median(difflib_loop(old, new) for _ in range(runs))
            expected, missed, misses = check_manifest(pair, binary)
            rows.append((label, words, size, measured, difflib_time, expected, missed, misses))

    # /usr/bin/time reports hundredths of a second: a tiny git run counts as 0.01 s.
    git = lambda m: max(m["git diff --word-diff"][0], 0.01)
    print(f"{'pair':14} {'words':>9} {'command':22} {'median s':>9} {'x git':>7} {'cpu/wall':>8} {'peak MiB':>9} {'peak/input':>10}")
    for label, words, size, measured, difflib_time, expected, missed, misses in rows:
        for name, (wall, cpu, peak) in measured.items():
            print(f"{label:14} {words:9,} {name:22} {wall:9.3f} {wall / git(measured):7.1f} {cpu / max(wall, 1e-9):8.2f} "
                  f"{peak / 1024:9.1f} {peak * 1024 / size:10.1f}")
        print(f"{label:14} {words:9,} {'difflib loop (Python)':22} {difflib_time:9.3f} {difflib_time / git(measured):7.1f}")
        print(f"{'':14} {'':9} tipdiff diff is {difflib_time / measured['diff'][0]:.1f}x faster than difflib; "
              f"injected edits found: {expected - missed}/{expected}" + (f" (missed: {', '.join(misses[:5])})" if misses else ""))
    print("\nfull vs 1/4: diff time x{:.2f} for x{:.2f} the words".format(
        [r for r in rows if r[0] == "full"][0][3]["diff"][0] / [r for r in rows if r[0] == "1/4"][0][3]["diff"][0],
        [r for r in rows if r[0] == "full"][0][1] / [r for r in rows if r[0] == "1/4"][0][1]) if not options.quick else "")
    wrapped = [r for r in rows if r[0] == "full, wrapped"]
    if wrapped:
        print("hard-wrapped vs unwrapped: diff time x{:.2f}".format(wrapped[0][3]["diff"][0] / [r for r in rows if r[0] == "full"][0][3]["diff"][0]))


if __name__ == "__main__":
    main()
