//! The file-level layout: blank lines, the indentation of comment lines,
//! the alignment of trailing comments and line endings.

use super::spacing::is_blank;

/// One input line, ready to be laid out.
#[derive(Debug)]
pub(super) enum Line<'a> {
    Blank,
    /// A line holding only a comment; its indentation comes from its
    /// neighbours.
    Comment(&'a str),
    Code {
        indent: usize,
        code: String,
        /// The comment and the column (in characters) it started at in the
        /// input, which tells which trailing comments were aligned.
        comment: Option<(&'a str, u32)>,
    },
    /// Kept exactly as written (a line with a syntax error).
    Verbatim(&'a str),
}

impl Line<'_> {
    /// The indentation a neighbouring comment line takes from this line.
    fn indent(&self) -> Option<String> {
        match self {
            Line::Code { indent, .. } => Some(" ".repeat(*indent)),
            Line::Verbatim(text) => Some(text.chars().take_while(|&c| is_blank(c)).collect()),
            Line::Blank | Line::Comment(_) => None,
        }
    }
}

/// Joins the lines into the formatted text.
pub(super) fn lay_out(lines: Vec<Line<'_>>, newline: &str) -> String {
    let lines = collapse_blank_lines(lines);
    let comment_indents = comment_indents(&lines);
    let comment_pads = trailing_comment_pads(&lines);
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let mut end = newline;
        match line {
            Line::Blank => {}
            Line::Comment(comment) => {
                out.push_str(&comment_indents[i]);
                out.push_str(comment);
            }
            Line::Code {
                indent,
                code,
                comment,
            } => {
                out.extend(std::iter::repeat_n(' ', *indent));
                out.push_str(code);
                if let Some((comment, _)) = comment {
                    out.extend(std::iter::repeat_n(' ', comment_pads[i]));
                    out.push_str(comment);
                }
            }
            Line::Verbatim(text) => {
                out.push_str(text);
                // A stray `\r` at the end would join an LF line break and
                // change the line: keep it apart with a whole CRLF.
                if text.ends_with('\r') {
                    end = "\r\n";
                }
            }
        }
        out.push_str(end);
    }
    out
}

/// Drops blank lines at the start and end, and keeps one of each run.
fn collapse_blank_lines(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let mut out: Vec<Line<'_>> = Vec::with_capacity(lines.len());
    for line in lines {
        let blank = matches!(line, Line::Blank);
        if blank && out.last().is_none_or(|l| matches!(l, Line::Blank)) {
            continue;
        }
        out.push(line);
    }
    if matches!(out.last(), Some(Line::Blank)) {
        out.pop();
    }
    out
}

/// A run of comment lines is indented like the line it belongs to: the
/// line right below it, else the line right above it (a comment closing an
/// item), else the nearest line below, else the nearest above.
fn comment_indents(lines: &[Line<'_>]) -> Vec<String> {
    let mut indents = vec![String::new(); lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !matches!(lines[i], Line::Comment(_)) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && matches!(lines[i], Line::Comment(_)) {
            i += 1;
        }
        let below = lines.get(i).and_then(Line::indent);
        let above = start.checked_sub(1).and_then(|j| lines[j].indent());
        let indent = below
            .or(above)
            .or_else(|| lines[i..].iter().find_map(Line::indent))
            .or_else(|| lines[..start].iter().rev().find_map(Line::indent))
            .unwrap_or_default();
        for slot in &mut indents[start..i] {
            slot.clone_from(&indent);
        }
    }
    indents
}

/// The blanks before each trailing comment. Adjacent lines whose comments
/// started at the same column in the input stay aligned, two spaces after
/// the longest of them; any other trailing comment gets two spaces.
fn trailing_comment_pads(lines: &[Line<'_>]) -> Vec<usize> {
    let mut pads = vec![0; lines.len()];
    let column = |line: &Line<'_>| match line {
        Line::Code {
            comment: Some((_, column)),
            ..
        } => Some(*column),
        _ => None,
    };
    let width = |line: &Line<'_>| match line {
        Line::Code { indent, code, .. } => indent + code.chars().count(),
        _ => 0,
    };
    let mut i = 0;
    while i < lines.len() {
        let Some(col) = column(&lines[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        while i < lines.len() && column(&lines[i]) == Some(col) {
            i += 1;
        }
        let widest = lines[start..i].iter().map(width).max().unwrap_or(0);
        for (pad, line) in pads[start..i].iter_mut().zip(&lines[start..i]) {
            *pad = widest + 2 - width(line);
        }
    }
    pads
}
