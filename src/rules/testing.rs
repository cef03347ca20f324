//! Helpers for rule tests: analyse a text as of 2026-11-24.

use crate::analysis::{Analysis, Workspace};
use crate::config::Settings;
use crate::diagnostic::Diagnostic;

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

pub fn analyze_with(text: &str, settings: &Settings) -> Analysis {
    let mut ws = Workspace::new();
    ws.add_file("test.goals", text);
    ws.analyze_with(today(), settings)
}

/// The diagnostics of one code.
pub fn with_code(text: &str, code: &str) -> Vec<Diagnostic> {
    analyze_with(text, &Settings::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code.code == code)
        .collect()
}

/// The text each diagnostic of a code points at.
pub fn spans(text: &str, code: &str) -> Vec<String> {
    with_code(text, code)
        .iter()
        .map(|d| text[d.range.as_range()].to_string())
        .collect()
}

/// Applies a diagnostic's first fix.
#[allow(dead_code)] // used by the rules that offer fixes
pub fn apply_first_fix(text: &str, d: &Diagnostic) -> String {
    let mut out = text.to_string();
    let mut edits = d.fixes[0].edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    for e in edits {
        out.replace_range(e.range.as_range(), &e.insert);
    }
    out
}
