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
    by_uri: HashMap<Uri, Held>,
}

/// What the client holds for one document: the tokens last sent, where
/// each starts, and the text they were made from — so that the next delta
/// re-makes only the tokens of the chunks around what changed since.
#[derive(Debug)]
struct Held {
    id: String,
    text: String,
    /// Each token's byte offset in `text`.
    starts: Vec<u32>,
    data: Vec<SemanticToken>,
}

impl Sent {
    fn next_id(&mut self) -> String {
        self.next += 1;
        self.next.to_string()
    }

    fn remember(&mut self, uri: Uri, source: &SourceFile, lines: &Lines<'_>) -> &Held {
        let id = self.next_id();
        let all = encode(&found(source.parse.chunks()), lines, (0, 0));
        let held = Held {
            id,
            text: source.text.clone(),
            starts: all.starts,
            data: all.data,
        };
        self.by_uri.insert(uri.clone(), held);
        &self.by_uri[&uri]
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
    let mut sent = lock(sent);
    let held = sent.remember(uri, state.source(file), &state.lines(file));
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: Some(held.id.clone()),
        data: held.data.clone(),
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
    let r = lines.byte_range(params.range);
    let chunks = state.source(file).parse.chunks();
    let first = chunks.partition_point(|c| (c.range().end as usize) <= r.start);
    let last = chunks.partition_point(|c| (c.range().start as usize) <= r.end);
    let data = encode(&found(&chunks[first..last.max(first)]), &lines, (0, 0)).data;
    Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
        result_id: None,
        data,
    }))
}

/// The edit from the tokens last sent for the document to the current
/// ones, made from the chunks around what changed in the text since (the
/// rest of the tokens only move). All the tokens when the client names a
/// result we no longer hold.
pub fn delta(
    state: &Snapshot,
    params: SemanticTokensDeltaParams,
    sent: &Mutex<Sent>,
) -> Option<SemanticTokensFullDeltaResult> {
    let uri = params.text_document.uri;
    let file = state.file(&uri)?;
    let (source, lines) = (state.source(file), state.lines(file));
    let mut sent = lock(sent);
    let id = sent.next_id();
    if let Some(held) = sent.by_uri.get_mut(&uri)
        && held.id == params.previous_result_id
    {
        let edit = held.update(source, &lines);
        held.id = id.clone();
        return Some(SemanticTokensFullDeltaResult::TokensDelta(
            SemanticTokensDelta {
                result_id: Some(id),
                edits: edit.into_iter().collect(),
            },
        ));
    }
    let held = sent.remember(uri, source, &lines);
    Some(SemanticTokensFullDeltaResult::Tokens(SemanticTokens {
        result_id: Some(held.id.clone()),
        data: held.data.clone(),
    }))
}

impl Held {
    /// Brings the held tokens to `source`'s text and says how, as one edit
    /// of the flat array (none when the tokens did not change).
    ///
    /// Chunk boundaries depend on one line only and a chunk's tree on its
    /// own text, so the chunks wholly inside the text common to both
    /// versions — all but those from the one before the first changed byte
    /// to the one holding the last — give the same tokens as before, those
    /// after the change moved by whole lines.
    fn update(&mut self, source: &SourceFile, lines: &Lines<'_>) -> Option<SemanticTokensEdit> {
        let (old, new) = (self.text.as_bytes(), source.text.as_bytes());
        let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        if prefix == old.len() && prefix == new.len() {
            return None;
        }
        let room = old.len().min(new.len()) - prefix;
        let suffix = old
            .iter()
            .rev()
            .zip(new.iter().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        let changed_end = new.len() - suffix;
        let chunks = source.parse.chunks();
        let holding = chunks
            .partition_point(|c| (c.range().end as usize) <= prefix)
            .min(chunks.len().saturating_sub(1));
        let first = holding.saturating_sub(1);
        let last = chunks
            .partition_point(|c| (c.range().start as usize) <= changed_end)
            .max(first + 1);
        let region = &chunks[first.min(chunks.len())..last.min(chunks.len())];
        let from = region.first().map_or(0, |c| c.range().start as usize);
        let new_to = region.last().map_or(new.len(), |c| c.range().end as usize);
        let shift = new.len() as i64 - old.len() as i64;
        let old_to = (new_to as i64 - shift) as usize;

        // The tokens of the region, after those before it.
        let i0 = self.starts.partition_point(|&s| (s as usize) < from);
        let i1 = self.starts.partition_point(|&s| (s as usize) < old_to);
        let before = match i0.checked_sub(1) {
            Some(i) => {
                let p = lines.position(self.starts[i] as usize);
                (p.line, p.character)
            }
            None => (0, 0),
        };
        let mut made = encode(&found(region), lines, before);
        // The first token after the region: re-encoded after the region's
        // last; the others keep their relative place.
        let end = if i1 < self.data.len() {
            let start = (self.starts[i1] as i64 + shift) as usize;
            let p = lines.position(start);
            let prev = made.last.unwrap_or(before);
            let mut next = self.data[i1];
            next.delta_line = p.line - prev.0;
            next.delta_start = if next.delta_line == 0 {
                p.character - prev.1
            } else {
                p.character
            };
            made.data.push(next);
            made.starts.push(start as u32);
            i1 + 1
        } else {
            i1
        };
        let edit = diff(&self.data[i0..end], &made.data).map(|mut e| {
            e.start += (i0 * 5) as u32;
            e
        });
        self.data.splice(i0..end, made.data);
        let moved = self.starts.len() - end;
        self.starts.splice(i0..end, made.starts);
        let at = self.starts.len() - moved;
        for s in &mut self.starts[at..] {
            *s = (*s as i64 + shift) as u32;
        }
        self.text.replace_range(
            prefix..old.len() - suffix,
            &source.text[prefix..changed_end],
        );
        edit
    }
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

/// The tokens of some chunks: (start, end, type, modifiers), by start.
fn found(chunks: &[crate::syntax::Chunk]) -> Vec<(usize, usize, u32, u32)> {
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
    found
}

/// Tokens encoded as the protocol wants them, each relative to the one
/// before (the first relative to `prev`, a line and a column), with where
/// each starts and where the last one is.
struct Encoded {
    data: Vec<SemanticToken>,
    starts: Vec<u32>,
    last: Option<(u32, u32)>,
}

fn encode(found: &[(usize, usize, u32, u32)], lines: &Lines<'_>, prev: (u32, u32)) -> Encoded {
    let mut data = Vec::with_capacity(found.len());
    let mut starts = Vec::with_capacity(found.len());
    let (mut prev_line, mut prev_col) = prev;
    let mut last = None;
    for &(start, end, ty, modifiers) in found {
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
        starts.push(start as u32);
        (prev_line, prev_col) = (a.line, a.character);
        last = Some((a.line, a.character));
    }
    Encoded { data, starts, last }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Workspace;
    use crate::lsp::position::Encoding;
    use proptest::prelude::*;

    const BASES: &[&str] = &[
        include_str!("../../tests/fixtures/syntax/objective.goals"),
        include_str!("../../tests/fixtures/syntax/funnel.goals"),
        include_str!("../../tests/fixtures/syntax/logs.goals"),
        include_str!("../../tests/fixtures/syntax/broken_lines.goals"),
        include_str!("../../examples/marketing-en/marketing.goals"),
        include_str!("../../examples/marketing-en/log-2026-11.goals"),
        "",
    ];

    fn insertion() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\n".to_string()),
            Just("objective ".to_string()),
            Just("kr x: y\n".to_string()),
            Just("  metric: 1 -> 2\n".to_string()),
            Just("2026-11-02 x 3\n".to_string()),
            Just("7".to_string()),
            Just("# note é😀".to_string()),
            Just(": ".to_string()),
            "[a-z0-9 :%-]{0,6}",
        ];
        prop::collection::vec(piece, 0..3).prop_map(|v| v.concat())
    }

    fn boundary(text: &str, seed: usize) -> usize {
        let mut at = seed % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    /// The client's side: the edit applied to the flat array it holds.
    fn apply(tokens: &mut Vec<SemanticToken>, edit: Option<SemanticTokensEdit>) {
        let Some(edit) = edit else { return };
        assert!(edit.start % 5 == 0 && edit.delete_count % 5 == 0);
        let at = edit.start as usize / 5;
        let deleted = edit.delete_count as usize / 5;
        tokens.splice(at..at + deleted, edit.data.unwrap_or_default());
    }

    fn all(source: &SourceFile, lines: &Lines<'_>) -> Encoded {
        encode(&found(source.parse.chunks()), lines, (0, 0))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// After any edits, the delta applied to the tokens the client
        /// holds gives exactly the tokens of the whole new text.
        #[test]
        fn delta_applied_equals_full(
            base in 0..BASES.len(),
            encoding in prop_oneof![Just(Encoding::Utf16), Just(Encoding::Utf8)],
            edits in prop::collection::vec(
                prop::collection::vec((any::<usize>(), 0usize..30, insertion()), 1..4),
                1..5,
            ),
        ) {
            let mut workspace = Workspace::new();
            let id = workspace.add_file("a.goals", BASES[base]);
            let file = workspace.file(id);
            let lines = Lines::new(&file.text, &file.line_index, encoding);
            let first = all(file, &lines);
            let mut held = Held {
                id: "1".into(),
                text: file.text.clone(),
                starts: first.starts,
                data: first.data,
            };
            let mut client = held.data.clone();
            // Several edits between two requests, as typing fast does.
            for burst in edits {
                for (seed, len, insert) in burst {
                    let text = &workspace.file(id).text;
                    let start = boundary(text, seed);
                    let end = boundary(text, start + len).max(start);
                    workspace.edit(id, start..end, &insert);
                }
                let file = workspace.file(id);
                let lines = Lines::new(&file.text, &file.line_index, encoding);
                let edit = held.update(file, &lines);
                apply(&mut client, edit);
                let expected = all(file, &lines);
                prop_assert_eq!(&client, &expected.data);
                prop_assert_eq!(&held.data, &expected.data);
                prop_assert_eq!(&held.starts, &expected.starts);
                prop_assert_eq!(&held.text, &file.text);
            }
        }
    }

    #[test]
    fn one_digit_in_a_long_log_sends_one_token() {
        let mut text = String::from("kr sales: Sales\n  metric: 0 -> 100\n");
        for day in 1..=28 {
            text.push_str(&format!("2026-02-{day:02} sales 3\n"));
        }
        let mut workspace = Workspace::new();
        let id = workspace.add_file("a.goals", text.clone());
        let file = workspace.file(id);
        let lines = Lines::new(&file.text, &file.line_index, Encoding::Utf16);
        let first = all(file, &lines);
        let mut held = Held {
            id: "1".into(),
            text: file.text.clone(),
            starts: first.starts,
            data: first.data,
        };
        // "3" becomes "37" on the line of 2026-02-10.
        let at = text.find("2026-02-10 sales 3").unwrap() + "2026-02-10 sales 3".len();
        workspace.edit(id, at..at, "7");
        let file = workspace.file(id);
        let lines = Lines::new(&file.text, &file.line_index, Encoding::Utf16);
        let edit = held.update(file, &lines).expect("the number changed");
        // Only the number's token: its length, 1 then 2.
        assert_eq!(edit.delete_count, 5);
        let data = edit.data.unwrap();
        assert_eq!(data.len(), 1);
        assert_eq!(data[0].length, 2);
        assert_eq!(data[0].token_type, 3);
    }
}
