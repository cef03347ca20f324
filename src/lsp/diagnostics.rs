//! Diagnostics for the client: the analysis's findings in LSP terms, with
//! their code, a link to the rule's page, and the other places they point
//! at.

use tower_lsp_server::ls_types::{
    self as lsp, CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Uri,
};

use super::snapshot::Snapshot;
use crate::diagnostic::{Code, Diagnostic, FileId, Severity};
use crate::i18n::Lang;

/// Where each rule's page is published: the repository's docs/rules/.
pub const RULES_DOCS: &str = "https://github.com/goalie-rs/goalie/blob/main/docs/rules/";

pub fn doc_link(code: &Code) -> Option<Uri> {
    format!("{RULES_DOCS}{}.md", code.code).parse().ok()
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

pub fn to_lsp(state: &Snapshot, d: &Diagnostic, lang: Lang) -> lsp::Diagnostic {
    let related = d
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(
                state.entry(r.file).uri.clone(),
                state.lines(r.file).range(r.range),
            ),
            message: r.message.render(lang).to_string(),
        })
        .collect::<Vec<_>>();
    lsp::Diagnostic {
        range: state.lines(d.file).range(d.range),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.code.code.to_string())),
        code_description: doc_link(d.code).map(|href| CodeDescription { href }),
        source: Some("goalie".to_string()),
        message: format!("{} ({})", d.message.render(lang), d.code.name),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

/// Every live file's diagnostics, in LSP terms, files without any
/// included (so stale ones get cleared).
pub fn by_file(state: &Snapshot) -> Vec<(FileId, Vec<lsp::Diagnostic>)> {
    let analysis = state.analysis();
    let lang = state.lang();
    let mut out: Vec<(FileId, Vec<lsp::Diagnostic>)> =
        state.live_files().map(|id| (id, Vec::new())).collect();
    let slot: std::collections::HashMap<FileId, usize> = out
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i))
        .collect();
    for d in &analysis.diagnostics {
        if let Some(&i) = slot.get(&d.file) {
            out[i].1.push(to_lsp(state, d, lang));
        }
    }
    out
}
