//! `M202` no-baseline: a metric with a target and no starting point.

use crate::diagnostic::{Diagnostic, Edit, Fix, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind, LogValue, Metric, Unit};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{same_unit, written_message, written_value};
use crate::text::TextRange;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective pipeline: Make organic our first source of leads
    ///   period: 2026-Q4
    ///   kr mqls: Grow organic MQLs to 300 a month
    ///     metric: 300 MQLs
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective pipeline: Make organic our first source of leads
    ///   period: 2026-Q4
    ///   kr mqls: Grow organic MQLs to 300 a month
    ///     metric: 120 -> 300 MQLs
    /// ```
    code: M202,
    name: "no-baseline",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (idx, item) in cx.items(ItemKind::KeyResult) {
        let Some(metric) = &item.metric else {
            continue;
        };
        let Metric::Change {
            baseline: None,
            target,
        } = &metric.value
        else {
            continue;
        };
        // A count reached within the window ("Collect 150 new reviews")
        // starts from nothing; a baseline is asked for when the title says
        // the measure moves from somewhere ("Grow", "de 30 %", "from… to").
        // So is one whose log already measures it: a level that was there
        // before the plan.
        let facts = cx.title(item);
        let says_change = facts.direction.is_some()
            || !facts.comparison.is_empty()
            || facts.multiplier.is_some()
            || facts.numbers.len() >= 2;
        let measured = first_measurement(cx, idx, &target.unit);
        if !says_change && measured.is_none() {
            continue;
        }
        let mut diagnostic = Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(
                rule_M202_message,
                target = written_message(target.value, &target.unit)
            ),
        );
        if let Some(fix) = measured.map(|(value, unit, date)| {
            let text = written_value(value, &unit, item.french);
            Fix {
                title: msg!(rule_M202_fix, value = &text, date = date.to_string()),
                edits: vec![Edit {
                    file: item.file,
                    range: TextRange {
                        start: target.range.start,
                        end: target.range.start,
                    },
                    insert: format!("{text} -> "),
                }],
            }
        }) {
            diagnostic = diagnostic.with_fix(fix);
        }
        out.push(diagnostic);
    }
}

/// The earliest absolute measurement of an item up to today, in the
/// target's unit or in none.
fn first_measurement(
    cx: &Context<'_>,
    idx: ItemIdx,
    target: &Unit,
) -> Option<(f64, Unit, jiff::civil::Date)> {
    cx.model
        .logs_of(idx)
        .take_while(|l| l.date.value <= cx.today)
        .find_map(|l| match &l.value {
            LogValue::Value(q)
                if q.value.is_finite()
                    && (q.unit == Unit::None
                        || *target == Unit::None
                        || same_unit(&q.unit, target)) =>
            {
                Some((q.value, q.unit.clone(), l.date.value))
            }
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{apply_first_fix, check, spans, with_code};

    #[test]
    fn a_target_alone_is_reported_at_the_metric() {
        let text = "kr a: Grow MQLs to 300\n  metric: 300 MQLs\nkr b: Grow from 3420 to 4104\n  metric: 3420 -> 4104 followers\nkr c: Keep NPS\n  keep: >= 40\n";
        assert_eq!(spans(text, "M202"), ["metric: 300 MQLs"]);
        assert!(with_code(text, "M202")[0].fixes.is_empty());
        // The suggestion is written as the format reads it: no `10,000`.
        let big = "kr a: Grow sign-ups to 10 000\n  metric: 10000 sign-ups\n";
        let d = &with_code(big, "M202")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .contains("`BASELINE -> 10000 sign-ups`"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn a_count_reached_without_a_word_of_change_needs_none() {
        let text = "kr a: Collect 150 new Trustpilot reviews\n  metric: 150 reviews\nkr b: Get 25% of spring bookers to book a second show\n  metric: 25%\nkr c: Augmenter le trafic du blog de 30 %\n  mesure: 30 %\n";
        assert_eq!(spans(text, "M202"), ["mesure: 30 %"]);
    }

    #[test]
    fn a_relative_target_needs_no_baseline() {
        check(
            "M202",
            r#"
                kr a: Add 300 MQLs
                  metric: +300 MQLs
                kr b: Réduire le CAC de 20 %
                  mesure: −20 %
                kr c: Followers +20% a month
                  metric: +20% per month
            "#,
        );
    }

    #[test]
    fn the_fix_starts_from_the_earliest_measurement() {
        let text = "kr a: Grow to 4920 followers\n  metric: 4920 followers\n2026-11-02 a +10\n2026-11-08 a 4350\n2026-11-15 a 4590\n2026-12-20 a 5000\n";
        let d = &with_code(text, "M202")[0];
        let fixed = apply_first_fix(text, d);
        assert!(
            fixed.contains("  metric: 4350 -> 4920 followers\n"),
            "{fixed}"
        );
        assert!(spans(&fixed, "M202").is_empty());
        assert!(
            d.fixes[0]
                .title
                .render(crate::i18n::Lang::En)
                .contains("4350 (2026-11-08)")
        );
    }

    #[test]
    fn the_fix_keeps_units_and_writes_french_numbers() {
        let text = "rc taux: Augmenter le taux de signature à 20 %\n  mesure: 20 %\n2026-10-31 taux 14,5 %\nkr arr: Grow ARR to $1.2M\n  metric: $1.2M\n2026-10-31 arr $905k\n";
        let found = with_code(text, "M202");
        let fixed = apply_first_fix(text, &found[0]);
        assert!(fixed.contains("  mesure: 14,5 % -> 20 %\n"), "{fixed}");
        let fixed = apply_first_fix(text, &found[1]);
        assert!(fixed.contains("  metric: 905000 USD -> $1.2M\n"), "{fixed}");
        assert!(spans(&fixed, "M202").len() == 1 && spans(&fixed, "E008").is_empty());
    }

    #[test]
    fn a_measurement_in_another_unit_gives_no_fix() {
        let text = "kr a: Cut the bounce rate\n  metric: 15%\n2026-11-03 a 24 EUR\n";
        assert!(with_code(text, "M202")[0].fixes.is_empty());
    }
}
