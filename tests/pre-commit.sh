#!/usr/bin/env bash
# The pre-commit hooks of .pre-commit-hooks.yaml, run by pre-commit itself
# (installed from PyPI into a throwaway venv) in a throwaway git repository
# that points at this checkout by path: `goalie-check` must fail on a plan
# with an error and pass once it is fixed; `goalie-fmt` must reformat.
#
# pre-commit builds goalie from HEAD (committed work only) with
# `cargo install`, once: both runs share its cache. The build goes to
# target/pre-commit (kept between runs) at opt-level 0, as fast as a debug
# build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rev="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit
pre_commit="$work/venv/bin/pre-commit"
export PRE_COMMIT_HOME="$work/cache"
export CARGO_TARGET_DIR="$repo/target/pre-commit"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=0
export CARGO_PROFILE_RELEASE_LTO=false
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
export CARGO_PROFILE_RELEASE_INCREMENTAL=true
export NO_COLOR=1 GOALIE_LANG=en

plans="$work/plans"
mkdir "$plans"
cd "$plans"
git init --quiet
git config user.email ci@example.invalid
git config user.name ci
git config commit.gpgsign false
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: goalie-check
      - id: goalie-fmt
YAML
# `cals` is not an id: E007, an error.
cat >plan.goals <<'GOALS'
activity calls: Call 10 prospects every weekday
  target: 10 calls per weekday
2026-11-23 cals 12
GOALS
git add .

echo "-- the hook must fail on the bad plan"
if "$pre_commit" run --all-files >"$work/out1" 2>&1; then
  cat "$work/out1"
  echo "FAIL: pre-commit passed on a plan with an error" >&2
  exit 1
fi
grep -q "no item has the id \`cals\`" "$work/out1" || {
  cat "$work/out1"
  echo "FAIL: goalie's diagnostic is not in pre-commit's output" >&2
  exit 1
}

echo "-- the hook must pass once the plan is fixed"
sed -i 's/ cals / calls /' plan.goals
# A misplaced indent for goalie-fmt to fix on the way.
sed -i 's/^  target:/      target:/' plan.goals
git add .
# goalie-fmt rewrites the file, which fails the first run by design.
"$pre_commit" run --all-files >"$work/out2" 2>&1 || true
grep -q "^  target: 10 calls per weekday" plan.goals || {
  cat "$work/out2"
  echo "FAIL: goalie-fmt did not format plan.goals" >&2
  exit 1
}
git add .
if ! "$pre_commit" run --all-files >"$work/out3" 2>&1; then
  cat "$work/out3"
  echo "FAIL: pre-commit failed on a fixed, formatted plan" >&2
  exit 1
fi
cat "$work/out3"
echo "pre-commit hooks fail on an error, format, and pass on a fixed plan"
