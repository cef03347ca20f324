#!/usr/bin/env bash
# The HTML report of the bundled examples as people see it, in English and in
# French, rendered by headless Chromium and kept for a person to look at:
#
#   target/artifacts/report/report-LANG.html         the page
#   target/artifacts/report/report-LANG-1280.png     a laptop screen, whole page
#   target/artifacts/report/report-LANG-794.png      a narrow screen (A4's width)
#   target/artifacts/report/report-LANG-a4.pdf       printed on A4
#   target/artifacts/report/report-LANG-a4-N.png     each printed page
#
# Fails when Chromium fails, or a screenshot or page is missing or blank.
# Usage: tests/report-screenshots.sh [GOALIE_BINARY] (default: a debug build).
# Needs chromium and pdftoppm (Debian: chromium, poppler-utils); .ci/run
# installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

goalie="${1:-}"
if [ -z "$goalie" ]; then
  cargo build --quiet --locked
  goalie=target/debug/goalie
fi
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ]; then
  echo "report-screenshots: chromium is not installed" >&2
  exit 1
fi
command -v pdftoppm >/dev/null || {
  echo "report-screenshots: pdftoppm is not installed (poppler-utils)" >&2
  exit 1
}

out="$PWD/target/artifacts/report"
rm -rf "$out"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# chromium ARGS… PAGE: headless, no network, stopped after two minutes.
chromium() {
  if ! timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" "$@" 2>"$out/chromium.log"; then
    echo "report-screenshots: chromium failed: $*" >&2
    tail -20 "$out/chromium.log" >&2
    exit 1
  fi
}

# shot PAGE PNG WIDTH [HEIGHT]: a screenshot of the window.
shot() {
  rm -f "$2"
  chromium --window-size="$3,${4:-3000}" --screenshot="$2" "file://$1" >/dev/null
  [ -s "$2" ] || { echo "report-screenshots: no screenshot $2" >&2; exit 1; }
}

# whole PAGE PNG WIDTH: the whole page at WIDTH px: the window made taller
# until the bottom of the screenshot is blank, then cut to the page's end.
whole() {
  local height=4000 last
  while :; do
    shot "$1" "$2" "$3" "$height"
    read -r _ last < <(python3 tests/png_content.py bottom "$2")
    if [ "$last" -lt $((height - 40)) ] || [ "$height" -ge 32000 ]; then
      break
    fi
    height=$((height * 2))
  done
  if [ $((last + 40)) -lt "$height" ]; then
    shot "$1" "$2" "$3" $((last + 40))
  fi
}

# The check can fail: Chromium's screenshot of an empty page is refused.
printf '<!DOCTYPE html><title>empty</title>\n' >"$profile/empty.html"
shot "$profile/empty.html" "$profile/empty.png" 800 600
if python3 tests/png_content.py check "$profile/empty.png" >/dev/null; then
  echo "report-screenshots: png_content.py took an empty page for content" >&2
  exit 1
fi

for lang in en fr; do
  page="$out/report-$lang.html"
  # examples/goalie.toml fixes their day: the same report on any date.
  "$goalie" report examples/ --lang "$lang" --html "$page" >/dev/null
  # The DOM Chromium builds holds the page, not an error page.
  chromium --dump-dom "file://$page" >"$out/dom-$lang.html"
  for part in '<section class="strip" id="summary">' 'class="chart burnup"' \
    'class="band"' 'class="chart grid"' '<table class="stages">'; do
    grep -qF "$part" "$out/dom-$lang.html" || {
      echo "report-screenshots: $lang: Chromium's DOM has no $part" >&2
      exit 1
    }
  done
  whole "$page" "$out/report-$lang-1280.png" 1280
  whole "$page" "$out/report-$lang-794.png" 794
  # Printed on A4: the page leaves the paper to the printer, so a copy names
  # it, as choosing A4 in the print dialog does.
  sed 's|</head>|<style>@page { size: A4; }</style></head>|' "$page" >"$out/report-$lang-a4.html"
  chromium --no-pdf-header-footer --print-to-pdf="$out/report-$lang-a4.pdf" \
    "file://$out/report-$lang-a4.html" >/dev/null
  [ -s "$out/report-$lang-a4.pdf" ] || { echo "report-screenshots: no PDF" >&2; exit 1; }
  pdftoppm -r 96 -png "$out/report-$lang-a4.pdf" "$out/report-$lang-a4"
  python3 tests/png_content.py check "$out/report-$lang-1280.png" "$out/report-$lang-794.png" \
    "$out"/report-"$lang"-a4-*.png
done
echo "report screenshots in $out"
