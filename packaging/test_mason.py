"""Checks editors/mason/package.yaml against what the release publishes.

    python packaging/test_mason.py [ARCHIVE.tar.gz]

- its version is Cargo.toml's, and its targets are the release workflow's;
- each asset's file and bin, rendered as mason renders them, are the name
  packaging/archive.sh gives that target's archive and the binary's path in it;
- given the Linux x86-64 archive built here, that its name is the one mason
  downloads and that the bin mason links is an executable file inside it.

Needs ruamel.yaml (it comes with check-jsonschema). Exits 1 on a failure.
"""

import re
import sys
import tarfile
from pathlib import Path

from ruamel.yaml import YAML

REPO = Path(__file__).resolve().parent.parent
# mason's target names for the Rust targets the release builds.
MASON = {
    "x86_64-unknown-linux-gnu": "linux_x64_gnu",
    "aarch64-unknown-linux-gnu": "linux_arm64_gnu",
    "x86_64-apple-darwin": "darwin_x64",
    "aarch64-apple-darwin": "darwin_arm64",
    "x86_64-pc-windows-msvc": "win_x64",
}

failures = []


def check(name, ok, detail=""):
    print(("ok    " if ok else "FAIL  ") + name + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures.append(name)


def render(template, version):
    # The one filter this file uses, as mason applies it to the tag.
    return re.sub(r'\{\{\s*version\s*\|\s*strip_prefix\s+"v"\s*\}\}', version.removeprefix("v"), template)


yaml = YAML(typ="safe")
package = yaml.load((REPO / "editors/mason/package.yaml").read_text())
workflow = yaml.load((REPO / ".github/workflows/release.yml").read_text())
cargo_version = re.search(r'^version = "([^"]+)"', (REPO / "Cargo.toml").read_text(), re.M).group(1)

source_id = package["source"]["id"]
m = re.fullmatch(r"pkg:github/([^/]+)/([^@]+)@(v.+)", source_id)
check("source.id is a GitHub release purl", m is not None, source_id)
tag = m.group(3) if m else "v?"
check("source.id's version is Cargo.toml's", tag == f"v{cargo_version}", f"{tag} vs {cargo_version}")

released = {entry["target"] for entry in workflow["jobs"]["build"]["strategy"]["matrix"]["include"]}
check("the workflow builds exactly the targets mason knows", released == set(MASON), sorted(released))

assets = {a["target"]: a for a in package["source"]["asset"]}
check("one asset per released target", set(assets) == set(MASON.values()), sorted(assets))
for rust, mason in MASON.items():
    asset = assets.get(mason)
    if asset is None:
        continue
    windows = "windows" in rust
    name = f"goalie-{cargo_version}-{rust}"
    want_file = name + (".zip" if windows else ".tar.gz")
    want_bin = f"{name}/goalie" + (".exe" if windows else "")
    check(f"{mason}: file is archive.sh's name", render(asset["file"], tag) == want_file, render(asset["file"], tag))
    check(f"{mason}: bin is the binary in it", render(asset["bin"], tag) == want_bin, render(asset["bin"], tag))
check("bin links goalie to the asset's bin", package.get("bin") == {"goalie": "{{source.asset.bin}}"}, package.get("bin"))

if len(sys.argv) > 1:
    archive = Path(sys.argv[1])
    linux = assets["linux_x64_gnu"]
    check("the archive built here is the file mason downloads", archive.name == render(linux["file"], tag), archive.name)
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    bin_member = members.get(render(linux["bin"], tag))
    check("the bin mason links is in the archive", bin_member is not None, sorted(members))
    check("... and is an executable file", bin_member is not None and bin_member.isfile() and bin_member.mode & 0o111 != 0)

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("mason package.yaml: all checks passed")
