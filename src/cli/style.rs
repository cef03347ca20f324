//! Terminal styling: ANSI colours (only when asked for) and progress bars
//! drawn with Unicode blocks.

use crate::progress::Status;

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, text: &str, code: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(text, "1")
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(text, "2")
    }

    pub fn warn(&self, text: &str) -> String {
        self.paint(text, "33")
    }

    /// Text in its status's colour: green going well, yellow at risk, red
    /// behind, dim when nothing is judged.
    pub fn status(&self, status: Status, text: &str) -> String {
        self.paint(text, status_code(status))
    }
}

fn status_code(status: Status) -> &'static str {
    match status {
        Status::Achieved | Status::OnTrack => "32",
        Status::AtRisk => "33",
        Status::OffTrack | Status::Missed => "31",
        Status::NotStarted | Status::Unknown | Status::Dropped => "2",
    }
}

const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A bar `width` cells wide filled to `percent` (0 to 100), in eighths of
/// a cell; the unfilled part is light shade.
pub fn bar(percent: f64, width: usize) -> (String, String) {
    let eighths = ((percent.clamp(0.0, 100.0) / 100.0) * (width * 8) as f64).round() as usize;
    let full = eighths / 8;
    let rest = eighths % 8;
    let mut filled: String = "█".repeat(full);
    let mut used = full;
    if rest > 0 {
        filled.push(EIGHTHS[rest]);
        used += 1;
    }
    (filled, "░".repeat(width - used))
}

/// Cuts `text` to `max` characters, with an ellipsis when cut: after the
/// last whole word that fits, unless that would drop over half of it.
pub fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut_inside_a_word = text
        .chars()
        .nth(max.saturating_sub(1))
        .is_some_and(|c| !c.is_whitespace());
    if cut_inside_a_word
        && let Some(space) = out.rfind(' ')
        && out[..space].chars().count() * 2 >= max
    {
        out.truncate(space);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `text` with every bidirectional control character (U+202A–U+202E,
/// U+2066–U+2069) written as `<U+202E>`: in a terminal such a character
/// would reorder what follows it, showing a line other than the file's.
pub fn escape_bidi(text: &str) -> std::borrow::Cow<'_, str> {
    use crate::rules::structure::bidi_control::is_bidi_control;
    if !text.chars().any(is_bidi_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A writer that escapes bidirectional controls in what goes through it
/// (see [`escape_bidi`]). Formatting writes whole strings, so a character
/// never arrives cut; bytes that are not UTF-8 pass as they are.
pub struct EscapeBidi<W>(pub W);

impl<W: std::io::Write> std::io::Write for EscapeBidi<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => {
                self.0.write_all(escape_bidi(text).as_bytes())?;
                Ok(buf.len())
            }
            Err(_) => self.0.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Pads `text` with spaces to `width` characters.
pub fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(len)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn bidi_controls_are_escaped() {
        assert_eq!(escape_bidi("plain ’…"), "plain ’…");
        assert_eq!(escape_bidi("a\u{202E}b\u{2066}c"), "a<U+202E>b<U+2066>c");
        let mut out = Vec::new();
        let id = "x\u{2069}";
        write!(EscapeBidi(&mut out), "{id} {}", 5).unwrap();
        assert_eq!(out, b"x<U+2069> 5");
    }

    #[test]
    fn bars_fill_in_eighths() {
        assert_eq!(bar(0.0, 4), (String::new(), "░░░░".into()));
        assert_eq!(bar(100.0, 4), ("████".into(), String::new()));
        // 52% of 4 cells = 16.6 eighths → 17: two full cells and one eighth.
        assert_eq!(bar(52.0, 4), ("██▏".into(), "░".into()));
        assert_eq!(bar(250.0, 2), ("██".into(), String::new()));
        let (f, e) = bar(33.0, 20);
        assert_eq!(f.chars().count() + e.chars().count(), 20);
    }

    #[test]
    fn truncating_and_padding_count_characters() {
        assert_eq!(truncate("Contacter les prospects", 10), "Contacter…");
        assert_eq!(truncate("court", 10), "court");
        assert_eq!(pad("été", 5), "été  ");
    }
}
