#!/usr/bin/env bash
# Builds goalie's PyPI wheel (the binary only, maturin `bindings = "bin"`):
#
#   packaging/wheel.sh [TARGET] [OUT_DIR]
#
# TARGET is a Rust target triple (default: x86_64-unknown-linux-gnu); OUT_DIR
# defaults to target/dist. Linux wheels are linked with zig against glibc
# 2.17 (manylinux2014), so they run on old distributions too. The binary is
# left in target/TARGET/release/goalie, where packaging/archive.sh and
# packaging/npm/build.mjs take it: one release build serves every package.
#
# Needs maturin (and, on Linux, ziglang) from PyPI: $MATURIN, else
# `maturin` on PATH.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-x86_64-unknown-linux-gnu}"
out="${2:-$repo/target/dist}"
maturin="${MATURIN:-maturin}"

args=(build --release --locked --target "$target" --out "$out")
case "$target" in
  *-linux-gnu) args+=(--zig --compatibility manylinux2014) ;;
esac
cd "$repo"
"$maturin" "${args[@]}"
