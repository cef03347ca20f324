// Checks the TextMate grammar against the format's authority,
// grammar/goals.pest, and against the bundled example plans.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { KEYWORDS } from '../../scripts/gen-grammar.mjs';
import { tokenize } from '../../scripts/tokenize.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ext = join(here, '..', '..');
const repo = join(ext, '..', '..');
const pest = readFileSync(join(repo, 'grammar', 'goals.pest'), 'utf8');

/** The quoted spellings of a pest rule: `name = @{ (^"a" | "B") ~ ... }`. */
function pestSpellings(rule) {
  const m = `${pest}\n#`.match(new RegExp(`^${rule}\\s*=\\s*[@_$]?\\{([\\s\\S]*?)\\n(?=\\S)`, 'm'));
  assert.ok(m, `rule ${rule} not found in grammar/goals.pest`);
  return [...m[1].matchAll(/\^?"((?:[^"\\]|\\.)+)"/g)].map((x) => x[1]).filter((s) => /\p{L}/u.test(s));
}

const pairs = [
  ['kw_objective', 'objective'], ['kw_kr', 'kr'], ['kw_activity', 'activity'], ['kw_funnel', 'funnel'],
  ['kw_stage', 'stage'], ['kw_period', 'period'], ['kw_due', 'due'], ['kw_start', 'start'],
  ['kw_owner', 'owner'], ['kw_why', 'why'], ['kw_parent', 'parent'], ['kw_supports', 'supports'],
  ['kw_metric', 'metric'], ['kw_keep', 'keep'], ['kw_target', 'target'], ['kw_goal', 'goal'],
  ['kw_weight', 'weight'], ['committed', 'committed'], ['aspirational', 'aspirational'],
  ['milestone', 'milestone'], ['kw_per', 'per'], ['kw_each', 'each'], ['kw_convert', 'convert'],
  ['kw_by', 'by'], ['kw_versus', 'versus'], ['kw_previous', 'previous'], ['kw_confidence', 'confidence'], ['done', 'done'], ['dropped', 'dropped'],
  ['retro', 'retro'], ['rate_weekday', 'rate_weekday'], ['rate_day', 'rate_day'],
  ['rate_week', 'rate_week'], ['rate_month', 'rate_month'], ['rate_quarter', 'rate_quarter'],
  ['rate_year', 'rate_year'], ['comparator', 'comparator_words'], ['currency', 'currency_words'],
];

test('every keyword spelling of goals.pest is in the TextMate grammar, and no other', () => {
  for (const [rule, key] of pairs) {
    const fromPest = new Set(pestSpellings(rule).map((s) => s.toLowerCase()));
    const ours = new Set(KEYWORDS[key].map((s) => s.toLowerCase()));
    assert.deepEqual([...ours].sort(), [...fromPest].sort(), `spellings of ${rule}`);
  }
});

test('every item and property keyword spelling is coloured as one', async () => {
  const cases = [
    ['objective', 'storage.type.item.objective.goals', (k) => `${k} a: Title`],
    ['kr', 'storage.type.item.kr.goals', (k) => `  ${k} a: Title`],
    ['activity', 'storage.type.item.activity.goals', (k) => `${k} a: Title`],
    ['funnel', 'storage.type.item.funnel.goals', (k) => `${k} a: Title`],
    ['stage', 'storage.type.item.stage.goals', (k) => `  ${k} a: 500 EUR each`],
    ...['period', 'due', 'start'].map((p) => [p, 'keyword.other.property.date.goals', (k) => `  ${k}: 2026-Q4`]),
    ['owner', 'keyword.other.property.owner.goals', (k) => `  ${k}: @a`],
    ['why', 'keyword.other.property.why.goals', (k) => `  ${k}: text`],
    ...['parent', 'supports'].map((p) => [p, 'keyword.other.property.link.goals', (k) => `  ${k}: a`]),
    ['metric', 'keyword.other.property.metric.goals', (k) => `  ${k}: 0 -> 1`],
    ['keep', 'keyword.other.property.keep.goals', (k) => `  ${k}: >= 1`],
    ['target', 'keyword.other.property.target.goals', (k) => `  ${k}: 1 per day`],
    ['goal', 'keyword.other.property.goal.goals', (k) => `  ${k}: 1 EUR`],
    ['weight', 'keyword.other.property.weight.goals', (k) => `  ${k}: 2`],
    ...['committed', 'aspirational', 'milestone'].map((f) => [f, 'constant.language.flag.goals', (k) => `  ${k}`]),
  ];
  for (const [key, scope, line] of cases) {
    const spellings = KEYWORDS[key].flatMap((s) => [s, s.toUpperCase() === s ? s : s[0].toUpperCase() + s.slice(1)]);
    for (const spelling of spellings) {
      const [tokens] = await tokenize(line(spelling));
      const tok = tokens.find((t) => t.text === spelling);
      assert.ok(tok && tok.scopes.includes(scope), `${JSON.stringify(line(spelling))}: ${spelling} is not ${scope}: ${JSON.stringify(tokens)}`);
    }
  }
});

function goalsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return goalsFiles(p);
    return name.endsWith('.goals') ? [p] : [];
  });
}

test('every line of the example plans starts with a recognised construct', async () => {
  const files = goalsFiles(join(repo, 'examples'));
  assert.ok(files.length >= 5, 'examples/ holds .goals files');
  for (const file of files) {
    const lines = await tokenize(readFileSync(file, 'utf8'));
    lines.forEach((tokens, i) => {
      const first = tokens.find((t) => t.text.trim() !== '');
      if (!first) return;
      const known = first.scopes.some((s) =>
        /^(storage\.type\.item|keyword\.other\.property|constant\.language\.flag|comment\.line|constant\.numeric\.date\.day)/.test(s));
      assert.ok(known, `${file}:${i + 1}: ${JSON.stringify(first)} has no construct scope`);
    });
  }
});

test('the committed grammar JSON is generated from scripts/gen-grammar.mjs', () => {
  execFileSync(process.execPath, [join(ext, 'scripts', 'gen-grammar.mjs'), '--check'], { stdio: 'pipe' });
});
