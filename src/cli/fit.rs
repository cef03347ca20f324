//! Fitting a rendered view to the terminal: lines wider than the terminal
//! break between facts (` · `) onto an indented line, or end with an
//! ellipsis at a word boundary, instead of letting the terminal wrap them
//! mid-word. Output that is not a terminal gets plain spaces, so `grep
//! "4,100 followers"` finds what it shows.

use unicode_width::UnicodeWidthChar;

/// How wide the view may be: `COLUMNS` when set (as a user or a script
/// asks), else the terminal's width when standard output is one, else no
/// limit.
pub fn width(is_terminal: bool) -> Option<usize> {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok());
    columns
        .or_else(|| {
            is_terminal
                .then(terminal_size::terminal_size)
                .flatten()
                .map(|(w, _)| w.0 as usize)
        })
        // Below this nothing is readable anyway.
        .map(|w| w.max(40))
}

/// `text` with each line fitted to `width` columns, and no-break spaces
/// made plain when `plain_spaces`.
pub fn fit(text: &str, width: Option<usize>, plain_spaces: bool) -> String {
    let text = if plain_spaces {
        text.replace(['\u{A0}', '\u{202F}'], " ")
    } else {
        text.to_string()
    };
    let Some(width) = width else {
        return text;
    };
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (line, newline) = match line.strip_suffix('\n') {
            Some(l) => (l, "\n"),
            None => (line, ""),
        };
        for piece in fit_line(line, width) {
            out.push_str(&piece);
            out.push('\n');
        }
        if newline.is_empty() {
            out.pop();
        }
    }
    out
}

/// One line as the lines that show it within `width` columns. Facts move
/// to the next line whole, at a ` · ` between them, else at the gap
/// between two columns of a progress line, else between words; only a
/// heading (an id and its title) is cut, with an ellipsis, so a title
/// never takes more than its line.
fn fit_line(line: &str, width: usize) -> Vec<String> {
    if visible_width(line) <= width {
        return vec![line.to_string()];
    }
    let indent = line.len() - line.trim_start_matches(' ').len();
    let has_bar = line.contains(['█', '░']);
    let heading = !has_bar && (indent == 0 || indent == 4);
    // Continuation lines start under the text, two columns in.
    let continuation = " ".repeat((indent + 2).min(width / 2));
    let mut lines = Vec::new();
    let mut rest = line.to_string();
    let mut first = true;
    loop {
        if visible_width(&rest) <= width {
            lines.push(rest);
            return lines;
        }
        let fits = |i: &usize| visible_width(&rest[..*i]) <= width;
        let body = rest.len() - rest.trim_start_matches(' ').len();
        let last_fitting = |pattern: &str| {
            rest.match_indices(pattern)
                .map(|(i, _)| i)
                .filter(|&i| i > body)
                .filter(fits)
                .last()
        };
        let split = if let Some(i) = last_fitting(" · ") {
            Some((rest[..i].to_string(), i + " · ".len()))
        } else if heading && first {
            let end = rest.find(" · ").unwrap_or(rest.len());
            Some((
                ellipsis(&rest[..end], width),
                (end + " · ".len()).min(rest.len()),
            ))
        } else if let Some(i) = has_bar.then(|| last_fitting("  ")).flatten() {
            Some((rest[..i].to_string(), i + 2))
        } else {
            last_fitting(" ").map(|i| (rest[..i].to_string(), i + 1))
        };
        let Some((head, tail_at)) = split else {
            lines.push(ellipsis(&rest, width));
            return lines;
        };
        let tail = rest[tail_at..].trim_start_matches(' ').to_string();
        let active = open_escapes(&head);
        let mut head = head;
        if !active.is_empty() {
            head.push_str("\x1b[0m");
        }
        lines.push(head);
        if tail.is_empty() || visible_width(&tail) == 0 {
            return lines;
        }
        rest = format!("{continuation}{active}{tail}");
        first = false;
    }
}

/// `text` cut to `width` columns at a word boundary, ending with `…`.
fn ellipsis(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let mut last_space = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\x1b' {
            let end = escape_end(text, i);
            out.push_str(&text[i..end]);
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            // Cut between two words: nothing to take back.
            if c == ' ' {
                last_space = None;
            }
            break;
        }
        if c == ' ' && used > 0 {
            last_space = Some(out.len());
        }
        out.push(c);
        used += w;
    }
    // Cut at the last word boundary, unless that throws away most of it.
    if let Some(at) = last_space.filter(|_| used >= 2)
        && visible_width(&out[..at]) * 2 >= width
    {
        out.truncate(at);
    }
    let trimmed = out.trim_end_matches([' ', '·', ',', ':', ';']).len();
    out.truncate(trimmed);
    out.push('…');
    if !open_escapes(&out).is_empty() {
        out.push_str("\x1b[0m");
    }
    out
}

/// Columns `text` takes on a terminal: ANSI escapes take none.
pub fn visible_width(text: &str) -> usize {
    let mut width = 0;
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if c == '\x1b' {
            i = escape_end(text, i);
            continue;
        }
        width += c.width().unwrap_or(0);
        i += c.len_utf8();
    }
    width
}

/// The end of the escape sequence starting at `at` (`ESC [ … m`).
fn escape_end(text: &str, at: usize) -> usize {
    text[at..].find('m').map_or(text.len(), |m| at + m + 1)
}

/// The escapes still in force at the end of `text`: those after its last
/// reset.
fn open_escapes(text: &str) -> String {
    let after_reset = text.rfind("\x1b[0m").map_or(0, |i| i + "\x1b[0m".len());
    let mut active = String::new();
    let mut rest = &text[after_reset..];
    while let Some(start) = rest.find('\x1b') {
        let end = escape_end(rest, start);
        active.push_str(&rest[start..end]);
        rest = &rest[end..];
    }
    active
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_move_to_an_indented_line() {
        let line = "  bar 40%  on track  score 0.4 · expected today 0.3 · worst: at risk";
        assert_eq!(
            fit_line(line, 52),
            [
                "  bar 40%  on track  score 0.4 · expected today 0.3",
                "    worst: at risk"
            ]
        );
    }

    #[test]
    fn long_text_ends_with_an_ellipsis_at_a_word() {
        assert_eq!(
            fit_line("growth  Double the revenue of the agency this year", 30),
            ["growth  Double the revenue of…"]
        );
    }

    #[test]
    fn colours_are_closed_and_reopened() {
        let line = "\x1b[2mCall prospects every day · 20 per weekday\x1b[0m";
        let lines = fit_line(line, 30);
        assert_eq!(
            lines,
            [
                "\x1b[2mCall prospects every day\x1b[0m",
                "  \x1b[2m20 per weekday\x1b[0m"
            ]
        );
        assert!(lines.iter().all(|l| visible_width(l) <= 30));
    }

    #[test]
    fn plain_spaces_off_a_terminal() {
        assert_eq!(
            fit("4,100\u{A0}followers\n", None, true),
            "4,100 followers\n"
        );
        assert_eq!(
            fit("4,100\u{A0}followers\n", None, false),
            "4,100\u{A0}followers\n"
        );
    }
}
