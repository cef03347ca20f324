//! `R405` only-financial: an objective measured only in money.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Item, ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::lexicon::{fold, tokens};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective q4: Make Q4 our best quarter
    ///   period: 2026-Q4
    ///   kr revenue: Grow monthly revenue from €11k to €20k
    ///     metric: €11k -> €20k
    ///   kr margin: Keep the gross margin above 70%
    ///     keep: >= 70%
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective q4: Make Q4 our best quarter
    ///   period: 2026-Q4
    ///   kr revenue: Grow monthly revenue from €11k to €20k
    ///     metric: €11k -> €20k
    ///   kr referrals: Win 15 new customers through referrals
    ///     metric: 0 -> 15 customers
    /// ```
    code: R405,
    name: "only-financial",
    family: Relevant,
    severity: Info,
}

/// Words that name what customers get, or the customers themselves.
const VALUE_WORDS: &[&str] = &[
    "customer*",
    "client*",
    "user*",
    "utilisateur*",
    "patient*",
    "member*",
    "membre*",
    "subscriber*",
    "abonne*",
    "nps",
    "csat",
    "satisf*",
    "retention",
    "churn",
    "attrition",
    "activation",
    "adoption",
    "usage",
    "engagement",
    "recommend*",
    "recommand*",
    "referral*",
    "parrain*",
    "loyal*",
    "fidel*",
    "review*",
    "avis",
    "onboarding",
    "support",
    "quality",
    "qualite",
    "experience",
    "delight*",
];

fn value_word(word: &str) -> bool {
    VALUE_WORDS
        .iter()
        .any(|entry| match entry.strip_suffix('*') {
            Some(prefix) => word.starts_with(prefix),
            None => word == *entry || word.strip_suffix('s') == Some(entry),
        })
}

fn in_currency(item: &Item) -> bool {
    let currency = |u: &Unit| matches!(u, Unit::Currency(_));
    match item.metric.as_ref().map(|m| &m.value) {
        Some(Metric::Change { baseline, target }) => {
            currency(&target.unit) || baseline.as_ref().is_some_and(|b| currency(&b.unit))
        }
        Some(Metric::Relative(relative)) => relative.unit().is_some_and(currency),
        Some(Metric::Keep { threshold, .. }) => currency(&threshold.unit),
        Some(Metric::Milestone) | None => false,
    }
}

/// Whether a key result measures money only.
fn financial(cx: &Context<'_>, item: &Item) -> bool {
    if in_currency(item) {
        return true;
    }
    let facts = cx.title(item);
    let money = !facts.financial.is_empty()
        || facts
            .numbers
            .iter()
            .any(|n| matches!(n.unit, Unit::Currency(_)));
    money && !tokens(&fold(&item.title)).iter().any(|w| value_word(w))
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        if item.children.is_empty()
            || !item
                .children
                .iter()
                .all(|&kr| financial(cx, cx.model.item(kr)))
        {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_R405_message, id = &item.id),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::check;

    #[test]
    fn money_only() {
        check(
            "R405",
            r#"
                objective a: Best quarter
                #         ^ R405
                  kr r: Grow revenue
                    metric: 10 -> 20
                  kr m: Keep cash above the floor
                    keep: >= 50 000 EUR
                objectif b: Meilleur trimestre
                #        ^ R405
                  rc ca: Porter le CA mensuel de 11 000 € à 20 000 €
                    mesure: 11 000 € -> 20 000 €
                  rc marge: Tenir la marge
                    garder: >= 60 %
                objective c: Revenue per customer
                #         ^ R405
                  kr arpu: Raise the revenue per customer
                    metric: $40 -> $50
            "#,
        );
    }

    #[test]
    fn one_key_result_on_value_is_enough() {
        check(
            "R405",
            r#"
                objective a: Best quarter
                  kr r: Grow ARR from $800k to $1.2M
                    metric: $800k -> $1.2M
                  kr churn: Keep monthly logo churn at or below 2%
                    keep: <= 2%
                objectif b: Meilleur trimestre
                  rc ca: Porter le CA de 11 000 € à 20 000 €
                    mesure: 11 000 € -> 20 000 €
                  rc sig: Passer le taux de signature des devis de 12,5 % à 20 %
                    mesure: 12,5 % -> 20 %
                objective c: Sales from happy customers
                  kr s: Grow sales to loyal customers
                    metric: 10 -> 20
                objective d: No key results
            "#,
        );
    }
}
