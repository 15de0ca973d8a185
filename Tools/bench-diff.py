#!/usr/bin/env python3
"""Benchmark: `tipdiff diff` on editions 1x, 4x and 16x the seed's size, against `git diff --word-diff` on
the same files (the tool users reach for today), in one script.

Usage: python3 Tools/bench-diff.py [--runs 5]      (builds the release binary first)

The editions are generated from the seed (illustrative, not report text): each section's paragraphs are
repeated k times with their figures varied, so sentences are similar but not equal (the hard case for
alignment); NEW then has every seventh sentence reworded, one paragraph moved, "regime" written
"government" and some figures changed. Prints the median wall time of each tool, the ratio tipdiff/git,
and how tipdiff's time grows with size (linear growth: 4x size gives about 4x time).
"""
import argparse
import pathlib
import re
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = (ROOT / "Reports/2025/cuba.txt").read_text(encoding="utf-8")


def scaled(k: int) -> str:
    lines = SEED.split("\n")
    out = []
    for line in lines:
        is_paragraph = line.startswith("“") and len(line) > 200
        out.append(line)
        if is_paragraph:
            for copy in range(1, k):
                out.append(re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + copy * 3), line))
    return "\n".join(out)


def edited(text: str) -> str:
    lines = text.split("\n")
    paragraphs = [i for i, l in enumerate(lines) if l.startswith("“") and len(l) > 200]
    # Move one paragraph two places down, within its section.
    if len(paragraphs) > 6:
        a, b = paragraphs[4], paragraphs[6]
        lines.insert(b, lines.pop(a))
    out = []
    for n, line in enumerate(lines):
        if n % 7 == 3:
            line = line.replace(" the ", " the reported ", 1)
        out.append(line.replace("regime", "government").replace("investigated 14", "investigated 9"))
    return "\n".join(out)


def median_seconds(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"{command[0]} failed: {result.stderr.decode()}")
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tipdiff"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = ROOT / ".build/release/tipdiff"
    print(f"{'size':>5} {'words':>8} {'tipdiff s':>10} {'git diff s':>11} {'ratio':>6} {'tipdiff growth':>15}")
    base = None
    with tempfile.TemporaryDirectory() as folder:
        for k in (1, 4, 16):
            old = pathlib.Path(folder) / f"2024-{k}" / "cuba.txt"
            new = pathlib.Path(folder) / f"2025-{k}" / "cuba.txt"
            old.parent.mkdir()
            new.parent.mkdir()
            text = scaled(k)
            old.write_text(text, encoding="utf-8")
            new.write_text(edited(text), encoding="utf-8")
            ours = median_seconds([str(binary), "diff", str(old), str(new), "--format", "json"], args.runs)
            peer = median_seconds(["git", "diff", "--no-index", "--word-diff=plain", str(old), str(new)], args.runs)
            base = base or ours
            words = len(text.split())
            print(f"{k:>4}x {words:>8} {ours:>10.3f} {peer:>11.3f} {ours / peer:>6.1f} {ours / base:>14.1f}x")


if __name__ == "__main__":
    main()
