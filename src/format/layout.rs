//! The file-level layout: blank lines, the indentation of comment lines,
//! the alignment of trailing comments and line endings.

use super::spacing::is_blank;

/// One input line, ready to be laid out.
#[derive(Debug)]
pub(super) enum Line<'a> {
    Blank,
    /// A line holding only a comment, and its indentation in the input;
    /// its new indentation comes from its neighbours.
    Comment(&'a str, &'a str),
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
            // Without byte-order marks: on the first line one would become
            // the file's own.
            Line::Verbatim(text) => Some(
                text.chars()
                    .take_while(|&c| is_blank(c))
                    .filter(|&c| c != '\u{FEFF}')
                    .collect(),
            ),
            Line::Blank | Line::Comment(..) => None,
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
            Line::Comment(comment, _) => {
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

/// A comment line belongs to a line near it and takes its indentation. A
/// run of comment lines touching code on one side only (a blank line on the
/// other) belongs to that side. Otherwise each comment line belongs to the
/// nearest line above or below it (blank and comment lines aside), the one
/// whose indentation the writer's is closer to; below wins a tie.
fn comment_indents(lines: &[Line<'_>]) -> Vec<String> {
    let mut indents = vec![String::new(); lines.len()];
    let is_code = |i: usize| lines.get(i).is_some_and(|l| l.indent().is_some());
    let mut i = 0;
    while i < lines.len() {
        if !matches!(lines[i], Line::Comment(..)) {
            i += 1;
            continue;
        }
        let start = i;
        while matches!(lines.get(i), Some(Line::Comment(..))) {
            i += 1;
        }
        let above = lines[..start].iter().rev().find_map(Line::indent);
        let below = lines[i..].iter().find_map(Line::indent);
        let touches_above = start > 0 && is_code(start - 1);
        let touches_below = is_code(i);
        for (slot, line) in indents[start..i].iter_mut().zip(&lines[start..i]) {
            let Line::Comment(_, written) = line else {
                continue;
            };
            // Closer in width first, then the very same blanks, so that a
            // formatted comment always stays where it is.
            let cost = |indent: &String| {
                let width = indent.chars().count().abs_diff(written.chars().count());
                (width, indent != written)
            };
            *slot = match (&above, &below) {
                (Some(a), _) if touches_above && !touches_below => a.clone(),
                (_, Some(b)) if touches_below && !touches_above => b.clone(),
                (Some(a), Some(b)) if cost(a) < cost(b) => a.clone(),
                (_, Some(b)) => b.clone(),
                (Some(a), None) => a.clone(),
                (None, None) => String::new(),
            };
        }
    }
    indents
}

/// The blanks before each trailing comment. Within a paragraph (lines
/// between blank lines), trailing comments that started at the same column
/// in the input, one after the other, were aligned by their author: they
/// keep that column, moved right if a line grew past it. Any other trailing
/// comment gets two spaces.
fn trailing_comment_pads(lines: &[Line<'_>]) -> Vec<usize> {
    let mut pads = vec![2; lines.len()];
    let column = |line: &Line<'_>| match line {
        Line::Code {
            comment: Some((_, column)),
            ..
        } => Some(*column as usize),
        _ => None,
    };
    let width = |i: usize| match &lines[i] {
        Line::Code { indent, code, .. } => indent + code.chars().count(),
        _ => 0,
    };
    // (line, input column) of the commented lines of the paragraph so far.
    let mut commented: Vec<(usize, usize)> = Vec::new();
    for i in 0..=lines.len() {
        match lines.get(i) {
            Some(Line::Blank) | None => {
                for run in commented.chunk_by(|a, b| a.1 == b.1) {
                    if run.len() < 2 {
                        continue;
                    }
                    let widest = run.iter().map(|&(j, _)| width(j)).max().unwrap_or(0);
                    let at = run[0].1.max(widest + 2);
                    for &(j, _) in run {
                        pads[j] = at - width(j);
                    }
                }
                commented.clear();
            }
            Some(line) => commented.extend(column(line).map(|c| (i, c))),
        }
    }
    pads
}
