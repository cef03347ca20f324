#!/usr/bin/env bash
# Builds goalie in release, generates the benchmark workspaces (seeded) and
# prints, per size of log lines, the size of the one-file workspace, the wall
# time of `goalie check` on it, the throughput, and the peak memory.
#
#   scripts/bench.sh [SIZE...]   (default: 1000 10000 100000 1000000 100000n 1000000n)
#
# A size ending in `n` has sentences on most log lines (about 90 bytes a
# line: 100000n is 9.0 MB). A one-file workspace over goalie's 64 MiB limit
# (1000000n) is checked as its folder (a plan per language, a log per year).
#
# Wall time: hyperfine when installed (mean of its runs), otherwise the best
# of RUNS runs (default 5) timed with `date +%s%N`. Peak memory:
# `/usr/bin/time -v` when present. `cargo bench` has the per-phase numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(1000 10000 100000 1000000 100000n 1000000n); fi
runs="${RUNS:-5}"
data=target/bench-data

cargo build --release --quiet --bin goalie
cargo run --release --quiet --example generate -- "$data" "${sizes[@]}" 2>/dev/null
bin=target/release/goalie

printf '%-10s %10s %12s %10s %14s %8s\n' "log lines" "bytes" "check (ms)" "MB/s" "peak RSS (MB)" "RSS/in"
for size in "${sizes[@]}"; do
  file="$data/$size.goals"
  bytes=$(stat -c %s "$file")
  if [ "$bytes" -gt $((64 * 1024 * 1024)) ]; then
    file="$data/$size"
    bytes=$(cat "$file"/*.goals | wc -c)
  fi
  cmd=("$bin" check "$file" --today 2026-11-24 --color never)
  if command -v hyperfine >/dev/null 2>&1; then
    ms=$(hyperfine --warmup 1 --runs "$runs" -N -i --export-json /tmp/goalie-bench.json \
      "${cmd[*]}" >/dev/null 2>&1 &&
      python3 -c 'import json;print(round(json.load(open("/tmp/goalie-bench.json"))["results"][0]["mean"]*1000,1))')
  else
    best=""
    "${cmd[@]}" >/dev/null 2>&1 || true
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N)
      "${cmd[@]}" >/dev/null 2>&1 || true
      t1=$(date +%s%N)
      t=$(( (t1 - t0) / 1000 ))
      if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    ms=$(awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }')
  fi
  mbs=$(awk -v b="$bytes" -v ms="$ms" 'BEGIN { printf "%.1f", b / 1e6 / (ms / 1000) }')
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o /tmp/goalie-bench.time "${cmd[@]}" >/dev/null 2>&1 || true
    kb=$(awk '/Maximum resident/ { print $6 }' /tmp/goalie-bench.time)
    rss=$(awk -v kb="$kb" 'BEGIN { printf "%.1f", kb / 1024 }')
    ratio=$(awk -v kb="$kb" -v b="$bytes" 'BEGIN { printf "%.1f", kb * 1024 / b }')
  else
    rss="n/a"; ratio="n/a"
  fi
  printf '%-10s %10s %12s %10s %14s %8s\n' "$size" "$bytes" "$ms" "$mbs" "$rss" "$ratio"
done
