/**
 * @file The .goals format (goalie), for tree-sitter editors.
 *
 * A transliteration of grammar/goals.pest, the authority on what parses: the
 * rule names are pest's, and tests/tree_sitter.rs checks, line by line, that
 * both grammars accept and refuse the same lines over every fixture, example,
 * doc example and a generated workspace. Differences on purpose:
 *
 * - Keywords ignore the case of every letter (`ÉCHÉANCE`, `ACTIVITÉ`).
 * - `metric:` also takes relative and recurring targets (`+300 MQL`, `-20%`,
 *   `+20% per month`, `+20% vs previous quarter`).
 * - Lines nest: an item holds the lines under it (and an objective the key
 *   results below it), for folding and text objects. goalie itself reads each
 *   line on its own; the nesting here never makes a line an error.
 *
 * Blanks are explicit tokens, as in pest, because the format gives them
 * meaning (`2026-11-02calls` is refused, `30%` and `30 %` are both fine).
 * The external scanner (src/scanner.c) reads line ends (trailing blanks, the
 * line break, or the end of a file without a final line break), the
 * indentation at the start of a line, and, during error recovery, the rest
 * of a bad line, so that an ERROR stays on its line as in goalie.
 *
 * Regenerate src/ with `tree-sitter generate` (editors/README.md).
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

const BLANK = '[ \\t\\u00A0\\u202F\\uFEFF]';
const NOT_BLANK = '[^ \\t\\u00A0\\u202F\\uFEFF\\r\\n]';
// pest's word_char: LETTER | MARK | NUMBER | "_" | "-" | "'" | "’".
const WORD_CHAR_NO_HYPHEN = "[\\p{L}\\p{M}\\p{N}_'’]";

// id_chars: (LETTER | NUMBER | "_") ~ (LETTER | MARK | NUMBER | "_" | "-" | "." ~ &(LETTER | NUMBER))*
const ID = /[\p{L}\p{N}_]([\p{L}\p{M}\p{N}_-]|\.[\p{L}\p{N}])*/;

const TEXT = new RegExp(
  `${NOT_BLANK}+(${BLANK}+([^# \\t\\u00A0\\u202F\\uFEFF\\r\\n]${NOT_BLANK}*|#${NOT_BLANK}+))*`,
);

/** A regex source matching `word` with every letter in either case. */
function caseless(word) {
  return [...word]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper && [...upper].length === 1) return `[${lower}${upper}]`;
      return ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    })
    .join('');
}

/** One token for several spellings, every letter in either case. */
function spellings(...words) {
  return new RegExp(words.map(caseless).join('|'));
}

/**
 * A keyword of several spellings, split into a one-word token (read through
 * the `word` rule, so `periodic` is never `period` then `ic`) and a token of
 * the spellings with a space (`key result`, `jour ouvré`).
 */
function keyword(words) {
  const single = words.filter((w) => !w.includes(' '));
  const multi = words.filter((w) => w.includes(' '));
  const parts = [];
  if (single.length) parts.push(spellings(...single));
  if (multi.length) parts.push(spellings(...multi));
  return parts.length === 1 ? parts[0] : choice(...parts);
}

const KW = {
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
  // `each` is both a `per` word and an `each` word: one token for both.
  per: ['per', 'par', 'every', 'chaque', 'toutes les', 'tous les'],
  each: ['apiece', 'chacune', 'chacun', 'par unité', "l'unité", 'l’unité'],
  convert: ['convertissent', 'convertit', 'converts', 'convert', 'conversion', 'de conversion'],
  by: ['by', 'before', "d'ici le", "d'ici", 'd’ici le', 'd’ici', 'avant le', 'avant', 'pour le'],
  versus: ['versus', 'vs', 'compared to', 'par rapport au', 'par rapport à la', 'par rapport a la', 'comparé au', 'compare au'],
  previous: ['previous', 'last', 'précédente', 'précédent', 'precedente', 'precedent', 'dernière', 'dernier', 'derniere'],
  confidence: ['confidence', 'confiance'],
  committed: ['committed', 'engagement', 'engagée', 'engagé', 'engage'],
  aspirational: ['aspirational', 'aspirationnel', 'ambitieux'],
  milestone: ['milestone', 'jalon'],
  done: ['done', 'achieved', 'faite', 'fait', 'terminée', 'terminé', 'termine', 'atteint'],
  dropped: ['dropped', 'abandoned', 'abandonnée', 'abandonné', 'abandonne'],
  retro: ['retrospective', 'retro', 'rétro', 'bilan'],
  comparator: ['at least', 'at most', 'au moins', 'au plus', 'au minimum', 'au maximum'],
  currency: ['euros', 'euro', 'eur', 'usd', 'gbp', 'chf', 'cad', 'aud', 'jpy', 'dollars', 'dollar'],
  weekday: [
    'weekdays', 'weekday', 'working days', 'working day', 'business days', 'business day',
    'jours ouvrés', 'jour ouvré', 'jours ouvres', 'jour ouvre', 'jours ouvrables', 'jour ouvrable',
  ],
  day: ['days', 'day', 'jours', 'jour'],
  week: ['weeks', 'week', 'semaines', 'semaine'],
  month: ['months', 'month', 'mois'],
  quarter: ['quarters', 'quarter', 'trimestres', 'trimestre'],
  year: ['years', 'year', 'années', 'année', 'annees', 'annee', 'ans', 'an'],
};

module.exports = grammar({
  name: 'goals',

  // The line end and the rest of a bad line are visible tokens: tree-sitter's
  // error recovery counts visible tokens it skips, so that reading through
  // good lines to join two errors costs more than two errors.
  externals: ($) => ['\n', $._indent, $.unparsed_text, $._error_sentinel],
  // Indentation is for people only (docs/format.md, "Indentation"); the
  // scanner emits it at the start of a line only.
  extras: ($) => [$._indent],

  // Every one-word keyword is read as a word first, so a keyword never
  // matches the start of a longer word (pest's `!word_char`).
  word: ($) => $.unit,

  // pest's reserved_word: words that end a value and are never its unit.
  reserved: {
    global: ($) => [
      $._kw_per_word, $._kw_each_only_word, $._kw_each_shared,
      $._kw_convert_word, $._kw_by_word, $._kw_versus_word,
    ],
  },

  conflicts: ($) => [
    // A blank after a value may start its unit or what follows the value;
    // the next word decides.
    [$.value],
    [$.sign, $.minus],
  ],

  rules: {
    source_file: ($) => repeat($._line),

    _line: ($) => choice(
      $.objective, $.key_result, $.activity, $.funnel,
      $.log_line, $._body_line,
    ),

    // ---- Lines --------------------------------------------------------------

    _line_end: ($) => seq(optional($.comment), '\n'),

    _body_line: ($) => choice(
      seq(choice($.stage, $._property, $._flag), $._line_end),
      $._line_end,
    ),

    body: ($) => prec.right(repeat1($._body_line)),
    objective_body: ($) => prec.right(repeat1(choice($._body_line, $.key_result))),

    // A comment: `#` to the line end. Its token holds the blanks before it,
    // so a value's optional unit and a trailing comment never compete.
    comment: (_) => token(new RegExp(`${BLANK}*#[^\\r\\n]*`)),

    // ---- Items --------------------------------------------------------------

    objective: ($) => prec.right(seq(
      field('keyword', alias(keyword(KW.objective), $.keyword)),
      ...header($),
      optional(field('body', alias($.objective_body, $.body))),
    )),
    key_result: ($) => prec.right(seq(
      field('keyword', alias(keyword(KW.kr), $.keyword)),
      ...header($),
      optional(field('body', $.body)),
    )),
    activity: ($) => prec.right(seq(
      field('keyword', alias(keyword(KW.activity), $.keyword)),
      ...header($),
      optional(field('body', $.body)),
    )),
    funnel: ($) => prec.right(seq(
      field('keyword', alias(keyword(KW.funnel), $.keyword)),
      ...header($),
      optional(field('body', $.body)),
    )),

    stage: ($) => seq(
      field('keyword', alias(keyword(KW.stage), $.keyword)),
      $._ws,
      field('id', $.id),
      $._colon,
      choice($.conversion, $.per_unit),
    ),
    conversion: ($) => seq($.value, $._ws, alias($._kw_convert, $.keyword)),
    per_unit: ($) => seq($.value, $._ws, alias($._kw_each, $.keyword)),

    _flag: ($) => choice($.committed, $.aspirational, $.milestone),
    committed: (_) => keyword(KW.committed),
    aspirational: (_) => keyword(KW.aspirational),
    milestone: (_) => keyword(KW.milestone),

    // ---- Properties ---------------------------------------------------------

    _property: ($) => choice(
      $.period_prop, $.owner_prop, $.why_prop, $.parent_prop, $.metric_prop,
      $.keep_prop, $.due_prop, $.start_prop, $.target_prop, $.supports_prop,
      $.goal_prop, $.weight_prop,
    ),

    period_prop: ($) => seq(key($, KW.period), $._colon, $.period),
    due_prop: ($) => seq(key($, KW.due), $._colon, $.period),
    start_prop: ($) => seq(key($, KW.start), $._colon, $.period),
    owner_prop: ($) => seq(key($, KW.owner), $._colon, $.owner, repeat(seq($._list_sep, $.owner))),
    why_prop: ($) => seq(key($, KW.why), $._colon, $.text),
    parent_prop: ($) => seq(key($, KW.parent), $._colon, $.reference),
    supports_prop: ($) => seq(
      key($, KW.supports), $._colon, $.reference, repeat(seq($._list_sep, $.reference)),
    ),
    metric_prop: ($) => seq(
      key($, KW.metric),
      $._colon,
      optional(seq($.baseline, optional($._ws), $.arrow, optional($._ws))),
      choice(
        seq($.relative, optional(choice($.recurrence, $.versus))),
        $.target,
      ),
    ),
    keep_prop: ($) => seq(key($, KW.keep), $._colon, $.comparator, optional($._ws), $.value),
    target_prop: ($) => seq(key($, KW.target), $._colon, $.rate),
    goal_prop: ($) => seq(
      key($, KW.goal),
      $._colon,
      $.value,
      optional(seq($._ws, alias($._kw_by, $.keyword), $._ws, $.period)),
    ),
    weight_prop: ($) => seq(key($, KW.weight), $._colon, $.number),

    baseline: ($) => $.value,
    target: ($) => $.value,
    // `+300 MQLs`, `-20%`: a change from the value at the window's start.
    relative: ($) => prec.dynamic(1, seq($.sign, optional($._ws), $.value)),
    // `+20% per month`, `+20 % par mois`: a target for each period.
    recurrence: ($) => seq($._ws, alias($._kw_per, $.keyword), $._ws, $.time_unit),
    // `+20% vs previous quarter`, `+20 % par rapport au trimestre précédent`.
    versus: ($) => seq(
      $._ws,
      alias($._kw_versus, $.keyword),
      $._ws,
      choice(
        seq(alias(keyword(KW.previous), $.keyword), $._ws, $.time_unit),
        seq($.time_unit, $._ws, alias(keyword(KW.previous), $.keyword)),
      ),
    ),

    arrow: (_) => choice('->', '→', '=>', '⟶'),
    _list_sep: ($) => seq(optional($._ws), ',', optional($._ws)),
    _colon: ($) => seq(optional($._ws), ':', optional($._ws)),

    comparator: (_) => choice('>=', '≥', '<=', '≤', '>', '<', keyword(KW.comparator)),

    // `20 per weekday`, `20 calls per weekday`, `1 per 2 weeks`, `3/week`.
    rate: ($) => seq(
      $.number,
      optional(seq($._ws, $.unit)),
      choice(
        seq(optional($._ws), '/', optional($._ws)),
        seq($._ws, alias($._kw_per, $.keyword), $._ws),
      ),
      optional(seq($.interval, $._ws)),
      $.time_unit,
    ),
    interval: (_) => /[0-9]+/,
    time_unit: (_) => choice(
      keyword(KW.weekday), keyword(KW.day), keyword(KW.week),
      keyword(KW.month), keyword(KW.quarter), keyword(KW.year),
    ),

    // ---- Log lines ----------------------------------------------------------

    // `2026-11-02 calls 17`, `2026-11-02 new-customers +3 "webinar"`.
    log_line: ($) => seq(
      field('date', $.day),
      $._ws,
      field('item', $.reference),
      choice(
        seq($._ws, $._log_value, optional(seq($._ws, $.note))),
        seq($._ws, $.note),
      ),
      $._line_end,
    ),
    _log_value: ($) => choice($.done, $.dropped, $.confidence, $.retro, $.increment, $.value),
    done: (_) => keyword(KW.done),
    dropped: (_) => keyword(KW.dropped),
    retro: (_) => keyword(KW.retro),
    confidence: ($) => seq(
      alias(keyword(KW.confidence), $.keyword),
      $._ws,
      choice($.fraction, $.value),
    ),
    fraction: (_) => /[0-9]+([.,][0-9]+)?\/[0-9]+/,
    increment: ($) => prec.dynamic(1, seq($.sign, optional($._ws), $.value)),
    sign: (_) => choice('+', '-', '−'),
    note: (_) => token(choice(
      /"[^"»”\r\n]*"/,
      /«[^"»”\r\n]*»/,
      /“[^"»”\r\n]*”/,
    )),

    // ---- Dates --------------------------------------------------------------

    period: ($) => choice($.date_range, $._date_point),
    date_range: ($) => seq($._date_point, optional($._ws), '..', optional($._ws), $._date_point),
    _date_point: ($) => choice($.day, $.week, $.quarter, $.half, $.month, $.year),
    day: (_) => /[0-9]{4}-[0-9]{2}-[0-9]{2}/,
    week: (_) => /[0-9]{4}-[wW][0-9]{1,2}/,
    quarter: (_) => /[0-9]{4}-[qQtT][0-9]/,
    half: (_) => /[0-9]{4}-[hHsS][0-9]/,
    month: (_) => /[0-9]{4}-[0-9]{2}/,
    year: (_) => /[0-9]{4}/,

    // ---- Keywords (before `unit`: on the same word, a keyword wins) --------

    _kw_per: ($) => choice($._kw_per_word, $._kw_per_words, $._kw_each_shared),
    _kw_per_word: (_) => spellings(...KW.per.filter((w) => !w.includes(' '))),
    _kw_per_words: (_) => spellings(...KW.per.filter((w) => w.includes(' '))),
    _kw_each: ($) => choice($._kw_each_only_word, $._kw_each_only_words, $._kw_each_shared),
    _kw_each_only_word: (_) => spellings(...KW.each.filter((w) => !w.includes(' '))),
    _kw_each_only_words: (_) => spellings(...KW.each.filter((w) => w.includes(' '))),
    _kw_each_shared: (_) => spellings('each'),
    _kw_convert: ($) => choice($._kw_convert_word, $._kw_convert_words),
    _kw_convert_word: (_) => spellings(...KW.convert.filter((w) => !w.includes(' '))),
    _kw_convert_words: (_) => spellings(...KW.convert.filter((w) => w.includes(' '))),
    _kw_by: ($) => choice($._kw_by_word, $._kw_by_words),
    _kw_by_word: (_) => spellings(...KW.by.filter((w) => !w.includes(' '))),
    _kw_by_words: (_) => spellings(...KW.by.filter((w) => w.includes(' '))),
    _kw_versus: ($) => choice($._kw_versus_word, $._kw_versus_words),
    _kw_versus_word: (_) => spellings(...KW.versus.filter((w) => !w.includes(' '))),
    _kw_versus_words: (_) => spellings(...KW.versus.filter((w) => w.includes(' '))),

    // ---- Values -------------------------------------------------------------

    // `42`, `12,5 %`, `50 000 €`, `$1,200`, `30%`, `100 customers`, `1.2M EUR`.
    value: ($) => seq(
      optional(seq($.currency, optional($._ws))),
      optional($.minus),
      $.number,
      optional(seq(optional($._ws), choice($.percent, $.currency, $.unit))),
    ),
    minus: (_) => choice('-', '−'),
    number: (_) => /[0-9]+([ \u00A0\u202F][0-9]{3}|[,._'][0-9]+)*[kKM]?/,
    percent: (_) => '%',
    currency: (_) => choice('€', '$', '£', '¥', keyword(KW.currency)),
    // One word; it never swallows an arrow written without blanks
    // (`31 customers->121`), so it never ends with `-`.
    unit: (_) => new RegExp(`\\p{L}(-*${WORD_CHAR_NO_HYPHEN})*`),

    // ---- Identifiers and text -----------------------------------------------

    id: (_) => ID,
    reference: (_) => ID,
    owner: (_) => new RegExp(`@?${ID.source}`),

    // Free text runs to the line end or to a comment: `#` with a blank (or
    // the line end) on both sides, so `#1` stays text.
    // One token under two names: a title or a reason missing at the line end
    // is then a MISSING node under its named parent.
    title: ($) => $._text_run,
    text: ($) => $._text_run,
    _text_run: (_) => TEXT,

    _ws: (_) => new RegExp(`${BLANK}+`),

  },
});

/** `keyword id: title` and the line end, shared by every item header. */
function header($) {
  return [
    $._ws,
    field('id', $.id),
    $._colon,
    field('title', $.title),
    $._line_end,
  ];
}

/** A property's keyword, as a `key` node. */
function key($, words) {
  return field('key', alias(keyword(words), $.key));
}
