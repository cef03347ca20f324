//! `O606` numeric-objective: an objective that is only a number.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Unit};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective mrr: Reach $20k MRR on the theme shop
    ///   period: 2027-Q1
    ///   kr mrr-kr: Grow MRR from $12k to $20k
    ///     metric: $12k -> $20k
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective mrr: Make the theme shop pay a full-time support person
    ///   period: 2027-Q1
    ///   kr mrr-kr: Grow MRR from $12k to $20k
    ///     metric: $12k -> $20k
    /// ```
    code: O606,
    name: "numeric-objective",
    family: Okr,
    severity: Info,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        // A number after a bound names who or what ("deals under $5k").
        if facts.bound.is_some() {
            continue;
        }
        let target = facts.numbers.iter().find(|n| match &n.unit {
            Unit::Currency(_) | Unit::Percent => true,
            // A count of what is measured ("Win 50 new customers"), not a
            // year ("the 2027 plan").
            _ => {
                let year = n.value.fract() == 0.0 && (1990.0..=2100.0).contains(&n.value);
                !facts.counted.is_empty() && !facts.metric_nouns.is_empty() && !year
            }
        });
        if target.is_none() {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(rule_O606_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    #[test]
    fn money_shares_and_counts_in_an_objective_are_reported() {
        let text = "objective a: Reach $20k MRR on the theme shop\nobjectif b: Faire 45 000 € de CA en décembre\nobjective c: Win 50 new customers in Lyon\n";
        assert_eq!(
            spans(text, "O606"),
            [
                "Reach $20k MRR on the theme shop",
                "Faire 45 000 € de CA en décembre",
                "Win 50 new customers in Lyon"
            ]
        );
    }

    #[test]
    fn dates_durations_and_populations_are_not_targets() {
        let text = "objective a: Stop losing SMB customers in their first 90 days\nobjective b: Turn our top 40 accounts into multi-product customers\nobjectif c: Faire de 2027 notre meilleure saison de mariages\nobjectif d: Faire renouveler les contrats au 1er janvier\nobjective e: Bring 2025 closed-lost deals back to the table\nobjective f: Move deals under $5k to a no-touch buying path\n";
        assert!(spans(text, "O606").is_empty());
    }
}
