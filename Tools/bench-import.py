#!/usr/bin/env python3
"""Benchmark: importing a whole year's report PDF. Lays out the illustrative full-size year
(Tools/make-edition-pair.py, then Tools/make-report-pdf.py: about 800 pages, one column; the same in two
columns with two-line headings, as older editions were set; with every artefact of the real PDF,
`--like-real`: side tabs, fake-bold headings, letter-spaced heads, photo captions, boxes, lines of font
garbage; and that year published in three parts), times `tipdiff import` (release build) beside poppler's
own `pdftotext` over the same files in one run, and checks that every narrative comes back sentence for
sentence (the texts the PDF was made from, parsed by `tipdiff parse`).

Usage: python3 Tools/bench-import.py [--runs 3]      (needs reportlab and poppler-utils; builds the release binary)
"""
import argparse
import json
import pathlib
import shutil
import statistics
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent


def timed(command):
    """Wall seconds, cpu seconds and peak resident KiB of one run."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *command], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: exit {result.returncode}\n{result.stderr[-800:]}")
    wall, user, system, peak = result.stderr.strip().split("\n")[-1].split()
    return float(wall), float(user) + float(system), int(peak)


def sentences(binary, path):
    edition = json.loads(subprocess.run([str(binary), "parse", str(path), "--format", "json"], cwd=ROOT,
                                        capture_output=True, text=True, check=True).stdout)
    return edition["tier"]["placement"], [s["text"] for section in edition["sections"]
                                          for paragraph in section.get("paragraphs", []) for s in paragraph["sentences"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tipdiff"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = ROOT / ".build/release/tipdiff"
    work = pathlib.Path(tempfile.mkdtemp(prefix="tipdiff-bench-import-"))
    try:
        subprocess.run(["python3", "Tools/make-edition-pair.py", str(work / "pair")], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        layouts = [("one column", "2025", []), ("two columns, two-line headings", "2024",
                                                 ["--columns", "2", "--heading", "two-line"]),
                   ("like the real thing (`--like-real`)", "2025", ["--like-real"]),
                   ("like the real thing, in three parts (`--like-real --parts 3`)", "2025", ["--like-real", "--parts", "3"])]
        rows = []
        for name, year, options in layouts:
            pdf = work / f"report-{year}-{len(rows)}.pdf"
            subprocess.run(["python3", "Tools/make-report-pdf.py", str(work / "pair" / year), str(pdf), "--year", year,
                            *options], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            pages = json.loads(pdf.with_suffix(".json").read_text())["pages"]
            # A year in parts is imported in one call and extracted part by part by the peer.
            files = sorted(work.glob(f"{pdf.stem}-part*.pdf")) if "--parts" in options else [pdf]
            ours, peer = [], []
            for run in range(args.runs):
                out = work / f"imported-{year}-{len(rows)}-{run}"
                ours.append(timed([str(binary), "import", *map(str, files), "--year", year, "--out", str(out)]))
                extracted = [timed(["pdftotext", str(part), str(work / "peer.txt")]) for part in files]
                peer.append(tuple(sum(figures) for figures in zip(*extracted)))
            out = work / f"imported-{year}-{len(rows)}-0"
            sources = sorted((work / "pair" / year).glob("*.txt"))
            same = sum(sentences(binary, path) == sentences(binary, out / path.name) for path in sources
                       if (out / path.name).exists())
            wall = statistics.median(w for w, _, _ in ours)
            cpu = statistics.median(c for _, c, _ in ours)
            rows.append((name, pages, wall, cpu / wall, max(m for _, _, m in ours) / 1024,
                         statistics.median(w for w, _, _ in peer), same, len(sources)))
        print(f"| layout | pages | `tipdiff import` | cpu/wall | peak memory | `pdftotext` (text only) | ratio | narratives back sentence for sentence |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for name, pages, wall, parallel, memory, peer, same, total in rows:
            print(f"| {name} | {pages} | {wall:.2f} s | {parallel:.2f} | {memory:.0f} MB | {peer:.2f} s | "
                  f"{wall / peer:.1f}× | {same} of {total} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
