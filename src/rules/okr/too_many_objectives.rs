//! `O602` too-many-objectives: one owner carries too many objectives at once.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::{Message, msg};
use crate::model::{ItemIdx, ItemKind, Logged};
use crate::rules::Context;
use crate::text::TextRange;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective a: Win the Lyon market
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective b: Win the Grenoble market
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective c: Launch the partner programme
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective d: Cut churn in half
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective e: Hire two sales reps
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective f: Open the Swiss market
    ///   period: 2026-11..2026-12
    ///   owner: @camille
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective a: Win the Lyon market
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective b: Win the Grenoble market
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective c: Launch the partner programme
    ///   period: 2026-Q4
    ///   owner: @lea
    /// objective d: Cut churn in half
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective e: Hire two sales reps
    ///   period: 2026-Q4
    ///   owner: @camille
    /// objective f: Open the Swiss market
    ///   period: 2027-Q1
    ///   owner: @camille
    /// ```
    code: O602,
    name: "too-many-objectives",
    family: Okr,
    severity: Warning,
}

/// How many objectives a message names before counting the rest.
const IDS_SHOWN: usize = 5;

struct Carried {
    start: Date,
    end: Date,
    idx: ItemIdx,
    /// Where the owner is named on this objective.
    range: TextRange,
    written: String,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let max = cx.thresholds().max_objectives_per_owner;
    let mut by_owner: BTreeMap<String, Vec<Carried>> = BTreeMap::new();
    for (idx, item) in cx.items(ItemKind::Objective) {
        if cx.model.logged(idx, Logged::Dropped) {
            continue;
        }
        let (start, end) = cx.model.window(idx);
        let mut seen = Vec::new();
        for owner in &item.owners {
            let name = owner.value.trim_start_matches('@').to_lowercase();
            if name.is_empty() || seen.contains(&name) {
                continue;
            }
            seen.push(name.clone());
            by_owner.entry(name).or_default().push(Carried {
                start: start.unwrap_or(Date::MIN),
                end: end.unwrap_or(Date::MAX),
                idx,
                range: owner.range,
                written: owner.value.clone(),
            });
        }
    }
    for carried in by_owner.values_mut() {
        if carried.len() <= max {
            continue;
        }
        carried.sort_by_key(|c| (c.start, c.idx));
        // The objectives still running, by their end, and by position in
        // the workspace for the message: each step costs a logarithm, so a
        // crowd of ten thousand objectives stays linear.
        let mut running: BinaryHeap<Reverse<(Date, usize)>> = BinaryHeap::new();
        let mut in_order: BTreeSet<(u32, usize)> = BTreeSet::new();
        for (n, c) in carried.iter().enumerate() {
            while let Some(&Reverse((end, done))) = running.peek() {
                if end >= c.start {
                    break;
                }
                running.pop();
                in_order.remove(&(carried[done].idx.0, done));
            }
            running.push(Reverse((c.end, n)));
            in_order.insert((c.idx.0, n));
            if running.len() <= max {
                continue;
            }
            // The first few, then how many more: a bounded message.
            let ids = in_order
                .iter()
                .take(IDS_SHOWN)
                .map(|&(_, i)| format!("`{}`", cx.model.item(carried[i].idx).id))
                .collect::<Vec<_>>()
                .join(", ");
            let hidden = in_order.len().saturating_sub(IDS_SHOWN);
            let ids = if hidden > 0 {
                msg!(rule_O602_and_more, ids = ids, more = hidden)
            } else {
                Message::verbatim(ids)
            };
            let item = cx.model.item(c.idx);
            let count = running.len();
            let who = &c.written;
            out.push(Diagnostic::new(
                &CODE,
                item.file,
                c.range,
                msg!(
                    rule_O602_message,
                    who = who,
                    count = count,
                    ids = ids,
                    max = max
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::spans;

    fn objective(id: &str, period: &str, owner: &str) -> String {
        format!("objective {id}: Goal {id}\n  period: {period}\n  owner: {owner}\n")
    }

    #[test]
    fn six_overlapping_objectives_for_one_owner() {
        let mut text: String = (0..5)
            .map(|i| objective(&format!("o{i}"), "2026-Q4", "@camille"))
            .collect();
        text.push_str(&objective("late", "2026-12", "Camille"));
        assert_eq!(spans(&text, "O602"), ["Camille"]);
    }

    #[test]
    fn periods_that_do_not_overlap_or_other_owners() {
        let mut text: String = (0..5)
            .map(|i| objective(&format!("o{i}"), "2026-Q4", "@camille"))
            .collect();
        text.push_str(&objective("next", "2027-Q1", "@camille"));
        text.push_str(&objective("lea", "2026-Q4", "@lea, @lea"));
        text.push_str(&objective("gone", "2026-Q4", "@camille"));
        text.push_str("2026-11-02 gone dropped\n");
        assert!(spans(&text, "O602").is_empty());
    }

    #[test]
    fn every_objective_beyond_the_limit_is_reported() {
        let mut text: String = (0..7)
            .map(|i| objective(&format!("o{i}"), "2026-Q4", "@sam"))
            .collect();
        // An undated objective overlaps them all.
        text.push_str("objective u: Undated\n  owner: @sam\n");
        assert_eq!(spans(&text, "O602").len(), 3);
    }

    #[test]
    fn a_crowd_of_objectives_gives_bounded_messages() {
        // Quadratic before: each of 1,995 messages listed every objective.
        let text: String = (0..2_000)
            .map(|i| objective(&format!("o{i}"), "2026-Q4", "@sam"))
            .collect();
        let found = crate::rules::testing::with_code(&text, "O602");
        assert_eq!(found.len(), 1_995);
        assert_eq!(
            found.last().unwrap().message.render(crate::i18n::Lang::En),
            "@sam carries 2,000 objectives at the same time (`o0`, `o1`, `o2`, `o3`, `o4` and 1,995 more); keep at most 5, or share them out"
        );
        assert_eq!(
            found[0].message.render(crate::i18n::Lang::Fr),
            "@sam porte 6 objectifs en même temps (`o0`, `o1`, `o2`, `o3`, `o4` et 1 de plus) ; gardez-en au plus 5, ou répartissez-les"
        );
    }
}
