#!/usr/bin/env bash
# Runs every cargo-fuzz target under fuzz/ for a bounded time each.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]      (default: 60)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly compiler for
# its sanitizer flags: the nightly toolchain when installed, otherwise the
# stable one with RUSTC_BOOTSTRAP=1. Crashes land in fuzz/artifacts/<target>/;
# each one found becomes a regression test (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
targets=(parse format_roundtrip progress incremental_edits config)

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  toolchain=(+nightly)
else
  toolchain=()
  export RUSTC_BOOTSTRAP=1
fi

# Seed the corpora with the bundled examples and fixtures.
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  if [ "$t" = config ]; then
    cp src/cli/init/goalie.*.toml "fuzz/corpus/$t/"
  else
    cp examples/*/*.goals tests/fixtures/*/*.goals "fuzz/corpus/$t/" 2>/dev/null || true
  fi
done

status=0
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${seconds}s"
  if ! cargo "${toolchain[@]}" fuzz run "$t" -- -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048; then
    status=1
  fi
done
exit $status
