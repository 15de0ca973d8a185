#!/usr/bin/env bash
# The screenshots README shows of the report's pages: the first screen at 1300 px and 390 px of the shipped
# pair's page, and of the illustrative 1/16 year's index and first country page, in docs/screenshots/.
# They are taken by Tools/browser-reader-check.py, which checks the pages as it goes.
# Usage: Tools/reader-screenshots.sh [TIPDIFF]   (default: .build/debug/tipdiff)
set -euo pipefail
cd "$(dirname "$0")/.."
tipdiff="${1:-.build/debug/tipdiff}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$tipdiff" report --quiet -o "$work/shipped/report.xml" >/dev/null
python3 Tools/make-edition-pair.py "$work/pair" --scale 1/16 >/dev/null
"$tipdiff" report "$work/pair/2024" "$work/pair/2025" --quiet --pages -o "$work/year/report.xml" >/dev/null
python3 Tools/browser-reader-check.py --screenshots docs/screenshots --prefix shipped- "$work/shipped/report.html" >/dev/null
python3 Tools/browser-reader-check.py --screenshots docs/screenshots --prefix year- "$work/year/index.html" \
    "$(ls "$work"/year/countries/*.html | head -1)" >/dev/null
ls docs/screenshots
