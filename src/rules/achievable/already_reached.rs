//! `A304` already-reached: an open key result whose log already shows its
//! target.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Logged, Metric};
use crate::rules::Context;
use crate::rules::measurable::unit_mismatch::quantity_message;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective reviews: Make Google reviews our first sales argument
    ///   period: 2027-Q1
    ///   kr count: Reach 150 Google reviews
    ///     metric: 120 -> 150 reviews
    /// 2026-11-12 count 153 reviews
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective reviews: Make Google reviews our first sales argument
    ///   period: 2027-Q1
    ///   kr count: Reach 220 Google reviews
    ///     metric: 153 -> 220 reviews
    /// 2026-11-12 count 153 reviews
    /// ```
    code: A304,
    name: "already-reached",
    family: Achievable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (idx, item) in cx.items(ItemKind::KeyResult) {
        if item.logs.is_empty() || cx.model.logged(idx, Logged::Done) {
            continue;
        }
        let Some(metric) = &item.metric else { continue };
        let Metric::Change {
            baseline: Some(baseline),
            target,
        } = &metric.value
        else {
            continue;
        };
        let (b, t) = (baseline.value, target.value);
        if b == t {
            continue; // A302's
        }
        let end = cx.model.window(idx).1;
        if end.is_some_and(|e| e < cx.today) {
            continue; // over: T502's
        }
        let Some(current) = crate::progress::measure::series(cx.model, idx, b, cx.today)
            .last()
            .map(|p| p.value)
        else {
            continue;
        };
        let reached = if t > b { current >= t } else { current <= t };
        if !reached {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(
                rule_A304_message,
                current = quantity_message(current, &target.unit),
                target = quantity_message(t, &target.unit),
                id = &item.id
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, with_code};

    #[test]
    fn a_target_the_log_already_shows() {
        let text = "kr a: Reach 5 000 subscribers\n  metric: 4 000 -> 5 000 subscribers\n  due: 2027-03-31\nrc b: Descendre le délai à 48 h\n  mesure: 72 h -> 48 h\n  échéance: 2027-03-31\n2026-11-10 a 5120 subscribers\n2026-11-02 b 40 h\n";
        check(
            "A304",
            r#"
                kr a: Reach 5 000 subscribers
                  metric: 4 000 -> 5 000 subscribers
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A304
                  due: 2027-03-31
                rc b: Descendre le délai à 48 h
                  mesure: 72 h -> 48 h
                # ^^^^^^^^^^^^^^^^^^^^ A304
                  échéance: 2027-03-31
                2026-11-10 a 5120 subscribers
                2026-11-02 b 40 h
            "#,
        );
        let d = &with_code(text, "A304")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .contains("5,120\u{a0}subscribers"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn not_yet_reached_done_or_over() {
        check(
            "A304",
            r#"
                kr a: Reach 5 000 subscribers
                  metric: 4 000 -> 5 000 subscribers
                  due: 2027-03-31
                kr b: Reach 300 leads
                  metric: 100 -> 300 leads
                  due: 2027-03-31
                kr c: Reach 50 demos
                  metric: 10 -> 50 demos
                  due: 2026-10-31
                2026-11-10 a 4800 subscribers
                2026-11-10 b 310 leads
                2026-11-11 b done
                2026-10-30 c 55 demos
            "#,
        );
    }
}
