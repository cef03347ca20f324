//! The formatter: the canonical layout of a `.goals` file.
//!
//! Formatting only changes blanks and line breaks. Every other character —
//! keywords in the language and spelling they were written in, ids, titles,
//! notes, numbers, units and comments — is copied as written, in order, and
//! every formatted line parses back to the same tree (property tested, and
//! checked line by line at run time). Formatting twice changes nothing.
//!
//! The rules (docs/format.md, "Formatting"):
//!
//! - objectives, activities, funnels and log lines at column 0; key results
//!   at 2; the properties, stages and flags of an item 2 further than it;
//! - one space after `:` and none before it, `, ` in lists, one space
//!   around arrows, none around `..` and the `/` of a rate, one ordinary
//!   space wherever the writer put blanks, none where they put none;
//! - no trailing blanks, one final line break, no blank lines at the start
//!   or end, and runs of blank lines reduced to one;
//! - comment lines indented like the line they belong to; trailing comments
//!   two spaces after the code, or aligned when adjacent lines had them
//!   aligned;
//! - line breaks all LF, or all CRLF when the first one is; a byte-order
//!   mark is kept.
//!
//! A line with a syntax error is kept byte for byte, and so are the lines
//! under a misspelt item keyword (they belong to no item yet); every other
//! line of the file is formatted.

mod layout;
mod spacing;

use layout::Line;

use crate::i18n::{Message, msg};
use crate::syntax::{ChunkKind, Rule, SyntaxError, SyntaxNode, parse};
use crate::text::{ColumnUnit, LineIndex};

/// The result of formatting a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    /// Input lines (0-based) kept as written, in order.
    pub kept: Vec<KeptLine>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeptLine {
    pub line: u32,
    pub reason: KeptReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeptReason {
    /// The line does not follow the grammar, or sits where no line of its
    /// kind may (a property above the first item or under a log line).
    SyntaxError,
    /// The line is under a misspelt item keyword: it belongs to no item.
    MisspeltItem,
    /// Re-spacing the line would have changed its tree. Only a bug in the
    /// formatter causes this; tests check that it never happens.
    NotRoundTrip,
}

impl Formatted {
    /// Whether formatting changed the text.
    pub fn changed(&self, input: &str) -> bool {
        self.text != input
    }

    /// What to tell the user about lines kept as written, if any.
    pub fn notice(&self) -> Option<Message> {
        match self.kept.len() {
            0 => None,
            n => Some(msg!(format_lines_kept, count = n)),
        }
    }
}

/// Formats a whole file.
pub fn format(text: &str) -> Formatted {
    // The parser reads a leading byte-order mark as a blank, which
    // re-indenting would drop; it belongs to the file, not to its first line.
    let (bom, body) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => ("\u{FEFF}", rest),
        None => ("", text),
    };
    let newline = line_break(body);
    let tree = parse(body);
    let line_index = LineIndex::new(body);
    let mut lines = Vec::new();
    let mut kept = Vec::new();
    for chunk in tree.chunks() {
        let errors: Vec<SyntaxError> = chunk.errors().collect();
        for node in chunk.lines() {
            match classify(body, &line_index, chunk.kind(), &errors, node) {
                Ok(line) => lines.push(line),
                Err(reason) => {
                    let line = line_index
                        .line_col(body, node.range().start as usize, ColumnUnit::Utf8)
                        .line;
                    kept.push(KeptLine { line, reason });
                    lines.push(Line::Verbatim(node.text(body)));
                }
            }
        }
    }
    let mut out = String::from(bom);
    out.push_str(&layout::lay_out(lines, newline));
    Formatted { text: out, kept }
}

/// The line break of the file: that of its first line, CRLF or LF. Lines
/// ending in a stray `\r` are skipped: the parser reads `x\r\r\n` as `x\r`
/// and a CRLF whatever the file's style, and the layout keeps them so.
fn line_break(body: &str) -> &'static str {
    for line in body.split_inclusive('\n') {
        let Some(content) = line.strip_suffix('\n') else {
            break;
        };
        match content.strip_suffix('\r') {
            Some(content) if content.ends_with('\r') => continue,
            Some(_) => return "\r\n",
            None => return "\n",
        }
    }
    "\n"
}

/// What to do with one line of a chunk: lay it out, or keep it as written
/// for the reason given.
fn classify<'a>(
    body: &'a str,
    line_index: &LineIndex,
    chunk: ChunkKind,
    errors: &[SyntaxError],
    node: SyntaxNode<'_>,
) -> Result<Line<'a>, KeptReason> {
    let range = node.range();
    let has_error = node.kind() == Rule::error_line
        || errors
            .iter()
            .any(|e| range.start <= e.range.start && e.range.start <= range.end);
    if has_error {
        return Err(KeptReason::SyntaxError);
    }
    let spaced = spacing::space(body, node).ok_or(KeptReason::NotRoundTrip)?;
    if spaced.code.is_empty() {
        return Ok(match spaced.comment {
            None => Line::Blank,
            Some((text, at)) => Line::Comment(text, &body[range.start as usize..at.start as usize]),
        });
    }
    if chunk == ChunkKind::Unknown {
        return Err(KeptReason::MisspeltItem);
    }
    let comment = spaced.comment.map(|(text, range)| {
        let column = line_index
            .line_col(body, range.start as usize, ColumnUnit::Char)
            .col;
        (text, column)
    });
    Ok(Line::Code {
        indent: indent(chunk, node),
        code: spaced.code,
        comment,
    })
}

/// The indentation of a well-formed line that is not a comment.
fn indent(chunk: ChunkKind, line: SyntaxNode<'_>) -> usize {
    match (line.kind(), chunk) {
        (Rule::header_line, ChunkKind::KeyResult) => 2,
        (Rule::header_line | Rule::log_line, _) => 0,
        (_, ChunkKind::KeyResult) => 4,
        (_, ChunkKind::Objective | ChunkKind::Activity | ChunkKind::Funnel) => 2,
        // Property lines elsewhere are syntax errors, kept as written.
        (_, ChunkKind::Preamble | ChunkKind::Log | ChunkKind::Unknown) => 0,
    }
}
