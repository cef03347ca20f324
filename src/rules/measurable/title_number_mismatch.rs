//! `M205` title-number-mismatch: the title announces a number the metric
//! does not hold.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::Unit;
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{quantity_message, quoted_numbers, same_word};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective growth: Win the clinics of Lyon
    ///   period: 2026-Q4
    ///   kr customers: Win 100 new customers
    ///     metric: 0 -> 80 customers
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective growth: Win the clinics of Lyon
    ///   period: 2026-Q4
    ///   kr customers: Win 100 new customers
    ///     metric: 0 -> 100 customers
    /// ```
    code: M205,
    name: "title-number-mismatch",
    family: Measurable,
    severity: Warning,
}

/// Units that make a number a duration, not a measure.
const DURATIONS: &[&str] = &[
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "hour",
    "minute",
    "second",
    "h",
    "min",
    "sec",
    "jour",
    "semaine",
    "mois",
    "trimestre",
    "an",
    "année",
    "heure",
    "seconde",
];

/// Within 1% of each other (signs ignored: titles write `-10` as `10`).
fn close(a: f64, b: f64) -> bool {
    let (a, b) = (a.abs(), b.abs());
    (a - b).abs() <= 0.01 * a.max(b)
}

/// The numbers of a title that may state a measure (not durations).
fn title_measures(
    cx: &Context<'_>,
    item: &crate::model::Item,
    metric_word: Option<&str>,
) -> Vec<f64> {
    cx.title(item)
        .numbers
        .iter()
        .filter(|n| match &n.unit {
            Unit::Word(w) => {
                metric_word.is_some_and(|m| same_word(m, w))
                    || !DURATIONS.iter().any(|d| same_word(d, w))
            }
            _ => true,
        })
        .map(|n| n.value)
        .collect()
}

/// A relative target: the title may state the change ("de 300", "by 20%"),
/// or, with a written baseline, the baseline and the target it gives.
fn check_relative(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (item, _, relative) in cx.relatives() {
        let c = relative.change.value;
        if !c.is_finite() {
            continue;
        }
        let mut candidates = vec![c];
        if let Some(b) = relative.baseline.as_ref().map(|b| b.value) {
            let t = relative.target_from(b);
            candidates.extend([b, t, t - b]);
            if b != 0.0 {
                candidates.extend([(t - b) / b * 100.0, t / b]);
            }
        }
        let metric_word = match relative.unit() {
            Some(Unit::Word(w)) => Some(w.as_str()),
            _ => None,
        };
        let unmatched: Vec<f64> = title_measures(cx, item, metric_word)
            .into_iter()
            .filter(|&n| !candidates.iter().any(|&c| close(n, c)))
            .collect();
        if unmatched.is_empty() {
            continue;
        }
        let sign = if c < 0.0 { "−" } else { "+" };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            msg!(
                rule_M205_relative,
                numbers = quoted_numbers(&unmatched),
                sign = sign,
                change = quantity_message(c.abs(), &relative.change.unit)
            ),
        ));
    }
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    check_relative(cx, out);
    for (item, _, baseline, target) in cx.changes() {
        let (b, t) = (baseline.value, target.value);
        if !(b.is_finite() && t.is_finite()) {
            continue;
        }
        let mut candidates = vec![b, t, t - b];
        if b != 0.0 {
            candidates.push((t - b) / b * 100.0);
            candidates.push(t / b);
        }
        let metric_word = match (&target.unit, &baseline.unit) {
            (Unit::Word(w), _) | (_, Unit::Word(w)) => Some(w.as_str()),
            _ => None,
        };
        let facts = cx.title(item);
        // "Halve churn" over 2.4% -> 1.8%: the title's factor is the ratio.
        if facts.numbers.is_empty()
            && let Some(m) = facts.multiplier
            && b != 0.0
            && (t / b - m).abs() > 0.1 * m
        {
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                item.title_range.unwrap_or(item.id_range),
                msg!(
                    rule_M205_factor,
                    factor = m,
                    baseline = quantity_message(b, &baseline.unit),
                    target = quantity_message(t, &target.unit)
                ),
            ));
            continue;
        }
        let mut measures = title_measures(cx, item, metric_word);
        // Over a percentage, a count of things is what the share is of:
        // "Win all 31 deals" over 0% -> 100%.
        if target.unit == Unit::Percent {
            let counts: Vec<f64> = facts
                .numbers
                .iter()
                .filter(|n| matches!(n.unit, Unit::Word(_)))
                .map(|n| n.value)
                .collect();
            measures.retain(|n| !counts.contains(n));
        }
        // The title states the target (or the change): its other numbers
        // are the population, the means or a name ("12 of the 85 contacts").
        let states_target = measures.iter().any(|&n| {
            close(n, t) || close(n, t - b) || (b != 0.0 && close(n, (t - b) / b * 100.0))
        });
        if states_target {
            continue;
        }
        // "from 62 to 55 minutes": the title states the change; any other
        // number is a name ("my 10k time", "our #1 deal").
        let states_both =
            measures.iter().any(|&n| close(n, b)) && measures.iter().any(|&n| close(n, t));
        if states_both {
            continue;
        }
        let unmatched: Vec<f64> = measures
            .into_iter()
            .filter(|&n| !candidates.iter().any(|&c| close(n, c)))
            .collect();
        if unmatched.is_empty() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            msg!(
                rule_M205_change,
                numbers = quoted_numbers(&unmatched),
                baseline = quantity_message(b, &baseline.unit),
                target = quantity_message(t, &target.unit),
                difference = (t - b).abs()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, spans, with_code};

    #[test]
    fn a_factor_in_words_is_the_ratio() {
        check(
            "M205",
            r#"
                kr a: Halve monthly logo churn
                #     ^^^^^^^^^^^^^^^^^^^^^^^^ M205
                  metric: 2.4% -> 1.8%
                kr b: Halve monthly logo churn
                  metric: 2.4% -> 1.2%
                rc c: Doubler les inscriptions
                  mesure: 150 -> 300
                rc d: Diviser par deux le délai de réponse
                #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ M205
                  mesure: 48 h -> 36 h
            "#,
        );
    }

    #[test]
    fn a_number_the_metric_does_not_hold_is_reported_at_the_title() {
        let text = "kr a: Win 100 new customers\n  metric: 0 -> 80\nkr b: Raise activation from 40% to 60%\n  metric: 40% -> 50%\n";
        check(
            "M205",
            r#"
                kr a: Win 100 new customers
                #     ^^^^^^^^^^^^^^^^^^^^^ M205
                  metric: 0 -> 80
                kr b: Raise activation from 40% to 60%
                #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ M205
                  metric: 40% -> 50%
            "#,
        );
        let d = &with_code(text, "M205")[0];
        assert!(
            d.message.render(crate::i18n::Lang::En).contains("`100`")
                && d.message
                    .render(crate::i18n::Lang::En)
                    .contains("from 0 to 80")
        );
    }

    #[test]
    fn baseline_target_change_and_percent_all_match() {
        check(
            "M205",
            r#"
                kr a: Add 300 MQLs from organic traffic
                  metric: 0 -> 300 MQLs
                kr b: Grow Instagram followers 20% in October
                  metric: 3420 -> 4104 followers
                kr c: Cut the bounce rate from 30% to 15%
                  metric: 30% -> 15%
                kr d: Porter le CA de 11 000 € à 20 000 € d'ici fin 2026
                  mesure: 11 000 € -> 20 000 €
                kr e: Raise activation by 10 points
                  metric: 40% -> 50%
                kr f: Win 99 customers
                  metric: 0 -> 100
                kr g: Triple signups (3x)
                  metric: 100 -> 300
            "#,
        );
    }

    #[test]
    fn a_relative_target_matches_the_change_the_title_states() {
        let text = "kr a: Augmenter de 300 le nombre de MQL issus du trafic organique\n  mesure: +300 MQL\nkr b: Cut the CAC by 20%\n  metric: -20%\nkr c: Grow followers from 4100 to 4920\n  metric: 4 100 followers -> +20%\nkr d: Instagram followers +20% every month\n  metric: +20% per month\nkr e: Win 100 new customers\n  metric: +80 customers\n";
        check(
            "M205",
            r#"
                kr a: Augmenter de 300 le nombre de MQL issus du trafic organique
                  mesure: +300 MQL
                kr b: Cut the CAC by 20%
                  metric: -20%
                kr c: Grow followers from 4100 to 4920
                  metric: 4 100 followers -> +20%
                kr d: Instagram followers +20% every month
                  metric: +20% per month
                kr e: Win 100 new customers
                #     ^^^^^^^^^^^^^^^^^^^^^ M205
                  metric: +80 customers
            "#,
        );
        let d = &with_code(text, "M205")[0];
        assert!(
            d.message.render(crate::i18n::Lang::En).contains("`100`")
                && d.message
                    .render(crate::i18n::Lang::En)
                    .contains("by +80\u{a0}customers"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn durations_names_and_missing_baselines_are_left_alone() {
        check(
            "M205",
            r#"
                kr a: Bring my 10k time down from 62 to 55 minutes
                  metric: 62 minutes -> 55 minutes
                kr b: Win 40 clinics in 2 months
                  metric: 0 -> 40
                kr c: Signer 15 clients en 30 jours
                  mesure: 0 -> 15
                kr d: Win 100 customers
                  metric: 80 customers
                kr e: Ship by 2026-12-31
                  metric: 0 -> 1
            "#,
        );
    }

    #[test]
    fn over_a_percentage_a_count_is_the_population() {
        let text = "kr a: Win all 31 deals in the Q4 commit\n  metric: 0% -> 100%\nkr b: Lift the close rate to 30%\n  metric: 20% -> 25%\n";
        assert_eq!(spans(text, "M205"), ["Lift the close rate to 30%"]);
    }
}
