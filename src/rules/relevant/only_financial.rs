//! `R405` only-financial: an objective measured only in money.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Item, ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::lexicon::{fold, tokens};
use crate::rules::relevant::why_no_reason::gives_no_reason;

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
    let money_only = |item: &Item| {
        !item.children.is_empty()
            && item
                .children
                .iter()
                .all(|&kr| financial(cx, cx.model.item(kr)))
    };
    // What is judged is the plan: an objective about money beside one
    // about customers (churn, NPS, usage) in the same file is a plan that
    // says what customers get. Files are the plans users write.
    let mut with_value = rustc_hash::FxHashSet::default();
    for (_, item) in cx.items(ItemKind::Objective) {
        if !item.children.is_empty() && !money_only(item) {
            with_value.insert(item.file);
        }
    }
    for (_, item) in cx.items(ItemKind::Objective) {
        if !money_only(item) || with_value.contains(&item.file) {
            continue;
        }
        // A why that says what the money is for ("At $20k I can hire a
        // support person", « financer la rénovation ») makes the money a
        // means; one that only restates it (« faire du chiffre », `R406`)
        // does not.
        if item
            .why
            .as_ref()
            .is_some_and(|why| !gives_no_reason(cx, &why.value))
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

    #[test]
    fn a_why_saying_what_the_money_is_for() {
        check(
            "R405",
            r#"
                objective a: Reach $20k MRR on the theme shop
                  why: At $20k I can hire a full-time support person
                  kr mrr: MRR from $12k to $20k
                    metric: $12k -> $20k
                objectif b: Faire du chiffre en décembre
                #        ^ R405
                  pourquoi: faire du chiffre
                  rc ca: CA de 20 000 € à 30 000 €
                    mesure: 20 000 € -> 30 000 €
            "#,
        );
    }

    #[test]
    fn a_plan_with_an_objective_on_value_is_not_only_money() {
        check(
            "R405",
            r#"
                objective group: Cross 50 M€ of group revenue
                  kr ca: Group revenue from 43 M€ to 50 M€
                    metric: 43M € -> 50M €
                objective agency: Make Marseille our second agency
                  kr ca-m: Agency revenue from 4.2 M€ to 6 M€
                    metric: 4.2M € -> 6M €
                  kr nps: Client NPS from 30 to 45
                    metric: 30 -> 45
            "#,
        );
    }
}
