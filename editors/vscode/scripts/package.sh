#!/usr/bin/env bash
# Builds the .vsix: compiles the extension, bundles the goalie binary as
# server/goalie and the install guide as INSTALL.md, runs `vsce package`.
#
#   scripts/package.sh [OUT.vsix]
#
# The binary is $GOALIE_BIN, else the repository's target/release/goalie
# (built with `cargo build --release` when missing). GOALIE_BIN=none makes a
# .vsix without a bundled server (it then uses goalie.server.path, PATH, or
# pip's, npm's and cargo's folders). VSCE_TARGET (linux-x64, win32-x64…)
# names the platform of the bundled binary when it is not this machine's.
# Works offline once `npm ci` has run.
set -euo pipefail
ext="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$ext/../.." && pwd)"
out="${1:-$ext/goalie.vsix}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
cd "$ext"

if [ ! -d node_modules ]; then
  echo "package.sh: run 'npm ci' in $ext first" >&2
  exit 2
fi

bin="${GOALIE_BIN:-$repo/target/release/goalie}"
rm -rf server
if [ "$bin" != none ]; then
  if [ ! -x "$bin" ] && [ -z "${GOALIE_BIN:-}" ]; then
    echo "== cargo build --release (no $bin yet)"
    (cd "$repo" && cargo build --release --locked)
  fi
  if [ ! -x "$bin" ]; then
    echo "package.sh: the goalie binary $bin is missing or not executable" >&2
    exit 2
  fi
  # Windows looks for server/goalie.exe (src/serverPath.ts).
  exe=goalie
  case "${VSCE_TARGET:-}" in win32-*) exe=goalie.exe ;; esac
  mkdir -p server
  cp "$bin" "server/$exe"
  chmod 755 "server/$exe"
  strip "server/$exe" 2>/dev/null || true
fi

# A bundled binary runs on one platform: say which, so VS Code installs the
# .vsix only there (override with VSCE_TARGET, e.g. alpine-x64).
target_args=()
if [ -d server ]; then
  target="${VSCE_TARGET:-}"
  if [ -z "$target" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) target=linux-x64 ;;
      Linux-aarch64) target=linux-arm64 ;;
      Darwin-x86_64) target=darwin-x64 ;;
      Darwin-arm64) target=darwin-arm64 ;;
      *) echo "package.sh: unknown platform $(uname -sm); set VSCE_TARGET" >&2; exit 2 ;;
    esac
  fi
  target_args=(--target "$target")
fi
cp "$repo/docs/install.md" INSTALL.md
cp "$repo/LICENSE-MIT" "$repo/LICENSE-APACHE" .

node scripts/gen-grammar.mjs --check
npx --no-install tsc -p . --noEmit
node scripts/bundle.mjs --production
mkdir -p "$(dirname "$out")"
npx --no-install vsce package "${target_args[@]}" --no-dependencies --skip-license --out "$out"
echo "wrote $out"
