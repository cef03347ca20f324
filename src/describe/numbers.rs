//! Numbers, values and dates written for people, the English or the French
//! way: `12,345.6` and `€13,400`, or `12 345,6` and `13 400 €`.

use jiff::civil::Date;

use crate::i18n::Lang;
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
    let point = if lang == Lang::En { '.' } else { ',' };
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
    let value = whole_percent(value);
    match lang {
        Lang::En => format!("{}%", fixed(value, 0, lang)),
        Lang::Fr => format!("{}{NBSP}%", fixed(value, 0, lang)),
    }
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
    let n = match unit {
        Unit::Currency(_) if (value - value.round()).abs() >= 1e-9 => {
            let cents = (value * 100.0 - (value * 100.0).round()).abs() < 1e-6;
            if cents {
                fixed(value, 2, lang)
            } else {
                number(value, lang)
            }
        }
        _ => number(value, lang),
    };
    with_unit(value, n, unit, lang)
}

/// A computed value (a pace, a forecast) in its unit, rounded as
/// [`approx`] does.
pub fn approx_quantity(value: f64, unit: &Unit, lang: Lang) -> String {
    let n = match unit {
        Unit::Currency(_) if value.abs() < 100.0 && (value - value.round()).abs() >= 1e-9 => {
            fixed(value, 2, lang)
        }
        _ => approx(value, lang),
    };
    with_unit(value, n, unit, lang)
}

/// A computed change of a value (a pace, what is left): a percentage moves
/// by points (`0.08 pt`, `0,08 pt`), other units as [`approx_quantity`].
pub fn change_amount(value: f64, unit: &Unit, lang: Lang) -> String {
    match unit {
        Unit::Percent => format!("{}{NBSP}pt", approx(value, lang)),
        _ => approx_quantity(value, unit, lang),
    }
}

fn with_unit(value: f64, n: String, unit: &Unit, lang: Lang) -> String {
    match unit {
        Unit::None => n,
        Unit::Percent => match lang {
            Lang::En => format!("{n}%"),
            Lang::Fr => format!("{n}{NBSP}%"),
        },
        Unit::Currency(code) => {
            let symbol = match code.as_str() {
                "EUR" => Some("€"),
                "USD" => Some("$"),
                "GBP" => Some("£"),
                "JPY" => Some("¥"),
                _ => None,
            };
            match (lang, symbol) {
                (Lang::En, Some(s)) if value < 0.0 => {
                    format!("-{s}{}", n.trim_start_matches('-'))
                }
                (Lang::En, Some(s)) => format!("{s}{n}"),
                (_, Some(s)) => format!("{n}{NBSP}{s}"),
                (_, None) => format!("{n}{NBSP}{code}"),
            }
        }
        Unit::Word(word) => format!("{n}{NBSP}{}", unit_word(&n, word, lang)),
    }
}

/// The unit word a person wrote (usually plural: `missions`, `MQLs`) in the
/// number the count takes: singular for one in English, below two in French
/// (`1 mission`, `0,5 appel`), as written otherwise. Only a plain plural
/// `s` is dropped, and only where the word keeps its meaning without it
/// (`devis`, `rendez-vous`, `business` stay as written).
fn unit_word<'w>(shown: &str, word: &'w str, lang: Lang) -> std::borrow::Cow<'w, str> {
    let digits = shown.trim_start_matches(['-', '−']);
    let singular = match lang {
        Lang::En => digits == "1",
        Lang::Fr => {
            let whole = digits.split(',').next().unwrap_or(digits);
            whole == "0" || whole == "1"
        }
    };
    if !singular || word.chars().count() < 3 || word.contains(' ') {
        return std::borrow::Cow::Borrowed(word);
    }
    let lower = word.to_lowercase();
    let invariant = ["ss", "us", "is", "os", "as", "ys"];
    if !lower.ends_with('s') || invariant.iter().any(|e| lower.ends_with(e)) {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(word[..word.len() - 1].to_string())
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_FR: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

/// `31 Dec 2026`, `31 déc. 2026`.
pub fn date(date: Date, lang: Lang) -> String {
    let month = (date.month() - 1) as usize;
    let name = match lang {
        Lang::En => MONTHS_EN[month],
        Lang::Fr => MONTHS_FR[month],
    };
    format!("{}{NBSP}{name}{NBSP}{}", date.day(), date.year())
}

/// `31 Dec`, `31 déc.`: a date in the year being looked at.
pub fn short_date(date: Date, lang: Lang) -> String {
    let month = (date.month() - 1) as usize;
    let name = match lang {
        Lang::En => MONTHS_EN[month],
        Lang::Fr => MONTHS_FR[month],
    };
    format!("{}{NBSP}{name}", date.day())
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
