//! Semantic tokens from the parse tree: keywords in either language, ids
//! where defined and where referenced, owners, dates, numbers, units,
//! titles and notes, comments. By range (the lines on screen: only the
//! chunks they overlap are read) and by delta against the last result sent
//! for the document, so a keystroke in a long log file sends a few tokens,
//! not all of them.

use std::collections::HashMap;
use std::sync::Mutex;

use tower_lsp_server::ls_types::{
    SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens, SemanticTokensDelta,
    SemanticTokensDeltaParams, SemanticTokensEdit, SemanticTokensFullDeltaResult,
    SemanticTokensFullOptions, SemanticTokensLegend, SemanticTokensOptions, SemanticTokensParams,
    SemanticTokensRangeParams, SemanticTokensRangeResult, SemanticTokensResult,
    SemanticTokensServerCapabilities, Uri,
};

use super::position::Lines;
use super::snapshot::Snapshot;
use crate::analysis::SourceFile;
use crate::syntax::Rule;

const TYPES: &[SemanticTokenType] = &[
    SemanticTokenType::KEYWORD,
    SemanticTokenType::VARIABLE,
    SemanticTokenType::PARAMETER,
    SemanticTokenType::NUMBER,
    SemanticTokenType::TYPE,
    SemanticTokenType::STRING,
    SemanticTokenType::COMMENT,
    SemanticTokenType::OPERATOR,
];

const DECLARATION: u32 = 1;

pub fn options() -> SemanticTokensServerCapabilities {
    SemanticTokensServerCapabilities::SemanticTokensOptions(SemanticTokensOptions {
        legend: SemanticTokensLegend {
            token_types: TYPES.to_vec(),
            token_modifiers: vec![SemanticTokenModifier::DECLARATION],
        },
        full: Some(SemanticTokensFullOptions::Delta { delta: Some(true) }),
        range: Some(true),
        work_done_progress_options: Default::default(),
    })
}

/// (index into [`TYPES`], modifier bits) for the rules that are tokens.
fn token(rule: Rule) -> Option<(u32, u32)> {
    use Rule::*;
    Some(match rule {
        kw_objective | kw_kr | kw_activity | kw_funnel | kw_stage | kw_period | kw_due
        | kw_start | kw_owner | kw_why | kw_parent | kw_supports | kw_metric | kw_keep
        | kw_target | kw_goal | kw_weight | kw_per | kw_each | kw_convert | kw_by | kw_versus
        | kw_previous | kw_confidence | committed | aspirational | milestone | done | dropped
        | retro => (0, 0),
        id => (1, DECLARATION),
        reference => (1, 0),
        owner => (2, 0),
        day | week | quarter | half | month | year | date_range | number => (3, 0),
        percent | unit_word | currency | rate_unit => (4, 0),
        title | text | note => (5, 0),
        comment => (6, 0),
        arrow | comparator => (7, 0),
        _ => return None,
    })
}

/// The last tokens sent in full or by delta, per document: what the next
/// delta request is computed against.
#[derive(Debug, Default)]
pub struct Sent {
    next: u64,
    by_uri: HashMap<Uri, (String, Vec<SemanticToken>)>,
}

impl Sent {
    fn remember(&mut self, uri: Uri, tokens: Vec<SemanticToken>) -> String {
        self.next += 1;
        let id = self.next.to_string();
        self.by_uri.insert(uri, (id.clone(), tokens));
        id
    }

    /// A closed document's tokens are not asked for again.
    pub fn forget(&mut self, uri: &Uri) {
        self.by_uri.remove(uri);
    }
}

fn lock(sent: &Mutex<Sent>) -> std::sync::MutexGuard<'_, Sent> {
    sent.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

pub fn full(
    state: &Snapshot,
    params: SemanticTokensParams,
    sent: &Mutex<Sent>,
) -> Option<SemanticTokensResult> {
    let uri = params.text_document.uri;
    let file = state.file(&uri)?;
    let data = tokens(state.source(file), &state.lines(file), None);
    let result_id = lock(sent).remember(uri, data.clone());
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: Some(result_id),
        data,
    }))
}

/// The tokens of the lines in the range (whole chunks: a token never
/// spans lines, and the client keeps those it did not ask about).
pub fn range(
    state: &Snapshot,
    params: SemanticTokensRangeParams,
) -> Option<SemanticTokensRangeResult> {
    let file = state.file(&params.text_document.uri)?;
    let lines = state.lines(file);
    let bytes = lines.byte_range(params.range);
    let data = tokens(state.source(file), &lines, Some(bytes));
    Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
        result_id: None,
        data,
    }))
}

/// The edit from the tokens last sent for the document to the current
/// ones: the common head and tail are kept, the middle replaced. All the
/// tokens when the client names a result we no longer hold.
pub fn delta(
    state: &Snapshot,
    params: SemanticTokensDeltaParams,
    sent: &Mutex<Sent>,
) -> Option<SemanticTokensFullDeltaResult> {
    let uri = params.text_document.uri;
    let file = state.file(&uri)?;
    let data = tokens(state.source(file), &state.lines(file), None);
    let mut sent = lock(sent);
    let edit = match sent.by_uri.get(&uri) {
        Some((id, old)) if *id == params.previous_result_id => Some(diff(old, &data)),
        _ => None,
    };
    let result_id = sent.remember(uri, data.clone());
    Some(match edit {
        Some(edit) => SemanticTokensFullDeltaResult::TokensDelta(SemanticTokensDelta {
            result_id: Some(result_id),
            edits: edit.into_iter().collect(),
        }),
        None => SemanticTokensFullDeltaResult::Tokens(SemanticTokens {
            result_id: Some(result_id),
            data,
        }),
    })
}

/// One edit turning `old` into `new` (indices count integers, five per
/// token, as the protocol's flat array does); none when they are equal.
fn diff(old: &[SemanticToken], new: &[SemanticToken]) -> Option<SemanticTokensEdit> {
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (deleted, inserted) = (old.len() - head - tail, &new[head..new.len() - tail]);
    if deleted == 0 && inserted.is_empty() {
        return None;
    }
    Some(SemanticTokensEdit {
        start: (head * 5) as u32,
        delete_count: (deleted * 5) as u32,
        data: Some(inserted.to_vec()),
    })
}

/// The tokens of a file, or of the chunks overlapping `within`, encoded
/// relative to each other (the first one relative to the file's start).
fn tokens(
    source: &SourceFile,
    lines: &Lines<'_>,
    within: Option<std::ops::Range<usize>>,
) -> Vec<SemanticToken> {
    let chunks = source.parse.chunks();
    let chunks = match &within {
        Some(r) => {
            let first = chunks.partition_point(|c| (c.range().end as usize) <= r.start);
            let last = chunks.partition_point(|c| (c.range().start as usize) <= r.end);
            &chunks[first..last.max(first)]
        }
        None => chunks,
    };
    let mut found: Vec<(usize, usize, u32, u32)> = Vec::new();
    for chunk in chunks {
        for line in chunk.lines() {
            let mut covered = 0usize;
            for node in std::iter::once(line).chain(line.descendants()) {
                let r = node.range();
                let (start, end) = (r.start as usize, r.end as usize);
                if start < covered || start == end {
                    continue;
                }
                if let Some((ty, modifiers)) = token(node.kind()) {
                    found.push((start, end, ty, modifiers));
                    covered = end;
                }
            }
        }
    }
    found.sort_by_key(|t| t.0);
    let mut data = Vec::with_capacity(found.len());
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    for (start, end, ty, modifiers) in found {
        let a = lines.position(start);
        let b = lines.position(end);
        if b.line != a.line {
            continue; // tokens never span lines; be safe
        }
        let delta_line = a.line - prev_line;
        let delta_start = if delta_line == 0 {
            a.character - prev_col
        } else {
            a.character
        };
        data.push(SemanticToken {
            delta_line,
            delta_start,
            length: b.character - a.character,
            token_type: ty,
            token_modifiers_bitset: modifiers,
        });
        (prev_line, prev_col) = (a.line, a.character);
    }
    data
}
