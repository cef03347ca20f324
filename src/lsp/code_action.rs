//! Code actions: each diagnostic's fixes as quick fixes (the same edits
//! `goalie check --fix` applies), and a comment that silences a warning
//! on its line.

use std::collections::HashMap;

use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    TextEdit, Uri, WorkspaceEdit,
};

use super::diagnostics::to_lsp;
use super::snapshot::Snapshot;
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::TextRange;

pub fn actions(state: &Snapshot, params: CodeActionParams) -> Option<CodeActionResponse> {
    let file = state.file(&params.text_document.uri)?;
    let wanted = state.lines(file).byte_range(params.range);
    let analysis = state.analysis();
    let lang = state.lang();
    let mut out = Vec::new();
    let overlaps = |d: &&Diagnostic| {
        d.file == file
            && d.range.start as usize <= wanted.end
            && wanted.start <= d.range.end as usize
    };
    for d in analysis.diagnostics.iter().filter(overlaps) {
        let lsp_diag = to_lsp(state, d, lang);
        let single = d.fixes.len() == 1;
        for fix in &d.fixes {
            let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
            for e in &fix.edits {
                changes
                    .entry(state.entry(e.file).uri.clone())
                    .or_default()
                    .push(TextEdit::new(
                        state.lines(e.file).range(e.range),
                        e.insert.clone(),
                    ));
            }
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.render(lang).to_string(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diag.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..Default::default()
                }),
                is_preferred: Some(single),
                ..Default::default()
            }));
        }
        // Errors are facts about the file, not opinions: no silencing.
        if d.severity != Severity::Error {
            let text = state.text(file);
            let line_start = text[..d.range.start as usize]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let indent: String = text[line_start..]
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let comment = format!("{indent}# goalie: ignore {}\n", d.code.code);
            let title = crate::i18n::msg!(lsp_ignore_here, code = d.code.code, name = d.code.name)
                .render(lang);
            let range = state.lines(file).range(TextRange::empty(line_start));
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![lsp_diag]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(
                        params.text_document.uri.clone(),
                        vec![TextEdit::new(range, comment)],
                    )])),
                    ..Default::default()
                }),
                is_preferred: Some(false),
                ..Default::default()
            }));
        }
    }
    Some(out)
}
