//! `C701` stale: an open goal nobody has checked in on lately.

use std::collections::HashSet;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemIdx, ItemKind, Logged, Model, RatePeriod};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective loyal: Customers who stay and recommend us
    ///   period: 2026-Q4
    ///   kr referrals: Get 15 new customers through referrals
    ///     metric: 0 -> 15 customers
    ///
    /// 2026-10-19 referrals +2
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective loyal: Customers who stay and recommend us
    ///   period: 2026-Q4
    ///   kr referrals: Get 15 new customers through referrals
    ///     metric: 0 -> 15 customers
    ///
    /// 2026-10-19 referrals +2
    /// 2026-11-20 loyal confidence 50% "referrals start late"
    /// ```
    code: C701,
    name: "stale",
    family: Review,
    severity: Warning,
}

/// When an item last had news, and whether it is still open.
struct Freshness {
    open: bool,
    /// The last log line, or the start when there is none.
    since: Option<Date>,
}

fn last_log(model: &Model, items: impl Iterator<Item = ItemIdx>) -> Option<Date> {
    // An item's logs are sorted by date: its last is its latest.
    items
        .filter_map(|i| model.logs_of(i).next_back().map(|l| l.date.value))
        .max()
}

fn closed(model: &Model, idx: ItemIdx) -> bool {
    model.logged(idx, Logged::Done) || model.logged(idx, Logged::Dropped)
}

fn freshness(model: &Model, today: Date, idx: ItemIdx) -> Freshness {
    let item = model.item(idx);
    let (start, end) = model.window(idx);
    let own = last_log(model, std::iter::once(idx));
    let started = match start {
        Some(s) => s <= today,
        // With no dates, its first log line says it has started.
        None => own.is_some() || end.is_some(),
    };
    let open = started
        && end.is_none_or(|e| e >= today)
        && !closed(model, idx)
        && item.container.is_none_or(|c| !closed(model, c));
    // Activities that support a key result are news of it: the work is
    // logged where it is done.
    let supporters = |targets: &[ItemIdx]| {
        let found: Vec<ItemIdx> = model
            .items
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.kind == ItemKind::Activity
                    && a.supports
                        .iter()
                        .any(|r| r.target.is_some_and(|t| targets.contains(&t)))
            })
            .map(|(n, _)| ItemIdx(n as u32))
            .collect();
        // Work that starts is news too: an activity starting now says the
        // plan was just taken up.
        let started = found
            .iter()
            .filter_map(|&a| model.item(a).start.as_ref().map(|s| s.value))
            .filter(|&s| s <= today)
            .max();
        last_log(model, found.into_iter()).max(started)
    };
    let news = match item.kind {
        ItemKind::Objective => {
            let mut targets = item.children.clone();
            targets.push(idx);
            last_log(model, item.children.iter().copied())
                .max(own)
                .max(supporters(&targets))
        }
        ItemKind::KeyResult => item
            .container
            .and_then(|c| last_log(model, std::iter::once(c)))
            .max(own)
            .max(supporters(&[idx])),
        _ => own,
    };
    Freshness {
        open,
        since: news.or(start),
    }
}

/// Days one period of an activity's rate spans, at most.
fn rate_days(period: RatePeriod, every: u32) -> u32 {
    let days: u32 = match period {
        RatePeriod::Day => 1,
        RatePeriod::Weekday => 3,
        RatePeriod::Week => 7,
        RatePeriod::Month => 31,
        RatePeriod::Quarter => 92,
        RatePeriod::Year => 366,
    };
    days.saturating_mul(every.max(1))
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // A plan nobody has logged anything against yet is being written, not
    // going quiet: staleness starts with the first log line.
    if cx.model.logs.is_empty() {
        return;
    }
    let stale_days = cx.thresholds().stale_days;
    let limit = |days: u32| {
        jiff::Span::new()
            .try_days(i64::from(days))
            .ok()
            .and_then(|span| cx.today.checked_sub(span).ok())
    };
    // A line on or after this day is recent news.
    let cutoff = limit(stale_days);
    let mut stale_objectives: HashSet<ItemIdx> = HashSet::new();
    for kind in [ItemKind::Objective, ItemKind::KeyResult, ItemKind::Activity] {
        for (idx, item) in cx.items(kind) {
            if item
                .container
                .is_some_and(|c| stale_objectives.contains(&c))
            {
                continue;
            }
            let f = freshness(cx.model, cx.today, idx);
            let Some(since) = f.since.filter(|_| f.open) else {
                continue;
            };
            let cutoff = match &item.rate {
                Some(rate) => limit(stale_days.max(rate_days(rate.value.period, rate.value.every))),
                None => cutoff,
            };
            let Some(cutoff) = cutoff else { continue };
            if since >= cutoff {
                continue;
            }
            if kind == ItemKind::Objective {
                stale_objectives.insert(idx);
            }
            let days = cx.today.since(since).map_or(0, |s| s.get_days());
            let (id, since) = (&item.id, since.to_string());
            let message = if item.kind == ItemKind::Objective && !item.children.is_empty() {
                msg!(
                    rule_C701_with_key_results,
                    id = id,
                    since = since,
                    days = days
                )
            } else {
                msg!(rule_C701_message, id = id, since = since, days = days)
            };
            out.push(Diagnostic::new(&CODE, item.file, item.id_range, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Settings;
    use crate::rules::testing::{analyze_with, check, spans};

    #[test]
    fn nothing_logged_for_too_long() {
        check(
            "C701",
            r#"
                objective o: Grow
                #         ^ C701
                  period: 2026-Q4
                  kr k: Win 10 deals
                    metric: 0 -> 10 deals
                activity a: Call
                #        ^ C701
                  target: 5 per day
                2026-11-01 k +2
                2026-11-02 a 5
            "#,
        );
    }

    #[test]
    fn a_key_result_left_behind_by_the_others() {
        let text = "objective o: Grow\n  period: 2026-Q4\n  kr k: Win 10 deals\n    metric: 0 -> 10 deals\n  kr m: Ship the kit\n    milestone\n2026-11-20 k +2\n";
        check(
            "C701",
            r#"
                objective o: Grow
                  period: 2026-Q4
                  kr k: Win 10 deals
                    metric: 0 -> 10 deals
                  kr m: Ship the kit
                #    ^ C701
                    milestone
                2026-11-20 k +2
            "#,
        );
        // A check-in on the objective covers its key results.
        let text = format!("{text}2026-11-21 o confidence 60%\n");
        assert!(spans(&text, "C701").is_empty());
    }

    #[test]
    fn closed_future_past_or_undated_items_are_not_stale() {
        check(
            "C701",
            r#"
                objective done: Done
                  period: 2026-Q4
                  kr k: Ship
                    milestone
                objective next: Next
                  period: 2027-Q1
                objective past: Past
                  period: 2026-Q3
                objective undated: Someday
                activity quiet: Never logged
                  target: 1 per week
                activity gone: Stopped
                  target: 1 per week
                2026-10-01 done dropped
                2026-10-01 gone 1
                2026-10-02 gone dropped
            "#,
        );
    }

    #[test]
    fn fourteen_days_is_still_fresh_and_rates_stretch_it() {
        check(
            "C701",
            r#"
                activity a: Call
                  target: 5 per day
                activity m: Monthly report
                  target: 1 per month
                2026-11-10 a 5
                2026-10-30 m 1
            "#,
        );
        let text = "activity a: Call\n  target: 5 per day\n2026-11-09 a 5\n";
        check(
            "C701",
            r#"
                activity a: Call
                #        ^ C701
                  target: 5 per day
                2026-11-09 a 5
            "#,
        );
        let settings = Settings::from_toml("[thresholds]\nstale-days = 30\n").unwrap();
        assert!(
            analyze_with(text, &settings)
                .diagnostics
                .iter()
                .all(|d| d.code.code != "C701")
        );
    }

    #[test]
    fn with_no_log_it_counts_from_its_start() {
        let text = "objective o: Grow\n  start: 2026-11-01\n  due: 2026-12-31\nobjective p: Fresh\n  start: 2026-11-20\n  due: 2026-12-31\nactivity a: Call\n  target: 5 per day\n2026-11-23 a 5\n";
        assert_eq!(spans(text, "C701"), ["o"]);
        // With no log line anywhere, the plan is still being written.
        let fresh = text.replace("2026-11-23 a 5\n", "");
        assert!(spans(&fresh, "C701").is_empty());
    }

    #[test]
    fn an_activity_starting_is_news_of_what_it_supports() {
        let text = "objective o: Grow\n  period: 2026-Q4\n  kr k: Win 10 deals\n    metric: 0 -> 10 deals\nactivity a: Call\n  target: 5 per day\n  start: 2026-11-20\n  supports: k\nactivity b: Visit\n  target: 1 per day\n2026-11-23 b 1\n";
        assert!(spans(text, "C701").is_empty(), "{:?}", spans(text, "C701"));
        let late = text.replace("2026-11-20", "2026-11-25");
        assert_eq!(spans(&late, "C701"), ["o"]);
    }
}
