//! Cuts a text into chunks and lines and parses each line with pest.
//!
//! Parsing never fails: a line pest refuses becomes an `error_line` node
//! (around the keyword and id it could salvage) plus one [`SyntaxError`],
//! and parsing goes on with the next line.

use pest::Parser;
use pest::error::{ErrorVariant, InputLocation};
use pest::iterators::Pairs;

use super::error::{SyntaxError, SyntaxErrorKind, suggestion_for};
use super::grammar::{GoalsParser, Rule};
use super::tree::{Chunk, ChunkKind, Parse, RawNode};
use super::{id, keywords};
use crate::text::TextRange;

/// Parses a whole file.
pub fn parse(text: &str) -> Parse {
    Parse {
        chunks: parse_parallel(text, 0, text.len()),
    }
}

/// Below this many bytes a region is parsed on one thread.
const PARALLEL_MIN: usize = 256 * 1024;

/// Parses `text[from..to]` like [`parse_region`], cutting long regions into
/// pieces parsed on every core. A piece starts at a line whose first
/// non-blank character is a digit: such a line always opens a log chunk
/// (see [`line_opens`]) whatever comes before it, so the pieces' chunks,
/// put end to end, are exactly those of one sequential pass.
pub(crate) fn parse_parallel(text: &str, from: usize, to: usize) -> Vec<Chunk> {
    use rayon::prelude::*;
    // Asking rayon for its threads starts them: not for short texts.
    if to - from < PARALLEL_MIN {
        return parse_region(text, from, to);
    }
    let threads = rayon::current_num_threads();
    if threads < 2 {
        return parse_region(text, from, to);
    }
    let pieces = (threads * 4).min((to - from) / (PARALLEL_MIN / 4));
    let mut cuts = vec![from];
    for i in 1..pieces {
        let approx = from + (to - from) * i / pieces;
        if let Some(cut) = log_line_start_after(text, approx.max(*cuts.last().unwrap_or(&from)), to)
            && cut > *cuts.last().unwrap_or(&from)
        {
            cuts.push(cut);
        }
    }
    cuts.push(to);
    let parts: Vec<Vec<Chunk>> = cuts
        .par_windows(2)
        .map(|w| parse_region(text, w[0], w[1]))
        .collect();
    concat(parts)
}

/// The parts end to end. Each part is freed once copied, and the result
/// grows in place, so the peak stays near the size of the result.
pub(crate) fn concat<T>(parts: Vec<Vec<T>>) -> Vec<T> {
    let total: usize = parts.iter().map(Vec::len).sum();
    let mut parts = parts.into_iter();
    let mut all = parts.next().unwrap_or_default();
    all.reserve_exact(total - all.len());
    for part in parts {
        all.extend(part);
    }
    all
}

/// The start of the first line after byte `at` (and before `to`) whose first
/// non-blank character is an ASCII digit.
fn log_line_start_after(text: &str, at: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = at;
    loop {
        let nl = pos + bytes[pos..to].iter().position(|&b| b == b'\n')?;
        let start = nl + 1;
        if start >= to {
            return None;
        }
        let next_nl = bytes[start..to]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(to, |i| start + i);
        if text[start..next_nl]
            .trim_start_matches(BLANKS)
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
        {
            return Some(start);
        }
        pos = start;
    }
}

/// A line's place in the text: `start..content_end` is its content,
/// `content_end..end` its line break.
struct LineSpan {
    start: usize,
    content_end: usize,
    end: usize,
}

fn lines(text: &str, from: usize, to: usize) -> impl Iterator<Item = LineSpan> + '_ {
    let mut pos = from;
    std::iter::from_fn(move || {
        if pos >= to {
            return None;
        }
        let start = pos;
        let (content_end, end) = match memchr::memchr(b'\n', &text.as_bytes()[start..to]) {
            Some(i) => {
                let nl = start + i;
                let content_end = if nl > start && text.as_bytes()[nl - 1] == b'\r' {
                    nl - 1
                } else {
                    nl
                };
                (content_end, nl + 1)
            }
            None => (to, to),
        };
        pos = end;
        Some(LineSpan {
            start,
            content_end,
            end,
        })
    })
}

/// The blanks of the grammar (`ws`). A byte-order mark is one, which
/// `str::trim_start` does not know.
const BLANKS: [char; 5] = [' ', '\t', '\u{A0}', '\u{202F}', '\u{FEFF}'];

/// What a line opens, judged from its first word alone, so that chunk
/// boundaries never depend on other lines.
fn line_opens(line: &str) -> Option<ChunkKind> {
    let trimmed = line.trim_start_matches(BLANKS);
    let first = trimmed.as_bytes().first()?;
    if first.is_ascii_digit() {
        return Some(ChunkKind::Log);
    }
    // Cheap filter before asking pest: item keywords start with one of these.
    let maybe_keyword = matches!(
        first.to_ascii_lowercase(),
        b'o' | b'k' | b'r' | b'a' | b'f' | b'e'
    );
    let Some(pairs) = maybe_keyword
        .then(|| GoalsParser::parse(Rule::item_head, line).ok())
        .flatten()
    else {
        return misspelt_item_keyword(trimmed).map(|_| ChunkKind::Unknown);
    };
    let keyword = pairs.flatten().find(|p| p.as_rule() != Rule::item_head)?;
    Some(match keyword.as_rule() {
        Rule::kw_objective => ChunkKind::Objective,
        Rule::kw_kr => ChunkKind::KeyResult,
        Rule::kw_activity => ChunkKind::Activity,
        Rule::kw_funnel => ChunkKind::Funnel,
        _ => return None,
    })
}

/// The item keyword meant by a line shaped like a header, `word id: …`,
/// whose first word is not an item keyword but close to one.
fn misspelt_item_keyword(trimmed: &str) -> Option<&'static str> {
    let word_end = trimmed.find(|c: char| !c.is_alphabetic())?;
    let (word, rest) = trimmed.split_at(word_end);
    if word.chars().count() < 4 || !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim_start();
    let id_end = rest.find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.')))?;
    if id_end == 0 || !rest[id_end..].trim_start().starts_with(':') {
        return None;
    }
    keywords::suggest(word, ITEM_KEYWORDS)
}

const ITEM_KEYWORDS: &[Rule] = &[
    Rule::kw_objective,
    Rule::kw_kr,
    Rule::kw_activity,
    Rule::kw_funnel,
];

/// Parses the chunks of `text[from..to]`. `from` must be a line start and
/// `to` a line start or the end of the text.
pub(crate) fn parse_region(text: &str, from: usize, to: usize) -> Vec<Chunk> {
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut chunk: Option<Building> = None;
    for line in lines(text, from, to) {
        let content = &text[line.start..line.content_end];
        let opens = line_opens(content);
        if opens.is_some() || chunk.is_none() {
            chunks.extend(chunk.take().map(Building::finish));
            chunk = Some(Building {
                kind: opens.unwrap_or(ChunkKind::Preamble),
                offset: line.start as u32,
                len: 0,
                nodes: Vec::new(),
                errors: Vec::new(),
            });
        }
        let chunk = chunk.as_mut().expect("a chunk was just opened");
        let rel = line.start - chunk.offset as usize;
        parse_line(chunk, content, rel, opens.is_some());
        chunk.len = (line.end - chunk.offset as usize) as u32;
    }
    chunks.extend(chunk.map(Building::finish));
    chunks
}

/// A chunk being parsed: its vectors grow line by line, then shrink to
/// boxed slices (a file holds one chunk per log line: every byte counts).
struct Building {
    kind: ChunkKind,
    offset: u32,
    len: u32,
    nodes: Vec<RawNode>,
    errors: Vec<SyntaxError>,
}

impl Building {
    fn finish(self) -> Chunk {
        Chunk {
            kind: self.kind,
            offset: self.offset,
            len: self.len,
            nodes: self.nodes.into_boxed_slice(),
            errors: self.errors.into_boxed_slice(),
        }
    }
}

fn parse_line(chunk: &mut Building, line: &str, rel: usize, is_head: bool) {
    if is_head && chunk.kind == ChunkKind::Unknown {
        let indent = line.len() - line.trim_start_matches(BLANKS).len();
        chunk.nodes.push(RawNode {
            kind: Rule::error_line,
            start: rel as u32,
            end: (rel + line.len()) as u32,
            next: chunk.nodes.len() as u32 + 1,
        });
        let mut error = unexpected_at(line, rel, indent, ITEM_KEYWORDS.to_vec());
        if let SyntaxErrorKind::Unexpected {
            found, suggestion, ..
        } = &mut error.kind
        {
            let word: String = line[indent..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            error.range = TextRange::new(rel + indent, rel + indent + word.len());
            *suggestion = keywords::suggest(&word, ITEM_KEYWORDS);
            *found = Some(word);
        }
        chunk.errors.push(error);
        return;
    }
    let entry = match (is_head, chunk.kind) {
        (true, ChunkKind::Log) => Rule::log_entry,
        (true, _) => Rule::header_entry,
        (false, _) => Rule::body_entry,
    };
    if entry == Rule::log_entry && fast_log_line(&mut chunk.nodes, line, rel) {
        return;
    }
    match GoalsParser::parse(entry, line) {
        Ok(pairs) => {
            let first = chunk.nodes.len();
            push_pairs(&mut chunk.nodes, pairs, rel);
            if !is_head && !is_blank(&chunk.nodes[first..]) {
                let misplaced = match chunk.kind {
                    ChunkKind::Preamble => Some(SyntaxErrorKind::OutsideItem),
                    ChunkKind::Log => Some(SyntaxErrorKind::UnderLog),
                    _ => None,
                };
                if let Some(kind) = misplaced {
                    let node = chunk.nodes[first];
                    chunk.errors.push(SyntaxError {
                        range: content_range(line, rel, node),
                        kind,
                    });
                }
            }
        }
        Err(_) if entry != Rule::body_entry && repair_multi_word_id(chunk, line, rel, entry) => {}
        Err(error) => {
            let line_index = chunk.nodes.len();
            chunk.nodes.push(RawNode {
                kind: Rule::error_line,
                start: rel as u32,
                end: (rel + line.len()) as u32,
                next: 0,
            });
            let salvage = match entry {
                Rule::header_entry => Some(Rule::header_salvage),
                Rule::log_entry => Some(Rule::log_salvage),
                _ => None,
            };
            let salvaged = salvage.and_then(|rule| GoalsParser::parse(rule, line).ok());
            let mut syntax_error = convert_error(line, rel, error);
            if let Some(pairs) = &salvaged {
                push_pairs(&mut chunk.nodes, pairs.clone(), rel);
                // pest blames the whole line when a mandatory space is
                // missing (the item itself, after leading blanks or a
                // byte-order mark); the salvage knows how far the line made
                // sense.
                if let SyntaxErrorKind::Unexpected { expected, .. } = &syntax_error.kind
                    && expected.iter().all(|r| {
                        matches!(
                            r,
                            Rule::header_line
                                | Rule::log
                                | Rule::log_line
                                | Rule::objective
                                | Rule::key_result
                                | Rule::activity
                                | Rule::funnel
                                | Rule::kw_objective
                                | Rule::kw_kr
                                | Rule::kw_activity
                                | Rule::kw_funnel
                        )
                    })
                {
                    let got: Vec<Rule> = pairs.clone().flatten().map(|p| p.as_rule()).collect();
                    let end = pairs.clone().map(|p| p.as_span().end()).max().unwrap_or(0);
                    let expected = if entry == Rule::header_entry {
                        vec![Rule::id]
                    } else if got.contains(&Rule::reference) {
                        vec![Rule::done, Rule::note]
                    } else {
                        vec![Rule::reference]
                    };
                    let rest = &line[end..];
                    let at = end + (rest.len() - rest.trim_start().len());
                    syntax_error = unexpected_at(line, rel, at, expected);
                }
            }
            chunk.nodes[line_index].next = chunk.nodes.len() as u32;
            chunk.errors.push(syntax_error);
        }
    }
}

/// A header or log line whose id is written in several words (`rc ventes
/// signées: …`, `2027-01-05 chiffre-d'affaires 1 200`): if the line parses
/// with the one word `id::one_word` proposes in their place, pushes that
/// tree, its id node spanning the words as written, and one error that
/// proposes the word. Returns false, pushing nothing, otherwise.
fn repair_multi_word_id(chunk: &mut Building, line: &str, rel: usize, entry: Rule) -> bool {
    let head = if entry == Rule::header_entry {
        Rule::item_head
    } else {
        Rule::log_salvage
    };
    let Some(head_end) = GoalsParser::parse(head, line)
        .ok()
        .and_then(|pairs| {
            pairs
                .flatten()
                .find(|p| matches!(p.as_rule(), Rule::day) || head == Rule::item_head)
        })
        .map(|p| p.as_span().end())
    else {
        return false;
    };
    let start =
        head_end + (line[head_end..].len() - line[head_end..].trim_start_matches(BLANKS).len());
    if start == head_end {
        return false;
    }
    // Where the id may end: before the colon of a header; before each blank
    // of a log line (the shortest reading that parses wins).
    let ends: Vec<usize> = if entry == Rule::header_entry {
        line[start..]
            .find(':')
            .map(|colon| start + line[start..start + colon].trim_end_matches(BLANKS).len())
            .into_iter()
            .collect()
    } else {
        let rest = &line[start..];
        rest.char_indices()
            .filter(|&(i, c)| BLANKS.contains(&c) && i > 0 && !rest[..i].ends_with(BLANKS))
            .map(|(i, _)| start + i)
            .chain(std::iter::once(line.len()))
            .take(4)
            .collect()
    };
    for end in ends {
        let written = &line[start..end];
        if !id::is_multi_word(written) {
            continue;
        }
        let proposal = id::one_word(written);
        let fixed = format!("{}{proposal}{}", &line[..start], &line[end..]);
        let Ok(pairs) = GoalsParser::parse(entry, &fixed) else {
            continue;
        };
        let first = chunk.nodes.len();
        push_pairs(&mut chunk.nodes, pairs, rel);
        // Back to the positions of the line as written.
        let (from, to) = ((rel + start + proposal.len()) as u32, (rel + end) as u32);
        for node in &mut chunk.nodes[first..] {
            for pos in [&mut node.start, &mut node.end] {
                if *pos >= from {
                    *pos = *pos - from + to;
                }
            }
        }
        chunk.errors.push(SyntaxError {
            range: TextRange::new(rel + start, rel + end),
            kind: SyntaxErrorKind::IdNotOneWord {
                written: written.to_string(),
                proposal: proposal.into_owned(),
            },
        });
        return true;
    }
    false
}

/// The most common log lines, `2026-11-02 calls 17`, `2026-11-02 bounce
/// 24%`, `2026-11-02 customers +3 "webinar"` or `2026-11-02 o confiance
/// 60% « ok »` (single spaces, ASCII id, plain digits, a note in `"…"` or
/// `«…»`), read without pest. Pushes exactly the
/// nodes pest gives for such a line and returns true; returns false,
/// pushing nothing, for any other line. `fast_log_line_agrees_with_pest`
/// checks the two agree.
fn fast_log_line(nodes: &mut Vec<RawNode>, line: &str, rel: usize) -> bool {
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let day_ok = (0..4).all(digit)
        && b.get(4) == Some(&b'-')
        && digit(5)
        && digit(6)
        && b.get(7) == Some(&b'-')
        && digit(8)
        && digit(9)
        && b.get(10) == Some(&b' ');
    if !day_ok {
        return false;
    }
    // reference: ASCII letters, digits, `_` and `-`, not starting with `-`.
    let ref_start = 11;
    let mut i = ref_start;
    while b
        .get(i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
    {
        i += 1;
    }
    let ref_end = i;
    if ref_end == ref_start || b[ref_start] == b'-' || b.get(i) != Some(&b' ') {
        return false;
    }
    i += 1;
    // `done`, `dropped` or `bilan` (lower case, ASCII spellings), or a note
    // alone.
    let word_end = i + b[i..].iter().take_while(|c| c.is_ascii_lowercase()).count();
    let keyword = match &line[i..word_end] {
        "done" | "achieved" | "fait" | "faite" | "atteint" | "termine" => Some(Rule::done),
        "dropped" | "abandoned" | "abandonne" => Some(Rule::dropped),
        "retrospective" | "retro" | "bilan" => Some(Rule::retro),
        _ => None,
    }
    .filter(|_| matches!(b.get(word_end), None | Some(b' ')));
    let note_only = keyword.is_none() && (b.get(i) == Some(&b'"') || line[i..].starts_with('«'));
    let mut value = None;
    let mut confidence = None;
    let mut sign = None;
    let mut percent = None;
    let mut euro = None;
    let value_end;
    if let Some(kind) = keyword {
        value = Some(Value::Keyword(kind, i));
        value_end = word_end;
        i = word_end;
    } else if note_only {
        value_end = i - 1;
    } else {
        // `confidence N`, as written in lower case in either language.
        confidence = ["confidence ", "confiance "]
            .iter()
            .find(|w| line[i..].starts_with(**w))
            .map(|w| (i, i + w.len() - 1));
        if let Some((_, kw_end)) = confidence {
            i = kw_end + 1;
        }
        sign = (confidence.is_none() && b.get(i) == Some(&b'+')).then_some(i);
        if sign.is_some() {
            i += 1;
        }
        let num_start = i;
        while digit(i) {
            i += 1;
        }
        if i == num_start {
            return false;
        }
        // Groups of three digits after a space: `13 047`.
        while b.get(i) == Some(&b' ') && (i + 1..i + 4).all(digit) && !digit(i + 4) {
            i += 4;
        }
        let num_end = i;
        // `%` right after the number, or ` €`.
        percent = (b.get(i) == Some(&b'%')).then_some(i);
        euro = (percent.is_none() && line[i..].starts_with(" €")).then_some(i + 1);
        if percent.is_some() {
            i += 1;
        } else if euro.is_some() {
            i += 1 + '€'.len_utf8();
        }
        value_end = i;
        value = Some(Value::Number(num_start, num_end));
    }
    // Only ` "text"` or ` « text »` may follow (without the space after the
    // id alone), its text not empty and free of quotes and line breaks.
    let mut note = None;
    if i < b.len() {
        let rest = if note_only {
            &line[i..]
        } else {
            let Some(rest) = line[i..].strip_prefix(' ') else {
                return false;
            };
            i += 1;
            rest
        };
        let inner = rest
            .strip_prefix('"')
            .and_then(|r| r.strip_suffix('"'))
            .map(|t| (t, 1))
            .or_else(|| {
                rest.strip_prefix('«')
                    .and_then(|r| r.strip_suffix('»'))
                    .map(|t| (t, '«'.len_utf8()))
            });
        let Some((text, open)) = inner else {
            return false;
        };
        if text.is_empty() || ends_note(text.as_bytes()) {
            return false;
        }
        note = Some((i, i + open, i + open + text.len()));
    } else if note_only {
        return false;
    }
    let len = b.len();
    // Exactly the nodes pushed below: a log line's chunk holds nothing
    // else, so its vector is allocated once at its final size.
    nodes.reserve_exact(
        4 + match value {
            None => 0,
            Some(Value::Keyword(..)) => 1,
            Some(Value::Number(..)) => {
                2 + 2 * usize::from(confidence.is_some())
                    + 2 * usize::from(sign.is_some())
                    + usize::from(percent.is_some() || euro.is_some())
            }
        } + 2 * usize::from(note.is_some()),
    );
    let at = |x: usize| (rel + x) as u32;
    // Nodes are pushed in preorder; `next` (past the subtree) is set once
    // the subtree is complete.
    let push = |nodes: &mut Vec<RawNode>, kind: Rule, start: usize, end: usize| {
        nodes.push(RawNode {
            kind,
            start: at(start),
            end: at(end),
            next: nodes.len() as u32 + 1,
        });
        nodes.len() - 1
    };
    let line_node = push(nodes, Rule::log_line, 0, len);
    let log_node = push(nodes, Rule::log, 0, len);
    push(nodes, Rule::day, 0, 10);
    push(nodes, Rule::reference, ref_start, ref_end);
    match value {
        None => {}
        Some(Value::Keyword(kind, start)) => {
            push(nodes, kind, start, value_end);
        }
        Some(Value::Number(num_start, num_end)) => {
            let outer = confidence
                .map(|(kw_start, kw_end)| {
                    let c = push(nodes, Rule::confidence, kw_start, value_end);
                    push(nodes, Rule::kw_confidence, kw_start, kw_end);
                    c
                })
                .or_else(|| {
                    sign.map(|s| {
                        let inc = push(nodes, Rule::increment, s, value_end);
                        push(nodes, Rule::sign, s, s + 1);
                        inc
                    })
                });
            let value = push(nodes, Rule::value, num_start, value_end);
            push(nodes, Rule::number, num_start, num_end);
            if let Some(p) = percent {
                push(nodes, Rule::percent, p, p + 1);
            } else if let Some(e) = euro {
                push(nodes, Rule::currency, e, e + '€'.len_utf8());
            }
            let value_next = nodes.len() as u32;
            nodes[value].next = value_next;
            if let Some(o) = outer {
                nodes[o].next = value_next;
            }
        }
    }
    if let Some((open, text_start, text_end)) = note {
        let n = push(nodes, Rule::note, open, len);
        push(nodes, Rule::note_text, text_start, text_end);
        nodes[n].next = nodes.len() as u32;
    }
    let end = nodes.len() as u32;
    nodes[line_node].next = end;
    nodes[log_node].next = end;
    true
}

/// Whether a note's text holds `"`, `»`, `”` or a line break, which pest's
/// `note_text` stops at. Byte searches (a note is most of a long log line):
/// `»` and `”` are found by their last byte.
fn ends_note(text: &[u8]) -> bool {
    memchr::memchr3(b'"', b'\r', b'\n', text).is_some()
        || memchr::memchr2_iter(0xBB, 0x9D, text)
            .any(|i| text[..=i].ends_with("»".as_bytes()) || text[..=i].ends_with("”".as_bytes()))
}

/// What a fast log line says after its id.
#[derive(Clone, Copy)]
enum Value {
    /// `done`, `dropped`, `bilan`…: the node's rule and start.
    Keyword(Rule, usize),
    /// A number: where its digits start and end.
    Number(usize, usize),
}

/// The nodes of a log line the fast path reads (see [`fast_log_line`]),
/// spans relative to the line; `None` for a line left to pest.
pub(crate) fn fast_log_nodes(line: &str) -> Option<Vec<RawNode>> {
    let mut nodes = Vec::new();
    fast_log_line(&mut nodes, line, 0).then_some(nodes)
}

/// A body line with nothing but blanks and comments.
fn is_blank(nodes: &[RawNode]) -> bool {
    nodes.iter().skip(1).all(|n| n.kind == Rule::comment)
}

/// The line's content without its indentation or trailing comment.
fn content_range(line: &str, rel: usize, node: RawNode) -> TextRange {
    let indent = line.len() - line.trim_start_matches(BLANKS).len();
    let start = (rel + indent).min(node.end as usize);
    TextRange::new(start, node.end as usize)
}

fn push_pairs(nodes: &mut Vec<RawNode>, pairs: Pairs<'_, Rule>, rel: usize) {
    for pair in pairs {
        if pair.as_rule() == Rule::EOI {
            continue;
        }
        let span = pair.as_span();
        let index = nodes.len();
        nodes.push(RawNode {
            kind: pair.as_rule(),
            start: (rel + span.start()) as u32,
            end: (rel + span.end()) as u32,
            next: 0,
        });
        push_pairs(nodes, pair.into_inner(), rel);
        nodes[index].next = nodes.len() as u32;
    }
}

fn convert_error(line: &str, rel: usize, error: pest::error::Error<Rule>) -> SyntaxError {
    let pos = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let mut expected = match error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives,
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    expected.dedup();
    unexpected_at(line, rel, pos, expected)
}

/// An error at byte `pos` of the line, naming the word found there.
fn unexpected_at(line: &str, rel: usize, pos: usize, expected: Vec<Rule>) -> SyntaxError {
    let rest = &line[pos..];
    let found_len = rest
        .char_indices()
        .find(|&(i, c)| c.is_whitespace() || i >= 40)
        .map_or(rest.len(), |(i, _)| i);
    let found = (found_len > 0).then(|| rest[..found_len].to_string());
    let suggestion = found.as_deref().and_then(|f| suggestion_for(f, &expected));
    SyntaxError {
        range: TextRange::new(rel + pos, rel + pos + found_len),
        kind: SyntaxErrorKind::Unexpected {
            found,
            expected,
            suggestion,
        },
    }
}

/// What [`Parse::edit_region`] re-parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reparsed {
    /// The chunks parsed afresh; the others were only shifted.
    pub chunks: std::ops::Range<usize>,
    /// Where the re-parsed bytes start (the same in the old and new text).
    pub from: usize,
    /// Where they ended in the old text.
    pub old_to: usize,
    /// Where they end in the new text.
    pub new_to: usize,
}

impl Parse {
    /// Applies an edit that replaced `old_range` of the previous text with
    /// new text, giving `new_text`, and re-parses only the chunks it touched.
    /// The result is the same as `parse(new_text)`. Returns the indices of
    /// the chunks that were parsed afresh; the others were only shifted.
    pub fn edit(
        &mut self,
        new_text: &str,
        old_range: std::ops::Range<usize>,
        inserted_len: usize,
    ) -> std::ops::Range<usize> {
        self.edit_region(new_text, old_range, inserted_len).chunks
    }

    /// [`Parse::edit`], also saying which bytes were re-parsed.
    pub fn edit_region(
        &mut self,
        new_text: &str,
        old_range: std::ops::Range<usize>,
        inserted_len: usize,
    ) -> Reparsed {
        let delta = inserted_len as i64 - old_range.len() as i64;
        if self.chunks.is_empty() {
            *self = parse(new_text);
            return Reparsed {
                chunks: 0..self.chunks.len(),
                from: 0,
                old_to: (new_text.len() as i64 - delta) as usize,
                new_to: new_text.len(),
            };
        }
        // The chunk holding the edit's start, and the one before it: if the
        // edit turns a header into a body line, its lines join that chunk.
        let holding_start = self
            .chunks
            .partition_point(|c| (c.offset + c.len) as usize <= old_range.start)
            .min(self.chunks.len() - 1);
        let first = holding_start.saturating_sub(1);
        // Every chunk starting at or before the edit's end: an edit that
        // ends at a chunk's first byte may change its header line.
        let last = self
            .chunks
            .partition_point(|c| c.offset as usize <= old_range.end)
            .saturating_sub(1)
            .max(first);
        let from = self.chunks[first].offset as usize;
        let old_to = (self.chunks[last].offset + self.chunks[last].len) as usize;
        let new_to = (old_to as i64 + delta) as usize;
        let fresh = parse_region(new_text, from, new_to);
        for chunk in &mut self.chunks[last + 1..] {
            chunk.offset = (chunk.offset as i64 + delta) as u32;
        }
        let count = fresh.len();
        self.chunks.splice(first..=last, fresh);
        Reparsed {
            chunks: first..first + count,
            from,
            old_to,
            new_to,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The log lines read without pest get pest's own tree.
    #[test]
    fn fast_log_line_agrees_with_pest() {
        let pieces = [
            "« matinée »",
            "«",
            "»",
            "”",
            "“x”",
            "\"a»b\"",
            "« a\"b »",
            "\r",
            "confidence",
            "confiance",
            "Confidence",
            "confidence 55%",
            "confiance 7",
            "13 047 €",
            "1 000",
            " 047",
            "€",
            " €",
            "1 0000",
            "12 345 678 €",
            "3/4",
            "1.5",
            "2026-11-02",
            "2026-1-02",
            "20261-11-02",
            " ",
            "  ",
            "\t",
            "calls",
            "c-1",
            "-x",
            "_a",
            "a.b",
            "é",
            "17",
            "+3",
            "+",
            "-3",
            "24%",
            "%",
            "12,5",
            "1 000",
            "3k",
            "\"webinar\"",
            "\"\"",
            "\"a#b\"",
            "\"",
            "« x »",
            "# c",
            "done",
            "done\"",
            "fait",
            "faite",
            "Fait",
            "terminé",
            "termine",
            "dropped",
            "abandonné",
            "abandonne",
            "bilan",
            "retro",
            "retrospective",
            "donee",
            "done-x",
            "x",
            "0",
            "\u{A0}",
        ];
        let mut seed = 7u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut fast_count = 0;
        let mut shapes = [false; 8];
        for n in 0..200_000 {
            let mut line = String::new();
            if n % 2 == 0 {
                line.push_str("2026-11-02 ");
                line.push_str(["calls", "c-1", "_a", "a9"][next() as usize % 4]);
                line.push(' ');
            }
            for _ in 0..(next() % 6) {
                line.push_str(pieces[next() as usize % pieces.len()]);
                if next() % 3 == 0 {
                    line.push(' ');
                }
            }
            let mut fast = Vec::new();
            let took = fast_log_line(&mut fast, &line, 5);
            if took {
                fast_count += 1;
                shapes[0] |= line.contains("confi");
                shapes[1] |= line.contains('«');
                shapes[2] |= line.contains('+');
                shapes[3] |= line.contains('"');
                shapes[4] |= line.contains(" €");
                shapes[5] |= line.contains("1 000");
                shapes[6] |= ["done", "fait", "dropped", "bilan"]
                    .iter()
                    .any(|w| line.contains(w));
                shapes[7] |= line[11..].find(' ').is_some_and(|sp| {
                    line[11 + sp + 1..].starts_with('"') || line[11 + sp + 1..].starts_with('«')
                });
                let pairs =
                    GoalsParser::parse(Rule::log_entry, &line).expect("pest agrees it parses");
                let mut slow = Vec::new();
                push_pairs(&mut slow, pairs, 5);
                assert_eq!(fast, slow, "{line:?}");
            } else {
                assert!(fast.is_empty());
            }
        }
        assert!(fast_count > 1000, "{fast_count}");
        assert_eq!(
            shapes, [true; 8],
            "confidence, « », +, \", €, grouped, keyword and note-only lines taken"
        );
    }

    /// Cutting a long text into pieces gives the chunks of one pass, even
    /// with indented log lines, CRLF line breaks, errors and items cut off
    /// from their lines.
    #[test]
    fn parallel_parse_equals_sequential_parse() {
        let block = "objective o: Grow\r\n  period: 2026-Q4\n  2026-11-02 o 3\n\
                     2026-11-02 o confidence 50% \"ok\"\n  why: because\nkr k: K\n  metric: 0 -> 10\n\
                     2026-11-03 k +2\nobjectve x: typo\n  owner: @me\n\u{A0}2026-11-04 k 1\n\
                     2026-11-05 k ??\n# comment\n\n";
        let text = block.repeat(PARALLEL_MIN / block.len() * 3);
        assert!(text.len() > PARALLEL_MIN);
        let sequential = parse_region(&text, 0, text.len());
        for threads in [2, 3, 8] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let parallel = pool.install(|| parse_parallel(&text, 0, text.len()));
            assert_eq!(parallel, sequential);
        }
    }
}
