//! `A306` activity-too-small: one-to-one work whose whole volume is below
//! the result it is meant to bring.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{Item, ItemIdx, ItemKind, Metric, RatePeriod, Unit};
use crate::progress::days_between;
use crate::rules::Context;
use crate::rules::language::words;
use crate::rules::lexicon::LexiconKind;
use crate::rules::measurable::unit_mismatch::quantity_message;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective labs: Open accounts with private labs
    ///   period: 2027-Q1
    ///   kr accounts: Open 30 new lab accounts
    ///     metric: 0 -> 30 accounts
    /// activity calls: Call labs that are not customers yet
    ///   target: 2 calls per week
    ///   supports: accounts
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective labs: Open accounts with private labs
    ///   period: 2027-Q1
    ///   kr accounts: Open 30 new lab accounts
    ///     metric: 0 -> 30 accounts
    /// activity calls: Call labs that are not customers yet
    ///   target: 25 calls per week
    ///   supports: accounts
    /// ```
    code: A306,
    name: "activity-too-small",
    family: Achievable,
    severity: Warning,
}

/// Actions one activity plans between two days, at its rate.
fn volume(item: &Item, start: jiff::civil::Date, end: jiff::civil::Date) -> Option<f64> {
    let rate = &item.rate.as_ref()?.value;
    if !(rate.count.is_finite() && rate.count > 0.0 && rate.every > 0) {
        return None;
    }
    let days = (days_between(start, end) + 1).max(0) as f64;
    let period = match rate.period {
        RatePeriod::Day => 1.0,
        RatePeriod::Weekday => 7.0 / 5.0,
        RatePeriod::Week => 7.0,
        RatePeriod::Month => 365.2425 / 12.0,
        RatePeriod::Quarter => 365.2425 / 4.0,
        RatePeriod::Year => 365.2425,
    };
    Some(rate.count * days / (period * f64::from(rate.every)))
}

/// An activity whose unit (or, without one, whose title) is one-to-one work.
fn one_to_one(cx: &Context<'_>, item: &Item) -> bool {
    let Some(rate) = &item.rate else {
        return false;
    };
    let text = rate.value.unit.as_deref().unwrap_or(&item.title);
    let words = words(text);
    !cx.lexicon.find_all(LexiconKind::Touches, &words).is_empty()
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (idx, kr) in cx.items(ItemKind::KeyResult) {
        let Some(Metric::Change { baseline, target }) = kr.metric.as_ref().map(|m| &m.value) else {
            continue;
        };
        // Counted in what one buyer gives one of: accounts, deals, meetings.
        let won = match &target.unit {
            Unit::Word(w) => !cx.lexicon.find_all(LexiconKind::Won, &words(w)).is_empty(),
            Unit::None => !cx
                .lexicon
                .find_all(LexiconKind::Won, &words(&kr.title))
                .is_empty(),
            Unit::Percent | Unit::Currency(_) => false,
        };
        if !won {
            continue;
        }
        let gain = target.value - baseline.as_ref().map_or(0.0, |b| b.value);
        let (kr_start, Some(end)) = cx.model.window(idx) else {
            continue;
        };
        if !(gain.is_finite() && gain >= 2.0) || end < cx.today {
            continue;
        }
        let supporters: Vec<(ItemIdx, &Item)> = cx
            .model
            .supporters(idx)
            .iter()
            .map(|&a| (a, cx.model.item(a)))
            .collect();
        if supporters.is_empty() || !supporters.iter().all(|(_, a)| one_to_one(cx, a)) {
            continue;
        }
        let mut total = 0.0;
        for (_, a) in &supporters {
            let start = a
                .start
                .as_ref()
                .map(|s| s.value)
                .or(kr_start)
                .unwrap_or(cx.today)
                .max(kr_start.unwrap_or(cx.today).min(cx.today));
            let Some(v) = volume(a, start, end) else {
                total = f64::INFINITY;
                break;
            };
            total += v;
        }
        if total >= gain {
            continue;
        }
        let (_, first) = supporters[0];
        let range = first.rate.as_ref().map_or(first.id_range, |r| r.range);
        out.push(Diagnostic::new(
            &CODE,
            first.file,
            range,
            msg!(
                rule_A306_message,
                id = &kr.id,
                planned = total.floor(),
                due = end.to_string(),
                gain = quantity_message(gain, &target.unit)
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    const PLAN: &str = "objectif labos: Ouvrir des comptes\n  période: 2027-T1\n  rc comptes: Ouvrir 30 nouveaux comptes\n    mesure: 0 -> 30 comptes\n";

    #[test]
    fn two_calls_a_week_for_thirty_accounts_is_reported() {
        // 2027-01-01..2027-03-31: 90 days, 25.7 calls.
        let text = format!(
            "{PLAN}activité appels: Appeler des labos\n  cible: 2 appels par semaine\n  soutient: comptes\n"
        );
        assert_eq!(spans(&text, "A306"), ["cible: 2 appels par semaine"]);
    }

    #[test]
    fn enough_calls_or_campaigns_are_not() {
        let enough = format!(
            "{PLAN}activité appels: Appeler des labos\n  cible: 3 appels par semaine\n  soutient: comptes\n"
        );
        assert!(spans(&enough, "A306").is_empty());
        // A post reaches many people: it may bring more than one account.
        let posts = format!(
            "{PLAN}activité posts: Publier sur LinkedIn\n  cible: 1 post par semaine\n  soutient: comptes\n"
        );
        assert!(spans(&posts, "A306").is_empty());
        // A meeting with a prescriber may bring many hours.
        let hours = "objectif h: Remplir les plannings\n  période: 2027-T1\n  rc heures: Passer de 3 200 à 3 900 heures\n    mesure: 3 200 heures -> 3 900 heures\nactivité p: Rencontrer un prescripteur\n  cible: 3 rencontres par semaine\n  soutient: heures\n";
        assert!(spans(hours, "A306").is_empty());
    }
}
