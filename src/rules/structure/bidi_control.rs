//! `E017` bidi-control: a character that reorders how text is displayed.
//! Found while reading each file's text (titles, ids, notes and comments
//! alike), not over the model: the check is `scan`, kept up to date by
//! `update` after an edit.

use crate::diagnostic::{Diagnostic, FileId, declare_rule};
use crate::i18n::msg;
use crate::text::TextRange;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    #[doc = " objective o: Grow revenue by \u{202E}%01\u{202C} in France"]
    ///   period: 2026
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective o: Grow revenue by 10% in France
    ///   period: 2026
    /// ```
    code: E017,
    name: "bidi-control",
    family: Structure,
    severity: Error,
}

/// Whether `c` is a bidirectional embedding, override or isolate.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The bidirectional controls of `text`, each as its range.
pub fn scan(text: &str) -> Vec<TextRange> {
    let mut found = Vec::new();
    scan_into(text, 0..text.len(), &mut found);
    found
}

/// Every such character starts with the byte E2 and is three bytes long.
fn scan_into(text: &str, within: std::ops::Range<usize>, found: &mut Vec<TextRange>) {
    let bytes = &text.as_bytes()[within.clone()];
    for at in memchr::memchr_iter(0xE2, bytes) {
        let start = within.start + at;
        if let Some(c) = text[start..].chars().next()
            && is_bidi_control(c)
        {
            found.push(TextRange::new(start, start + c.len_utf8()));
        }
    }
}

/// `found` (sorted, for the text before the edit) for the text after
/// `range` was replaced by `inserted` bytes: controls in the replaced
/// range are dropped, later ones shifted, and the new bytes scanned.
pub fn update(
    found: &mut Vec<TextRange>,
    text: &str,
    range: std::ops::Range<usize>,
    inserted: usize,
) {
    let delta = inserted as i64 - range.len() as i64;
    found.retain(|r| (r.end as usize) <= range.start || (r.start as usize) >= range.end);
    for r in found.iter_mut().filter(|r| r.start as usize >= range.end) {
        *r = TextRange::new(
            (r.start as i64 + delta) as usize,
            (r.end as i64 + delta) as usize,
        );
    }
    // A character cut by the edit's ends is re-read whole.
    let from = floor_boundary(text, range.start.saturating_sub(2));
    let to = (range.start + inserted + 3).min(text.len());
    let mut fresh = Vec::new();
    scan_into(text, from..to, &mut fresh);
    found.retain(|r| !fresh.contains(r));
    found.extend(fresh);
    found.sort_by_key(|r| r.start);
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One diagnostic per control character, naming it.
pub fn diagnostics(file: FileId, text: &str, found: &[TextRange]) -> Vec<Diagnostic> {
    found
        .iter()
        .map(|&r| {
            let c = text[r.as_range()].chars().next().unwrap_or('\u{FFFD}');
            let code = format!("U+{:04X}", c as u32);
            Diagnostic::new(&CODE, file, r, msg!(rule_E017_message, codepoint = code))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_is_found_and_nothing_else() {
        let text = "a\u{202A}b\u{202E}c\u{2066}d\u{2069}e ’…«» \u{2067}\u{200F}";
        let found: Vec<&str> = scan(text).iter().map(|r| &text[r.as_range()]).collect();
        assert_eq!(
            found,
            ["\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2067}"]
        );
    }

    #[test]
    fn an_edit_keeps_the_list_equal_to_a_fresh_scan() {
        let cases: &[(&str, std::ops::Range<usize>, &str)] = &[
            ("ab\u{202E}cd\u{2066}ef", 0..1, "xyz"),
            ("ab\u{202E}cd\u{2066}ef", 2..5, ""),
            ("ab\u{202E}cd\u{2066}ef", 5..5, "\u{202D}"),
            ("ab\u{202E}cd", 2..6, "\u{2068}q"),
            ("é\u{2069}", 2..2, "\u{202A}\u{202B}"),
        ];
        for (before, range, inserted) in cases {
            let mut found = scan(before);
            let mut text = before.to_string();
            text.replace_range(range.clone(), inserted);
            update(&mut found, &text, range.clone(), inserted.len());
            assert_eq!(found, scan(&text), "{before:?} {range:?} {inserted:?}");
        }
    }
}
