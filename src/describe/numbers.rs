//! Numbers, values and dates written for people, the English or the French
//! way: `12,345.6` and `€13,400`, or `12 345,6` and `13 400 €`.

use jiff::civil::Date;

use crate::i18n::{Arg, Lang, Message, msg};
use crate::model::Unit;

pub use crate::i18n::numbers::{NBSP, fixed, number};

/// A computed number (a pace, a forecast) with as many decimals as it is
/// worth: none from 100 on (or for whole numbers), one from 10, two below;
/// trailing zeros dropped.
pub fn approx(value: f64, lang: Lang) -> String {
    let magnitude = value.abs();
    let decimals = if (value - value.round()).abs() < 1e-9 || magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else {
        2
    };
    let text = fixed(value, decimals, lang);
    if decimals == 0 {
        return text;
    }
    let (_, point) = crate::i18n::catalogue::separators(lang);
    text.trim_end_matches('0')
        .trim_end_matches(point)
        .to_string()
}

/// The one rounding rule for shares (docs/progress.md §12): a percentage
/// is shown as a whole number rounded **down**, so 100% means reached and
/// 99.6% reads 99%. The tolerance forgives floating-point error
/// (0.29 × 100 is 28.999…).
pub fn whole_percent(value: f64) -> f64 {
    (value + 1e-6).floor()
}

/// A percentage: `36%`, `36 %` (rounded down: [`whole_percent`]).
pub fn percent(value: f64, lang: Lang) -> String {
    percent_message(value).render(lang)
}

/// [`percent`] as a message argument, written the reader's way.
pub fn percent_message(value: f64) -> Message {
    msg!(describe_percent, number = whole_percent(value))
}

/// A score (0.0 to 1.0) with two decimals, the shown percentage over 100,
/// so "52% · score 0.52" never becomes "52% · score 0.53".
pub fn score(value: f64, lang: Lang) -> String {
    fixed(whole_percent(value * 100.0) / 100.0, 2, lang)
}

/// A value in its unit: `24%`, `€13,400`, `13 400 €`, `300 MQLs`, with
/// the decimals it has; an amount of money with cents keeps two
/// (`1 500,50 €`).
pub fn quantity(value: f64, unit: &Unit, lang: Lang) -> String {
    quantity_message(value, unit).render(lang)
}

/// [`quantity`] as a message: the number and the unit are placed by the
/// reader's language (`describe-money`, `describe-counted`…).
pub fn quantity_message(value: f64, unit: &Unit) -> Message {
    let cents = |v: f64| (v * 100.0 - (v * 100.0).round()).abs() < 1e-6;
    let n = |v: f64| match unit {
        Unit::Currency(_) if (v - v.round()).abs() >= 1e-9 && cents(v) => Arg::Fixed(v, 2),
        _ => Arg::Number(v),
    };
    with_unit(value, n, unit)
}

/// A computed value in its unit, with the decimals of [`approx`]: `€174`,
/// `14.3 leads`; small amounts of money keep their cents (`0,53 €`).
pub fn approx_quantity(value: f64, unit: &Unit, lang: Lang) -> String {
    approx_quantity_message(value, unit).render(lang)
}

fn approx_quantity_message(value: f64, unit: &Unit) -> Message {
    let n = |v: f64| match unit {
        Unit::Currency(_) if v.abs() < 100.0 && (v - v.round()).abs() >= 1e-9 => Arg::Fixed(v, 2),
        _ => Arg::Number(approx_value(v)),
    };
    with_unit(value, n, unit)
}

/// `value` rounded as [`approx`] writes it.
fn approx_value(value: f64) -> f64 {
    let magnitude = value.abs();
    let decimals = if (value - value.round()).abs() < 1e-9 || magnitude >= 100.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else {
        2
    };
    // Halves away from zero, as `fixed` rounds.
    let scale = 10f64.powi(decimals);
    value.signum() * (magnitude * scale).round() / scale
}

/// A change as a pace reads it: a percentage's change in points
/// (`+2.5 pt`), anything else in its unit.
pub fn change_amount(value: f64, unit: &Unit, lang: Lang) -> String {
    amount_message(value, unit).render(lang)
}

/// [`change_amount`] as a message argument.
pub fn amount_message(value: f64, unit: &Unit) -> Message {
    match unit {
        Unit::Percent => msg!(describe_points, number = approx_value(value)),
        _ => approx_quantity_message(value, unit),
    }
}

/// `number` (the value written: `n(value)`) with its unit.
fn with_unit(value: f64, n: impl Fn(f64) -> Arg, unit: &Unit) -> Message {
    match unit {
        Unit::None => msg!(describe_number, number = n(value)),
        Unit::Percent => msg!(describe_percent, number = n(value)),
        Unit::Currency(code) => {
            let symbol = match code.as_str() {
                "EUR" => Some("€"),
                "USD" => Some("$"),
                "GBP" => Some("£"),
                "JPY" => Some("¥"),
                _ => None,
            };
            match symbol {
                // The sign goes before an English symbol (`-€5`).
                Some(symbol) => msg!(
                    describe_money,
                    sign = if value < 0.0 { "-" } else { "" },
                    number = n(value.abs()),
                    symbol = symbol
                ),
                None => msg!(describe_money_code, number = n(value), code = code),
            }
        }
        Unit::Word(word) => msg!(
            describe_counted,
            number = n(value),
            unit = word,
            one = singular(word)
        ),
    }
}

/// The singular of a unit word people write (`missions`, `MQLs`): the
/// catalogue chooses which of the two a number takes. A word of two
/// letters, of several words, or ending like `devis` or `business` is
/// kept.
fn singular(word: &str) -> &str {
    if word.chars().count() < 3 || word.contains(' ') {
        return word;
    }
    let lower = word.to_lowercase();
    let invariant = ["ss", "us", "is", "os", "as", "ys"];
    if !lower.ends_with('s') || invariant.iter().any(|e| lower.ends_with(e)) {
        return word;
    }
    &word[..word.len() - 1]
}

/// `31 Dec 2026`, `31 déc. 2026`.
pub fn date(date: Date, lang: Lang) -> String {
    msg!(
        describe_date,
        day = date.day().to_string(),
        month = date.month(),
        year = date.year().to_string()
    )
    .render(lang)
}

/// `31 Dec`, `31 déc.`: a date in the year being looked at.
pub fn short_date(date: Date, lang: Lang) -> String {
    msg!(
        describe_short_date,
        day = date.day().to_string(),
        month = date.month()
    )
    .render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn english_and_french_writing() {
        assert_eq!(fixed(1234567.891, 2, Lang::En), "1,234,567.89");
        assert_eq!(fixed(1234567.891, 2, Lang::Fr), "1\u{a0}234\u{a0}567,89");
        assert_eq!(fixed(-0.001, 1, Lang::En), "0.0");
        assert_eq!(fixed(-12.5, 1, Lang::En), "-12.5");
        assert_eq!(fixed(6.125, 2, Lang::En), "6.13");
        assert_eq!(fixed(2.5, 0, Lang::Fr), "3");
        assert_eq!(approx(14.2857, Lang::En), "14.3");
        assert_eq!(number(3.0, Lang::En), "3");
        assert_eq!(number(0.5, Lang::Fr), "0,5");
        assert_eq!(approx(173.68, Lang::Fr), "174");
        // What a person wrote reads back as written.
        assert_eq!(number(1500.5, Lang::En), "1,500.5");
        assert_eq!(number(12.25, Lang::Fr), "12,25");
        assert_eq!(
            quantity(1500.5, &Unit::Currency("EUR".into()), Lang::Fr),
            "1\u{a0}500,50\u{a0}€"
        );
        assert_eq!(
            quantity(-1500.5, &Unit::Currency("EUR".into()), Lang::En),
            "-€1,500.50"
        );
        assert_eq!(
            approx_quantity(173.6842, &Unit::Currency("EUR".into()), Lang::En),
            "€174"
        );
        assert_eq!(
            change_amount(0.08, &Unit::Percent, Lang::Fr),
            "0,08\u{a0}pt"
        );
        assert_eq!(
            approx_quantity(0.526, &Unit::Currency("EUR".into()), Lang::Fr),
            "0,53\u{a0}€"
        );
        assert_eq!(percent(36.4, Lang::En), "36%");
        assert_eq!(percent(36.6, Lang::Fr), "36\u{a0}%");
        assert_eq!(percent(99.6, Lang::En), "99%");
        assert_eq!(percent(0.29 * 100.0, Lang::En), "29%");
        assert_eq!(score(0.526667, Lang::En), "0.52");
        assert_eq!(score(0.29, Lang::Fr), "0,29");
        assert_eq!(score(1.0, Lang::En), "1.00");
        assert_eq!(
            quantity(13400.0, &Unit::Currency("EUR".into()), Lang::En),
            "€13,400"
        );
        assert_eq!(
            quantity(13400.0, &Unit::Currency("EUR".into()), Lang::Fr),
            "13\u{a0}400\u{a0}€"
        );
        assert_eq!(quantity(12.5, &Unit::Percent, Lang::Fr), "12,5\u{a0}%");
        // Singular and plural of the unit words people write.
        let word = |w: &str| Unit::Word(w.into());
        assert_eq!(quantity(1.0, &word("missions"), Lang::En), "1\u{a0}mission");
        assert_eq!(quantity(1.0, &word("MQLs"), Lang::Fr), "1\u{a0}MQL");
        assert_eq!(
            quantity(0.0, &word("parrainages"), Lang::Fr),
            "0\u{a0}parrainage"
        );
        assert_eq!(quantity(0.0, &word("calls"), Lang::En), "0\u{a0}calls");
        assert_eq!(
            approx_quantity(0.13, &word("missions"), Lang::Fr),
            "0,13\u{a0}mission"
        );
        assert_eq!(
            approx_quantity(0.13, &word("missions"), Lang::En),
            "0.13\u{a0}missions"
        );
        assert_eq!(
            quantity(2.0, &word("missions"), Lang::Fr),
            "2\u{a0}missions"
        );
        assert_eq!(quantity(1.0, &word("devis"), Lang::Fr), "1\u{a0}devis");
        assert_eq!(
            quantity(1.0, &word("rendez-vous"), Lang::Fr),
            "1\u{a0}rendez-vous"
        );
        assert_eq!(
            quantity(1.0, &word("business"), Lang::En),
            "1\u{a0}business"
        );
        assert_eq!(quantity(-1.0, &word("points"), Lang::En), "-1\u{a0}point");
        assert_eq!(
            quantity(300.0, &Unit::Word("MQLs".into()), Lang::En),
            "300\u{a0}MQLs"
        );
        assert_eq!(
            quantity(5.0, &Unit::Currency("CHF".into()), Lang::En),
            "5\u{a0}CHF"
        );
        assert_eq!(date(d(2026, 12, 31), Lang::En), "31\u{a0}Dec\u{a0}2026");
        assert_eq!(date(d(2026, 2, 1), Lang::Fr), "1\u{a0}févr.\u{a0}2026");
    }
}
