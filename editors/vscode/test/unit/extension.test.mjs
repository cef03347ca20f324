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
const { findServer, expandSetting } = require(join(ext, 'out', 'serverPath.js'));
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
  assert.deepEqual(none.tried, ['/ext/server/goalie', '/usr/bin/goalie', '/opt/bin/goalie', '/home/u/.cargo/bin/goalie']);
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
