#!/usr/bin/env python3
"""Benchmark: the archive-wide views on an illustrative archive (Tools/make-archive.py) of up to 25 years x 190
countries, at 5, 10, 15, 20 and 25 years: `tipdiff history` for one country, `tipdiff terms TERM` over the
whole archive (every sentence scanned once) and `tipdiff terms` with no term (every country's history).
Prints the wall time of each and the time per edition, so that a reader can see it grow with the number of
editions and not with its square.

Usage: python3 Tools/bench-series.py [--countries 190] [--years 25] [--runs 1] [--sizes 5,10,15,20,25] [--keep DIR]
       (builds the release binary first)
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: exit {result.returncode}\n{result.stderr[-800:]}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--countries", type=int, default=190)
    parser.add_argument("--years", type=int, default=25)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--sizes", default="5,10,15,20,25", help="the numbers of newest years to time, comma-separated")
    parser.add_argument("--keep", help="write the archive here and keep it (else a temporary folder)")
    options = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tipdiff"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    tipdiff = str(ROOT / ".build/release/tipdiff")
    work = pathlib.Path(options.keep or tempfile.mkdtemp(prefix="tipdiff-series-"))
    archive = work / "archive"
    if not (archive / "manifest.json").exists():
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "Tools/make-archive.py"), str(archive), "--years", str(options.years),
                        "--countries", str(options.countries)], check=True, stdout=subprocess.DEVNULL)
        print(f"generated {options.countries} countries x {options.years} years in {time.perf_counter() - started:.0f} s")
    years = sorted(int(p.name) for p in archive.iterdir() if p.name.isdigit())
    country = "Albania"
    print(f"{'editions':>8} {'history 1 country':>18} {'per edition':>12} {'terms TERM':>11} {'per edition':>12}"
          f" {'terms (no term)':>16} {'per edition':>12}")
    for count in [n for n in map(int, options.sizes.split(",")) if n <= len(years)]:
        # The newest `count` years, as links, so that each size reads the same files.
        folder = work / f"last-{count}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        for year in years[-count:]:
            os.symlink(archive / str(year), folder / str(year))
        editions = count * options.countries
        best = lambda command: min(timed(command) for _ in range(options.runs))
        history = best([tipdiff, "history", str(folder), "--country", country])
        terms = best([tipdiff, "terms", str(folder), "disabled persons"])
        shifts = best([tipdiff, "terms", str(folder)])
        print(f"{count:>8} {history:>17.2f}s {history / count * 1000:>10.1f}ms {terms:>10.2f}s "
              f"{terms / editions * 1000:>10.2f}ms {shifts:>15.2f}s {shifts / editions * 1000:>10.2f}ms")
    if not options.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
