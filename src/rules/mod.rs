//! The rule engine: every check is a small unit declaring its code, its
//! family, its default severity and its documentation (a [`Code`]), plus a
//! check function. The registry lists them; adding a rule touches its own
//! file and one line of [`RULES`].

pub mod doc;
mod lexicon;
pub mod structure;
pub mod statement;
pub mod suppress;
#[cfg(test)]
pub(crate) mod testing;
mod text;

pub mod achievable;
pub mod measurable;
pub mod okr;
pub mod relevant;
pub mod review;
pub mod specific;
pub mod time_bound;

use jiff::civil::Date;

pub use lexicon::{Lexicon, LexiconKind};
pub use text::{Direction, TitleFacts, TitleNumber, analyze as analyze_title};

use crate::config::Settings;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{ItemIdx, ItemKind, Model};

/// What a check sees.
pub struct Context<'a> {
    pub model: &'a Model,
    pub today: Date,
    pub settings: &'a Settings,
    pub lexicon: &'a Lexicon,
}

impl Context<'_> {
    /// What an item's title says.
    pub fn title(&self, item: &crate::model::Item) -> TitleFacts {
        analyze_title(&item.title, self.lexicon)
    }

    /// The items of a kind, with their indices.
    pub fn items(&self, kind: ItemKind) -> impl Iterator<Item = (ItemIdx, &crate::model::Item)> {
        self.model
            .items
            .iter()
            .enumerate()
            .filter(move |(_, i)| i.kind == kind)
            .map(|(n, i)| (ItemIdx(n as u32), i))
    }

    /// The threshold values in force.
    pub fn thresholds(&self) -> &crate::config::Thresholds {
        &self.settings.thresholds
    }
}

pub type Check = fn(&Context<'_>, &mut Vec<Diagnostic>);

pub struct Rule {
    pub code: &'static Code,
    /// `None` for the structural codes the parser and the model report.
    pub check: Option<Check>,
}

impl Rule {
    /// A code the parser or the model reports; the rule only documents it.
    pub const fn documented(code: &'static Code) -> Rule {
        Rule { code, check: None }
    }

    pub const fn new(code: &'static Code, check: Check) -> Rule {
        Rule {
            code,
            check: Some(check),
        }
    }
}

/// Every rule, structural first, then by family and number.
pub static RULES: &[Rule] = &[
    Rule::documented(&structure::syntax_error::CODE),
    Rule::documented(&structure::duplicate_id::CODE),
    Rule::documented(&structure::unknown_reference::CODE),
    Rule::documented(&structure::parent_cycle::CODE),
    Rule::documented(&structure::invalid_date::CODE),
    Rule::documented(&structure::start_after_due::CODE),
    Rule::documented(&structure::log_unknown_id::CODE),
    Rule::documented(&structure::invalid_number::CODE),
    Rule::documented(&structure::misplaced_property::CODE),
    Rule::documented(&structure::unreadable_file::CODE),
    Rule::documented(&structure::invalid_value::CODE),
    Rule::documented(&structure::reference_kind::CODE),
    Rule::documented(&structure::future_log::CODE),
    // structure, found by rules over the model
    // S — specific
    Rule::new(
        &specific::vague_wording::CODE,
        specific::vague_wording::check,
    ),
    // M — measurable
    // A — achievable
    // R — relevant
    // T — time-bound
    // OKR shape
    // review
];

/// Runs every enabled rule.
pub fn run(cx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        if let Some(check) = rule.check
            && cx.settings.enabled(rule.code)
        {
            check(cx, &mut out);
        }
    }
    out
}
