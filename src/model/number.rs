//! Reading numbers the way English and French writers write them.
//!
//! `50 000`, `50,000`, `1,234.5`, `1.234,5`, `12,5`, `1.5M`, `50k` are all
//! read; `1,500` and `1.500` are refused as ambiguous (1.5 or 1500?) because
//! guessing wrong would silently corrupt a target.

use crate::i18n::{Message, msg};

#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    /// One separator followed by exactly three digits: decimal or grouping?
    Ambiguous {
        /// The digits before the separator (at most three).
        int: String,
        /// The three digits after it.
        frac: String,
        /// `k` or `M`, if written.
        suffix: String,
    },
    /// Grouping separators that do not split the digits in threes.
    BadGrouping,
    /// Too large to represent.
    TooLarge,
}

impl NumberError {
    pub fn message(&self, text: &str) -> Message {
        match self {
            NumberError::Ambiguous { int, frac, suffix } => {
                // Each language proposes its own writing: `1200` or `1.2`,
                // `1 200` ou `1,2`.
                let decimals = frac.trim_end_matches('0');
                match decimals {
                    "" => msg!(
                        model_ambiguous_number_whole,
                        text = text,
                        int = int,
                        frac = frac,
                        suffix = suffix
                    ),
                    d => msg!(
                        model_ambiguous_number,
                        text = text,
                        int = int,
                        frac = frac,
                        decimals = d,
                        suffix = suffix
                    ),
                }
            }
            NumberError::BadGrouping => msg!(model_not_number_digit_groups, text = text),
            NumberError::TooLarge => msg!(model_too_large, text = text),
        }
    }
}

/// Parses the text of a `number` node.
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    parse_number_in(text, false)
}

/// Like [`parse_number`]; `english` settles `1,500` as 1500 and `1.500`
/// as 1.5, for amounts written the English way with a leading currency
/// symbol (`$1,500`), which French writing never does.
pub fn parse_number_in(text: &str, english: bool) -> Result<f64, NumberError> {
    // Plain digits, by far the commonest (a count in every log line): no
    // separator to judge.
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return finish_digits(text, 1.0);
    }
    let (digits, factor) = match text.as_bytes().last() {
        Some(b'k' | b'K') => (&text[..text.len() - 1], 1e3),
        Some(b'M') => (&text[..text.len() - 1], 1e6),
        _ => (text, 1.0),
    };
    let suffix = &text[digits.len()..];
    // Spaces, underscores and apostrophes only ever group digits, in threes
    // (the grammar lets a space through only before three digits).
    let bytes = digits.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'_' | b'\'') {
            let group = bytes[i + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            if !before || group != 3 {
                return Err(NumberError::BadGrouping);
            }
        }
    }
    let compact: String = digits
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '_' | '\''))
        .collect();
    let grouped_by_space = compact.len() != digits.len();
    let commas = compact.matches(',').count();
    let dots = compact.matches('.').count();
    let canonical = match (commas, dots) {
        (0, 0) => compact,
        (c, d) if c > 0 && d > 0 => {
            // Whichever comes last is the decimal mark.
            let last_comma = compact.rfind(',').unwrap_or(0);
            let last_dot = compact.rfind('.').unwrap_or(0);
            let (group, decimal) = if last_comma > last_dot {
                ('.', ',')
            } else {
                (',', '.')
            };
            if compact.matches(decimal).count() > 1 {
                return Err(NumberError::BadGrouping);
            }
            let (int, frac) = compact.split_once(decimal).expect("decimal mark present");
            check_groups(int, group)?;
            format!("{}.{frac}", int.replace(group, ""))
        }
        (c, d) => {
            let sep = if c > 0 { ',' } else { '.' };
            if c + d > 1 {
                check_groups(&compact, sep)?;
                compact.replace(sep, "")
            } else {
                let (int, frac) = compact.split_once(sep).expect("separator present");
                let could_group =
                    frac.len() == 3 && !int.starts_with('0') && int.len() <= 3 && !grouped_by_space;
                if could_group && english {
                    let canonical = if sep == ',' {
                        format!("{int}{frac}")
                    } else {
                        format!("{int}.{frac}")
                    };
                    return finish(canonical, factor);
                }
                if could_group {
                    return Err(NumberError::Ambiguous {
                        int: int.to_string(),
                        frac: frac.to_string(),
                        suffix: suffix.to_string(),
                    });
                }
                format!("{int}.{frac}")
            }
        }
    };
    finish(canonical, factor)
}

fn finish(canonical: String, factor: f64) -> Result<f64, NumberError> {
    finish_digits(&canonical, factor)
}

fn finish_digits(canonical: &str, factor: f64) -> Result<f64, NumberError> {
    let value: f64 = canonical.parse().map_err(|_| NumberError::BadGrouping)?;
    let value = value * factor;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(NumberError::TooLarge)
    }
}

fn check_groups(int: &str, sep: char) -> Result<(), NumberError> {
    let mut parts = int.split(sep);
    let head = parts.next().unwrap_or("");
    if head.is_empty() || head.len() > 3 || parts.any(|p| p.len() != 3) {
        return Err(NumberError::BadGrouping);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_english_and_french_numbers() {
        for (text, value) in [
            ("42", 42.0),
            ("12,5", 12.5),
            ("12.5", 12.5),
            ("50 000", 50000.0),
            ("50\u{202F}000", 50000.0),
            ("1 234 567,89", 1234567.89),
            ("50,000,000", 50_000_000.0),
            ("1.000.000", 1_000_000.0),
            ("1,234.5", 1234.5),
            ("1.234,5", 1234.5),
            ("0,125", 0.125),
            ("1234,567", 1234.567),
            ("50k", 50_000.0),
            ("1,5M", 1_500_000.0),
            ("1_000", 1000.0),
            ("1'000", 1000.0),
        ] {
            assert_eq!(parse_number(text), Ok(value), "{text}");
        }
    }

    #[test]
    fn refuses_ambiguous_and_malformed_numbers() {
        assert!(matches!(
            parse_number("1,500"),
            Err(NumberError::Ambiguous { .. })
        ));
        assert!(matches!(
            parse_number("1.500"),
            Err(NumberError::Ambiguous { .. })
        ));
        assert_eq!(parse_number("1,50,000"), Err(NumberError::BadGrouping));
        assert_eq!(parse_number("1.2.3,4"), Err(NumberError::BadGrouping));
        assert_eq!(parse_number("1_0"), Err(NumberError::BadGrouping));
        assert_eq!(parse_number("12'34"), Err(NumberError::BadGrouping));
        assert_eq!(parse_number("1,2_5"), Err(NumberError::BadGrouping));
        assert_eq!(parse_number("1_000_000"), Ok(1e6));
        let huge = "9".repeat(400);
        assert_eq!(parse_number(&huge), Err(NumberError::TooLarge));
    }

    #[test]
    fn a_leading_currency_symbol_means_english_writing() {
        assert_eq!(parse_number_in("1,500", true), Ok(1500.0));
        assert_eq!(parse_number_in("1.500", true), Ok(1.5));
        assert_eq!(parse_number_in("12,5", true), Ok(12.5));
    }

    #[test]
    fn ambiguity_message_offers_both_readings() {
        let err = parse_number("1,500").unwrap_err();
        let msg = err.message("1,500");
        assert!(
            msg.render(crate::i18n::Lang::En)
                .contains("`1500` or `1.5`"),
            "{}",
            msg.render(crate::i18n::Lang::En)
        );
        assert!(msg.render(crate::i18n::Lang::Fr).contains("ambigu"));
        let msg = parse_number("1,500k").unwrap_err().message("1,500k");
        assert!(
            msg.render(crate::i18n::Lang::En)
                .contains("`1500k` or `1.5k`"),
            "{}",
            msg.render(crate::i18n::Lang::En)
        );
    }
}
