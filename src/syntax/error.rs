//! Syntax errors and their wording.

use super::grammar::Rule;
use super::keywords;
use crate::i18n::Message;
use crate::text::TextRange;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub range: TextRange,
    pub kind: SyntaxErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// The line stops making sense at `range`.
    Unexpected {
        /// The text found there; `None` at the end of the line.
        found: Option<String>,
        expected: Vec<Rule>,
        /// A keyword close to what was written.
        suggestion: Option<&'static str>,
    },
    /// An id written in several words (`ventes signées`); the line was read
    /// as if it were `proposal`.
    IdNotOneWord { written: String, proposal: String },
    /// A property, stage or flag with no item above it.
    OutsideItem,
    /// A property, stage or flag under a log line.
    UnderLog,
}

/// What to call a rule in "expected …", in both languages. Rules that are
/// implementation details map to `None` and are left out of messages.
fn describe(rule: Rule) -> Option<(&'static str, &'static str)> {
    use Rule::*;
    Some(match rule {
        id | reference => ("an id", "un identifiant"),
        title => ("a title", "un titre"),
        text => ("some text", "du texte"),
        owner => ("an owner such as @sylvie", "un responsable comme @sylvie"),
        colon_mark => ("`:`", "`:`"),
        arrow => ("`->`", "`->`"),
        day => ("a day (YYYY-MM-DD)", "un jour (AAAA-MM-JJ)"),
        period | date_range | week | quarter | half | month | year => (
            "a date or period (2026-12-31, 2026-11, 2026-W45, 2026-Q4, 2026)",
            "une date ou une période (2026-12-31, 2026-11, 2026-W45, 2026-T4, 2026)",
        ),
        value | number | baseline | target | relative | interval | fraction => {
            ("a number", "un nombre")
        }
        percent | currency | unit_word => ("a unit", "une unité"),
        comparator => (
            "a comparison (>=, <=, at least…)",
            "une comparaison (>=, <=, au moins…)",
        ),
        rate => (
            "a rate such as `20 per weekday`",
            "un rythme comme `20 par jour ouvré`",
        ),
        rate_day | rate_weekday | rate_week | rate_month | rate_quarter | rate_year => (
            "a period word (day, weekday, week, month…)",
            "une unité de temps (jour, jour ouvré, semaine, mois…)",
        ),
        kw_per => ("`per`", "`par`"),
        change_sign => (
            "a change such as `+300` or `-20%`",
            "une variation comme `+300` ou `-20 %`",
        ),
        kw_each => ("`each`", "`chacun`"),
        kw_versus | kw_previous | versus => (
            "`vs previous` and a period",
            "`par rapport au` et une période précédente",
        ),
        kw_convert => ("`convert`", "`convertissent`"),
        kw_by => ("`by` and a date", "`d'ici` et une date"),
        kw_confidence | done | dropped | retro | increment | sign => (
            "a value, `+N`, `done`, `dropped`, `confidence N%` or `retro`",
            "une valeur, `+N`, `fait`, `abandonné`, `confiance N %` ou `bilan`",
        ),
        note | note_text => ("a note in quotes", "une note entre guillemets"),
        kw_objective | kw_kr | kw_activity | kw_funnel => (
            "an item (objective, kr, activity, funnel)",
            "un élément (objectif, rc, activité, entonnoir)",
        ),
        kw_stage | stage => ("a stage", "une étape"),
        kw_period | kw_due | kw_start | kw_owner | kw_why | kw_parent | kw_supports | kw_metric
        | kw_keep | kw_target | kw_goal | kw_weight | body_line => (
            "a property such as `due:` or `metric:`",
            "une propriété comme `échéance:` ou `mesure:`",
        ),
        committed | aspirational | milestone => (
            "a flag (committed, aspirational, milestone)",
            "un indicateur (engagé, ambitieux, jalon)",
        ),
        EOI => ("the end of the line", "la fin de la ligne"),
        header_line => (
            "an item header such as `objective id: title`",
            "un en-tête comme `objectif id: titre`",
        ),
        log | log_line => (
            "a log line such as `2026-11-02 calls 17`",
            "une ligne de journal comme `2026-11-02 appels 17`",
        ),
        _ => return None,
    })
}

/// Rules whose keywords can be suggested for a misspelt word.
const SUGGESTIBLE: &[Rule] = &[
    Rule::kw_period,
    Rule::kw_due,
    Rule::kw_start,
    Rule::kw_owner,
    Rule::kw_why,
    Rule::kw_parent,
    Rule::kw_supports,
    Rule::kw_metric,
    Rule::kw_keep,
    Rule::kw_target,
    Rule::kw_goal,
    Rule::kw_weight,
    Rule::kw_stage,
    Rule::committed,
    Rule::aspirational,
    Rule::milestone,
    Rule::kw_per,
    Rule::kw_each,
    Rule::kw_convert,
    Rule::kw_by,
    Rule::rate_day,
    Rule::rate_weekday,
    Rule::rate_week,
    Rule::rate_month,
    Rule::rate_quarter,
    Rule::rate_year,
    Rule::done,
    Rule::dropped,
    Rule::retro,
    Rule::kw_confidence,
];

/// The keyword that `found` probably meant, if any of `expected` is a
/// keyword rule.
pub(crate) fn suggestion_for(found: &str, expected: &[Rule]) -> Option<&'static str> {
    let among: Vec<Rule> = expected
        .iter()
        .copied()
        .filter(|r| SUGGESTIBLE.contains(r))
        .collect();
    if among.is_empty() {
        return None;
    }
    let word: String = found.chars().take_while(|&c| c != ':').collect();
    keywords::suggest(&word, &among)
}

impl SyntaxErrorKind {
    pub fn message(&self) -> Message {
        match self {
            SyntaxErrorKind::Unexpected {
                found,
                expected,
                suggestion,
            } => {
                let mut en_list: Vec<&str> = Vec::new();
                let mut fr_list: Vec<&str> = Vec::new();
                // "the end of the line" reads best last.
                let ordered = expected
                    .iter()
                    .filter(|&&r| r != Rule::EOI)
                    .chain(expected.iter().filter(|&&r| r == Rule::EOI));
                for &rule in ordered {
                    if let Some((en, fr)) = describe(rule)
                        && !en_list.contains(&en)
                    {
                        en_list.push(en);
                        fr_list.push(fr);
                    }
                }
                let (found_en, found_fr) = match found {
                    Some(text) => (
                        format!("unexpected `{text}`"),
                        format!("`{text}` inattendu"),
                    ),
                    None => (
                        "unexpected end of line".to_string(),
                        "fin de ligne inattendue".to_string(),
                    ),
                };
                let mut en = found_en;
                let mut fr = found_fr;
                if !en_list.is_empty() {
                    en.push_str(&format!("; expected {}", join(&en_list, "or")));
                    fr.push_str(&format!(" ; attendu : {}", join(&fr_list, "ou")));
                }
                if let Some(s) = suggestion {
                    en.push_str(&format!(" (did you mean `{s}`?)"));
                    fr.push_str(&format!(" (vouliez-vous dire `{s}` ?)"));
                }
                Message { en, fr }
            }
            SyntaxErrorKind::IdNotOneWord { written, proposal } => Message {
                en: format!(
                    "an id is one word, without spaces or apostrophes: write `{proposal}` instead of `{written}`, here and in its log lines"
                ),
                fr: format!(
                    "un identifiant s'écrit en un seul mot, sans espace ni apostrophe : écrivez `{proposal}` au lieu de `{written}`, ici et dans ses lignes de journal"
                ),
            },
            SyntaxErrorKind::OutsideItem => Message::new(
                "this line belongs to no item: write an `objective`, `kr`, `activity` or `funnel` line above it",
                "cette ligne n'appartient à aucun élément : écrivez au-dessus une ligne `objectif`, `rc`, `activité` ou `entonnoir`",
            ),
            SyntaxErrorKind::UnderLog => Message::new(
                "a log line takes no properties: move this line under its item",
                "une ligne de journal n'a pas de propriétés : déplacez cette ligne sous son élément",
            ),
        }
    }
}

fn join(items: &[&str], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}
