#!/usr/bin/env python3
"""Benchmark: the inputs that used to take quadratic time or memory, through the release binary, with their
time per kilobyte beside the seed's (the tests only require that they finish; this measures how fast).

Usage: python3 Tools/bench-hostile.py [--runs 3]      (builds the release binary first)

Every input is generated here (illustrative, not report text). Prints, per case, the median wall time, the
peak memory, the input size and the time per KiB as a multiple of the seed's `diff` time per KiB.
"""
import argparse
import pathlib
import resource
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = (ROOT / "Reports/2025/cuba.txt").read_text(encoding="utf-8")
HEAD = ("The Government of Cuba does not fully meet the minimum standards for the elimination of trafficking and is "
        "not making significant efforts to do so. Cuba remained on Tier 3.\n\nPROSECUTION\n\n")


def words(count: int, seed: int) -> str:
    state = seed
    vocabulary = ["alpha", "beta", "gamma", "delta", "regime", "victims", "labor", "report"]
    out = []
    for _ in range(count):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append(vocabulary[state >> 61])
    return " ".join(out)


def cases(folder: pathlib.Path):
    def write(name: str, text: str) -> str:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    seed = write("seed.txt", SEED)
    old = write("seed-old.txt", SEED.replace("investigated 14 domestic", "investigated 9 domestic"))
    yield "seed: diff", ["diff", old, seed], len(SEED.encode())

    body = "\n\n".join(f"Authorities identified {i % 7} victims." for i in range(100_000))
    a = write("many-a.txt", HEAD + body)
    b = write("many-b.txt", HEAD + body.replace("identified 3", "identified 4"))
    yield "100,000 one-sentence paragraphs: diff", ["diff", a, b, "--format", "json"], len((HEAD + body).encode())

    long_a = write("long-a.txt", HEAD + "The regime maintained prosecution efforts. " + words(18_000, 1) + ".\n")
    long_b = write("long-b.txt", HEAD + "The regime maintained prosecution efforts. " + words(18_000, 2) + ".\n")
    yield "one 110 KiB sentence, all different: diff", ["diff", long_a, long_b], pathlib.Path(long_a).stat().st_size

    nested = write("nested.txt", HEAD + "“" * 32_000 + "The regime maintained prosecution efforts." + "”" * 32_000 + "\n")
    yield "32,000 nested quotation marks: parse", ["parse", nested], pathlib.Path(nested).stat().st_size

    quote = " ".join(["labor", "forced", "workers", "victims", "regime"][i % 5] for i in range(1_500))
    sentence = " ".join(["forced", "labor", "victims", "regime", "workers"][i % 5] for i in range(20_000))
    edition = write("quote-edition.txt", HEAD + "The regime maintained prosecution efforts. " + sentence + ".\n")
    notes = write("quote.yaml", f'notes:\n  - id: long\n    note: x\n    anchor: {{quote: "{quote}"}}\n')
    yield "a 1,500-word quote in a 20,000-word sentence: annotate check", ["annotate", "check", notes, "--edition", edition], \
        pathlib.Path(edition).stat().st_size


def run(binary: pathlib.Path, arguments: list[str]) -> tuple[float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run([str(binary), *arguments], cwd=ROOT, capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{arguments}: exit {result.returncode}: {result.stderr.decode()[:400]}")
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tipdiff"], cwd=ROOT, check=True, capture_output=True)
    binary = ROOT / ".build/release/tipdiff"
    print(f"{'case':62} {'median s':>9} {'KiB':>8} {'s per MiB':>10} {'x seed':>7}")
    seed_rate = None
    with tempfile.TemporaryDirectory() as folder:
        for name, arguments, size in cases(pathlib.Path(folder)):
            times = [run(binary, arguments)[0] for _ in range(options.runs)]
            median = statistics.median(times)
            rate = median / (size / (1 << 20))
            seed_rate = seed_rate or rate
            print(f"{name:62} {median:9.3f} {size / 1024:8.0f} {rate:10.2f} {rate / seed_rate:7.2f}")


if __name__ == "__main__":
    main()
