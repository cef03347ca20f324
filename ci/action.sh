#!/usr/bin/env bash
# The shell steps of action.yml, kept here so they can run (and be tested,
# tests/action.sh) outside GitHub.
#
#   action.sh install   installs goalie: GOALIE_VERSION from PyPI (the
#                       goalie-cli wheel: no Rust build), or else the
#                       checkout at GITHUB_ACTION_PATH
#   action.sh check     checks GOALIE_PATHS (default .): writes SARIF to
#                       GOALIE_SARIF, prints workflow commands (annotations),
#                       exits 1 at the GOALIE_DENY level (default error)
set -euo pipefail

install() {
  if [ -n "${GOALIE_VERSION:-}" ]; then
    # The crate name `goalie` on crates.io belongs to another project: a
    # released version comes from the wheel on PyPI.
    python3 -m pip install --user --quiet "goalie-cli==$GOALIE_VERSION"
    bin="$(python3 -m site --user-base)/bin"
  else
    cargo install --locked --path "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
    bin="${CARGO_HOME:-$HOME/.cargo}/bin"
  fi
  # Where goalie went, for the next steps.
  if [ -n "${GITHUB_PATH:-}" ]; then
    echo "$bin" >>"$GITHUB_PATH"
  fi
}

check() {
  local sarif="${GOALIE_SARIF:-goalie.sarif}"
  local deny="${GOALIE_DENY:-error}"
  # The paths are split on blanks on purpose: one input holds several.
  # shellcheck disable=SC2206
  local paths=(${GOALIE_PATHS:-.})
  local status=0

  # SARIF first: its exit code is the job's, and a usage failure (2) stops
  # here with goalie's own message.
  goalie check --format sarif --deny "$deny" "${paths[@]}" >"$sarif" || status=$?
  if [ "$status" -ge 2 ]; then
    rm -f "$sarif"
    exit "$status"
  fi
  if [ -n "${GITHUB_OUTPUT:-}" ]; then
    echo "sarif=$sarif" >>"$GITHUB_OUTPUT"
  fi
  # Annotations: the same findings as workflow commands.
  goalie check --format github --deny "$deny" "${paths[@]}" || true
  exit "$status"
}

case "${1:-}" in
  install) install ;;
  check) check ;;
  *)
    echo "usage: action.sh install|check" >&2
    exit 2
    ;;
esac
