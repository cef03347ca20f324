#!/usr/bin/env bash
# Runs tests/nvim/lsp_e2e.lua in every Neovim given (default: `nvim`, and
# the 0.11 from PyPI when target/nvim011 has it) against a copy of
# examples/marketing-en (with examples/goalie.toml, which fixes their day). GOALIE_BIN names the server binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${GOALIE_BIN:?set GOALIE_BIN to a goalie binary}"
plans="$(mktemp -d)"
trap 'rm -rf "$plans"' EXIT
cp examples/marketing-en/*.goals examples/goalie.toml "$plans/"
bins=("$@")
if [ "${#bins[@]}" -eq 0 ]; then
  bins=(nvim)
  if [ -x target/nvim011/bin/nvim ]; then bins+=(target/nvim011/bin/nvim); fi
fi
for nvim in "${bins[@]}"; do
  echo "-- $("$nvim" --version | head -1)"
  GOALIE_BIN="$GOALIE_BIN" GOALIE_PLANS="$plans" timeout 120 \
    "$nvim" --headless -u NONE -S tests/nvim/lsp_e2e.lua
  echo
done
