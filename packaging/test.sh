#!/usr/bin/env bash
# The packages of a release, built here for Linux x86-64 with the
# repository's own scripts, then installed and run as a user would, with
# cargo and rustc hidden from PATH:
#
#   packaging/test.sh
#
# 1. the PyPI wheel (packaging/wheel.sh: maturin + zig, manylinux2014) into a
#    fresh virtual environment with pip;
# 2. the release archive (packaging/archive.sh): contents, checksum, its
#    binary; editors/mason/package.yaml against it (test_mason.py);
# 3. the npm packages (packaging/npm/build.mjs) packed with `npm pack` and
#    installed from the tarballs into a fresh project; the launcher's
#    message when the platform package is missing;
# 4. .github/workflows/*.yml against the GitHub workflow schema;
# 5. `cargo package --list` and `cargo publish --dry-run`.
#
# maturin, ziglang and check-jsonschema (PyPI, pinned below) live in a venv
# outside the clone, $GOALIE_CI_TOOLS (default ~/.cache/goalie-ci/release-tools),
# so a warm machine installs nothing. Each step prints its time.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
target=x86_64-unknown-linux-gnu
dist="$repo/target/dist"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
tools="${GOALIE_CI_TOOLS:-$HOME/.cache/goalie-ci/release-tools}"
pins="maturin==1.16.0 ziglang==0.17.1 check-jsonschema==0.39.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

started=$SECONDS
step() {
  echo "== packaging: $* (at ${SECONDS}s)"
}
fail() {
  echo "packaging/test.sh: $*" >&2
  exit 1
}

# PATH without any folder holding cargo or rustc: what a user without Rust has.
nocargo=""
IFS=: read -ra dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  if [ -e "$d/cargo" ] || [ -e "$d/rustc" ]; then continue; fi
  nocargo="${nocargo:+$nocargo:}$d"
done
if PATH="$nocargo" command -v cargo >/dev/null 2>&1; then fail "cannot hide cargo from PATH"; fi
# Runs a command as a user without Rust would.
without_rust() {
  env PATH="$nocargo" "$@"
}

step "tools from PyPI ($pins) in $tools"
if [ ! -x "$tools/bin/maturin" ] || [ "$(cat "$tools/pins" 2>/dev/null)" != "$pins" ]; then
  rm -rf "$tools"
  python3 -m venv "$tools"
  # shellcheck disable=SC2086
  "$tools/bin/pip" install --quiet $pins
  echo "$pins" >"$tools/pins"
fi

# ---- 1. the wheel -------------------------------------------------------------
step "wheel (maturin --zig, manylinux2014; the release build every package reuses)"
rm -f "$dist"/goalie*.whl
# maturin runs zig as `python -m ziglang` with the python it finds first.
PATH="$tools/bin:$PATH" MATURIN="$tools/bin/maturin" bash packaging/wheel.sh "$target" "$dist"
wheel="$dist/goalie_cli-$version-py3-none-manylinux2014_x86_64.manylinux_2_17_x86_64.whl"
[ -f "$wheel" ] || fail "expected $wheel; got: $(ls "$dist")"
bin="$repo/target/$target/release/goalie"
# manylinux2014 means no glibc symbol newer than 2.17.
newest="$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -n 1)"
case "$newest" in GLIBC_2.1[0-7] | GLIBC_2.[0-9] | GLIBC_2.[0-9].*) echo "newest glibc symbol: $newest" ;; *) fail "the binary needs $newest, newer than manylinux2014's 2.17" ;; esac

step "wheel: pip install into a fresh virtual environment; goalie runs without cargo"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --no-index "$wheel"
plans="$work/pip-plans"
test "$(without_rust "$work/venv/bin/goalie" --version)" = "goalie $version" || fail "goalie --version from the wheel"
PATH="$work/venv/bin:$nocargo" bash -c '
  set -e
  command -v goalie
  goalie init "$1" --lang fr --template sales >/dev/null
  goalie check --deny warning "$1"
  goalie check examples/ --today 2026-11-24 >/dev/null
' _ "$plans"
[ -f "$plans/objectifs.goals" ] || fail "goalie init from the wheel wrote no plan"
"$work/venv/bin/pip" show -f goalie-cli | grep 'licenses/LICENSE-MIT' >/dev/null || fail "the wheel lacks LICENSE-MIT"

# ---- 2. the release archive ----------------------------------------------------
step "release archive (packaging/archive.sh), its contents and its binary"
archive="$(bash packaging/archive.sh "$target" "$bin" "$dist" | tail -n 1)"
name="goalie-$version-$target"
[ "$archive" = "$dist/$name.tar.gz" ] || fail "archive name $archive"
(cd "$dist" && sha256sum -c "$name.tar.gz.sha256")
tar -tzf "$archive" | sort >"$work/archive.txt"
for f in goalie README.md LICENSE-MIT LICENSE-APACHE completions/goalie.bash completions/_goalie \
  completions/goalie.fish completions/_goalie.ps1 completions/goalie.elv man/man1/goalie.1 man/man1/goalie-check.1 \
  man/man1/goalie-init.1 man/man1/goalie-lsp.1; do
  grep -qx "$name/$f" "$work/archive.txt" || fail "the archive lacks $name/$f"
done
unexpected="$(grep -v -x -e "$name/" -e "$name/[^/]*" -e "$name/completions/.*" -e "$name/man/" -e "$name/man/man1/.*" "$work/archive.txt" || true)"
[ -z "$unexpected" ] || fail "unexpected entries in the archive: $unexpected"
mkdir "$work/unpacked"
tar -xzf "$archive" -C "$work/unpacked"
test "$(without_rust "$work/unpacked/$name/goalie" --version)" = "goalie $version" || fail "the archive's goalie --version"
without_rust "$work/unpacked/$name/goalie" check examples/ --today 2026-11-24 >/dev/null
bash -n "$work/unpacked/$name/completions/goalie.bash"
cmp "$work/unpacked/$name/goalie" "$bin" || fail "the archive's binary is not the release build"
"$tools/bin/python" packaging/test_mason.py "$archive"

# ---- 3. npm ----------------------------------------------------------------------
step "npm launcher unit tests (packaging/npm/test.mjs)"
node --test packaging/npm/test.mjs >/dev/null || node --test packaging/npm/test.mjs

step "npm packages (packaging/npm/build.mjs, npm pack)"
rm -rf "$dist/npm"
node packaging/npm/build.mjs --out "$dist/npm" --main "linux-x64=$bin"
launcher="$dist/npm/goalie-$version.tgz"
platform="$dist/npm/goalie-rs-cli-linux-x64-$version.tgz"
[ -f "$launcher" ] && [ -f "$platform" ] || fail "npm tarballs missing: $(ls "$dist/npm")"
tar -tvzf "$platform" | grep -- '-rwxr-xr-x .* package/bin/goalie$' >/dev/null || fail "the platform package's bin/goalie is not executable"
tar -xzOf "$platform" package/package.json | node -e '
  const p = JSON.parse(require("fs").readFileSync(0, "utf8"));
  if (p.os[0] !== "linux" || p.cpu[0] !== "x64" || p.license !== "MIT OR Apache-2.0") { console.error(p); process.exit(1); }'

step "npm: install from the tarballs into a fresh project; npx goalie runs without cargo"
mkdir "$work/npm-project"
cd "$work/npm-project"
echo '{ "name": "plans", "private": true }' >package.json
# --offline: the launcher's other platform packages are optional and not
# published yet; npm skips them as it does on a platform they do not fit.
without_rust npm install --offline --no-audit --no-fund --loglevel=error "$platform" "$launcher"
test "$(without_rust npx --no-install goalie --version)" = "goalie $version" || fail "npx goalie --version"
without_rust npx --no-install goalie init plans --lang en --template okr >/dev/null
without_rust npx --no-install goalie check --deny warning plans
[ -f plans/plan.goals ] || fail "goalie init through npm wrote no plan"
# The exit code comes through the launcher (2: a usage error).
set +e
without_rust npx --no-install goalie check no-such-folder 2>/dev/null
code=$?
set -e
[ "$code" = 2 ] || fail "the launcher returned $code for a usage error, not 2"

step "npm: without the platform package, the launcher names it"
mkdir "$work/npm-missing"
cd "$work/npm-missing"
echo '{ "name": "plans", "private": true }' >package.json
without_rust npm install --offline --no-audit --no-fund --loglevel=error --omit=optional "$launcher"
set +e
message="$(without_rust npx --no-install goalie --version 2>&1)"
code=$?
set -e
[ "$code" = 2 ] || fail "the launcher exited with $code without its platform package"
grep -q '@goalie-rs/cli-linux-x64' <<<"$message" || fail "the launcher's message does not name the package: $message"
grep -q 'pipx install goalie-cli' <<<"$message" || fail "the launcher's message gives no other way: $message"
cd "$repo"

# ---- 4. the release workflow -----------------------------------------------------
step "workflows against the GitHub workflow schema (check-jsonschema)"
"$tools/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml

# ---- 5. crates.io --------------------------------------------------------------
step "cargo package --list and cargo publish --dry-run"
cargo package --list --locked --allow-dirty 2>/dev/null >"$work/crate.txt"
for f in Cargo.toml Cargo.lock LICENSE-MIT LICENSE-APACHE README.md grammar/goals.pest src/main.rs src/cli/init/goalie.en.toml; do
  grep -qx "$f" "$work/crate.txt" || fail "the crate lacks $f"
done
if grep -E '^(tests|editors|fuzz|benches|packaging|target)/' "$work/crate.txt"; then fail "the crate ships files it does not need"; fi
cargo publish --dry-run --locked --allow-dirty

echo "== packaging: all checks passed in $((SECONDS - started))s"
