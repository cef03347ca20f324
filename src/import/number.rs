//! Numbers as exports write them: `1234.5`, `1,234.50`, `1 234,50`,
//! `1 234,50 €`, `$1,234.50`, `41.2%`, `-12`, `(12.00)`.
//!
//! Spreadsheets write numbers in their locale, so the only ambiguous form —
//! one `,` followed by exactly three digits, as in `1,500` — is read the
//! file's way: a decimal comma in a French file (`;`-separated), a thousands
//! separator otherwise. Every other form says how to read it.

use crate::i18n::{Message, msg};

/// A unit a cell carries with its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellUnit {
    Percent,
    /// An ISO code: `EUR`, `USD`…
    Currency(&'static str),
}

impl CellUnit {
    /// As written after a number on a log line.
    pub fn written(self) -> &'static str {
        match self {
            CellUnit::Percent => "%",
            CellUnit::Currency(code) => code,
        }
    }
}

/// A number read from a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub value: f64,
    pub unit: Option<CellUnit>,
}

const SYMBOLS: &[(char, &str)] = &[('€', "EUR"), ('$', "USD"), ('£', "GBP"), ('¥', "JPY")];
const CODES: &[&str] = &["EUR", "USD", "GBP", "JPY", "CHF", "CAD", "AUD"];

/// Blanks spreadsheets put between groups of digits.
fn is_group_blank(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '_')
}

/// Reads a cell as a number. `decimal_comma`: the file is French, so a lone
/// `1,500` is 1.5.
pub fn parse_cell(text: &str, decimal_comma: bool) -> Result<Cell, Message> {
    let not_a_number = || msg!(import_not_number, text = text);
    let mut s = text.trim_matches(|c: char| c.is_whitespace());
    let mut negative = false;
    // Accounting negatives: (12.00).
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        negative = true;
        s = inner.trim();
    }
    let mut unit = None;
    let set_unit = |u: CellUnit, unit: &mut Option<CellUnit>| -> Result<(), Message> {
        match unit {
            Some(old) if *old != u => Err(not_a_number()),
            _ => {
                *unit = Some(u);
                Ok(())
            }
        }
    };
    // Signs may come before a leading currency symbol (`-$12`) or after it.
    for _ in 0..2 {
        if let Some(rest) = s.strip_prefix(['-', '−']) {
            if negative {
                return Err(not_a_number());
            }
            negative = true;
            s = rest.trim_start();
        } else if let Some(rest) = s.strip_prefix('+') {
            s = rest.trim_start();
        }
        if let Some(&(sym, code)) = SYMBOLS.iter().find(|(c, _)| s.starts_with(*c)) {
            set_unit(CellUnit::Currency(code), &mut unit)?;
            s = s[sym.len_utf8()..].trim_start();
        }
    }
    if let Some(rest) = s.strip_suffix('%') {
        set_unit(CellUnit::Percent, &mut unit)?;
        s = rest.trim_end();
    } else if let Some(&(sym, code)) = SYMBOLS.iter().find(|(c, _)| s.ends_with(*c)) {
        set_unit(CellUnit::Currency(code), &mut unit)?;
        s = s[..s.len() - sym.len_utf8()].trim_end();
    } else if let Some(code) = CODES.iter().find(|code| {
        s.len() > 3
            && s.is_char_boundary(s.len() - 3)
            && s[s.len() - 3..].eq_ignore_ascii_case(code)
    }) {
        set_unit(CellUnit::Currency(code), &mut unit)?;
        s = s[..s.len() - 3].trim_end();
    }
    let value = parse_digits(s, decimal_comma).ok_or_else(not_a_number)?;
    Ok(Cell {
        value: if negative { -value } else { value },
        unit,
    })
}

/// Digits with grouping and one decimal mark.
fn parse_digits(s: &str, decimal_comma: bool) -> Option<f64> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let blank_groups = s.contains(is_group_blank);
    let mut digits = String::with_capacity(s.len());
    let (commas, dots) = (s.matches(',').count(), s.matches('.').count());
    let decimal = match (commas, dots) {
        (0, 0) => None,
        // Both: the last one is the decimal mark.
        (_, _) if commas > 0 && dots > 0 => {
            let last = s.rfind([',', '.'])?;
            let mark = s[last..].chars().next()?;
            if s.matches(mark).count() > 1 {
                return None;
            }
            Some(mark)
        }
        (0, 1) => Some('.'),
        (1, 0) => {
            let after = s.len() - s.find(',')? - 1;
            let thousands = !decimal_comma && !blank_groups && after == 3;
            if thousands { None } else { Some(',') }
        }
        // Several of one mark: thousands separators.
        _ => None,
    };
    let mut seen_decimal = false;
    for c in s.chars() {
        match c {
            '0'..='9' => digits.push(c),
            c if Some(c) == decimal => {
                seen_decimal = true;
                digits.push('.');
            }
            ',' | '.' => {
                if seen_decimal {
                    return None;
                }
            }
            c if is_group_blank(c) => {
                if seen_decimal {
                    return None;
                }
            }
            _ => return None,
        }
    }
    if digits.ends_with('.') {
        digits.pop();
    }
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some(value)
}

/// A number as a log line writes it: a `.` decimal mark, at most six
/// decimals, no grouping, and never the ambiguous `1.500` (written
/// `1.5000`).
pub fn write(value: f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    let mut s = format!("{:.6}", rounded.abs());
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if let Some((int, frac)) = s.split_once('.')
        && frac.len() == 3
        && (1..=3).contains(&int.len())
        && !int.starts_with('0')
    {
        s.push('0');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str, french: bool) -> (f64, Option<CellUnit>) {
        let c = parse_cell(s, french).unwrap();
        (c.value, c.unit)
    }

    #[test]
    fn every_writing_of_exports() {
        let eur = Some(CellUnit::Currency("EUR"));
        let usd = Some(CellUnit::Currency("USD"));
        assert_eq!(num("1234.5", false), (1234.5, None));
        assert_eq!(num("1,234.50", false), (1234.5, None));
        assert_eq!(num("1 234,50", true), (1234.5, None));
        assert_eq!(num("1 234,50", false), (1234.5, None));
        assert_eq!(num("1\u{a0}234,50 €", true), (1234.5, eur));
        assert_eq!(num("1\u{202f}234,50\u{a0}€", true), (1234.5, eur));
        assert_eq!(num("$1,234.50", false), (1234.5, usd));
        assert_eq!(num("-$12.50", false), (-12.5, usd));
        assert_eq!(num("(12.00)", false), (-12.0, None));
        assert_eq!(num("41.2%", false), (41.2, Some(CellUnit::Percent)));
        assert_eq!(num("41,2 %", true), (41.2, Some(CellUnit::Percent)));
        assert_eq!(num("1.234,50", true), (1234.5, None));
        assert_eq!(num("1,234,567", false), (1234567.0, None));
        assert_eq!(num("12500 EUR", false), (12500.0, eur));
        assert_eq!(num("0.412", false), (0.412, None));
        assert_eq!(num("  17 ", false), (17.0, None));
        // The one ambiguous form, read the file's way.
        assert_eq!(num("1,500", false), (1500.0, None));
        assert_eq!(num("1,500", true), (1.5, None));
        assert_eq!(num("12,5", false), (12.5, None));
    }

    #[test]
    fn what_is_not_a_number() {
        for bad in [
            "",
            "abc",
            "12a",
            "1.2.3,4,5",
            "€",
            "--3",
            "1,2.3,4",
            "12 $ %",
            ".5",
            "n/a",
        ] {
            assert!(parse_cell(bad, false).is_err(), "{bad}");
        }
        let m = parse_cell("n/a", false).unwrap_err();
        assert_eq!(m.render(crate::i18n::Lang::Fr), "`n/a` n'est pas un nombre");
    }

    #[test]
    fn written_for_a_log_line() {
        assert_eq!(write(1234.5), "1234.5");
        assert_eq!(write(41.199999999999996), "41.2");
        assert_eq!(write(0.1 + 0.2), "0.3");
        assert_eq!(write(1.234), "1.2340");
        assert_eq!(write(1234.0), "1234");
        assert_eq!(write(0.125), "0.125");
        assert_eq!(write(-3.0), "3");
        // Every written number reads back, unambiguously.
        for v in [1.5, 999.999, 12.345, 1e9, 0.000001, 2.5e-7] {
            let w = write(v);
            let back = crate::model::number::parse_number(&w).unwrap();
            assert!((back - (v * 1e6).round() / 1e6).abs() < 1e-9, "{v} -> {w}");
        }
    }
}
