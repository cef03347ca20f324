//! `M203` unit-mismatch: a metric whose baseline and target are in two
//! different units. This file also holds how the measure rules compare
//! units, and write numbers and values in messages and in fixes.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Quantity, Unit};
use crate::rules::Context;
use crate::rules::lexicon::fold;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective growth: Grow the customer base
    ///   period: 2026-Q4
    ///   kr customers: Win 100 new customers
    ///     metric: 40 leads -> 140 customers
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective growth: Grow the customer base
    ///   period: 2026-Q4
    ///   kr customers: Win 100 new customers
    ///     metric: 40 customers -> 140 customers
    /// ```
    code: M203,
    name: "unit-mismatch",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (item, metric, baseline, target) in cx.changes() {
        // "from £3 100 to £5 000" over `metric: €3 100 -> €5 000`.
        if let Unit::Currency(code) = &target.unit
            && let Some(other) = cx.title(item).numbers.iter().find_map(|n| match &n.unit {
                Unit::Currency(c) if c != code => Some(c),
                _ => None,
            })
        {
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                metric.range,
                msg!(rule_M203_currency, title = other, metric = code),
            ));
            continue;
        }
        if baseline.unit == Unit::None || target.unit == Unit::None {
            continue;
        }
        if same_unit(&baseline.unit, &target.unit) {
            continue;
        }
        let (b, t) = (unit_name(&baseline.unit), unit_name(&target.unit));
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(rule_M203_unit, baseline = b, target = t),
        ));
    }
}

/// A unit as written in messages: `%`, `EUR`, `customers`; empty for none.
pub(crate) fn unit_name(unit: &Unit) -> &str {
    match unit {
        Unit::None => "",
        Unit::Percent => "%",
        Unit::Currency(code) | Unit::Word(code) => code,
    }
}

/// Two unit words name the same thing: equal but for case, accents and a
/// plural `s` or `x` (`MQL`, `MQLs`; `client`, `Clients`).
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    fn stem(word: &str) -> String {
        let folded = fold(word);
        match folded.strip_suffix(['s', 'x']) {
            Some(rest) if !rest.is_empty() => rest.to_string(),
            _ => folded,
        }
    }
    stem(a) == stem(b)
}

/// Two units are the same (two words by [`same_word`]). `Unit::None` is
/// only the same as itself.
pub(crate) fn same_unit(a: &Unit, b: &Unit) -> bool {
    match (a, b) {
        (Unit::Word(x), Unit::Word(y)) => same_word(x, y),
        _ => a == b,
    }
}

/// A metric's unit: the target's, else the baseline's; `None` when neither
/// has one or when the two disagree (`M203` reports that).
pub(crate) fn metric_unit(baseline: Option<&Quantity>, target: &Quantity) -> Option<Unit> {
    let b = baseline.map_or(&Unit::None, |b| &b.unit);
    match (b, &target.unit) {
        (Unit::None, Unit::None) => None,
        (Unit::None, t) => Some(t.clone()),
        (b, Unit::None) => Some(b.clone()),
        (b, t) => same_unit(b, t).then(|| t.clone()),
    }
}

/// A quantity as a message argument, written the reader's way (`€13,400`,
/// `13 400 €`, `1 mission`), as `status` writes it.
pub(crate) fn quantity_message(value: f64, unit: &Unit) -> crate::i18n::Message {
    crate::describe::numbers::quantity_message(value, unit)
}

/// A change as `status` writes a pace (`+2.5 pt`, `€1,200`, `12 leads`):
/// money and words with their unit, a percentage's change in points.
pub(crate) fn amount_message(value: f64, unit: &Unit) -> crate::i18n::Message {
    crate::describe::numbers::amount_message(value, unit)
}

/// A value as the format reads it back (`1500.5 €`, `1500,5 €`), in the
/// reader's language, as a message argument: the decimal separator is the
/// catalogue's (`describe-written-decimal`).
pub(crate) fn written_message(value: f64, unit: &Unit) -> crate::i18n::Message {
    use crate::i18n::{Message, msg};
    let n = written_number(value, false);
    let number = match n.split_once('.') {
        Some((whole, fraction)) => {
            msg!(describe_written_decimal, whole = whole, fraction = fraction)
        }
        None => Message::verbatim(n),
    };
    match unit {
        Unit::None => number,
        Unit::Percent => msg!(describe_written_percent, number = number),
        Unit::Currency(c) | Unit::Word(c) => {
            msg!(describe_written_with_unit, number = number, unit = c)
        }
    }
}

/// The title's numbers, each in backquotes, joined by commas: `` `100`, `40` ``.
pub(crate) fn quoted_numbers(numbers: &[f64]) -> crate::i18n::Message {
    numbers
        .iter()
        .map(|&n| crate::i18n::msg!(rule_quoted_number, number = n))
        .reduce(|list, next| crate::i18n::msg!(list_comma, list = list, next = next))
        .unwrap_or_else(|| crate::i18n::Message::verbatim(""))
}

/// A number as the format reads it back: `12.5` (or `12,5` in a French
/// item), never a form `E008` finds ambiguous (`1.500` is written `1.5000`).
pub(crate) fn written_number(value: f64, french: bool) -> String {
    let mut s = if value == 0.0 {
        "0".to_string()
    } else {
        format!("{value}")
    };
    if let Some((int, frac)) = s.split_once('.') {
        let digits = int.trim_start_matches('-');
        if frac.len() == 3 && (1..=3).contains(&digits.len()) && !digits.starts_with('0') {
            s.push('0');
        }
    }
    if french { s.replace('.', ",") } else { s }
}

/// A value as the format reads it back, with its unit.
pub(crate) fn written_value(value: f64, unit: &Unit, french: bool) -> String {
    let n = written_number(value, french);
    match unit {
        Unit::None => n,
        Unit::Percent if french => format!("{n} %"),
        Unit::Percent => format!("{n}%"),
        Unit::Currency(c) | Unit::Word(c) => format!("{n} {c}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::check;

    #[test]
    fn a_title_in_another_currency() {
        check(
            "M203",
            r#"
                kr a: Raise monthly income from £3 100 to £5 000
                  metric: €3 100 -> €5 000
                # ^^^^^^^^^^^^^^^^^^^^^^^^ M203
                kr b: Raise monthly income from €3 100 to €5 000
                  metric: 3 100 EUR -> 5 000 EUR
            "#,
        );
    }

    #[test]
    fn two_units_are_reported_on_the_metric_line() {
        check(
            "M203",
            r#"
                kr a: Cut the bounce rate from 30% to 15%
                  metric: 30% -> 15 EUR
                # ^^^^^^^^^^^^^^^^^^^^^ M203
                kr b: Win 100 customers
                  metric: 40 leads -> 140 customers
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ M203
            "#,
        );
    }

    #[test]
    fn one_unit_or_the_same_unit_is_fine() {
        check(
            "M203",
            r#"
                kr a: Grow followers from 3420 to 4104
                  metric: 3420 -> 4104 followers
                kr b: Win customers
                  metric: 1 customer -> 40 Customers
                kr c: Grow ARR
                  metric: $800k -> 1.2M USD
                kr d: Reach 300 MQLs
                  metric: 300 MQLs
                kr e: Keep NPS
                  keep: >= 40
            "#,
        );
    }

    #[test]
    fn words_compare_without_case_accents_or_plural() {
        assert!(same_word("Clients", "client"));
        assert!(same_word("réservés", "RESERVE"));
        assert!(!same_word("leads", "customers"));
        assert!(!same_word("s", "x"));
        assert_eq!(
            metric_unit(None, &q(1.0, Unit::Percent)),
            Some(Unit::Percent)
        );
        assert_eq!(
            metric_unit(Some(&q(1.0, Unit::Percent)), &q(1.0, Unit::None)),
            Some(Unit::Percent)
        );
        assert_eq!(
            metric_unit(
                Some(&q(1.0, Unit::Percent)),
                &q(1.0, Unit::Word("x".into()))
            ),
            None
        );
        // Messages write numbers as `status` does: grouped from 1 000 on,
        // a no-break space in French.
        let (en, fr) = (crate::i18n::Lang::En, crate::i18n::Lang::Fr);
        let quantity = |v: f64, u: &Unit| {
            let m = quantity_message(v, u);
            (m.render(en), m.render(fr))
        };
        assert_eq!(quantity(12.5, &Unit::Percent).1, "12,5\u{a0}%");
        let number = |n: f64, lang| crate::i18n::msg!(rule_quoted_number, number = n).render(lang);
        assert_eq!(number(-0.0, en), "`0`");
        assert_eq!(number(4350.0, en), "`4,350`");
        assert_eq!(number(-1_200_000.5, en), "`-1,200,000.5`");
        assert_eq!(number(-1_200_000.5, fr), "`-1\u{a0}200\u{a0}000,5`");
        assert_eq!(number(12345.0, fr), "`12\u{a0}345`");
        assert_eq!(
            quantity(5900.0, &Unit::Word("followers".into())).0,
            "5,900\u{a0}followers"
        );
        assert_eq!(
            quantity(13400.0, &Unit::Currency("EUR".into())),
            ("€13,400".into(), "13\u{a0}400\u{a0}€".into())
        );
    }

    #[test]
    fn written_numbers_are_never_ambiguous() {
        assert_eq!(written_number(1.5, false), "1.5");
        assert_eq!(written_number(1.125, false), "1.1250");
        assert_eq!(written_number(12.125, true), "12,1250");
        assert_eq!(written_number(0.125, false), "0.125");
        assert_eq!(written_number(-2.0, false), "-2");
        assert_eq!(written_number(-0.0, false), "0");
        let written = |v: f64, u: &Unit| {
            let m = written_message(v, u);
            (
                m.render(crate::i18n::Lang::En),
                m.render(crate::i18n::Lang::Fr),
            )
        };
        assert_eq!(
            written(1500.5, &Unit::Currency("€".into())),
            ("1500.5 €".into(), "1500,5 €".into())
        );
        assert_eq!(
            written(1.125, &Unit::Percent),
            ("1.1250%".into(), "1,1250 %".into())
        );
        assert_eq!(
            written(-2.0, &Unit::Word("leads".into())),
            ("-2 leads".into(), "-2 leads".into())
        );
    }

    fn q(value: f64, unit: Unit) -> Quantity {
        Quantity {
            value,
            unit,
            range: crate::text::TextRange { start: 0, end: 0 },
        }
    }
}
