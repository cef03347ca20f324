//! Formatting: the lossless formatter of `goalie fmt`, sent as the edits
//! of a line diff, so cursors, marks and folds away from the changes stay.

use similar::{DiffOp, TextDiff};
use tower_lsp_server::ls_types::{DocumentFormattingParams, TextEdit};

use super::snapshot::Snapshot;
use crate::text::TextRange;

pub fn format(state: &Snapshot, params: DocumentFormattingParams) -> Option<Vec<TextEdit>> {
    let file = state.file(&params.text_document.uri)?;
    let text = state.text(file);
    let formatted = crate::format::format(text);
    if !formatted.changed(text) {
        return Some(Vec::new());
    }
    let new = formatted.text.as_str();
    let diff = TextDiff::from_lines(text, new);
    // Byte offset where each line starts, plus the end.
    let starts = |s: &str| {
        let mut v: Vec<usize> = std::iter::once(0)
            .chain(s.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        if *v.last().unwrap_or(&0) != s.len() {
            v.push(s.len());
        }
        v
    };
    let (old_starts, new_starts) = (starts(text), starts(new));
    let at = |v: &[usize], line: usize| v.get(line).copied().unwrap_or(*v.last().unwrap_or(&0));
    let lines = state.lines(file);
    let mut edits = Vec::new();
    for op in diff.ops() {
        let (old, new_range) = match *op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index..old_index + old_len, new_index..new_index),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index..old_index, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index..old_index + old_len,
                new_index..new_index + new_len,
            ),
        };
        let range = TextRange::new(at(&old_starts, old.start), at(&old_starts, old.end));
        let insert = &new[at(&new_starts, new_range.start)..at(&new_starts, new_range.end)];
        edits.push(TextEdit::new(lines.range(range), insert.to_string()));
    }
    Some(edits)
}
