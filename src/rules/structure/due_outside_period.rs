//! `E015` due-outside-period: a key result due (or starting) outside its
//! objective's period.

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Related, declare_rule};
use crate::i18n::{Message, msg};
use crate::model::{Item, ItemKind, Spanned};
use crate::rules::Context;
use crate::text::TextRange;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective revenue: Grow Q4 revenue by 40%
    ///   period: 2026-Q4
    ///   kr deals: Close 20 new deals
    ///     metric: 0 -> 20 deals
    ///     due: 2027-01-31
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective revenue: Grow Q4 revenue by 40%
    ///   period: 2026-Q4
    ///   kr deals: Close 20 new deals
    ///     metric: 0 -> 20 deals
    ///     due: 2026-12-31
    /// ```
    code: E015,
    name: "due-outside-period",
    family: Structure,
    severity: Warning,
}

/// One end of an objective: the date and the line that sets it.
struct End {
    date: Date,
    range: TextRange,
}

fn ends(objective: &Item) -> (Option<End>, Option<End>) {
    let from = |s: &Spanned<Date>| End {
        date: s.value,
        range: s.range,
    };
    let start = objective.start.as_ref().map(from).or_else(|| {
        objective.period.as_ref().map(|p| End {
            date: p.value.start,
            range: p.range,
        })
    });
    let end = objective.due.as_ref().map(from).or_else(|| {
        objective.period.as_ref().map(|p| End {
            date: p.value.end,
            range: p.range,
        })
    });
    (start, end)
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, kr) in cx.items(ItemKind::KeyResult) {
        let Some(objective) = kr.container.map(|o| cx.model.item(o)) else {
            continue;
        };
        let (start, end) = ends(objective);
        let obj = &objective.id;
        let mut report = |at: &Spanned<Date>, bound: &End, message: Message| {
            out.push(
                Diagnostic::new(&CODE, kr.file, at.range, message).with_related(Related {
                    file: objective.file,
                    range: bound.range,
                    message: msg!(rule_E015_dates_of, objective = obj),
                }),
            );
        };
        if let Some(due) = &kr.due {
            let (d, id) = (due.value, &kr.id);
            if let Some(e) = end.as_ref().filter(|e| d > e.date) {
                let b = e.date;
                report(
                    due,
                    e,
                    msg!(
                        rule_E015_due_after_end,
                        id = id,
                        date = d.to_string(),
                        objective = obj,
                        end = b.to_string()
                    ),
                );
            } else if let Some(s) = start.as_ref().filter(|s| d < s.date) {
                let b = s.date;
                report(
                    due,
                    s,
                    msg!(
                        rule_E015_due_before_start,
                        id = id,
                        date = d.to_string(),
                        objective = obj,
                        start = b.to_string()
                    ),
                );
            }
        }
        // A start after the key result's own end is E006's to report.
        let own_end = kr
            .due
            .as_ref()
            .map(|d| d.value)
            .or(kr.period.as_ref().map(|p| p.value.end));
        if let Some(own) = kr
            .start
            .as_ref()
            .filter(|s| own_end.is_none_or(|e| s.value <= e))
        {
            let (d, id) = (own.value, &kr.id);
            if let Some(s) = start.as_ref().filter(|s| d < s.date) {
                let b = s.date;
                report(
                    own,
                    s,
                    msg!(
                        rule_E015_starts_before_start,
                        id = id,
                        date = d.to_string(),
                        objective = obj,
                        start = b.to_string()
                    ),
                );
            } else if let Some(e) = end.as_ref().filter(|e| d > e.date) {
                let b = e.date;
                report(
                    own,
                    e,
                    msg!(
                        rule_E015_starts_after_end,
                        id = id,
                        date = d.to_string(),
                        objective = obj,
                        end = b.to_string()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, with_code};

    #[test]
    fn a_due_after_the_period_is_reported_at_the_due_date() {
        let text = "objective o: Grow Q4 revenue\n  period: 2026-Q4\n  kr a: Close deals\n    metric: 0 -> 20\n    due: 2027-01\n  kr b: Hire\n    milestone\n    due: 2026-09-30\n";
        check(
            "E015",
            r#"
                objective o: Grow Q4 revenue
                  period: 2026-Q4
                  kr a: Close deals
                    metric: 0 -> 20
                    due: 2027-01
                #   ^^^^^^^^^^^^ E015
                  kr b: Hire
                    milestone
                    due: 2026-09-30
                #   ^^^^^^^^^^^^^^^ E015
            "#,
        );
        let d = &with_code(text, "E015")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .contains("2027-01-31"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
        assert_eq!(&text[d.related[0].range.as_range()], "period: 2026-Q4");
    }

    #[test]
    fn a_start_before_the_objective_is_reported() {
        check(
            "E015",
            r#"
                objective o: Grow Q4 revenue
                  start: 2026-10-15
                  due: 2026-12-15
                  kr a: Close deals
                    metric: 0 -> 20
                    start: 2026-10
                #   ^^^^^^^^^^^^^^ E015
                    due: 2026-12-15
            "#,
        );
    }

    #[test]
    fn dates_inside_or_missing_are_fine() {
        // 2026-W53 ends on 2027-01-03: after the quarter.
        check(
            "E015",
            r#"
                objective o: Grow Q4 revenue
                  period: 2026-Q4
                  kr a: Close deals
                    metric: 0 -> 20
                    start: 2026-11-01
                    due: 2026-W53
                #   ^^^^^^^^^^^^^ E015
                objective p: No dates
                  kr b: Close deals
                    metric: 0 -> 20
                    due: 2030
                kr c: No objective
                  milestone
                  due: 2030
            "#,
        );
        check(
            "E006",
            r#"
                objective o: Grow Q4 revenue
                  period: 2026-Q4
                  kr a: Close deals
                    metric: 0 -> 20
                    start: 2027-01-10
                #   ^^^^^^^^^^^^^^^^^ E006
                    period: 2026-Q4
            "#,
        );
        check(
            "E015",
            r#"
                objective o: Grow Q4 revenue
                  period: 2026-Q4
                  kr a: Close deals
                    metric: 0 -> 20
                    start: 2027-01-10
                    period: 2026-Q4
            "#,
        );
        check(
            "E015",
            r#"
                objective o: Grow Q4 revenue
                  period: 2026-Q4
                  kr a: Close deals
                    metric: 0 -> 20
                    due: 2026-12
            "#,
        );
    }
}
