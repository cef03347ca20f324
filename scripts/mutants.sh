#!/usr/bin/env bash
# Mutation testing with cargo-mutants: each mutant of the code (an operator
# flipped, a function returning a default…) must make a test fail. Slow (a
# rebuild per mutant), so not run in CI; docs/testing.md records the figures
# and explains every survivor left.
#
#   scripts/mutants.sh [progress|rules|FILE_GLOB] [cargo-mutants args…]
#
#   progress   src/progress/ (default)
#   rules      the rules' check functions (src/rules/*/…, one file per rule)
#   FILE_GLOB  any other glob of source files, e.g. 'src/progress/key_result.rs'
#
# One job at a time (a shared machine); the warm target/ is copied to the
# scratch tree so only goalie rebuilds (cargo-mutants copies the whole tree,
# fuzz/target too: build nothing there while it copies). The tests run are
# the ones that judge that code, not the whole suite: MUTANTS_TESTS
# overrides them (arguments of `cargo test`). Results: target/mutants-NAME/mutants.out/ (caught.txt,
# missed.txt, timeout.txt, unviable.txt). Needs cargo-mutants
# (`cargo install --locked cargo-mutants`).
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-progress}"
[ $# -gt 0 ] && shift

case "$what" in
  progress)
    files=(-f 'src/progress/**')
    tests="${MUTANTS_TESTS:---lib --test progress --test relative}"
    ;;
  rules)
    # The checks, not the docs: the rule files under the families' folders.
    files=(-f 'src/rules/*/**' -e 'src/rules/structure/**')
    tests="${MUTANTS_TESTS:---lib --test rules --test check --test corpus}"
    ;;
  *)
    files=(-f "$what")
    tests="${MUTANTS_TESTS:---lib --test progress --test relative}"
    ;;
esac

name="$(printf '%s' "$what" | tr -c 'A-Za-z0-9_' '-')"
out="target/mutants-$name"
mkdir -p "$out"

# The test targets go to the build as well as to the run (`-C`), so each
# mutant builds only the tests that judge it.
targets=()
# shellcheck disable=SC2086 # the test arguments are words
for arg in $tests; do
  targets+=(-C "$arg")
done

# A test run longer than three times the unmutated one is a timeout; on a
# loaded machine set MUTANTS_TIMEOUT (seconds) instead.
if [ -n "${MUTANTS_TIMEOUT:-}" ]; then
  timeout=(--timeout "$MUTANTS_TIMEOUT")
else
  timeout=(--timeout-multiplier 3)
fi

exec cargo mutants \
  --jobs 1 \
  --copy-target=true \
  "${timeout[@]}" \
  --output "$out" \
  "${targets[@]}" \
  "${files[@]}" \
  "$@"
