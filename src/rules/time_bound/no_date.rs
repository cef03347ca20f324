//! `T501` no-date: an objective, key result or funnel with no end date.

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Fix, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective growth: Win our first 100 customers
    ///   owner: @sylvie
    ///   kr customers: Sign 100 paying customers
    ///     metric: 0 -> 100 customers
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective growth: Win our first 100 customers
    ///   period: 2026-Q4
    ///   owner: @sylvie
    ///   kr customers: Sign 100 paying customers
    ///     metric: 0 -> 100 customers
    /// ```
    code: T501,
    name: "no-date",
    family: TimeBound,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        let applies = match item.kind {
            ItemKind::Objective | ItemKind::Funnel => true,
            // Under an objective, the objective is reported instead.
            ItemKind::KeyResult => item.container.is_none(),
            ItemKind::Activity | ItemKind::Stage => false,
        };
        if !applies || cx.model.window(ItemIdx(n as u32)).1.is_some() {
            continue;
        }
        let quarter = quarter_of(cx.today, item.french);
        let line = if item.french {
            format!("période: {quarter}")
        } else {
            format!("period: {quarter}")
        };
        out.push(
            Diagnostic::new(
                &CODE,
                item.file,
                item.id_range,
                msg!(rule_T501_message, id = &item.id, kind = item.kind.article()),
            )
            .with_fix(Fix {
                title: msg!(rule_fix_add_line, line = &line),
                edits: crate::rules::fix::insert_line_after_header(item, &line)
                    .into_iter()
                    .collect(),
            }),
        );
    }
}

/// The quarter holding a day: `2026-Q4`, or `2026-T4` in French.
fn quarter_of(day: Date, french: bool) -> String {
    let letter = if french { 'T' } else { 'Q' };
    format!("{}-{letter}{}", day.year(), (day.month() - 1) / 3 + 1)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{apply_first_fix, check, with_code};

    #[test]
    fn undated_objectives_funnels_and_lone_key_results() {
        check(
            "T501",
            r#"
                kr lone: Sign 5 partners
                #  ^^^^ T501
                  metric: 0 -> 5 partners
                objective o: Win customers
                #         ^ T501
                  kr k: Sign 10 customers
                    metric: 0 -> 10 customers
                funnel f: Revenue
                #      ^ T501
                  goal: 5000 EUR
                  stage s: 500 EUR each
            "#,
        );
    }

    #[test]
    fn a_date_anywhere_up_the_chain_is_enough() {
        check(
            "T501",
            r#"
                objective o: Win customers
                  period: 2026-Q4
                  kr k: Sign 10 customers
                    metric: 0 -> 10 customers
                objective p: Ship
                  due: 2026-12
                funnel f: Revenue
                  goal: 5000 EUR by 2026-12-31
                funnel g: Leads
                  period: 2026-H2
                activity a: Call prospects
                  target: 5 per day
            "#,
        );
    }

    #[test]
    fn the_fix_adds_the_current_quarter_under_the_header() {
        let text = "objective o: Win customers   # comment\n  owner: @a\n  kr k: Sign 10 customers\n    metric: 0 -> 10 customers\n";
        let d = &with_code(text, "T501")[0];
        let fixed = apply_first_fix(text, d);
        assert_eq!(
            fixed,
            "objective o: Win customers   # comment\n  period: 2026-Q4\n  owner: @a\n  kr k: Sign 10 customers\n    metric: 0 -> 10 customers\n"
        );
        assert!(with_code(&fixed, "T501").is_empty());
    }

    #[test]
    fn the_fix_speaks_french_and_follows_indentation() {
        let text = "  rc k: Signer 10 clients\n    mesure: 0 -> 10 clients";
        let d = &with_code(text, "T501")[0];
        let fixed = apply_first_fix(text, d);
        assert_eq!(
            fixed,
            "  rc k: Signer 10 clients\n    période: 2026-T4\n    mesure: 0 -> 10 clients"
        );
        assert!(with_code(&fixed, "T501").is_empty());
        let text = "objectif o: Gagner des clients";
        let fixed = apply_first_fix(text, &with_code(text, "T501")[0]);
        assert_eq!(fixed, "objectif o: Gagner des clients\n  période: 2026-T4");
        assert!(with_code(&fixed, "T501").is_empty());
    }
}
