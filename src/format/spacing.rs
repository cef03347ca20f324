//! The spacing of one well-formed line: its tokens, copied as written, and
//! the canonical blanks between them.

use pest::Parser;

use crate::syntax::{GoalsParser, Rule, SyntaxNode};
use crate::text::TextRange;

/// The blanks of the format (grammar rule `ws`).
pub(super) const BLANKS: [char; 5] = [' ', '\t', '\u{A0}', '\u{202F}', '\u{FEFF}'];

pub(super) fn is_blank(c: char) -> bool {
    BLANKS.contains(&c)
}

/// A line's content, re-spaced, without indentation.
#[derive(Debug)]
pub(super) struct Spaced<'a> {
    /// Everything before the trailing comment; empty for a blank or
    /// comment-only line.
    pub code: String,
    /// The comment, without trailing blanks, and where it started.
    pub comment: Option<(&'a str, TextRange)>,
}

/// Re-spaces a well-formed line (`header_line`, `body_line` or `log_line`).
/// `None` when the result would not parse back to the same tree: the line
/// is then kept as written. That never happens unless this module has a bug
/// (property tested), but a formatter must never change meaning.
pub(super) fn space<'a>(source: &'a str, line: SyntaxNode<'_>) -> Option<Spaced<'a>> {
    let mut tokens = Vec::new();
    collect_tokens(line, &mut tokens);
    let range = line.range();
    let around = |from: u32, to: u32| source[from as usize..to as usize].chars().all(is_blank);
    let (first, last) = match (tokens.first(), tokens.last()) {
        (Some(f), Some(l)) => (f.range().start, l.range().end),
        _ => (range.end, range.end),
    };
    if !around(range.start, first) || !around(last, range.end) {
        return None;
    }
    let comment = match tokens.last().copied() {
        Some(t) if t.kind() == Rule::comment => {
            tokens.pop();
            Some((t.text(source).trim_end_matches(BLANKS), t.range()))
        }
        _ => None,
    };
    let mut code = String::new();
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            let before = tokens[i - 1];
            let gap = &source[before.range().end as usize..token.range().start as usize];
            code.push_str(&gap_between(before.kind(), gap, token.kind())?);
        }
        code.push_str(token.text(source));
    }
    let spaced = Spaced { code, comment };
    let text = spaced.text();
    // A line already spaced this way is the text that was parsed (less its
    // indentation and trailing blanks, which the grammar does not keep):
    // only a change needs checking. Most lines of a kept file are so.
    let written = source[first as usize..last as usize].trim_end_matches(BLANKS);
    (text == written || same_tree(source, line, &text)).then_some(spaced)
}

impl Spaced<'_> {
    /// The line without indentation: code, then the comment two spaces on.
    fn text(&self) -> String {
        let mut text = self.code.clone();
        if let Some((comment, _)) = self.comment {
            if !text.is_empty() {
                text.push_str("  ");
            }
            text.push_str(comment);
        }
        text
    }
}

/// Tokens are the nodes copied as written: leaves, and nodes whose inner
/// blanks are content (a quoted note keeps its spaces).
fn collect_tokens<'t>(node: SyntaxNode<'t>, out: &mut Vec<SyntaxNode<'t>>) {
    for child in node.children() {
        if child.kind() == Rule::note || child.children().next().is_none() {
            out.push(child);
        } else {
            collect_tokens(child, out);
        }
    }
}

/// The canonical text between two tokens, given what was written there:
/// blanks and at most one punctuation mark the grammar does not name
/// (`,` of a list, `/` of a rate, `..` of a date range).
fn gap_between(before: Rule, gap: &str, after: Rule) -> Option<String> {
    let mark = gap.trim_matches(BLANKS);
    let text = match mark {
        "," => ", ",
        "/" | ".." => mark,
        "" if after == Rule::colon_mark => "",
        "" if before == Rule::colon_mark => " ",
        "" if before == Rule::arrow || after == Rule::arrow => " ",
        // Where blanks are optional (`30 %` or `30%`), their presence is
        // the writer's choice; only their number and kind are normalised.
        "" if gap.is_empty() => "",
        "" => " ",
        _ => return None,
    };
    Some(text.to_string())
}

/// Whether the re-spaced line parses to the same nodes, with the same text
/// once blanks are removed.
fn same_tree(source: &str, line: SyntaxNode<'_>, text: &str) -> bool {
    let entry = match line.kind() {
        Rule::header_line => Rule::header_entry,
        Rule::log_line => Rule::log_entry,
        _ => Rule::body_entry,
    };
    let strip = |s: &str| s.chars().filter(|&c| !is_blank(c)).collect::<String>();
    let old = std::iter::once(line)
        .chain(line.descendants())
        .map(|n| (n.kind(), strip(n.text(source))));
    // The commonest log lines are read without pest, into pest's nodes.
    if entry == Rule::log_entry
        && let Some(nodes) = crate::syntax::fast_log_nodes(text)
    {
        let new = nodes
            .iter()
            .map(|n| (n.kind, strip(&text[n.start as usize..n.end as usize])));
        return new.eq(old);
    }
    let Ok(pairs) = GoalsParser::parse(entry, text) else {
        return false;
    };
    let new = pairs
        .flatten()
        .filter(|p| p.as_rule() != Rule::EOI)
        .map(|p| (p.as_rule(), strip(p.as_str())));
    new.eq(old)
}
