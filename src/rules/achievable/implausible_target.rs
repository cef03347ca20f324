//! `A303` implausible-target: a target out of reach on its face.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::{Message, msg};
use crate::model::{Item, ItemIdx, ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::language::words;
use crate::rules::lexicon::LexiconKind;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective launch: Make the spring collection our best season
    ///   period: 2026-12
    ///   kr revenue: Triple online revenue this month
    ///     metric: 40 000 EUR -> 120 000 EUR
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective launch: Make the spring collection our best season
    ///   period: 2027-H1
    ///   kr revenue: Grow online revenue by half over the half-year
    ///     metric: 40 000 EUR -> 60 000 EUR
    /// ```
    code: A303,
    name: "implausible-target",
    family: Achievable,
    severity: Warning,
}

/// A value growing faster than this multiple a month, compounded, is out
/// of reach without history: ×2 in a month, ×8 in a quarter.
const MONTHLY_LIMIT: f64 = 2.0;
/// And any multiple this large within a year.
const YEARLY_LIMIT: f64 = 20.0;
/// Below this multiple nothing is implausible, however short the time.
const MIN_MULTIPLE: f64 = 2.0;

/// Below this, a baseline is a start from almost nothing (2 → 10 clients):
/// a multiple says little.
const SMALL_BASELINE: f64 = 5.0;
/// Below this, a baseline is small (8 → 40 mandates): only a steeper pace
/// (`SMALL_MONTHLY_LIMIT`) is out of reach.
const MODEST_BASELINE: f64 = 10.0;
const SMALL_MONTHLY_LIMIT: f64 = 3.0;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (n, item) in cx.model.items.iter().enumerate() {
        if item.kind == ItemKind::Stage || item.kind == ItemKind::Funnel {
            continue;
        }
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        let whole_market = facts.mentions_market
            && facts
                .numbers
                .iter()
                .any(|n| n.unit == Unit::Percent && n.value >= 100.0);
        // "Every lead", "toutes les opportunités": out of reach to win,
        // not to work on ("Mettre à jour toutes les opportunités").
        let phrase = facts
            .unrealistic
            .iter()
            .find(|p| facts.task_verb.is_none() || !speaks_of_all(p));
        if let Some(phrase) = phrase {
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                range,
                msg!(rule_A303_phrase, phrase = phrase),
            ));
            continue;
        }
        if whole_market {
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                range,
                msg!(rule_A303_whole_market),
            ));
            continue;
        }
        if item.kind != ItemKind::KeyResult || item.logs.len() >= 2 {
            continue;
        }
        if let Some(message) = all_or_nothing(item).filter(|_| !all_by_our_own_work(cx, item)) {
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                item.metric.as_ref().map_or(range, |m| m.range),
                message,
            ));
            continue;
        }
        // A metric from a baseline says the multiple; the title's word for
        // it counts only when the metric has none.
        let has_baseline = matches!(
            item.metric.as_ref().map(|m| &m.value),
            Some(Metric::Change {
                baseline: Some(_),
                ..
            })
        );
        // Registrations for a webinar or a trade show pile up towards its
        // day: their multiple is not a pace of growth.
        if facts.event {
            continue;
        }
        let factor = if has_baseline {
            multiple(item)
        } else {
            facts.multiplier
        };
        let Some(factor) = factor else {
            continue;
        };
        let Some(days) = days(cx, ItemIdx(n as u32), facts.durations.iter().copied()) else {
            // No date at all: ×20 is out of reach in any time a plan
            // covers (the missing date is T501's).
            if factor >= YEARLY_LIMIT {
                out.push(Diagnostic::new(
                    &CODE,
                    item.file,
                    item.metric.as_ref().map_or(range, |m| m.range),
                    msg!(rule_A303_no_time, factor = (factor * 10.0).round() / 10.0),
                ));
            }
            continue;
        };
        let monthly = factor.powf(30.0 / days.max(1.0));
        let modest = match item.metric.as_ref().map(|m| &m.value) {
            Some(Metric::Change {
                baseline: Some(b),
                target,
            }) => target.unit != Unit::Percent && b.value < MODEST_BASELINE,
            _ => false,
        };
        let limit = if modest {
            SMALL_MONTHLY_LIMIT
        } else {
            MONTHLY_LIMIT
        };
        let implausible = factor >= MIN_MULTIPLE
            && (monthly >= limit || (factor >= YEARLY_LIMIT && days <= 366.0));
        if !implausible {
            continue;
        }
        let at = item.metric.as_ref().map_or(range, |m| m.range);
        let days = days.round() as i64;
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            at,
            msg!(
                rule_A303_too_fast,
                factor = (factor * 10.0).round() / 10.0,
                days = days
            ),
        ));
    }
}

/// Whether an unrealistic phrase is "all of them" (`every lead`, `tous les
/// prospects`) rather than a rank or a promise (`n°1`, `overnight`).
fn speaks_of_all(phrase: &str) -> bool {
    let first = crate::rules::language::fold(phrase);
    let first = first.split([' ', '\'']).next().unwrap_or("");
    matches!(
        first,
        "every" | "all" | "the" | "entire" | "tous" | "toutes" | "tout" | "l"
    ) && !first.is_empty()
}

/// A share taken to all (35 % → 100 % of tenders won) or to nothing (churn
/// from 14 % to 0 %): no team wins every deal or keeps every customer.
fn all_or_nothing(item: &Item) -> Option<Message> {
    let Metric::Change {
        baseline: Some(b),
        target,
    } = &item.metric.as_ref()?.value
    else {
        return None;
    };
    if target.unit != Unit::Percent || !matches!(b.unit, Unit::Percent | Unit::None) {
        return None;
    }
    let (b, t) = (b.value, target.value);
    if t >= 100.0 && b <= ALL_FROM {
        return Some(msg!(rule_A303_to_all));
    }
    if t == 0.0 && b >= NOTHING_FROM {
        return Some(msg!(rule_A303_to_none));
    }
    None
}

/// Whether a share taken to 100 % is of work the team does itself ("100 %
/// des nouveaux adhérents reçus en séance de bienvenue"): within reach.
fn all_by_our_own_work(cx: &Context<'_>, item: &Item) -> bool {
    let to_all = matches!(
        item.metric.as_ref().map(|m| &m.value),
        Some(Metric::Change { target, .. }) if target.value >= 100.0
    );
    to_all
        && !cx
            .lexicon
            .find_all(LexiconKind::OwnWork, &words(&item.title))
            .is_empty()
}

/// Shares below which reaching 100 %, or above which reaching 0 %, is out
/// of reach.
const ALL_FROM: f64 = 80.0;
const NOTHING_FROM: f64 = 5.0;

/// Target over baseline, for a measure going up from a real base.
fn multiple(item: &Item) -> Option<f64> {
    let Metric::Change {
        baseline: Some(b),
        target,
    } = &item.metric.as_ref()?.value
    else {
        return None;
    };
    let (b, t) = (b.value, target.value);
    let small = if target.unit == Unit::Percent {
        1.0
    } else {
        SMALL_BASELINE
    };
    (b >= small && t > b).then(|| t / b)
}

/// Days to reach the target: a duration the title gives, or the window.
fn days(cx: &Context<'_>, idx: ItemIdx, mut durations: impl Iterator<Item = f64>) -> Option<f64> {
    if let Some(d) = durations.next() {
        return Some(d);
    }
    let (start, end) = cx.model.window(idx);
    let end = end?;
    // The whole window, as planned: time running out is A301's, with a log.
    let from = start.unwrap_or(cx.today);
    let days = (end - from).get_days() as f64 + 1.0;
    (days > 0.0).then_some(days)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, spans, with_code};

    #[test]
    fn twenty_times_with_no_date_is_out_of_reach() {
        let text = "kr a: Grow from 60 to 1 500 exhibitors\n  metric: 60 exhibitors -> 1 500 exhibitors\nkr b: Grow from 60 to 600 exhibitors\n  metric: 60 exhibitors -> 600 exhibitors\n";
        assert_eq!(
            spans(text, "A303"),
            ["metric: 60 exhibitors -> 1 500 exhibitors"]
        );
    }

    #[test]
    fn small_bases_need_a_steeper_pace() {
        // 2026-11-24 to 2026-12-24: 31 days.
        let text = "objective o: Exclusive mandates\n  period: 2026-11-24..2026-12-24\n  kr a: Grow from 8 to 40 mandates\n    metric: 8 mandates -> 40 mandates\n  kr b: Grow from 8 to 20 sign-ups\n    metric: 8 signups -> 20 signups\n  kr c: Grow from 3 to 40 partners\n    metric: 3 partners -> 40 partners\n";
        assert_eq!(spans(text, "A303"), ["metric: 8 mandates -> 40 mandates"]);
    }

    #[test]
    fn phrases_that_promise_the_impossible() {
        let text = "objective a: Become Europe's leading brand by spring\nobjectif b: Signer tous les prospects du salon\nkr c: Win every deal we pitch\n  milestone\nkr d: Take 100% of the Lyon market\n  metric: 3% -> 100%\nrc e: Remporter les appels d'offres auxquels on répond\n  mesure: 35 % -> 100 %\nkr f: Annual logo churn down\n  metric: 14% -> 0%\n";
        check(
            "A303",
            r#"
                objective a: Become Europe's leading brand by spring
                #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A303
                objectif b: Signer tous les prospects du salon
                #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A303
                kr c: Win every deal we pitch
                #     ^^^^^^^^^^^^^^^^^^^^^^^ A303
                  milestone
                kr d: Take 100% of the Lyon market
                #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A303
                  metric: 3% -> 100%
                rc e: Remporter les appels d'offres auxquels on répond
                  mesure: 35 % -> 100 %
                # ^^^^^^^^^^^^^^^^^^^^^ A303
                kr f: Annual logo churn down
                  metric: 14% -> 0%
                # ^^^^^^^^^^^^^^^^^ A303
            "#,
        );
        let d = &with_code(text, "A303")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .starts_with("`Europe's leading`"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn all_of_our_own_work_and_relative_years_are_within_reach() {
        check(
            "A303",
            r#"
                rc a: Mettre à jour toutes les opportunités dans Salesforce chaque vendredi
                  jalon
                kr b: Call every lead within 5 minutes
                  milestone
                rc c: 6 sponsors identifiés au niveau N-1 du DSI
                  mesure: 2 sponsors -> 6 sponsors
                rc d: Gagner toutes les opportunités du trimestre
                #     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A303
                  jalon
            "#,
        );
    }

    #[test]
    fn all_of_those_our_own_work_reaches() {
        check(
            "A303",
            r#"
                rc a: 100 % des nouveaux adhérents reçus en séance de bienvenue
                  mesure: 60 % -> 100 %
                kr b: Every new client called in their first week
                  metric: 70% -> 100%
                kr c: Win rate on tenders to 100%
                  metric: 35% -> 100%
                # ^^^^^^^^^^^^^^^^^^^ A303
            "#,
        );
    }

    #[test]
    fn registrations_for_a_dated_event_pile_up() {
        // Today is 2026-11-24 in rule tests.
        check(
            "A303",
            r#"
                rc a: Atteindre 300 inscrits au webinaire de février
                  mesure: 90 inscrits -> 300 inscrits
                  échéance: 2027-01-10
                kr b: Grow newsletter sign-ups from 90 to 300
                  metric: 90 -> 300
                # ^^^^^^^^^^^^^^^^^ A303
                  due: 2027-01-10
            "#,
        );
    }

    #[test]
    fn a_large_multiple_in_a_short_window() {
        // Today is 2026-11-24 in rule tests: 38 days to the end of the year.
        let text = "kr a: Triple revenue in three weeks\n  metric: 20 000 EUR -> 60 000 EUR\nkr b: Grow MRR to 30k\n  metric: 10 000 EUR -> 30 000 EUR\n  due: 2026-12-31\nkr q: Lift aided awareness\n  metric: 4% -> 80%\n  due: 2027-02-28\nrc c: Multiplier par dix les inscriptions\n  mesure: 0 -> 500 inscriptions\n  échéance: 2026-12-31\n";
        check(
            "A303",
            r#"
                kr a: Triple revenue in three weeks
                  metric: 20 000 EUR -> 60 000 EUR
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A303
                kr b: Grow MRR to 30k
                  metric: 10 000 EUR -> 30 000 EUR
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A303
                  due: 2026-12-31
                kr q: Lift aided awareness
                  metric: 4% -> 80%
                # ^^^^^^^^^^^^^^^^^ A303
                  due: 2027-02-28
                rc c: Multiplier par dix les inscriptions
                  mesure: 0 -> 500 inscriptions
                  échéance: 2026-12-31
            "#,
        );
        let d = &with_code(text, "A303")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .starts_with("×3 in 21 days"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn time_a_small_base_or_a_log_make_it_plausible() {
        check(
            "A303",
            r#"
                kr w: Grow the waitlist from 90 to 300 people
                  metric: 90 -> 300 people
                  due: 2027-03-31
                kr a: Triple revenue next year
                  metric: 20 000 EUR -> 60 000 EUR
                  due: 2027-12-31
                kr b: Sign 2 then 10 clinics
                  metric: 2 -> 10 clinics
                  due: 2026-12-31
                kr c: Grow MRR to 30k
                  metric: 10 000 EUR -> 30 000 EUR
                  due: 2026-12-31
                2026-11-01 c 14 000 EUR
                2026-11-20 c 21 000 EUR
            "#,
        );
    }
}
