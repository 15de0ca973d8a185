#!/usr/bin/env bash
# Runs one libFuzzer harness for SECONDS: Tools/fuzz.sh NAME SECONDS (NAME: text, html, statistics,
# annotations, worddiff, appender, pdf, reviewjson). Builds with -sanitize=fuzzer,address into .build-fuzz; seeds the
# corpus from the shipped editions, notes and fixtures; a crash leaves its input as fuzz-crash-* and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?name: text, html, statistics, annotations, worddiff, appender, pdf or reviewjson}"
seconds="${2:-60}"

# lld: gold stumbles over the sanitizer runtime's debug information.
if ! swift build --scratch-path .build-fuzz -c debug --product tipdiff-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTIPDIFF_FUZZ -Xswiftc -use-ld=lld >.build-fuzz.log 2>&1; then
    grep -E "error:" .build-fuzz.log | grep -v "Cannot export local symbol" | head -20 >&2
    exit 1
fi

corpus=".build-fuzz/corpus/$name"
mkdir -p "$corpus"
seed() { for file in "$@"; do cp "$file" "$corpus/$(echo "$file" | tr '/' '_')"; done; }
case "$name" in
    text|statistics) seed Reports/*/*.txt Tests/TIPParsingTests/Fixtures/styles/*.txt examples/old/2024/cuba.txt ;;
    html) seed Tests/TIPParsingTests/Fixtures/styles/*.html ;;
    annotations) seed Annotations/*.yaml examples/bad.yaml ;;
    # A notes file, a NUL, then the note to append.
    appender) for file in Annotations/*.yaml examples/*.yaml; do
            { cat "$file"; printf '\0A note with "quotes", a NEL \xc2\x85 and a line\nbreak.'; } >"$corpus/$(echo "$file" | tr '/' '_')"
        done ;;
    worddiff) python3 - "$corpus" <<'PY'
import sys, pathlib
seed = pathlib.Path("Reports/2025/cuba.txt").read_text(encoding="utf-8").split(". ")
for i in range(0, min(len(seed) - 1, 40)):
    pathlib.Path(sys.argv[1], f"pair-{i}").write_bytes(seed[i].encode() + b"\0" + seed[i + 1].encode())
PY
    ;;
    pdf) seed examples/pdf/albania-2025-illustrative.pdf Tests/TIPParsingTests/Fixtures/bad-pdf/*.pdf ;;
    reviewjson) python3 - "$corpus" <<'PY'
import json, pathlib, sys
bodies = [
    {"anchor": "quote", "country": "cuba", "section": "headline", "item": "sentence", "index": 0, "start": 0, "end": 14,
     "selected": "The Government", "note": "Look at **this**.", "author": "R. Reviewer", "tags": ["a"]},
    {"anchor": "quote", "country": "cuba", "section": "recommendations", "item": "recommendation", "index": 1, "start": 6,
     "end": 30, "selected": "threats and deceptive", "note": "x"},
    {"anchor": "statistic", "country": "cuba", "key": "prosecution.investigations.domestic", "note": "Source?"},
    {"anchor": "tier", "country": "cuba", "note": "Tier.", "status": "resolved"},
    {"country": "cuba", "id": "figure", "status": "resolved", "note": "Done."},
]
for i, body in enumerate(bodies):
    pathlib.Path(sys.argv[1], f"body-{i}.json").write_text(json.dumps(body), encoding="utf-8")
PY
    ;;
    *) echo "unknown harness: $name" >&2; exit 2 ;;
esac

TIPDIFF_FUZZ="$name" ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/tipdiff-fuzz "$corpus" \
    -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=fuzz-crash-"$name"- \
    -print_final_stats=1 2>&1 | tail -n 12
