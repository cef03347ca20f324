#!/usr/bin/env bash
# Hostile workspaces through the release binary: CPU time (user + system,
# what a quiet machine's wall time would be, give or take the parallel
# parse) and peak memory of each, against the limits issue 16 sets. Not run
# in CI; docs/performance.md records the numbers.
#
#   scripts/hostile.sh
#
# Needs GNU time (/usr/bin/time). Exits with 1 when a limit is passed.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin goalie
goalie="$PWD/target/release/goalie"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'PY'
import os, sys
d = sys.argv[1]
n = 10_000
with open(os.path.join(d, "cycle.goals"), "w") as f:
    for i in range(n):
        f.write(f"objective o{i}: Grow revenue in region {i}\n  parent: o{(i + 1) % n}\n")
with open(os.path.join(d, "unknown.goals"), "w") as f:
    for i in range(n):
        f.write(f"objective o{i}: Grow revenue in region {i}\n  parent: x{i}\n")
n = 100_000
with open(os.path.join(d, "krs.goals"), "w") as f:
    f.write("objective o: Grow revenue in France\n  period: 2026\n")
    for i in range(n):
        f.write(f"  kr k{i}: Sign {i} new customers in Lyon\n    metric: 0 -> 20 customers\n")
    for i in range(0, n, 10):
        f.write(f"2026-03-01 k{i} 4\n")
    f.write("2026-03-02 o confidence 70%\n")
with open(os.path.join(d, "ancient.goals"), "w") as f:
    f.write("activity run: Run every single day\n  target: 1 run per day\n  start: 0001-01-01\n")
    f.write("2026-11-24 run 1\n")
PY

status=0
# name, command, seconds limit, MB limit
run() {
  local name="$1" limit_s="$2" limit_mb="$3"
  shift 3
  # goalie's exit code (1: diagnostics found) is not the point here.
  /usr/bin/time -o "$dir/time" -f '%e %U %S %M' \
    "$goalie" "$@" --no-config --today 2026-11-24 >/dev/null 2>&1 || true
  local wall user sys kb secs
  read -r wall user sys kb < <(tail -1 "$dir/time")
  secs="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
  local mb=$((kb / 1024))
  local verdict=ok
  if awk -v s="$secs" -v l="$limit_s" 'BEGIN { exit !(s > l) }' || [ "$mb" -gt "$limit_mb" ]; then
    verdict="OVER (limits ${limit_s} s, ${limit_mb} MB)"
    status=1
  fi
  printf '%-42s %6s s CPU (%6s s wall) %6s MB  %s\n' "$name" "$secs" "$wall" "$mb" "$verdict"
}

run "check: 10,000-item parent cycle" 1 100 check "$dir/cycle.goals"
run "check: 10,000 unknown parents" 2 200 check "$dir/unknown.goals"
run "status: 100,000 key results, 1 objective" 5 800 status "$dir/krs.goals"
run "status --format json: the same" 5 800 status --format json "$dir/krs.goals"
run "status: an activity since the year 1" 1 100 status "$dir/ancient.goals"
exit $status
