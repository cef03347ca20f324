//! `O606` numeric-objective: an objective that is only a number.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::{ItemKind, Unit};
use crate::rules::Context;

pub const CODE: Code = Code {
    code: "O606",
    name: "numeric-objective",
    family: Family::Okr,
    severity: Severity::Info,
    summary: Text {
        en: "An objective whose title is a target number.",
        fr: "Un objectif dont le titre est un chiffre à atteindre.",
    },
    what: Text {
        en: "Reports, as information, an objective whose title states the target: an amount of money, a percentage, or a count of what a key result measures (\"Reach $20k MRR\", \"Faire 45 000 € de CA en décembre\"). Dates, durations, years and the population named (\"our top 40 accounts\", \"in their first 90 days\", \"deals under $5k\") are not targets.",
        fr: "Signale, pour information, un objectif dont le titre énonce la cible : une somme, un pourcentage, ou un nombre de ce qu'un résultat clé mesure (« Faire 45 000 € de CA en décembre », « Reach $20k MRR »). Les dates, les durées, les années et la population visée (« nos 40 premiers comptes », « dans leurs 90 premiers jours », « les affaires sous 5 000 € ») ne sont pas des cibles.",
    },
    why: Text {
        en: "In an OKR, the objective says qualitatively what we are after and the key results carry the numbers. An objective that is a number leaves the team nothing to aim at once it is met, and nothing to choose by when two ways to meet it compete.",
        fr: "Dans un OKR, l'objectif dit qualitativement ce qu'on cherche et les résultats clés portent les chiffres. Un objectif qui n'est qu'un chiffre ne laisse rien à viser une fois atteint, ni rien pour choisir entre deux façons de l'atteindre.",
    },
    bad: "objective mrr: Reach $20k MRR on the theme shop\n  period: 2027-Q1\n  kr mrr-kr: Grow MRR from $12k to $20k\n    metric: $12k -> $20k\n",
    good: "objective mrr: Make the theme shop pay a full-time support person\n  period: 2027-Q1\n  kr mrr-kr: Grow MRR from $12k to $20k\n    metric: $12k -> $20k\n",
};

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
            Message::new(
                format!(
                    "`{}` is a number to reach: say in the objective what you are after, and leave the number to a key result",
                    item.id
                ),
                format!(
                    "`{}` est un chiffre à atteindre : dites dans l'objectif ce que vous cherchez, et laissez le chiffre à un résultat clé",
                    item.id
                ),
            ),
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
