// The parts of the extension that run without VS Code: where the server is
// looked for, and that every message and contributed string exists in
// English and French. Needs `npm run compile` first (out/*.js).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ext = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { findServer, expandSetting, npmPlatformPackage } = require(join(ext, 'out', 'serverPath.js'));
const { allMessages, langOf, t } = require(join(ext, 'out', 'i18n.js'));

const exes = (...files) => (f) => files.includes(f);
const base = { extensionPath: '/ext', env: { PATH: '/usr/bin:/opt/bin', HOME: '/home/u' }, platform: 'linux' };

test('the setting wins over everything', () => {
  const r = findServer({ ...base, setting: '/custom/goalie', isExecutable: exes('/custom/goalie', '/ext/server/goalie') });
  assert.deepEqual(r, { ok: true, found: { command: '/custom/goalie', source: 'setting' } });
});

test('a bad setting is reported, not silently replaced by another binary', () => {
  const r = findServer({ ...base, setting: '/nope/goalie', isExecutable: exes('/ext/server/goalie', '/usr/bin/goalie') });
  assert.equal(r.ok, false);
  assert.equal(r.setting, '/nope/goalie');
});

test('a bare name in the setting is looked up on PATH; ~ and ${workspaceFolder} expand', () => {
  assert.equal(findServer({ ...base, setting: 'goalie-dev', isExecutable: exes('/opt/bin/goalie-dev') }).found.command, '/opt/bin/goalie-dev');
  assert.equal(expandSetting('~/bin/goalie', undefined, { HOME: '/home/u' }), '/home/u/bin/goalie');
  assert.equal(
    findServer({ ...base, setting: '${workspaceFolder}/target/debug/goalie', workspaceFolder: '/w', isExecutable: exes('/w/target/debug/goalie') }).found.command,
    '/w/target/debug/goalie',
  );
});

test('then the bundled binary, then PATH, then ~/.cargo/bin', () => {
  assert.deepEqual(findServer({ ...base, setting: '', isExecutable: exes('/ext/server/goalie', '/usr/bin/goalie') }).found, { command: '/ext/server/goalie', source: 'bundled' });
  assert.deepEqual(findServer({ ...base, setting: '', isExecutable: exes('/opt/bin/goalie') }).found, { command: '/opt/bin/goalie', source: 'path' });
  assert.deepEqual(findServer({ ...base, setting: '', isExecutable: exes('/home/u/.cargo/bin/goalie') }).found, { command: '/home/u/.cargo/bin/goalie', source: 'path' });
  const none = findServer({ ...base, setting: '  ', isExecutable: () => false });
  assert.equal(none.ok, false);
  assert.equal(none.setting, undefined);
  // PATH, cargo, then pip/pipx/uv and npm's global folders (nvm's none here).
  const npmGlobal = (prefix) => `${prefix}/lib/node_modules/@goalie-rs/cli-linux-x64/bin/goalie`;
  assert.deepEqual(findServer({ ...base, setting: '', arch: 'x64', listDir: () => [], isExecutable: () => false }).tried, [
    '/ext/server/goalie',
    '/usr/bin/goalie',
    '/opt/bin/goalie',
    '/home/u/.cargo/bin/goalie',
    '/home/u/.local/bin/goalie',
    npmGlobal('/home/u/.npm-global'),
    npmGlobal('/home/u/.local'),
    npmGlobal('/usr/local'),
    npmGlobal('/opt/homebrew'),
    npmGlobal('/usr'),
  ]);
});

test('a workspace install (npm install -D, pip in .venv) wins over PATH', () => {
  const ws = { ...base, setting: '', arch: 'x64', workspaceFolder: '/w', listDir: () => [] };
  const npmBin = '/w/node_modules/@goalie-rs/cli-linux-x64/bin/goalie';
  assert.deepEqual(findServer({ ...ws, isExecutable: exes(npmBin, '/usr/bin/goalie') }).found, { command: npmBin, source: 'npm' });
  assert.deepEqual(findServer({ ...ws, isExecutable: exes('/w/.venv/bin/goalie', '/usr/bin/goalie') }).found, { command: '/w/.venv/bin/goalie', source: 'pip' });
  assert.deepEqual(findServer({ ...ws, isExecutable: exes('/w/venv/bin/goalie') }).found, { command: '/w/venv/bin/goalie', source: 'pip' });
  // The bundled server still comes first.
  assert.equal(findServer({ ...ws, isExecutable: exes(npmBin, '/ext/server/goalie') }).found.source, 'bundled');
  const venv = { ...ws, env: { ...base.env, VIRTUAL_ENV: '/envs/p' } };
  assert.deepEqual(findServer({ ...venv, isExecutable: exes('/envs/p/bin/goalie', '/usr/bin/goalie') }).found, { command: '/envs/p/bin/goalie', source: 'pip' });
});

test('pipx, uv and pip --user installs off PATH are found', () => {
  const b = { ...base, setting: '', arch: 'x64', listDir: () => [] };
  assert.deepEqual(findServer({ ...b, isExecutable: exes('/home/u/.local/bin/goalie') }).found, { command: '/home/u/.local/bin/goalie', source: 'pip' });
  const moved = { ...b, env: { ...base.env, PIPX_BIN_DIR: '/pipx/bin', PYTHONUSERBASE: '/pyuser' } };
  assert.equal(findServer({ ...moved, isExecutable: exes('/pipx/bin/goalie') }).found.command, '/pipx/bin/goalie');
  assert.equal(findServer({ ...moved, isExecutable: exes('/pyuser/bin/goalie') }).found.command, '/pyuser/bin/goalie');
  // macOS: pip --user writes to ~/Library/Python/3.X/bin; the newest wins.
  const mac = { ...b, platform: 'darwin', arch: 'arm64', listDir: (d) => (d === '/home/u/Library/Python' ? ['3.9', '3.12', 'README'] : []) };
  const both = exes('/home/u/Library/Python/3.9/bin/goalie', '/home/u/Library/Python/3.12/bin/goalie');
  assert.deepEqual(findServer({ ...mac, isExecutable: both }).found, { command: '/home/u/Library/Python/3.12/bin/goalie', source: 'pip' });
});

test('npm install -g is found in npm\'s prefixes, nvm\'s newest first', () => {
  const nvm = '/home/u/.nvm/versions/node';
  const b = { ...base, setting: '', arch: 'arm64', listDir: (d) => (d === nvm ? ['v18.20.0', 'v20.11.1', 'v9.0.0'] : []) };
  const bin = (prefix) => `${prefix}/lib/node_modules/@goalie-rs/cli-linux-arm64/bin/goalie`;
  assert.deepEqual(findServer({ ...b, isExecutable: exes(bin(`${nvm}/v18.20.0`), bin(`${nvm}/v20.11.1`)) }).found, { command: bin(`${nvm}/v20.11.1`), source: 'npm' });
  assert.equal(findServer({ ...b, isExecutable: exes(bin('/usr/local')) }).found.command, bin('/usr/local'));
  const prefixed = { ...b, env: { ...base.env, NPM_CONFIG_PREFIX: '/npm' } };
  assert.equal(findServer({ ...prefixed, isExecutable: exes(bin('/npm'), bin('/usr/local')) }).found.command, bin('/npm'));
});

test('Windows: pip --user under %APPDATA%\\Python, npm -g under %APPDATA%\\npm', () => {
  const appdata = 'C:\\Users\\u\\AppData\\Roaming';
  const w = {
    extensionPath: 'C:\\ext', platform: 'win32', arch: 'x64', setting: '',
    env: { Path: 'C:\\bin', USERPROFILE: 'C:\\Users\\u', APPDATA: appdata },
    listDir: (d) => (d === `${appdata}\\Python` ? ['Python311', 'Python312'] : []),
  };
  const pip = `${appdata}\\Python\\Python312\\Scripts\\goalie.exe`;
  assert.deepEqual(findServer({ ...w, isExecutable: exes(`${appdata}\\Python\\Python311\\Scripts\\goalie.exe`, pip) }).found, { command: pip, source: 'pip' });
  const npm = `${appdata}\\npm\\node_modules\\@goalie-rs\\cli-win32-x64\\bin\\goalie.exe`;
  assert.deepEqual(findServer({ ...w, isExecutable: exes(npm) }).found, { command: npm, source: 'npm' });
  assert.equal(findServer({ ...w, isExecutable: exes('C:\\Users\\u\\.local\\bin\\goalie.exe') }).found.source, 'pip');
});

test('the npm package looked for is the one the launcher installs', () => {
  const { PLATFORMS } = require(join(ext, '..', '..', 'packaging', 'npm', 'goalie.js'));
  assert.equal(Object.keys(PLATFORMS).length, 5);
  for (const p of Object.values(PLATFORMS)) assert.equal(npmPlatformPackage(p.os, p.cpu), p.pkg);
});

test('the missing-server message says how to install without Rust, in both languages', () => {
  for (const lang of ['en', 'fr']) {
    const m = t(lang, 'noServer');
    assert.match(m, /pipx install goalie-cli/);
    assert.match(m, /npm install -g goalie/);
    assert.match(m, /goalie\.server\.path/);
  }
});

test('Windows looks for goalie.exe on a ;-separated Path', () => {
  const r = findServer({ extensionPath: 'C:\\ext', env: { Path: 'C:\\bin;C:\\tools' }, platform: 'win32', setting: '', isExecutable: (f) => f.endsWith('goalie.exe') && f.includes('tools') });
  assert.equal(r.ok, true);
  assert.match(r.found.command, /tools.goalie\.exe$/);
});

test('messages exist in English and French, with the same placeholders', () => {
  for (const [key, m] of Object.entries(allMessages)) {
    assert.ok(m.en && m.fr, key);
    const holes = (s) => [...s.matchAll(/\{\d+\}/g)].map((x) => x[0]).sort();
    assert.deepEqual(holes(m.fr), holes(m.en), key);
  }
  assert.equal(langOf('auto', 'fr-ca'), 'fr');
  assert.equal(langOf('auto', 'en-us'), 'en');
  assert.equal(langOf('en', 'fr'), 'en');
  assert.equal(t('fr', 'logged', '+3', 'calls'), 'goalie : « +3 » noté pour calls.');
});

test('every %string% of package.json is in package.nls.json and package.nls.fr.json', () => {
  const pkg = readFileSync(join(ext, 'package.json'), 'utf8');
  const en = JSON.parse(readFileSync(join(ext, 'package.nls.json'), 'utf8'));
  const fr = JSON.parse(readFileSync(join(ext, 'package.nls.fr.json'), 'utf8'));
  const keys = [...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const k of keys) {
    assert.ok(en[k], `package.nls.json lacks ${k}`);
    assert.ok(fr[k], `package.nls.fr.json lacks ${k}`);
  }
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
});
