//! Ids written in several words.
//!
//! An id is one word (`ventes-signees`), but people write `rc ventes
//! signées:` or `chiffre-d'affaires`. The parser reads such a line as if the
//! id were the one word proposed here, so the item and its log lines still
//! meet, and reports one error that proposes it.

use std::borrow::Cow;

/// Whether `c` may stand between the words of an id written in several.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}' | '\'' | '’')
}

/// Whether `written` is an id in several words: letters, digits, `_`, `-`
/// and `.` with blanks or apostrophes between them, starting with a letter
/// or a digit.
pub fn is_multi_word(written: &str) -> bool {
    // Every gap holds one of these bytes (a blank, an apostrophe, or the
    // first byte of U+00A0, U+202F and ’): most ids, plain words, are told
    // from their bytes (one on every log line).
    if !written
        .bytes()
        .any(|b| matches!(b, b' ' | b'\t' | b'\'' | 0xC2 | 0xE2))
    {
        return false;
    }
    written.chars().next().is_some_and(char::is_alphanumeric)
        && written.chars().any(is_gap)
        && written
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.') || is_gap(c))
        && !written.ends_with(is_gap)
}

/// The one-word id meant by `written`: accents dropped (it is typed on
/// every log line), blanks and apostrophes made hyphens. A one-word id is
/// returned as written.
pub fn one_word(written: &str) -> Cow<'_, str> {
    if !is_multi_word(written) {
        return Cow::Borrowed(written);
    }
    let mut out = String::with_capacity(written.len());
    for c in deunicode::deunicode(written).chars() {
        let c = if is_gap(c) { '-' } else { c };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
    }
    Cow::Owned(out.trim_end_matches('-').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposals() {
        assert_eq!(one_word("ventes signées"), "ventes-signees");
        assert_eq!(one_word("chiffre-d'affaires"), "chiffre-d-affaires");
        assert_eq!(one_word("chiffre d’affaires"), "chiffre-d-affaires");
        assert_eq!(one_word("new  customers"), "new-customers");
        assert_eq!(one_word("signées"), "signées");
        assert!(!is_multi_word("calls"));
        assert!(!is_multi_word("calls 17".split(' ').next().unwrap()));
        assert!(!is_multi_word("a: b"));
        assert!(!is_multi_word("\"note\" x"));
    }
}
