#!/usr/bin/env bash
# Renders the HTML report of the bundled corpus in a real browser (headless
# Chromium) and checks that the chart, the totals and the quote table are
# there with the counts of the CSV files, and that the speaker filter works.
# Installs Debian's chromium when it is missing (needs root).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update
    apt-get install -y chromium
fi

cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/whosaid extract corpus --out "$work/out" --quiet
target/release/whosaid report "$work/out" --html "$work/report.html"

browse() {
    # $1: URL; the rest: extra chromium flags.
    local url=$1
    shift
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run \
        --user-data-dir="$(mktemp -d -p "$work")" "$@" "$url" 2>/dev/null
}

browse "file://$work/report.html" --dump-dom >"$work/dom.html"
browse "file://$work/report.html#speaker=0" --dump-dom >"$work/dom-speaker0.html"
mkdir -p target/report-browser
browse "file://$work/report.html" --screenshot="$PWD/target/report-browser/report.png" \
    --window-size=1280,2000 >/dev/null
cp "$work/report.html" target/report-browser/report.html

python3 .ci/report_browser_check.py "$work/out" "$work/report.html" "$work/dom.html" \
    "$work/dom-speaker0.html"
echo "report browser test: ok (screenshot in target/report-browser/report.png)"
