//! Folding ranges: each item from its header to its last line (an
//! objective over its key results, a funnel over its stages), runs of log
//! lines, and blocks of comment lines.

use tower_lsp_server::ls_types::{FoldingRange, FoldingRangeKind, FoldingRangeParams};

use super::snapshot::Snapshot;
use crate::model::ItemKind;
use crate::syntax::ChunkKind;

fn fold(start_line: u32, end_line: u32, kind: Option<FoldingRangeKind>) -> Option<FoldingRange> {
    (end_line > start_line).then(|| FoldingRange {
        start_line,
        end_line,
        kind,
        ..Default::default()
    })
}

pub fn ranges(state: &Snapshot, params: FoldingRangeParams) -> Option<Vec<FoldingRange>> {
    let file = state.file(&params.text_document.uri)?;
    let analysis = state.analysis();
    let source = state.source(file);
    let text = source.text.as_str();
    let lines = state.lines(file);
    let line_of = |offset: usize| lines.position(offset).line;
    // The line of the last character that is not blank before `end`.
    let last_line = |start: usize, end: usize| line_of(start + text[start..end].trim_end().len());
    let mut out = Vec::new();

    let model = &analysis.model;
    for item in model.items.iter().filter(|i| i.file == file) {
        if item.kind == ItemKind::Stage {
            continue;
        }
        let end = item
            .children
            .iter()
            .map(|&c| model.item(c))
            .filter(|c| c.file == file)
            .map(|c| c.range.end)
            .fold(item.range.end, u32::max) as usize;
        let start = item.range.start as usize;
        out.extend(fold(line_of(start), last_line(start, end), None));
    }

    let mut logs: Option<(u32, u32)> = None;
    for chunk in source.parse.chunks() {
        if chunk.kind() != ChunkKind::Log {
            continue;
        }
        let r = chunk.range();
        let (a, b) = (
            line_of(r.start as usize),
            last_line(r.start as usize, r.end as usize),
        );
        logs = match logs {
            Some((first, last)) if a <= last + 2 => Some((first, b.max(last))),
            Some((first, last)) => {
                out.extend(fold(first, last, Some(FoldingRangeKind::Region)));
                Some((a, b))
            }
            None => Some((a, b)),
        };
    }
    if let Some((first, last)) = logs {
        out.extend(fold(first, last, Some(FoldingRangeKind::Region)));
    }

    let mut run: Option<(u32, u32)> = None;
    for (n, line) in text.lines().enumerate() {
        let n = n as u32;
        if line.trim_start().starts_with('#') {
            run = Some(run.map_or((n, n), |(a, _)| (a, n)));
        } else if let Some((a, b)) = run.take() {
            out.extend(fold(a, b, Some(FoldingRangeKind::Comment)));
        }
    }
    if let Some((a, b)) = run {
        out.extend(fold(a, b, Some(FoldingRangeKind::Comment)));
    }
    Some(out)
}
