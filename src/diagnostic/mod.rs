//! Diagnostics: what the analysis says about the text, with a stable code.
//! The CLI and the language server render these same values.

use crate::i18n::{Message, msg};
use crate::text::TextRange;

pub mod declare;
pub(crate) use declare::declare_rule;

/// Identifies a file within a workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The severity in words for people; [`Severity::as_str`] is the
    /// spelling goalie.toml and machine formats use.
    pub fn label(self) -> Message {
        match self {
            Severity::Info => msg!(severity_info),
            Severity::Warning => msg!(severity_warning),
            Severity::Error => msg!(severity_error),
        }
    }
}

/// What a rule is about: the SMART letters, the OKR shape, reviews, or the
/// structure of the file itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    Structure,
    Specific,
    Measurable,
    Achievable,
    Relevant,
    TimeBound,
    Okr,
    Review,
}

impl Family {
    pub fn name(self) -> Message {
        match self {
            Family::Structure => msg!(family_structure),
            Family::Specific => msg!(family_specific),
            Family::Measurable => msg!(family_measurable),
            Family::Achievable => msg!(family_achievable),
            Family::Relevant => msg!(family_relevant),
            Family::TimeBound => msg!(family_time_bound),
            Family::Okr => msg!(family_okr),
            Family::Review => msg!(family_review),
        }
    }
}

/// A diagnostic code and everything said about it: stable forever once
/// published. Rule files declare these with [`declare_rule!`]; docs and
/// `goalie explain` are generated from them.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Code {
    /// `E001`: a family letter and a number.
    pub code: &'static str,
    /// `syntax-error`: a readable name, usable wherever the code is.
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    /// Catalogue ids of what is said about it (`locales/*/rules.ftl`):
    /// `rule-CODE-summary`, `rule-CODE-what`, `rule-CODE-why`.
    pub prose: [&'static str; 3],
    /// Markdown: the example that triggers it and the same text fixed, as
    /// `goals` code blocks (the rule's doc comments).
    pub examples: &'static str,
}

impl Code {
    /// One line on what it reports.
    pub fn summary(&self, lang: crate::i18n::Lang) -> String {
        Message::from_catalogue(self.prose[0], Vec::new()).render(lang)
    }

    /// What it checks.
    pub fn what(&self, lang: crate::i18n::Lang) -> String {
        Message::from_catalogue(self.prose[1], Vec::new()).render(lang)
    }

    /// Why it matters.
    pub fn why(&self, lang: crate::i18n::Lang) -> String {
        Message::from_catalogue(self.prose[2], Vec::new()).render(lang)
    }

    /// A `.goals` text that triggers it, and the same text fixed (empty
    /// when the code concerns something no text shows, as `E010`). Tests
    /// check both, so the docs cannot lie.
    pub fn examples(&self) -> (String, String) {
        let mut examples = declare::examples(self.examples).into_iter();
        let bad = examples.next().unwrap_or_default();
        (bad, examples.next().unwrap_or_default())
    }
}

/// The codes the parser and the model report, by name for their callers,
/// each documented in its own file here. A leaf: the catalogue of every
/// code, rules included, is `rules::codes`.
pub mod codes {
    pub mod duplicate_id;
    pub mod future_log;
    pub mod invalid_date;
    pub mod invalid_number;
    pub mod invalid_value;
    pub mod log_unknown_id;
    pub mod misplaced_property;
    pub mod parent_cycle;
    pub mod reference_kind;
    pub mod start_after_due;
    pub mod syntax_error;
    pub mod unknown_reference;
    pub mod unreadable_file;

    use super::Code;

    pub const SYNTAX: &Code = &syntax_error::CODE;
    pub const DUPLICATE_ID: &Code = &duplicate_id::CODE;
    pub const UNKNOWN_REFERENCE: &Code = &unknown_reference::CODE;
    pub const PARENT_CYCLE: &Code = &parent_cycle::CODE;
    pub const INVALID_DATE: &Code = &invalid_date::CODE;
    pub const START_AFTER_DUE: &Code = &start_after_due::CODE;
    pub const LOG_UNKNOWN_ID: &Code = &log_unknown_id::CODE;
    pub const INVALID_NUMBER: &Code = &invalid_number::CODE;
    pub const MISPLACED_PROPERTY: &Code = &misplaced_property::CODE;
    pub const UNREADABLE_FILE: &Code = &unreadable_file::CODE;
    pub const INVALID_VALUE: &Code = &invalid_value::CODE;
    pub const REFERENCE_KIND: &Code = &reference_kind::CODE;
    pub const FUTURE_LOG: &Code = &future_log::CODE;
}

/// Another place that explains a diagnostic (the first definition of a
/// duplicate id, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub file: FileId,
    pub range: TextRange,
    pub message: Message,
}

/// One replacement in a file's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub file: FileId,
    pub range: TextRange,
    pub insert: String,
}

/// A mechanical fix: the editor's quick fix and `goalie check --fix` apply
/// the same edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<Edit>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: FileId,
    pub range: TextRange,
    pub code: &'static Code,
    pub severity: Severity,
    pub message: Message,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    /// A diagnostic at its code's default severity.
    pub fn new(code: &'static Code, file: FileId, range: TextRange, message: Message) -> Self {
        Diagnostic {
            file,
            range,
            code,
            severity: code.severity,
            message,
            related: Vec::new(),
            fixes: Vec::new(),
        }
    }

    /// Adds a fix; one with no edits (there was nothing safe to do) is
    /// left out.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        if !fix.edits.is_empty() {
            self.fixes.push(fix);
        }
        self
    }

    pub fn with_related(mut self, related: Related) -> Self {
        self.related.push(related);
        self
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::codes::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for c in all() {
            assert!(seen.insert(c.code), "{} twice", c.code);
            assert!(seen.insert(c.name), "{} twice", c.name);
            assert_eq!(c.code.len(), 4, "{}", c.code);
            assert!(
                c.code[1..].chars().all(|d| d.is_ascii_digit()),
                "{}",
                c.code
            );
            assert!(
                c.name
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}",
                c.name
            );
        }
        assert_eq!(find("e002"), Some(DUPLICATE_ID));
        assert_eq!(find("parent-cycle"), Some(PARENT_CYCLE));
    }
}
