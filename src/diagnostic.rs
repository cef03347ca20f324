//! Diagnostics: what the analysis says about the text, with a stable code.
//! The CLI and the language server render these same values.

use crate::i18n::Message;
use crate::text::TextRange;

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
}

/// A diagnostic code: stable forever once published.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Code {
    /// `E001`: a family letter and a number.
    pub code: &'static str,
    /// `syntax-error`: a readable name.
    pub name: &'static str,
    pub severity: Severity,
    /// One line on what it reports.
    pub summary: &'static str,
}

macro_rules! codes {
    ($($ident:ident = $code:literal, $name:literal, $sev:ident, $summary:literal;)*) => {
        $(pub const $ident: &Code = &Code { code: $code, name: $name, severity: Severity::$sev, summary: $summary };)*
        /// Every code, in order.
        pub const ALL: &[&Code] = &[$($ident),*];
    };
}

/// Structural codes: the file cannot mean what it says.
pub mod codes {
    use super::{Code, Severity};

    codes! {
        SYNTAX = "E001", "syntax-error", Error, "A line does not follow the .goals grammar.";
        DUPLICATE_ID = "E002", "duplicate-id", Error, "Two items share an id; ids are global across the workspace.";
        UNKNOWN_REFERENCE = "E003", "unknown-reference", Error, "`parent:` or `supports:` names an id that no item has.";
        PARENT_CYCLE = "E004", "parent-cycle", Error, "Following `parent:` links leads back to where it started.";
        INVALID_DATE = "E005", "invalid-date", Error, "A date that does not exist, such as 2026-02-30.";
        START_AFTER_DUE = "E006", "start-after-due", Error, "An item starts after it is due, or a range ends before it starts.";
        LOG_UNKNOWN_ID = "E007", "log-unknown-id", Error, "A log line names an id that no item has.";
        INVALID_NUMBER = "E008", "invalid-number", Error, "A number that is ambiguous (1,500) or malformed.";
        MISPLACED_PROPERTY = "E009", "misplaced-property", Warning, "A property that does not apply to its item, or is given twice.";
        UNREADABLE_FILE = "E010", "unreadable-file", Error, "A file that is not UTF-8 text.";
        INVALID_VALUE = "E011", "invalid-value", Error, "A value that cannot mean anything here, such as a 150% confidence.";
        REFERENCE_KIND = "E012", "reference-kind", Error, "A link to an item of the wrong kind, such as `parent:` naming an activity.";
        FUTURE_LOG = "E013", "future-log", Warning, "A log line dated after today.";
    }

    pub fn find(code_or_name: &str) -> Option<&'static Code> {
        ALL.iter()
            .copied()
            .find(|c| c.code.eq_ignore_ascii_case(code_or_name) || c.name == code_or_name)
    }
}

/// Another place that explains a diagnostic (the first definition of a
/// duplicate id, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub file: FileId,
    pub range: TextRange,
    pub message: Message,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: FileId,
    pub range: TextRange,
    pub code: &'static Code,
    pub severity: Severity,
    pub message: Message,
    pub related: Vec<Related>,
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
        }
    }

    pub fn with_related(mut self, related: Related) -> Self {
        self.related.push(related);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::codes::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for c in ALL {
            assert!(seen.insert(c.code), "{} twice", c.code);
            assert!(seen.insert(c.name), "{} twice", c.name);
            assert_eq!(c.code.len(), 4);
            assert!(c.code.starts_with('E') && c.code[1..].chars().all(|d| d.is_ascii_digit()));
        }
        assert_eq!(find("e002"), Some(DUPLICATE_ID));
        assert_eq!(find("parent-cycle"), Some(PARENT_CYCLE));
    }
}
