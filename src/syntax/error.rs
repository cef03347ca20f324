//! Syntax errors and their wording.

use super::grammar::Rule;
use super::keywords;
use crate::i18n::{Message, msg};
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

/// What to call a rule in "expected …". Rules that are implementation
/// details map to `None` and are left out of messages.
fn describe(rule: Rule) -> Option<Message> {
    use Rule::*;
    Some(match rule {
        id | reference => msg!(syntax_expect_id),
        title => msg!(syntax_expect_title),
        text => msg!(syntax_expect_text),
        owner => msg!(syntax_expect_owner),
        colon_mark => msg!(syntax_expect_colon),
        arrow => msg!(syntax_expect_arrow),
        day => msg!(syntax_expect_day),
        period | date_range | week | quarter | half | month | year => msg!(syntax_expect_period),
        value | number | baseline | target | relative | interval | fraction => {
            msg!(syntax_expect_number)
        }
        percent | currency | unit_word => msg!(syntax_expect_unit),
        comparator => msg!(syntax_expect_comparator),
        rate => msg!(syntax_expect_rate),
        rate_day | rate_weekday | rate_week | rate_month | rate_quarter | rate_year => {
            msg!(syntax_expect_period_word)
        }
        kw_per => msg!(syntax_expect_kw_per),
        change_sign => msg!(syntax_expect_change_sign),
        kw_each => msg!(syntax_expect_kw_each),
        kw_versus | kw_previous | versus => msg!(syntax_expect_versus),
        kw_convert => msg!(syntax_expect_kw_convert),
        kw_by => msg!(syntax_expect_kw_by),
        kw_confidence | done | dropped | retro | increment | sign => msg!(syntax_expect_log_entry),
        note | note_text => msg!(syntax_expect_note),
        kw_objective | kw_kr | kw_activity | kw_funnel => msg!(syntax_expect_item),
        kw_stage | stage => msg!(syntax_expect_stage),
        kw_period | kw_due | kw_start | kw_owner | kw_why | kw_parent | kw_supports | kw_metric
        | kw_keep | kw_target | kw_goal | kw_weight | body_line => msg!(syntax_expect_property),
        committed | aspirational | milestone => msg!(syntax_expect_committed),
        EOI => msg!(syntax_expect_eol),
        header_line => msg!(syntax_expect_header_line),
        log | log_line => msg!(syntax_expect_log),
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
                let mut list: Vec<Message> = Vec::new();
                // "the end of the line" reads best last.
                let ordered = expected
                    .iter()
                    .filter(|&&r| r != Rule::EOI)
                    .chain(expected.iter().filter(|&&r| r == Rule::EOI));
                for &rule in ordered {
                    if let Some(name) = describe(rule)
                        && !list.contains(&name)
                    {
                        list.push(name);
                    }
                }
                let mut message = match found {
                    Some(text) => msg!(syntax_unexpected, found = text),
                    None => msg!(syntax_unexpected_eol),
                };
                if let Some(alternatives) = crate::i18n::list_or(list) {
                    message = msg!(syntax_expected, error = message, expected = alternatives);
                }
                if let Some(s) = suggestion {
                    message = msg!(syntax_did_you_mean, error = message, keyword = *s);
                }
                message
            }
            SyntaxErrorKind::IdNotOneWord { written, proposal } => {
                msg!(
                    syntax_id_not_one_word,
                    written = written,
                    proposal = proposal
                )
            }
            SyntaxErrorKind::OutsideItem => msg!(syntax_outside_item),
            SyntaxErrorKind::UnderLog => msg!(syntax_under_log),
        }
    }
}
