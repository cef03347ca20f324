// Every snippet, expanded with its default values, must be valid .goals
// text: `goalie check` finds no error in it (the binary is $GOALIE_BIN, else
// the repository's target/release/goalie; the test is skipped without one).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ext = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const snippets = JSON.parse(readFileSync(join(ext, 'snippets', 'goals.json'), 'utf8'));
const bin = process.env.GOALIE_BIN || join(ext, '..', '..', 'target', 'release', 'goalie');

/** A snippet body with VS Code's variables for 2026-11-24 and each placeholder's default. */
export function expand(body) {
  let text = body.join('\n')
    .replaceAll('${CURRENT_YEAR}', '2026')
    .replaceAll('${CURRENT_MONTH}', '11')
    .replaceAll('${CURRENT_DATE}', '24');
  for (let i = 0; i < 10 && /\$\{\d+[:|]/.test(text); i++) {
    // Innermost first: `${n:default}` with no `${` inside, `${n|a,b|}`.
    text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '');
}

// What a snippet needs around it to be checked alone.
const context = {
  'Key result': 'objective o: Objective\n',
  'Résultat clé': 'objectif o: Objectif\n',
  Activity: 'objective o: Objective\n  kr kr-id: Outcome\n',
  'Activité': 'objectif o: Objectif\n  rc id-rc: Résultat\n',
  'Log line for today': 'objective id: Objective\n',
};

test('snippets expand to text goalie checks without errors', { skip: !existsSync(bin) && `no goalie binary at ${bin}` }, () => {
  assert.ok(Object.keys(snippets).length >= 9);
  for (const [name, snippet] of Object.entries(snippets)) {
    const text = (context[name] ?? '') + expand(snippet.body);
    assert.ok(!text.includes('$'), `${name}: unexpanded ${text}`);
    const dir = mkdtempSync(join(tmpdir(), 'goalie-snippet-'));
    try {
      writeFileSync(join(dir, 'plan.goals'), text);
      const r = spawnSync(bin, ['check', '--format', 'json', '--today', '2026-11-24', '--no-config', dir], { encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, `${name}: goalie check exited ${r.status}: ${r.stderr}`);
      const errors = JSON.parse(r.stdout).filter((d) => d.severity === 'error');
      assert.deepEqual(errors.map((d) => `${d.code} ${d.message}`), [], `${name}:\n${text}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
