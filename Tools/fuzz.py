#!/usr/bin/env python3
"""Robustness check: random mutations of the shipped editions, notes and an HTML page, run through the
release `tipdiff`. Every run must end with status 0, 1 or 2 and, for 2, an error message: never a crash.

Usage: python3 Tools/fuzz.py [--runs 150] [--seed 1]     (builds the release binary first)
"""
import argparse
import pathlib
import random
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PIECES = [b"\n", b" ", b".", "“".encode(), "”".encode(), b'"', b"- ", "• ".encode(), b";", b"(", b")", b"[", b"]",
          b"1", b"2,000", b"PROSECUTION\n", b"CUBA: Tier 3\n", b"$", b"%", b"percent", b" to ", b" between ",
          b"...", b"U.S.", b"\r", b"\t", b"seven", b":", b"&a", b"*a", b"{", b"}", b"<p>", b"</li>", b"&amp;"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        pos = rng.randrange(len(out) + 1)
        roll = rng.random()
        if roll < 0.4:
            out[pos:pos] = rng.choice(PIECES)
        elif roll < 0.7:
            del out[pos:pos + rng.randint(1, 200)]
        elif roll < 0.8:
            out[pos:pos] = bytes([rng.randrange(256)])
        else:
            start = rng.randrange(len(out) + 1)
            out[pos:pos] = out[start:start + rng.randint(1, 300)]
    return bytes(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tipdiff"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = str(ROOT / ".build/release/tipdiff")
    rng = random.Random(args.seed)
    seed = (ROOT / "Reports/2025/cuba.txt").read_bytes()
    older = (ROOT / "Reports/2024/cuba.txt").read_bytes()
    notes = (ROOT / "Annotations/cuba-2025.yaml").read_bytes()
    page = (ROOT / "Tests/TIPParsingTests/Fixtures/styles/state-gov-page.html").read_bytes()
    crashes = 0
    with tempfile.TemporaryDirectory() as folder:
        edition = pathlib.Path(folder) / "2025" / "cuba.txt"
        html = pathlib.Path(folder) / "2025" / "cuba.html"
        yaml = pathlib.Path(folder) / "notes.yaml"
        edition.parent.mkdir()
        for run in range(args.runs):
            edition.write_bytes(mutate(seed if rng.random() < 0.8 else older, rng))
            html.write_bytes(mutate(page, rng))
            yaml.write_bytes(mutate(notes, rng))
            for command in (["parse", str(edition)], ["stats", str(edition)],
                            ["diff", "Reports/2025/cuba.txt", str(edition)], ["parse", str(html)],
                            ["annotate", "check", str(yaml), "--edition", "Reports/2025/cuba.txt"]):
                result = subprocess.run([binary] + command, capture_output=True, cwd=ROOT)
                if result.returncode not in (0, 1, 2) or (result.returncode == 2 and b"error" not in result.stderr.lower()):
                    crashes += 1
                    kept = ROOT / f"fuzz-crash-{run}-{command[0]}"
                    kept.write_bytes(edition.read_bytes() if command[1] != "check" else yaml.read_bytes())
                    print(f"run {run}: {' '.join(command[:1])} exited {result.returncode}; input kept in {kept}")
    print(f"{args.runs} runs x 5 commands: {crashes} crashes")
    raise SystemExit(1 if crashes else 0)


if __name__ == "__main__":
    main()
