#!/usr/bin/env bash
# Latency of the language server through the real release binary over
# stdio (see scripts/lsp-bench.py): didChange → publishDiagnostics, hover,
# inlay hints, semantic tokens full, by range and by delta, on the
# generated workspace of docs/performance.md.
#
#   scripts/lsp-bench.sh [SIZE] [RUNS]   (default: 100000 20)
set -euo pipefail
cd "$(dirname "$0")/.."

size="${1:-100000}"
runs="${2:-20}"
data=target/bench-data

cargo build --release --quiet --bin goalie
cargo run --release --quiet --example generate -- "$data" "$size" 2>/dev/null
# A folder holding the one-file workspace, so the server reads only it.
dir="$data/lsp-$size"
mkdir -p "$dir"
cp "$data/$size.goals" "$dir/"
exec python3 scripts/lsp-bench.py target/release/goalie "$dir" "$runs"
