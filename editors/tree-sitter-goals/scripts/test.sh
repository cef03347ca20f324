#!/usr/bin/env bash
# Tests of editors/tree-sitter-goals with the tree-sitter CLI (run by .ci/run):
# the committed parser is what grammar.js generates, the corpus and highlight
# tests pass, every editor's queries compile against the grammar, and the
# editors' copies of the queries are up to date.
#
#   bash editors/tree-sitter-goals/scripts/test.sh [PATH/TO/tree-sitter]
set -euo pipefail
ts="$(realpath "${1:-$(command -v tree-sitter)}")"
cd "$(dirname "$0")/.."
grammar="$PWD"
editors="$(dirname "$grammar")"
# A private configuration for the CLI, which finds this grammar in editors/.
export TREE_SITTER_DIR="${TREE_SITTER_DIR:-$(mktemp -d)}"
mkdir -p "$TREE_SITTER_DIR"
printf '{"parser-directories": ["%s"]}\n' "$editors" >"$TREE_SITTER_DIR/config.json"
"$ts" --version

echo "-- src/ is what grammar.js generates"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -r grammar.js tree-sitter.json src "$tmp/"
(cd "$tmp" && "$ts" generate)
for f in parser.c grammar.json node-types.json; do
  if ! cmp -s "src/$f" "$tmp/src/$f"; then
    echo "src/$f is out of date: run \`tree-sitter generate\` in editors/tree-sitter-goals" >&2
    exit 1
  fi
done

echo "-- corpus and highlight tests"
"$ts" test

echo "-- every editor's queries compile against the grammar"
example="$editors/../examples/marketing-en/marketing.goals"
for q in queries/*.scm "$editors"/nvim/queries/goals/*.scm \
  "$editors"/helix/runtime/queries/goals/*.scm "$editors"/zed/languages/goals/*.scm; do
  "$ts" query --quiet "$q" "$example" >/dev/null
  echo "ok $(realpath --relative-to="$editors" "$q")"
done

echo "-- the editors' copies of the queries are up to date"
node scripts/editor-queries.mjs --check
