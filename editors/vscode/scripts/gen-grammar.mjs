// Writes syntaxes/goals.tmLanguage.json, the TextMate grammar of the .goals
// format, from the regular expressions below.
//
// The authority on the format is grammar/goals.pest; this file follows its
// rules one by one (the names in comments are the pest rule names), and
// test/unit/keywords.test.mjs checks that every keyword spelling of the pest
// grammar is matched here. Regenerate with `npm run grammar` after editing
// this file; `--check` (run by `npm run compile`) fails when the committed
// JSON is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'syntaxes', 'goals.tmLanguage.json');

// ---- Building blocks (pest: ws, word_char, id_chars) ----------------------

// Blanks: space, tab, no-break space, narrow no-break space, BOM.
const WS = '[ \\t\\x{00A0}\\x{202F}\\x{FEFF}]';
// A keyword ends where no word character follows.
const END = "(?![\\p{L}\\p{M}\\p{N}_\\-'’])";
const ID = '(?:[\\p{L}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_\\-]|\\.(?=[\\p{L}\\p{N}]))*)';
const alt = (...words) => `(?i:${words.join('|')})`;
const kw = (...words) => `${alt(...words)}${END}`;

// ---- Keywords (pest: kw_*), longest spellings first ------------------------

export const KEYWORDS = {
  objective: ['objective', 'objectif'],
  kr: ['key result', 'résultat clé', 'resultat cle', 'kr', 'rc'],
  activity: ['activity', 'activité', 'activite'],
  funnel: ['funnel', 'entonnoir'],
  stage: ['stage', 'étape', 'etape'],
  period: ['periode', 'période', 'period'],
  due: ['due', 'deadline', 'échéance', 'echeance'],
  start: ['start', 'début', 'debut'],
  owner: ['owner', 'responsable'],
  why: ['why', 'pourquoi'],
  parent: ['parent'],
  supports: ['supports', 'soutient', 'contribue à', 'contribue a', 'contribue'],
  metric: ['metric', 'métrique', 'metrique', 'mesure', 'indicateur'],
  keep: ['keep', 'garder', 'seuil'],
  target: ['target', 'cible', 'rythme'],
  goal: ['goal', 'but'],
  weight: ['weight', 'poids'],
  committed: ['committed', 'engagement', 'engagée', 'engagé', 'engage'],
  aspirational: ['aspirational', 'aspirationnel', 'ambitieux'],
  milestone: ['milestone', 'jalon'],
  per: ['per', 'par', 'every', 'each', 'chaque', 'toutes les', 'tous les'],
  versus: ['versus', 'vs', 'compared to', 'par rapport au', 'par rapport à la', 'par rapport a la', 'comparé au', 'compare au'],
  previous: ['previous', 'last', 'précédente', 'précédent', 'precedente', 'precedent', 'dernière', 'dernier', 'derniere'],
  each: ['each', 'apiece', 'chacune', 'chacun', 'par unité', "l'unité", 'l’unité'],
  convert: ['convertissent', 'convertit', 'converts', 'convert', 'de conversion', 'conversion'],
  by: ["d'ici le", "d'ici", 'd’ici le', 'd’ici', 'avant le', 'avant', 'pour le', 'before', 'by'],
  confidence: ['confidence', 'confiance'],
  done: ['done', 'achieved', 'faite', 'fait', 'terminée', 'terminé', 'termine', 'atteint'],
  dropped: ['dropped', 'abandoned', 'abandonnée', 'abandonné', 'abandonne'],
  retro: ['retrospective', 'retro', 'rétro', 'bilan'],
  rate_weekday: [
    'weekdays', 'weekday', 'working days', 'working day', 'business days', 'business day',
    'jours ouvrés', 'jour ouvré', 'jours ouvres', 'jour ouvre', 'jours ouvrables', 'jour ouvrable',
  ],
  rate_day: ['days', 'day', 'jours', 'jour'],
  rate_week: ['weeks', 'week', 'semaines', 'semaine'],
  rate_month: ['months', 'month', 'mois'],
  rate_quarter: ['quarters', 'quarter', 'trimestres', 'trimestre'],
  rate_year: ['years', 'year', 'années', 'année', 'annees', 'annee', 'ans', 'an'],
  comparator_words: ['at least', 'at most', 'au moins', 'au plus', 'au minimum', 'au maximum'],
  currency_words: ['euros', 'euro', 'eur', 'usd', 'gbp', 'chf', 'cad', 'aud', 'jpy', 'dollars', 'dollar'],
};
const K = Object.fromEntries(Object.entries(KEYWORDS).map(([k, v]) => [k, kw(...v)]));
const RATE_PERIOD = kw(
  ...KEYWORDS.rate_weekday, ...KEYWORDS.rate_day, ...KEYWORDS.rate_week,
  ...KEYWORDS.rate_month, ...KEYWORDS.rate_quarter, ...KEYWORDS.rate_year,
);
// Words that end a value rather than name its unit (pest: reserved_word).
const RESERVED = kw(
  ...KEYWORDS.per, ...KEYWORDS.each, ...KEYWORDS.convert, ...KEYWORDS.by, ...KEYWORDS.versus,
);

// ---- Values (pest: value, number, unit) ------------------------------------

const CUR = `(?:[€$£¥]|${K.currency_words})`;
const NUM = '\\d+(?:[ \\x{00A0}\\x{202F}]\\d{3}(?!\\d)|[,._\']\\d+)*(?:[kKM](?!\\p{L}))?';
const UNIT = "\\p{L}[\\p{L}\\p{M}\\p{N}_\\-'’]*";

const value = {
  name: 'meta.value.goals',
  match: `(?:(${CUR})${WS}*)?([-−])?(${NUM})(?:${WS}*(%)|${WS}*(${CUR})|${WS}*(?!${RESERVED})(${UNIT}))?`,
  captures: {
    1: { name: 'support.constant.currency.goals' },
    2: { name: 'keyword.operator.sign.goals' },
    3: { name: 'constant.numeric.goals' },
    4: { name: 'keyword.other.unit.percent.goals' },
    5: { name: 'support.constant.currency.goals' },
    6: { name: 'keyword.other.unit.goals' },
  },
};

// ---- Dates (pest: period, date_range, day, week, quarter, half, month, year)

const dates = {
  patterns: [
    { name: 'constant.numeric.date.day.goals', match: '\\b\\d{4}-\\d{2}-\\d{2}(?!\\d)' },
    { name: 'constant.numeric.date.week.goals', match: '\\b\\d{4}-[Ww]\\d{1,2}(?!\\d)' },
    { name: 'constant.numeric.date.quarter.goals', match: '\\b\\d{4}-[QqTt]\\d(?!\\d)' },
    { name: 'constant.numeric.date.half.goals', match: '\\b\\d{4}-[HhSs]\\d(?!\\d)' },
    { name: 'constant.numeric.date.month.goals', match: '\\b\\d{4}-\\d{2}(?!\\d|-\\d)' },
    { name: 'constant.numeric.date.year.goals', match: '\\b\\d{4}(?!\\d|-[\\p{L}\\p{N}])' },
    { name: 'keyword.operator.range.goals', match: '\\.\\.' },
  ],
};

// ---- Comments ---------------------------------------------------------------

// `# goalie: ignore S101, vague-wording` and `# goalie: ignore-file S101`
// (docs/configuration.md).
const directive = {
  name: 'meta.directive.suppression.goals',
  begin: `(?<=#)${WS}*(goalie)(:)${WS}*(ignore-file|ignore)(?![\\w-])`,
  beginCaptures: {
    1: { name: 'keyword.control.directive.goals' },
    2: { name: 'punctuation.separator.key-value.goals' },
    3: { name: 'keyword.control.directive.ignore.goals' },
  },
  end: '$',
  patterns: [
    { name: 'constant.other.rule-code.goals', match: '\\b[A-Za-z]\\d{3}\\b' },
    { name: 'constant.other.rule-name.goals', match: '\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*\\b' },
    { name: 'punctuation.separator.comma.goals', match: ',' },
  ],
};
const commentBody = (begin) => ({
  name: 'comment.line.number-sign.goals',
  begin,
  beginCaptures: { 1: { name: 'punctuation.definition.comment.goals' } },
  end: '$',
  patterns: [{ include: '#directive' }],
});

// ---- Line rules -------------------------------------------------------------

// A header line (pest: header_line): keyword, id, colon, title.
// The title runs to the end of the line or to ` # ` (pest: text_end).
const TITLE = `(?:(?!${WS}+#(?:${WS}|$)|${WS}*$).)+`;
const header = (kind, kwRe) => ({
  name: `meta.item.${kind}.goals`,
  begin: `^${WS}*(${kwRe})(?:${WS}+(${ID}))?(?:${WS}*(:)(?:${WS}*(${TITLE}))?)?`,
  beginCaptures: {
    1: { name: `storage.type.item.${kind}.goals` },
    2: { name: `entity.name.type.${kind}.goals` },
    3: { name: 'punctuation.separator.key-value.goals' },
    4: { name: `markup.heading.title.goals` },
  },
  end: '$',
  patterns: [{ include: '#comment-in-text' }],
});

// A property line (pest: *_prop): keyword, colon, then what that property
// takes.
const property = (names, patterns, kind) => ({
  name: `meta.property.${kind}.goals`,
  begin: `^${WS}*(${kw(...names.flatMap((n) => KEYWORDS[n]))})${WS}*(:)`,
  beginCaptures: {
    1: { name: `keyword.other.property.${kind}.goals` },
    2: { name: 'punctuation.separator.key-value.goals' },
  },
  end: '$',
  patterns,
});

const owner = {
  match: `(@)?(${ID})`,
  name: 'variable.other.owner.goals',
  captures: { 1: { name: 'punctuation.definition.owner.goals' } },
};
const reference = { match: ID, name: 'variable.other.reference.goals' };
const comma = { match: ',', name: 'punctuation.separator.comma.goals' };
const rateNumber = {
  match: `(${NUM})(?:${WS}+(?!${K.per}|${RATE_PERIOD})(${UNIT}))?`,
  captures: {
    1: { name: 'constant.numeric.goals' },
    2: { name: 'keyword.other.unit.goals' },
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Goals',
  scopeName: 'source.goals',
  fileTypes: ['goals'],
  comment: 'Generated by scripts/gen-grammar.mjs from the rules of grammar/goals.pest; do not edit.',
  patterns: [
    { include: '#comment-line' },
    { include: '#log-line' },
    { include: '#header' },
    { include: '#stage' },
    { include: '#property' },
    { include: '#flag' },
  ],
  repository: {
    directive,
    'comment-line': commentBody(`^${WS}*(#)`),
    comment: commentBody('(#)'),
    'comment-in-text': commentBody(`(?<=[ \\t\\x{00A0}\\x{202F}\\x{FEFF}])(#)(?=${WS}|$)`),
    header: {
      patterns: [
        header('objective', K.objective),
        header('kr', K.kr),
        header('activity', K.activity),
        header('funnel', K.funnel),
      ],
    },
    property: {
      patterns: [
        property(['period', 'due', 'start'], [{ include: '#comment' }, { include: '#dates' }], 'date'),
        property(['owner'], [{ include: '#comment' }, comma, owner], 'owner'),
        property(
          ['why'],
          [
            { match: `\\G${WS}*(${TITLE})`, captures: { 1: { name: 'string.unquoted.why.goals' } } },
            { include: '#comment-in-text' },
          ],
          'why',
        ),
        property(['parent', 'supports'], [{ include: '#comment' }, comma, reference], 'link'),
        property(
          ['metric'],
          [
            { include: '#comment' },
            { match: '->|→|=>|⟶', name: 'keyword.operator.arrow.goals' },
            // A relative target (pest: relative, recurrence, versus). A
            // minus right before its number is the value's own sign.
            { match: `\\+(?=${WS}*[\\d€$£¥])|[-−](?=${WS}+[\\d€$£¥])`, name: 'keyword.operator.sign.goals' },
            { match: `${K.versus}|${K.previous}`, name: 'keyword.operator.word.versus.goals' },
            { match: K.per, name: 'keyword.operator.word.per.goals' },
            { match: RATE_PERIOD, name: 'constant.language.rate-period.goals' },
            { include: '#value' },
          ],
          'metric',
        ),
        property(
          ['keep'],
          [
            { include: '#comment' },
            { match: `>=|≥|<=|≤|>|<|${K.comparator_words}`, name: 'keyword.operator.comparison.goals' },
            { include: '#value' },
          ],
          'keep',
        ),
        property(
          ['target'],
          [
            { include: '#comment' },
            { match: K.per, name: 'keyword.operator.word.per.goals' },
            { match: '/', name: 'keyword.operator.word.per.goals' },
            { match: RATE_PERIOD, name: 'constant.language.rate-period.goals' },
            rateNumber,
          ],
          'target',
        ),
        property(
          ['goal'],
          [
            { include: '#comment' },
            { match: K.by, name: 'keyword.operator.word.by.goals' },
            { include: '#dates' },
            { include: '#value' },
          ],
          'goal',
        ),
        property(['weight'], [{ include: '#comment' }, { include: '#value' }], 'weight'),
      ],
    },
    // pest: stage, conversion, per_unit
    stage: {
      name: 'meta.stage.goals',
      begin: `^${WS}*(${K.stage})(?:${WS}+(${ID}))?(?:${WS}*(:))?`,
      beginCaptures: {
        1: { name: 'storage.type.item.stage.goals' },
        2: { name: 'entity.name.type.stage.goals' },
        3: { name: 'punctuation.separator.key-value.goals' },
      },
      end: '$',
      patterns: [
        { include: '#comment' },
        { match: K.each, name: 'keyword.operator.word.each.goals' },
        { match: K.convert, name: 'keyword.operator.word.convert.goals' },
        { include: '#value' },
      ],
    },
    // pest: committed, aspirational, milestone
    flag: {
      name: 'meta.flag.goals',
      begin: `^${WS}*(${K.committed}|${K.aspirational}|${K.milestone})(?=${WS}*(?:#|$))`,
      beginCaptures: { 1: { name: 'constant.language.flag.goals' } },
      end: '$',
      patterns: [{ include: '#comment' }],
    },
    // pest: log_line, log
    'log-line': {
      name: 'meta.log.goals',
      begin: `^${WS}*(\\d{4}-\\d{2}-\\d{2})(?!\\d)(?:${WS}+(${ID}))?`,
      beginCaptures: {
        1: { name: 'constant.numeric.date.day.goals' },
        2: { name: 'variable.other.reference.goals' },
      },
      end: '$',
      patterns: [
        { include: '#note' },
        { include: '#comment' },
        { match: K.done, name: 'constant.language.status.done.goals' },
        { match: K.dropped, name: 'constant.language.status.dropped.goals' },
        { match: K.retro, name: 'keyword.other.retro.goals' },
        { match: K.confidence, name: 'keyword.other.confidence.goals' },
        {
          match: '(?<!\\S)(\\d+(?:\\.\\d+)?)(/)(\\d+)(?!\\d)',
          captures: {
            1: { name: 'constant.numeric.goals' },
            2: { name: 'keyword.operator.fraction.goals' },
            3: { name: 'constant.numeric.goals' },
          },
        },
        { match: `(?<=${WS})[+\\-−](?=${WS}*[\\d€$£¥\\p{L}])`, name: 'keyword.operator.increment.goals' },
        { include: '#value' },
      ],
    },
    // pest: note
    note: {
      patterns: [
        {
          name: 'string.quoted.double.goals',
          begin: '"',
          end: '"|$',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.goals' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.goals' } },
        },
        {
          name: 'string.quoted.other.guillemets.goals',
          begin: '«',
          end: '»|$',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.goals' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.goals' } },
        },
        {
          name: 'string.quoted.double.curly.goals',
          begin: '“',
          end: '”|$',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.goals' } },
          endCaptures: { 0: { name: 'punctuation.definition.string.end.goals' } },
        },
      ],
    },
    dates,
    value,
  },
};

export const text = `${JSON.stringify(grammar, null, 2)}\n`;

if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // Imported (by the unit tests): nothing to write.
} else if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error(`${out} is stale: run node scripts/gen-grammar.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
}
