#!/usr/bin/env bash
# The language server's conformance suite (tests/lsp_conformance/): pytest-lsp
# drives `goalie lsp` as VS Code, Neovim 0.11 and a client without snippets or
# dynamic registration, over every advertised capability, and sends it
# malformed frames. pytest-lsp and lsprotocol come from PyPI into a venv kept
# under target/ (rebuilt when requirements.txt changes).
#
# GOALIE_BIN runs the suite against another binary (default: a debug build
# of this checkout).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
suite="$repo/tests/lsp_conformance"
venv="$repo/target/lsp-conformance/venv"
if ! cmp -s "$suite/requirements.txt" "$venv/requirements.txt" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$suite/requirements.txt"
  cp "$suite/requirements.txt" "$venv/requirements.txt"
fi
if [ -z "${GOALIE_BIN:-}" ]; then
  (cd "$repo" && cargo build --locked --quiet --bin goalie)
  export GOALIE_BIN="$repo/target/debug/goalie"
fi
cd "$suite"
PYTHONDONTWRITEBYTECODE=1 "$venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
