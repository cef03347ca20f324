#!/usr/bin/env bash
# Builds a release archive of goalie for one target:
#
#   packaging/archive.sh TARGET [BINARY] [OUT_DIR]
#
# writes OUT_DIR/goalie-VERSION-TARGET.tar.gz (.zip for Windows targets) and
# its checksum file (.sha256, in `sha256sum` format). The archive holds one
# folder, goalie-VERSION-TARGET/, with the binary, README.md, both licence
# files, completions/ (bash, zsh, fish, PowerShell, elvish) and man/man1/.
#
# BINARY defaults to target/TARGET/release/goalie (as packaging/wheel.sh
# leaves it); OUT_DIR to target/dist. Completions and man pages come from
# running a goalie: $GOALIE_GEN, else BINARY itself (set GOALIE_GEN when
# BINARY cannot run on this machine).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: packaging/archive.sh TARGET [BINARY] [OUT_DIR]}"
exe=goalie
case "$target" in *-windows-*) exe=goalie.exe ;; esac
bin="${2:-$repo/target/$target/release/$exe}"
out="${3:-$repo/target/dist}"
gen="${GOALIE_GEN:-$bin}"

if [ ! -f "$bin" ]; then
  echo "archive.sh: no binary at $bin (build it first: packaging/wheel.sh $target)" >&2
  exit 2
fi
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/Cargo.toml" | head -n 1)"
name="goalie-$version-$target"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
dir="$stage/$name"
mkdir -p "$dir/completions" "$dir/man/man1"

cp "$bin" "$dir/$exe"
chmod 755 "$dir/$exe"
cp "$repo/README.md" "$repo/LICENSE-MIT" "$repo/LICENSE-APACHE" "$dir/"
# File names each shell looks for (docs/install.md says where they go).
"$gen" completions bash >"$dir/completions/goalie.bash"
"$gen" completions zsh >"$dir/completions/_goalie"
"$gen" completions fish >"$dir/completions/goalie.fish"
"$gen" completions powershell >"$dir/completions/_goalie.ps1"
"$gen" completions elvish >"$dir/completions/goalie.elv"
"$gen" man --out "$dir/man/man1" >/dev/null

cd "$stage"
case "$target" in
  *-windows-*)
    archive="$name.zip"
    rm -f "$out/$archive"
    if command -v zip >/dev/null 2>&1; then
      zip -qr -X "$out/$archive" "$name"
    else
      # Windows runners have 7-Zip rather than zip.
      7z a -tzip -bd "$out/$archive" "$name" >/dev/null
    fi
    ;;
  *)
    archive="$name.tar.gz"
    if tar --version 2>/dev/null | grep -q GNU; then
      # Reproducible: sorted names, no owner, the commit's time.
      mtime="${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || date +%s)}"
      tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -cf - "$name" | gzip -n -9 >"$out/$archive"
    else
      # macOS's bsdtar has none of those options.
      tar -czf "$out/$archive" "$name"
    fi
    ;;
esac
cd "$out"
if command -v sha256sum >/dev/null 2>&1; then
  sha256sum "$archive" >"$archive.sha256"
else
  shasum -a 256 "$archive" >"$archive.sha256"
fi
echo "$out/$archive"
