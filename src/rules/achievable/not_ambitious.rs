//! `A302` not-ambitious: a target that hardly moves from the baseline.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::Unit;
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::{quantity_message, same_unit, written_message};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective retention: Make clinics stay with us
    ///   period: 2026-Q4
    ///   kr renewals: Lift the renewal rate from 90% to 91%
    ///     metric: 90% -> 91%
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective retention: Make clinics stay with us
    ///   period: 2026-Q4
    ///   kr renewals: Lift the renewal rate from 90% to 95%
    ///     metric: 90% -> 95%
    /// ```
    code: A302,
    name: "not-ambitious",
    family: Achievable,
    severity: Warning,
}

/// A percentage rising towards 100 % is ambitious when it closes more than
/// this many times `min-change-percent` of the gap.
const GAP_FACTOR: f64 = 5.0;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    check_relative(cx, out);
    let min = cx.thresholds().min_change_percent;
    for (item, metric, baseline, target) in cx.changes() {
        if baseline.unit != Unit::None
            && target.unit != Unit::None
            && !same_unit(&baseline.unit, &target.unit)
        {
            continue;
        }
        let (b, t) = (baseline.value, target.value);
        let message = if t == b {
            msg!(
                rule_A302_equal,
                value = quantity_message(t, &target.unit),
                written = written_message(t, &target.unit)
            )
        } else if b != 0.0 {
            let change = ((t - b) / b).abs() * 100.0;
            if change >= min || change.is_nan() {
                continue;
            }
            // A rate rising towards 100 % is judged on the gap it closes
            // too: retention from 88 % to 92 % closes a third of it (more
            // than a quarter, with the default threshold).
            let percent = target.unit == Unit::Percent || baseline.unit == Unit::Percent;
            if percent && t > b && b < 100.0 && (t - b) / (100.0 - b) * 100.0 > GAP_FACTOR * min {
                continue;
            }
            let rounded = (change * 10.0).round() / 10.0;
            msg!(rule_A302_small_change, change = rounded, min = min)
        } else {
            continue;
        };
        out.push(Diagnostic::new(&CODE, item.file, metric.range, message));
    }
}

/// A relative target: its size is the change itself (`+2%`), or the
/// change over a written baseline (`4 100 -> +50`).
fn check_relative(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let min = cx.thresholds().min_change_percent;
    for (item, metric, relative) in cx.relatives() {
        let c = relative.change.value;
        let change = if relative.is_percent() {
            c.abs()
        } else if let Some(b) = relative
            .baseline
            .as_ref()
            .map(|b| b.value)
            .filter(|&b| b != 0.0)
        {
            (c / b).abs() * 100.0
        } else if c == 0.0 {
            0.0
        } else {
            continue;
        };
        if change >= min || change.is_nan() {
            continue;
        }
        let rounded = (change * 10.0).round() / 10.0;
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(rule_A302_small_relative, change = rounded, min = min),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::Workspace;
    use crate::config::Settings;
    use crate::rules::testing::{check, spans, today, with_code};

    #[test]
    fn equal_or_tiny_changes_are_reported_at_the_metric() {
        let text = "kr a: Hold NPS\n  metric: 40 -> 40\nkr b: Lift renewals\n  metric: 90% -> 91%\nkr c: Cut churn\n  metric: 2% -> 1,95 %\nkr d: Start\n  metric: 0 -> 0\n";
        check(
            "A302",
            r#"
                kr a: Hold NPS
                  metric: 40 -> 40
                # ^^^^^^^^^^^^^^^^ A302
                kr b: Lift renewals
                  metric: 90% -> 91%
                # ^^^^^^^^^^^^^^^^^^ A302
                kr c: Cut churn
                  metric: 2% -> 1,95 %
                # ^^^^^^^^^^^^^^^^^^^^ A302
                kr d: Start
                  metric: 0 -> 0
                # ^^^^^^^^^^^^^^ A302
            "#,
        );
        let found = with_code(text, "A302");
        assert!(
            found[1]
                .message
                .render(crate::i18n::Lang::En)
                .contains("1.1%"),
            "{}",
            found[1].message.render(crate::i18n::Lang::En)
        );
        assert!(
            found[0]
                .message
                .render(crate::i18n::Lang::En)
                .contains("keep: >= 40")
        );
    }

    #[test]
    fn real_changes_zero_baselines_and_other_measures_are_fine() {
        check(
            "A302",
            r#"
                kr a: Lift renewals
                  metric: 90% -> 95%
                kr b: Win customers
                  metric: 0 -> 1
                kr c: Raise NPS
                  metric: -10 -> -9
                kr d: Reach 300 MQLs
                  metric: 300 MQLs
                kr e: Keep NPS
                  keep: >= 40
                kr f: Two units
                  metric: 40 leads -> 40 customers
            "#,
        );
    }

    #[test]
    fn a_rate_near_its_ceiling_closes_a_gap() {
        let text = "kr a: Gross revenue retention from 88% to 92%\n  metric: 88% -> 92%\nkr b: Conversion from 40% to 41%\n  metric: 40% -> 41%\n";
        assert_eq!(spans(text, "A302"), ["metric: 40% -> 41%"]);
    }

    #[test]
    fn a_relative_target_is_judged_by_its_size() {
        let text = "kr a: Lift renewals\n  metric: +2%\nkr b: Grow followers\n  metric: 4 100 followers -> +100\nkr c: Gagner des abonnés\n  mesure: +3 % par mois\nkr d: Cut the CAC\n  metric: -20%\nkr e: Add MQLs\n  metric: +300 MQLs\nkr f: Grow followers\n  metric: 4 100 followers -> +300\n";
        check(
            "A302",
            r#"
                kr a: Lift renewals
                  metric: +2%
                # ^^^^^^^^^^^ A302
                kr b: Grow followers
                  metric: 4 100 followers -> +100
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A302
                kr c: Gagner des abonnés
                  mesure: +3 % par mois
                # ^^^^^^^^^^^^^^^^^^^^^ A302
                kr d: Cut the CAC
                  metric: -20%
                kr e: Add MQLs
                  metric: +300 MQLs
                kr f: Grow followers
                  metric: 4 100 followers -> +300
            "#,
        );
        // 100 / 4 100 = 2.44%, shown 2.4%.
        let found = with_code(text, "A302");
        assert!(
            found[1]
                .message
                .render(crate::i18n::Lang::En)
                .contains("2.4%"),
            "{}",
            found[1].message.render(crate::i18n::Lang::En)
        );
        assert!(
            found[2]
                .message
                .render(crate::i18n::Lang::Fr)
                .contains("3 %"),
            "{}",
            found[2].message.render(crate::i18n::Lang::Fr)
        );
    }

    #[test]
    fn the_threshold_is_configurable() {
        let text = "kr b: Lift renewals\n  metric: 90% -> 95%\n";
        let mut settings = Settings::default();
        settings.thresholds.min_change_percent = 10.0;
        let mut ws = Workspace::new();
        ws.add_file("t.goals", text);
        let found = ws.analyze_with(today(), &settings);
        assert!(found.diagnostics.iter().any(|d| d.code.code == "A302"));
    }
}
