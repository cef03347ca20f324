//! Folding ranges: each item over its lines, and runs of log lines and of
//! comment lines.

use tower_lsp_server::ls_types::{FoldingRange, FoldingRangeKind, FoldingRangeParams};

use super::state::State;
use crate::syntax::ChunkKind;

pub fn ranges(state: &mut State, params: FoldingRangeParams) -> Option<Vec<FoldingRange>> {
    let file = state.file(&params.text_document.uri)?;
    let source = state.workspace.file(file);
    let text = source.text.as_str();
    let lines = state.lines(file);
    let line_of = |offset: usize| lines.position(offset).line;
    // The last line with something on it, before trailing blank lines.
    let last_line = |start: usize, end: usize| {
        let body = text[start..end].trim_end();
        line_of(start + body.len())
    };
    let mut out = Vec::new();
    let mut logs: Option<(u32, u32)> = None;
    let flush = |logs: &mut Option<(u32, u32)>, out: &mut Vec<FoldingRange>| {
        if let Some((a, b)) = logs.take()
            && b > a
        {
            out.push(FoldingRange {
                start_line: a,
                end_line: b,
                kind: Some(FoldingRangeKind::Region),
                ..Default::default()
            });
        }
    };
    for chunk in source.parse.chunks() {
        let r = chunk.range();
        let (start, end) = (r.start as usize, r.end as usize);
        match chunk.kind() {
            ChunkKind::Log => {
                let (a, b) = (line_of(start), last_line(start, end));
                logs = match logs {
                    Some((first, last)) if a <= last + 1 => Some((first, b.max(last))),
                    _ => {
                        flush(&mut logs, &mut out);
                        Some((a, b))
                    }
                };
            }
            ChunkKind::Preamble => {}
            _ => {
                flush(&mut logs, &mut out);
                let (a, b) = (line_of(start), last_line(start, end));
                if b > a {
                    out.push(FoldingRange {
                        start_line: a,
                        end_line: b,
                        ..Default::default()
                    });
                }
            }
        }
    }
    flush(&mut logs, &mut out);
    // Blocks of two or more comment lines.
    let mut run: Option<(u32, u32)> = None;
    for (n, line) in text.lines().enumerate() {
        let n = n as u32;
        if line.trim_start().starts_with('#') {
            run = Some(run.map_or((n, n), |(a, _)| (a, n)));
        } else if let Some((a, b)) = run.take()
            && b > a
        {
            out.push(FoldingRange {
                start_line: a,
                end_line: b,
                kind: Some(FoldingRangeKind::Comment),
                ..Default::default()
            });
        }
    }
    if let Some((a, b)) = run
        && b > a
    {
        out.push(FoldingRange {
            start_line: a,
            end_line: b,
            kind: Some(FoldingRangeKind::Comment),
            ..Default::default()
        });
    }
    Some(out)
}
