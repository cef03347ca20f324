//! The rule engine: every check is a small unit declaring its code, its
//! family, its default severity and its documentation (a [`Code`]), plus a
//! check function. The registry lists them; adding a rule touches its own
//! file and one line of [`RULES`].

mod lexicon;
pub mod structure;
pub mod suppress;
mod text;

use jiff::civil::Date;

pub use lexicon::{Lexicon, LexiconKind};
pub use text::{Direction, TitleFacts, TitleNumber, analyze as analyze_title};

use crate::config::Settings;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Model;

/// What a check sees.
pub struct Context<'a> {
    pub model: &'a Model,
    pub today: Date,
    pub settings: &'a Settings,
    pub lexicon: &'a Lexicon,
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
