//! How each language writes a number: `12,345.6` or `12 345,6`, with the
//! separators its catalogue names (`number-group-separator`,
//! `number-decimal-separator` in `common.ftl`). The
//! catalogue shows every number argument this way, and
//! `describe::numbers` builds values, percents and dates on it.

use super::Lang;

/// French groups thousands with a no-break space, so a value never wraps.
pub const NBSP: char = '\u{a0}';

/// `value` with `decimals` decimals, grouped by thousands.
pub fn fixed(value: f64, decimals: usize, lang: Lang) -> String {
    let value = if value == 0.0 { 0.0 } else { value }; // no "-0"
    // Halves round away from zero (6.125 → 6.13), not to even as `format!`
    // does: one rule for every number shown.
    let scale = 10f64.powi(decimals as i32);
    let half_up = (value.abs() * scale).round() / scale;
    let text = format!("{:.*}", decimals, half_up);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = super::catalogue::separators(lang);
    let mut out = String::new();
    let rounded_to_zero = text.chars().all(|c| c == '0' || c == '.');
    if value < 0.0 && !rounded_to_zero {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// A number as written: whole numbers without decimals, others with the
/// decimals they have (up to four, trailing zeros dropped), so a value a
/// person logged reads back as they wrote it (`1,500.5`, `12.25`).
pub fn number(value: f64, lang: Lang) -> String {
    let decimals = if (value - value.round()).abs() < 1e-9 {
        0
    } else {
        4
    };
    let text = fixed(value, decimals, lang);
    if decimals == 0 {
        return text;
    }
    let (_, point) = super::catalogue::separators(lang);
    text.trim_end_matches('0')
        .trim_end_matches(point)
        .to_string()
}
