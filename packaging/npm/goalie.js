#!/usr/bin/env node
// The `goalie` command of the npm package: finds the binary in the package
// made for this platform (an optional dependency npm installs only where its
// `os` and `cpu` match) and runs it with the same arguments, stdin, stdout,
// stderr and exit code. GOALIE_BINARY overrides the lookup.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

// npm platform (process.platform-process.arch) to its package. Shared with
// packaging/npm/build.mjs, which builds and names the packages from it.
const PLATFORMS = {
  'linux-x64': { pkg: '@goalie-rs/cli-linux-x64', target: 'x86_64-unknown-linux-gnu', os: 'linux', cpu: 'x64' },
  'linux-arm64': { pkg: '@goalie-rs/cli-linux-arm64', target: 'aarch64-unknown-linux-gnu', os: 'linux', cpu: 'arm64' },
  'darwin-x64': { pkg: '@goalie-rs/cli-darwin-x64', target: 'x86_64-apple-darwin', os: 'darwin', cpu: 'x64' },
  'darwin-arm64': { pkg: '@goalie-rs/cli-darwin-arm64', target: 'aarch64-apple-darwin', os: 'darwin', cpu: 'arm64' },
  'win32-x64': { pkg: '@goalie-rs/cli-win32-x64', target: 'x86_64-pc-windows-msvc', os: 'win32', cpu: 'x64' },
};

function french(env) {
  // The order goalie itself reads (src/i18n.rs).
  for (const name of ['GOALIE_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v) return v.toLowerCase().startsWith('fr');
  }
  return false;
}

const OTHER_WAYS_EN = 'Other ways to install goalie: `pipx install goalie-cli`, or a release archive (see docs/install.md).';
const OTHER_WAYS_FR = 'Autres façons d’installer goalie : `pipx install goalie-cli`, ou une archive de version (voir docs/install.md).';

/** Why no binary was found, in the user's language. */
function missingMessage(key, entry, env) {
  const fr = french(env);
  if (!entry) {
    return fr
      ? `goalie : pas de binaire npm pour cette plateforme (${key}). Plateformes prises en charge : ${Object.keys(PLATFORMS).join(', ')}.\nCompilez goalie depuis les sources avec cargo (voir docs/install.md), ou réglez GOALIE_BINARY sur un binaire goalie.`
      : `goalie: there is no npm binary for this platform (${key}). Supported platforms: ${Object.keys(PLATFORMS).join(', ')}.\nBuild goalie from source with cargo (see docs/install.md), or set GOALIE_BINARY to a goalie binary.`;
  }
  return fr
    ? `goalie : le paquet ${entry.pkg}, qui contient le binaire pour cette plateforme (${key}), n’est pas installé.\nnpm l’installe comme dépendance optionnelle : réinstallez sans --omit=optional ni --no-optional (par exemple \`npm install goalie\`), et sans copier node_modules d’une autre plateforme.\n${OTHER_WAYS_FR}`
    : `goalie: the package ${entry.pkg}, which holds the binary for this platform (${key}), is not installed.\nnpm installs it as an optional dependency: reinstall without --omit=optional or --no-optional (e.g. \`npm install goalie\`), and do not copy node_modules from another platform.\n${OTHER_WAYS_EN}`;
}

/** `{ binary }` or `{ error }` for this platform. */
function findBinary(env = process.env, platform = process.platform, arch = process.arch, resolve = require.resolve) {
  if (env.GOALIE_BINARY) return { binary: env.GOALIE_BINARY };
  const key = `${platform}-${arch}`;
  const entry = PLATFORMS[key];
  if (!entry) return { error: missingMessage(key, entry, env) };
  let manifest;
  try {
    manifest = resolve(`${entry.pkg}/package.json`);
  } catch {
    return { error: missingMessage(key, entry, env) };
  }
  const binary = path.join(path.dirname(manifest), 'bin', platform === 'win32' ? 'goalie.exe' : 'goalie');
  if (!fs.existsSync(binary)) return { error: missingMessage(key, entry, env) };
  return { binary };
}

function main() {
  const found = findBinary();
  if (found.error) {
    process.stderr.write(found.error + '\n');
    process.exit(2);
  }
  const result = spawnSync(found.binary, process.argv.slice(2), { stdio: 'inherit', windowsHide: true });
  if (result.error) {
    const fr = french(process.env);
    process.stderr.write(
      (fr ? `goalie : impossible de lancer ${found.binary} : ` : `goalie: could not run ${found.binary}: `) + result.error.message + '\n',
    );
    process.exit(2);
  }
  if (result.signal) {
    // Die of the same signal, so a shell sees what the binary saw.
    process.kill(process.pid, result.signal);
    return;
  }
  process.exit(result.status ?? 1);
}

module.exports = { PLATFORMS, findBinary, missingMessage };

if (require.main === module) main();
