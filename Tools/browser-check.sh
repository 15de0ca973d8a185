#!/usr/bin/env bash
# Looks at the report's HTML as people see it: headless Chromium screenshots at 390 px (a phone) and
# 1300 px (a desktop), and the printed pages (print-to-PDF, then pdftoppm to PNG).
# Usage: Tools/browser-check.sh [REPORT.html] [OUT]   (default: out/report.html, out/browser-check)
# Needs Debian's chromium and poppler-utils (apt-get install chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
page="$(realpath "${1:-out/report.html}")"
out="${2:-out/browser-check}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser)"
shot() {
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$1,2400" \
        --screenshot="$out/$2" "file://$page" >/dev/null 2>&1
}
shot 390 phone-390.png
shot 1300 desktop-1300.png
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "file://$page" >/dev/null 2>&1
pdftoppm -png -r 60 "$out/print.pdf" "$out/print-page"
echo "wrote $out/phone-390.png, $out/desktop-1300.png, $out/print.pdf and $(ls "$out"/print-page-*.png | wc -l) printed pages as PNG"
