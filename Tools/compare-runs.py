#!/usr/bin/env python3
"""Records every output of a tipdiff binary over fixed inputs, and compares two such recordings byte for byte,
so that a refactor can show its outputs did not change.

Usage:
  python3 Tools/compare-runs.py run TIPDIFF OUT [--scale 1|1/4|1/16]
      runs TIPDIFF over (a) the shipped pair Reports/2024 and Reports/2025 (report with XML, HTML, Markdown
      and CSV, with and without pages; diff in every format; export, its SQLite database dumped; timeline,
      stats, tiers, parse and annotate check in every format), (b) the illustrative whole year written by
      Tools/make-edition-pair.py at the given scale (default 1/4), and (c) the real consecutive editions of
      Tests/Fixtures/real/ (the Belarus protection sections of 2017 and 2018, the Thailand headlines of 2018
      and 2019, each side made a folder), and writes each output, with the exit code, stdout and stderr of
      each command, into OUT (emptied first).
  python3 Tools/compare-runs.py compare A B
      compares two recordings file by file; prints the files that differ or that only one side has, and the
      number compared; exit 0 when all are identical, 1 otherwise.

Only what is inherently variable is masked, in the recorded stdout and stderr: durations ("in 1.2 s",
"0.31s", "12 ms"). Inputs are copied into a fixed folder (/tmp/tipdiff-compare-inputs, or
$TIPDIFF_COMPARE_INPUTS for two recordings at once) and every command runs there with relative paths, so the
paths the outputs name are the same in every recording made in that folder.
"""
import argparse
import os
import pathlib
import re
import shutil
import sqlite3
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
INPUTS = pathlib.Path(os.environ.get("TIPDIFF_COMPARE_INPUTS", "/tmp/tipdiff-compare-inputs"))
DURATION = re.compile(r"\b\d+(?:\.\d+)?\s?(?:ms|s|seconds|µs)\b")


def prepare_inputs(scale: str) -> None:
    """The inputs in a fixed place: the shipped folders, a generated year pair, the real pairs as folders."""
    if INPUTS.exists():
        shutil.rmtree(INPUTS)
    shipped = INPUTS / "shipped"
    shipped.mkdir(parents=True)
    for name in ["Reports", "Annotations"]:
        shutil.copytree(ROOT / name, shipped / name)
    year = INPUTS / "year"
    subprocess.run([sys.executable, str(ROOT / "Tools/make-edition-pair.py"), str(year), "--scale", scale],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(ROOT / "Reports/tiers", year / "tiers")
    real = INPUTS / "real"
    fixtures = ROOT / "Tests/Fixtures/real"
    pairs = {
        "belarus": ("sections/belarus-2017-protection.txt", "sections/belarus-2018-protection.txt"),
        "thailand": ("headlines/thailand-2018.txt", "headlines/thailand-2019.txt"),
    }
    for name, (old, new) in pairs.items():
        for side, source in [("old", old), ("new", new)]:
            folder = real / name / side
            folder.mkdir(parents=True)
            shutil.copy(fixtures / source, folder / f"{name}.txt")


class Recorder:
    def __init__(self, tipdiff: str, out: pathlib.Path):
        self.tipdiff = tipdiff
        self.out = out
        self.count = 0

    def run(self, name: str, cwd: pathlib.Path, *args: str) -> None:
        """Runs one command in `cwd`; records its exit code, stdout and stderr as `name.{rc,out,err}`."""
        self.count += 1
        result = subprocess.run([self.tipdiff, *args], cwd=cwd, capture_output=True, env={**os.environ, "NO_COLOR": "1"})
        (self.out / f"{name}.rc").write_text(f"{result.returncode}\n")
        (self.out / f"{name}.out").write_bytes(mask(result.stdout))
        (self.out / f"{name}.err").write_bytes(mask(result.stderr))

    def collect(self, name: str, folder: pathlib.Path) -> None:
        """Moves every file written under `folder` into the recording as `name/...`, SQLite dumped as text."""
        target = self.out / name
        if not folder.exists():
            return
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            destination = target / path.relative_to(folder)
            destination.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".sqlite":
                destination.with_suffix(".sql").write_text(dump(path), encoding="utf-8")
            else:
                shutil.copy(path, destination)
        shutil.rmtree(folder)


def mask(data: bytes) -> bytes:
    return DURATION.sub("<duration>", data.decode("utf-8", errors="surrogateescape")).encode("utf-8", errors="surrogateescape")


def dump(path: pathlib.Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()) + "\n"
    finally:
        connection.close()


def record(tipdiff: str, out: pathlib.Path, scale: str) -> int:
    tipdiff = str(pathlib.Path(tipdiff).resolve())
    prepare_inputs(scale)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    r = Recorder(tipdiff, out)
    formats = {"diff": ["text", "json", "csv", "markdown"], "stats": ["text", "json", "csv"],
               "timeline": ["text", "json", "csv", "markdown", "html"], "tiers": ["text", "json", "csv", "markdown"],
               "parse": ["text", "json"], "check": ["text", "json", "csv"]}

    def report_and_diff(prefix: str, cwd: pathlib.Path, old: str, new: str, extra: list[str], pages: bool) -> None:
        work = cwd / "compare-out"
        r.run(f"{prefix}-report", cwd, "report", old, new, "--output", "compare-out/report.xml", "--html",
              "compare-out/report.html", "--markdown", "compare-out/report.md", "--csv", "compare-out/changes.csv",
              "--quiet", *extra)
        r.collect(f"{prefix}-report", work)
        if pages:
            r.run(f"{prefix}-report-pages", cwd, "report", old, new, "--output", "compare-out/report.xml", "--html",
                  "compare-out/report.html", "--markdown", "compare-out/report.md", "--csv", "compare-out/changes.csv",
                  "--quiet", "--pages", *extra)
            r.collect(f"{prefix}-report-pages", work)
        for fmt in formats["diff"]:
            r.run(f"{prefix}-diff-{fmt}", cwd, "diff", old, new, "--format", fmt, *extra)
        r.run(f"{prefix}-diff-kinds", cwd, "diff", old, new, "--kinds", "statistic,tier", "--no-earlier-figures")

    def export(prefix: str, cwd: pathlib.Path, folder: str) -> None:
        (cwd / "compare-out").mkdir()
        r.run(f"{prefix}-export", cwd, "export", folder, "--db", "compare-out/tip.sqlite", "--panel", "compare-out/panel.csv")
        r.collect(f"{prefix}-export", cwd / "compare-out")

    # (a) The shipped pair, with its notes.
    shipped = INPUTS / "shipped"
    report_and_diff("shipped", shipped, "Reports/2024", "Reports/2025", [], pages=True)
    r.run("shipped-report-default", shipped, "report", "--quiet", "--output", "compare-out/report.xml")
    r.collect("shipped-report-default", shipped / "compare-out")
    export("shipped", shipped, "Reports")
    for fmt in formats["timeline"]:
        r.run(f"shipped-timeline-{fmt}", shipped, "timeline", "Reports", "--country", "Cuba", "--format", fmt)
    for fmt in formats["stats"]:
        for year in ["2024", "2025"]:
            r.run(f"shipped-stats-{year}-{fmt}", shipped, "stats", f"Reports/{year}", "--format", fmt)
    for fmt in formats["tiers"]:
        r.run(f"shipped-tiers-{fmt}", shipped, "tiers", "2024", "2025", "--format", fmt)
        r.run(f"shipped-tiers-history-{fmt}", shipped, "tiers", "--country", "Cuba", "--format", fmt)
    for fmt in formats["parse"]:
        r.run(f"shipped-parse-{fmt}", shipped, "parse", "Reports/2025", "--format", fmt)
    notes = sorted(str(p.relative_to(shipped)) for p in (shipped / "Annotations").rglob("*.yaml"))
    for fmt in formats["check"]:
        r.run(f"shipped-check-{fmt}", shipped, "annotate", "check", *notes, "--edition", "Reports/2025/cuba.txt",
              "--format", fmt)

    # (b) The illustrative whole year.
    year = INPUTS / "year"
    report_and_diff("year", year, "2024", "2025", ["--data", "tiers"], pages=True)
    export("year", year, ".")
    for fmt in formats["stats"]:
        r.run(f"year-stats-{fmt}", year, "stats", "2025", "--format", fmt)
    first = sorted((year / "2025").glob("*.txt"))[0].stem
    for fmt in formats["timeline"]:
        r.run(f"year-timeline-{fmt}", year, "timeline", ".", "--country", first, "--format", fmt, "--data", "tiers")

    # (c) The real consecutive editions.
    for name in ["belarus", "thailand"]:
        cwd = INPUTS / "real" / name
        report_and_diff(f"real-{name}", cwd, "old", "new", [], pages=False)
        for fmt in formats["diff"]:
            r.run(f"real-{name}-diff-files-{fmt}", cwd, "diff", f"old/{name}.txt", f"new/{name}.txt", "--format", fmt)
        for fmt in formats["stats"]:
            r.run(f"real-{name}-stats-{fmt}", cwd, "stats", "new", "--format", fmt)

    files = sum(1 for p in out.rglob("*") if p.is_file())
    print(f"recorded {r.count} commands, {files} files in {out}")
    return 0


def compare(a: pathlib.Path, b: pathlib.Path) -> int:
    left = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    problems = []
    for path in sorted(left - right):
        problems.append(f"only in {a}: {path}")
    for path in sorted(right - left):
        problems.append(f"only in {b}: {path}")
    compared = sorted(left & right)
    for path in compared:
        if (a / path).read_bytes() != (b / path).read_bytes():
            problems.append(f"differs: {path}")
    for line in problems:
        print(line)
    print(f"compared {len(compared)} files: " + ("all identical" if not problems else f"{len(problems)} problems"))
    return 0 if not problems else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run")
    run.add_argument("tipdiff")
    run.add_argument("out", type=pathlib.Path)
    run.add_argument("--scale", default="1/4", choices=["1", "1/4", "1/16"])
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=pathlib.Path)
    cmp.add_argument("b", type=pathlib.Path)
    args = parser.parse_args()
    if args.command == "run":
        return record(args.tipdiff, args.out, args.scale)
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
