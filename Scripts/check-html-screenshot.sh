#!/usr/bin/env bash
# Renders `qamus check --format html` for the seed article (with a seeded fault) in
# headless Chromium and saves a screenshot, to look at the report as a reader would.
#
#   Scripts/check-html-screenshot.sh [OUT.png] [TRANSLATION]
#
# Needs Debian's Chromium: apt-get update && apt-get install -y chromium
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/qamus-check-report.png}
translation=${2:-$root/Examples/faults/wrong-term.en.txt}
html=${out%.png}.html
mkdir -p "$(dirname "$out")"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "chromium is not installed (apt-get install -y chromium)" >&2
    exit 3
fi
# QAMUS=path overrides; else the newer of the release and debug builds.
qamus=${QAMUS:-}
if [ -z "$qamus" ]; then
    qamus="$root/.build/release/qamus"
    if [ -x "$root/.build/debug/qamus" ] && { [ ! -x "$qamus" ] || [ "$root/.build/debug/qamus" -nt "$qamus" ]; }; then
        qamus="$root/.build/debug/qamus"
    fi
fi
[ -x "$qamus" ] || (cd "$root" && swift build --product qamus >/dev/null)
status=0
"$qamus" check "$root/Examples/soleimani-moscow.ar.txt" --translation "$translation" \
    --glossary "$root/Glossaries/news-seed-glossary.tsv" --format html --output "$html" || status=$?
if [ "$status" -gt 1 ]; then echo "qamus check failed ($status)" >&2; exit "$status"; fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="${WIDTH:-1400},${HEIGHT:-2600}" --screenshot="$out" "file://$html" 2>/dev/null
echo "$out ($html)"
