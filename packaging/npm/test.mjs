// Unit tests of the npm launcher's lookup (node --test packaging/npm/test.mjs);
// packaging/test.sh runs the packed packages end to end.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const { PLATFORMS, findBinary } = createRequire(import.meta.url)('./goalie.js');
const missing = () => {
  throw new Error('not found');
};

test('the binary is bin/goalie of the platform package', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goalie-npm-'));
  const manifest = path.join(dir, 'package.json');
  fs.writeFileSync(manifest, '{}');
  const resolve = (id) => {
    assert.equal(id, '@goalie-rs/cli-linux-x64/package.json');
    return manifest;
  };
  // Installed but without its binary (a broken copy): named as missing.
  assert.match(findBinary({}, 'linux', 'x64', resolve).error, /@goalie-rs\/cli-linux-x64/);
  fs.mkdirSync(path.join(dir, 'bin'));
  fs.writeFileSync(path.join(dir, 'bin', 'goalie'), '');
  assert.deepEqual(findBinary({}, 'linux', 'x64', resolve), { binary: path.join(dir, 'bin', 'goalie') });
  fs.rmSync(dir, { recursive: true });
});

test('a missing platform package is named, with the fix and other ways', () => {
  const r = findBinary({ LANG: 'en_US.UTF-8' }, 'darwin', 'arm64', missing);
  assert.match(r.error, /the package @goalie-rs\/cli-darwin-arm64/);
  assert.match(r.error, /--omit=optional/);
  assert.match(r.error, /pipx install goalie-cli/);
  const fr = findBinary({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US' }, 'win32', 'x64', missing);
  assert.match(fr.error, /le paquet @goalie-rs\/cli-win32-x64/);
});

test('an unsupported platform lists the supported ones', () => {
  const r = findBinary({}, 'freebsd', 'x64', missing);
  assert.match(r.error, /no npm binary for this platform \(freebsd-x64\)/);
  for (const key of Object.keys(PLATFORMS)) assert.ok(r.error.includes(key), key);
  assert.match(findBinary({ GOALIE_LANG: 'fr' }, 'linux', 'ia32', missing).error, /pas de binaire npm/);
});

test('GOALIE_BINARY overrides the lookup', () => {
  assert.deepEqual(findBinary({ GOALIE_BINARY: '/opt/goalie' }, 'freebsd', 'x64', missing), { binary: '/opt/goalie' });
});

test('one package per release target, named for npm\'s os and cpu', () => {
  assert.deepEqual(Object.keys(PLATFORMS).sort(), ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64']);
  for (const [key, p] of Object.entries(PLATFORMS)) {
    assert.equal(`${p.os}-${p.cpu}`, key);
    assert.equal(p.pkg, `@goalie-rs/cli-${key}`);
  }
});
