#!/usr/bin/env bash
# The GitHub Action's shell steps (ci/action.sh, run by action.yml), run
# here on a temporary folder with the GITHUB_* variables the runner would
# set: the SARIF file is written, the annotations printed, the step output
# set, and the exit code follows --deny. The `install` step (a cargo install)
# is not run; the goalie built by cargo is put on PATH instead.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cargo build --quiet --locked --manifest-path "$repo/Cargo.toml"
bin="$(cargo metadata --format-version 1 --no-deps --manifest-path "$repo/Cargo.toml" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/debug"
export PATH="$bin:$PATH"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GITHUB_ACTION_PATH="$repo" GITHUB_WORKSPACE="$work/repo"
export GITHUB_OUTPUT="$work/github_output" GITHUB_PATH="$work/github_path"
export GITHUB_ACTIONS=true NO_COLOR=1 GOALIE_LANG=en
mkdir -p "$GITHUB_WORKSPACE/plans"
cd "$GITHUB_WORKSPACE"
# A warning (M206: an activity with no target), no error.
cat >plans/plan.goals <<'GOALS'
objective growth: Win 40 new customers this quarter
  period: 2026-Q4
  owner: @me
  why: Two hires depend on it
  committed
  kr customers: Win 40 new customers
    metric: 0 -> 40 customers
activity calls: Call prospects every weekday
  supports: customers
2026-11-23 customers +2
GOALS
printf 'today = "2026-11-24"\n' >goalie.toml

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
passed=0

run_check() { # deny, expected exit code
  : >"$GITHUB_OUTPUT"
  rm -f goalie.sarif
  local code=0
  GOALIE_PATHS="plans" GOALIE_DENY="$1" GOALIE_SARIF=goalie.sarif \
    bash "$repo/ci/action.sh" check >"$work/out" 2>&1 || code=$?
  [ "$code" -eq "$2" ] || { cat "$work/out"; fail "--deny $1 exited with $code, not $2"; }
  [ -s goalie.sarif ] || fail "--deny $1: no SARIF file"
  python3 - goalie.sarif <<'PY' || fail "--deny $1: the SARIF file is not SARIF 2.1.0 with M206"
import json, sys
sarif = json.load(open(sys.argv[1]))
assert sarif["version"] == "2.1.0"
assert any(r["ruleId"] == "M206" for r in sarif["runs"][0]["results"])
PY
  grep -q '^::warning file=plans/plan.goals,line=8,.*title=M206' "$work/out" ||
    { cat "$work/out"; fail "--deny $1: no annotation for M206"; }
  grep -qx 'sarif=goalie.sarif' "$GITHUB_OUTPUT" || fail "--deny $1: no sarif output"
  passed=$((passed + 1))
}

echo "-- a warning passes at --deny error"
run_check error 0
echo "-- and fails at --deny warning"
run_check warning 1

echo "-- an error fails at --deny error"
echo '2026-11-23 cals 3' >>plans/plan.goals
code=0
GOALIE_PATHS="plans" bash "$repo/ci/action.sh" check >"$work/out" 2>&1 || code=$?
[ "$code" -eq 1 ] || fail "an error exited with $code, not 1"
grep -q '^::error file=plans/plan.goals,line=11,.*title=E007' "$work/out" || fail "no annotation for E007"
passed=$((passed + 1))

echo "-- a usage failure stops with 2 and no SARIF file"
code=0
GOALIE_PATHS="missing" bash "$repo/ci/action.sh" check >"$work/out" 2>&1 || code=$?
[ "$code" -eq 2 ] || fail "a missing path exited with $code, not 2"
[ ! -e goalie.sarif ] || fail "a SARIF file was left after a usage failure"
passed=$((passed + 1))

echo "GitHub Action steps behave ($passed checks)"
