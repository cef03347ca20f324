//! `R404` objective-no-parent: an objective not linked to the higher
//! objective that covers its period.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, FileId, Fix, Related, declare_rule};
use crate::i18n::msg;
use crate::model::{DateRange, ItemIdx, ItemKind, Model};
use crate::rules::Context;
use crate::rules::fix::insert_line_after_header;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective company: Become the default tool for small clinics
    ///   period: 2026
    ///
    /// objective pipeline: Make organic the engine of our pipeline
    ///   period: 2026-Q4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective company: Become the default tool for small clinics
    ///   period: 2026
    ///
    /// objective pipeline: Make organic the engine of our pipeline
    ///   period: 2026-Q4
    ///   parent: company
    /// ```
    code: R404,
    name: "objective-no-parent",
    family: Relevant,
    severity: Info,
}

/// How far to follow `parent:` links when looking for a cycle.
const MAX_DEPTH: usize = 64;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let model = cx.model;
    // The dated objectives of each file, one per distinct window: windows
    // are few (a year, a few quarters), whatever the number of objectives.
    let mut windows: HashMap<FileId, BTreeMap<(Date, Date), ItemIdx>> = HashMap::new();
    let mut orphans = Vec::new();
    for (idx, item) in cx.items(ItemKind::Objective) {
        let (Some(start), Some(end)) = model.window(idx) else {
            continue;
        };
        windows
            .entry(item.file)
            .or_default()
            .entry((start, end))
            .or_insert(idx);
        if item.parent.is_none() {
            orphans.push((idx, start, end));
        }
    }
    if orphans.is_empty() {
        return;
    }
    // The files each file links to.
    let mut related: HashMap<FileId, BTreeSet<FileId>> = HashMap::new();
    for item in &model.items {
        let links = related.entry(item.file).or_default();
        links.insert(item.file);
        for target in item
            .parent
            .iter()
            .chain(&item.supports)
            .filter_map(|r| r.target)
        {
            links.insert(model.item(target).file);
        }
    }
    for (idx, start, end) in orphans {
        let item = model.item(idx);
        let Some(files) = related.get(&item.file) else {
            continue;
        };
        let higher = files
            .iter()
            .filter_map(|f| windows.get(f))
            .flat_map(|w| w.iter())
            .filter(|&(&(s, e), &other)| {
                s <= start && e >= end && (s, e) != (start, end) && !leads_to(model, other, idx)
            })
            .min_by_key(|&(&(s, e), &other)| (DateRange { start: s, end: e }.days(), other));
        let Some((&(s, e), &parent)) = higher else {
            continue;
        };
        let parent_item = model.item(parent);
        let line = format!("parent: {}", parent_item.id);
        out.push(
            Diagnostic::new(
                &CODE,
                item.file,
                item.id_range,
                msg!(
                    rule_R404_message,
                    id = &item.id,
                    parent = &parent_item.id,
                    start = s.to_string(),
                    end = e.to_string()
                ),
            )
            .with_related(Related {
                file: parent_item.file,
                range: parent_item.id_range,
                message: msg!(rule_R404_higher_objective),
            })
            .with_fix(Fix {
                title: msg!(rule_fix_add_line, line = &line),
                edits: insert_line_after_header(item, &line).into_iter().collect(),
            }),
        );
    }
}

/// Whether following `parent:` links (and key results up to their
/// objective) from `from` reaches `to`: linking `to` to `from` would then
/// make a cycle.
fn leads_to(model: &Model, from: ItemIdx, to: ItemIdx) -> bool {
    let mut current = Some(from);
    for _ in 0..MAX_DEPTH {
        let Some(i) = current else { return false };
        if i == to {
            return true;
        }
        let item = model.item(i);
        current = item
            .parent
            .as_ref()
            .and_then(|p| p.target)
            .or(item.container);
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::analysis::Workspace;
    use crate::rules::testing::{apply_first_fix, check, spans, today, with_code};

    #[test]
    fn quarter_objectives_under_a_year_objective() {
        let text = "objective year: Big year\n  period: 2026\nobjective q4: Strong Q4\n  period: 2026-Q4\nobjective nov: November push\n  due: 2026-11-30\n  start: 2026-11-01\n";
        check(
            "R404",
            r#"
                objective year: Big year
                  period: 2026
                objective q4: Strong Q4
                #         ^^ R404
                  period: 2026-Q4
                objective nov: November push
                #         ^^^ R404
                  due: 2026-11-30
                  start: 2026-11-01
            "#,
        );
        let found = with_code(text, "R404");
        // The closest higher objective is suggested.
        assert!(
            found[1]
                .message
                .render(crate::i18n::Lang::En)
                .contains("`q4`"),
            "{}",
            found[1].message.render(crate::i18n::Lang::En)
        );
        let fixed = apply_first_fix(text, &found[0]);
        assert!(fixed.contains("objective q4: Strong Q4\n  parent: year\n  period: 2026-Q4\n"));
        assert_eq!(spans(&fixed, "R404"), ["nov"]);
    }

    #[test]
    fn same_periods_linked_or_undated_objectives_are_fine() {
        check(
            "R404",
            r#"
                objective a: A
                  period: 2026-Q4
                objective b: B
                  period: 2026-Q4
                objective c: C
                  period: 2026-12
                  parent: a
                objective d: D
            "#,
        );
    }

    #[test]
    fn a_link_that_would_make_a_cycle_is_not_suggested() {
        check(
            "R404",
            r#"
                objective q4: Q4
                  period: 2026-Q4
                objective year: Year
                  period: 2026
                  parent: q4
            "#,
        );
    }

    fn in_files(files: &[(&str, &str)]) -> Vec<String> {
        let mut ws = Workspace::new();
        for (name, text) in files {
            ws.add_file(*name, *text);
        }
        ws.analyze(today())
            .diagnostics
            .iter()
            .filter(|d| d.code.code == "R404")
            .map(|d| d.message.render(crate::i18n::Lang::En).clone())
            .collect()
    }

    #[test]
    fn only_files_linked_to_the_objective_count() {
        let company = "objective growth: Grow\n  period: 2026\n";
        let team = "objective a: A\n  period: 2026-Q4\n  parent: growth\nobjective b: B\n  period: 2026-Q4\n";
        let other = "objective run: Run a 10k\n  period: 2026-Q4\n";
        let found = in_files(&[
            ("company.goals", company),
            ("team.goals", team),
            ("habits/habits.goals", other),
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("`b` has no `parent:`"));
    }
}
