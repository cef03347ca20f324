//! Joins the files of a workspace into one model: global ids, links between
//! items, log lines attached to their items, and the diagnostics that need
//! more than one file to be found.

use jiff::civil::Date;

use super::item::*;
use super::lower::FileModel;
use super::{Logged, Model};
use crate::diagnostic::{Diagnostic, Edit, FileId, Fix, Related, codes};
use crate::i18n::{Message, msg};

pub(super) fn build(files: &[(FileId, &FileModel)], today: Date) -> Model {
    let mut model = Model::default();
    for (_, file) in files {
        let offset = model.items.len() as u32;
        model
            .items
            .extend(file.items.iter().cloned().map(|mut item| {
                item.container = item.container.map(|c| ItemIdx(c.0 + offset));
                for child in &mut item.children {
                    child.0 += offset;
                }
                item
            }));
    }
    index_ids(&mut model);
    let mut suggester = Suggester::new(&model);
    resolve_links(&mut model, &mut suggester);
    find_cycles(&mut model);
    index_supporters(&mut model);
    attach_logs(&mut model, files, today, &mut suggester);
    check_dates(&mut model);
    model
}

fn index_ids(model: &mut Model) {
    for (i, item) in model.items.iter().enumerate() {
        match model.ids.get(item.id.as_str()) {
            Some(&first) => {
                let first = &model.items[first.0 as usize];
                model.diagnostics.push(
                    Diagnostic::new(
                        codes::DUPLICATE_ID,
                        item.file,
                        item.id_range,
                        msg!(model_already_id_another_item, id = &item.id),
                    )
                    .with_related(Related {
                        file: first.file,
                        range: first.id_range,
                        message: msg!(model_first_defined_here),
                    }),
                );
            }
            None => {
                model.ids.insert(item.id.clone(), ItemIdx(i as u32));
            }
        }
    }
}

/// The id closest to `name`, for "did you mean".
pub(super) fn closest_id<'m>(model: &'m Model, name: &str) -> Option<&'m str> {
    let found = Suggester::new(model).closest(name)?;
    model
        .ids
        .get_key_value(found.as_str())
        .map(|(id, _)| id.as_str())
}

/// How many distances one analysis may compute for "did you mean": each
/// unknown name is compared with the ids of about its length, and a
/// workspace of many unknown names among many ids stops suggesting once
/// this is spent, so resolving stays linear (about a tenth of a second).
const SUGGESTION_BUDGET: usize = 2_000_000;

/// Finds the id closest to a name, for every unknown name of a workspace:
/// ids lower-cased once and sorted by length, each distinct name looked up
/// once, within [`SUGGESTION_BUDGET`].
struct Suggester {
    /// (length in characters, lower-cased id, id).
    ids: Vec<(usize, String, String)>,
    found: rustc_hash::FxHashMap<String, Option<String>>,
    budget: usize,
}

impl Suggester {
    fn new(model: &Model) -> Suggester {
        let mut ids: Vec<(usize, String, String)> = model
            .ids
            .keys()
            .map(|id| {
                let lower = id.to_lowercase();
                (lower.chars().count(), lower, id.clone())
            })
            .collect();
        ids.sort();
        Suggester {
            ids,
            found: Default::default(),
            budget: SUGGESTION_BUDGET,
        }
    }

    fn closest(&mut self, name: &str) -> Option<String> {
        if let Some(found) = self.found.get(name) {
            return found.clone();
        }
        let lower = name.to_lowercase();
        let len = lower.chars().count();
        // Two edits change the length by two at most.
        let from = self.ids.partition_point(|(l, _, _)| *l + 2 < len);
        let mut best: Option<(usize, &str)> = None;
        for (l, candidate, id) in &self.ids[from..] {
            if *l > len + 2 || self.budget == 0 {
                break;
            }
            self.budget -= 1;
            let d = strsim::damerau_levenshtein(&lower, candidate);
            let allowed = 2.min(l / 2).max(usize::from(lower == *candidate));
            if d <= allowed && best.is_none_or(|b| (d, id.as_str()) < b) {
                best = Some((d, id));
            }
        }
        let found = best.map(|(_, id)| id.to_string());
        self.found.insert(name.to_string(), found.clone());
        found
    }
}

fn unknown(
    suggester: &mut Suggester,
    file: FileId,
    reference: &Reference,
    code: &'static crate::diagnostic::Code,
) -> Diagnostic {
    let name = &*reference.name;
    let closest = suggester.closest(name);
    let message = match &closest {
        Some(s) => msg!(model_no_such_id_did_you_mean, name = name, suggestion = s),
        None => msg!(model_no_such_id, name = name),
    };
    let diagnostic = Diagnostic::new(code, file, reference.range, message);
    match closest {
        // "Did you mean" as an edit: the editor's quick fix and --fix.
        Some(s) => diagnostic.with_fix(Fix {
            title: msg!(model_replace_with, suggestion = &s),
            edits: vec![Edit {
                file,
                range: reference.range,
                insert: s.to_string(),
            }],
        }),
        None => diagnostic,
    }
}

fn resolve_links(model: &mut Model, suggester: &mut Suggester) {
    let mut diagnostics = Vec::new();
    for i in 0..model.items.len() {
        let file = model.items[i].file;
        let kind = model.items[i].kind;
        let mut item = std::mem::replace(
            &mut model.items[i],
            Item::new(kind, file, Default::default()),
        );
        let model_ref: &Model = model;
        let mut resolve = |reference: &mut Reference,
                           allowed: &[ItemKind],
                           what: fn() -> Message| match model_ref
            .ids
            .get(&*reference.name)
        {
            None => diagnostics.push(unknown(
                suggester,
                file,
                reference,
                codes::UNKNOWN_REFERENCE,
            )),
            Some(&target) => {
                let kind = model_ref.items[target.0 as usize].kind;
                if allowed.contains(&kind) {
                    reference.target = Some(target);
                } else {
                    diagnostics.push(Diagnostic::new(
                        codes::REFERENCE_KIND,
                        file,
                        reference.range,
                        msg!(
                            model_reference_kind,
                            name = &*reference.name,
                            item = kind.article(),
                            takes = what()
                        ),
                    ));
                }
            }
        };
        if let Some(parent) = &mut item.parent {
            resolve(parent, &[ItemKind::Objective, ItemKind::KeyResult], || {
                msg!(model_parent_takes)
            });
        }
        for supported in &mut item.supports {
            resolve(
                supported,
                &[
                    ItemKind::Objective,
                    ItemKind::KeyResult,
                    ItemKind::Funnel,
                    ItemKind::Stage,
                ],
                || msg!(model_supports_takes),
            );
        }
        model.items[i] = item;
    }
    model.diagnostics.extend(diagnostics);
}

/// Each item's supporting activities ([`Model::supporters`]): the
/// (target, activity) pairs in activity order, grouped by target by a
/// stable counting sort.
fn index_supporters(model: &mut Model) {
    let mut pairs: Vec<(u32, ItemIdx)> = Vec::new();
    for (n, item) in model.items.iter().enumerate() {
        if item.kind != ItemKind::Activity {
            continue;
        }
        let from = pairs.len();
        for target in item.supports.iter().filter_map(|r| r.target) {
            // An activity that names an item twice supports it once.
            if !pairs[from..].iter().any(|(t, _)| *t == target.0) {
                pairs.push((target.0, ItemIdx(n as u32)));
            }
        }
    }
    let mut starts = vec![0u32; model.items.len() + 1];
    for (target, _) in &pairs {
        starts[*target as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next = starts.clone();
    let mut list = vec![ItemIdx(0); pairs.len()];
    for (target, activity) in pairs {
        let at = &mut next[target as usize];
        list[*at as usize] = activity;
        *at += 1;
    }
    model.supporter_starts = starts;
    model.supporter_list = list;
}

/// Each item has at most one link up (an objective's `parent:`, a key
/// result's objective, a stage's funnel), so cycles are found by walking up
/// from every item once.
fn find_cycles(model: &mut Model) {
    let up = |item: &Item| match item.kind {
        ItemKind::Objective => item.parent.as_ref().and_then(|p| p.target),
        _ => item.container,
    };
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; model.items.len()];
    let mut cycles: Vec<Vec<ItemIdx>> = Vec::new();
    for start in 0..model.items.len() {
        let mut path = Vec::new();
        let mut current = Some(ItemIdx(start as u32));
        while let Some(idx) = current {
            match marks[idx.0 as usize] {
                Mark::Done => break,
                Mark::OnPath => {
                    let from = path.iter().position(|&p| p == idx).expect("on the path");
                    cycles.push(path[from..].to_vec());
                    break;
                }
                Mark::New => {
                    marks[idx.0 as usize] = Mark::OnPath;
                    path.push(idx);
                    current = up(&model.items[idx.0 as usize]);
                }
            }
        }
        for idx in path {
            marks[idx.0 as usize] = Mark::Done;
        }
    }
    for cycle in cycles {
        report_cycle(model, &cycle);
    }
}

/// How many ids of a loop its message names before counting the rest.
const CYCLE_IDS_SHOWN: usize = 5;

/// One diagnostic per loop, on the `parent:` link of its first item in
/// workspace order; the message names a few ids and counts the others, so
/// a loop of n items costs O(n), not n messages of n ids each.
fn report_cycle(model: &mut Model, cycle: &[ItemIdx]) {
    let has_link = |i: &ItemIdx| {
        model.items[i.0 as usize]
            .parent
            .as_ref()
            .is_some_and(|p| p.target.is_some())
    };
    let Some(first) = cycle
        .iter()
        .enumerate()
        .filter(|(_, i)| has_link(i))
        .min_by_key(|(_, i)| i.0)
        .map(|(at, _)| at)
    else {
        return;
    };
    // Read from the reported item, in the order the links go.
    let ordered = cycle[first..].iter().chain(&cycle[..first]);
    let names: Vec<&str> = ordered
        .take(CYCLE_IDS_SHOWN)
        .map(|&i| model.items[i.0 as usize].id.as_str())
        .collect();
    let shown = names.join(" → ");
    let hidden = cycle.len() - names.len();
    let shown = if hidden > 0 {
        msg!(model_cycle_more, shown = shown, hidden = hidden)
    } else {
        Message::verbatim(shown)
    };
    let back = names[0];
    let item = &model.items[cycle[first].0 as usize];
    let range = item.parent.as_ref().map_or(item.id_range, |p| p.range);
    let diagnostic = Diagnostic::new(
        codes::PARENT_CYCLE,
        item.file,
        range,
        msg!(model_parent_cycle, ids = shown, back = back),
    );
    model.diagnostics.push(diagnostic);
}

fn attach_logs(
    model: &mut Model,
    files: &[(FileId, &FileModel)],
    today: Date,
    suggester: &mut Suggester,
) {
    let mut unknown_ids = Vec::new();
    // Each item's latest date so far: lines come mostly in date order, and
    // only items that received one out of order need sorting.
    let mut latest: Vec<Option<Date>> = vec![None; model.items.len()];
    let mut unsorted = vec![false; model.items.len()];
    let mut logged = vec![0u8; model.items.len()];
    let mut i = 0u32;
    for (_, file) in files {
        // Each distinct id once, then each line by its id's number.
        let built;
        let names = if file.log_names.of_log.len() == file.logs.len() {
            &file.log_names
        } else {
            // A file model not made by lowering.
            built = super::lower::LogNames::of(&file.logs);
            &built
        };
        let targets: Vec<Option<ItemIdx>> = names
            .names
            .iter()
            .map(|n| model.ids.get(n.as_str()).copied())
            .collect();
        // Shared, not copied: the model holds the file's own vector, whose
        // lines a workspace has already pointed at their items (see
        // `Workspace::edit`). Lines pointing elsewhere (a file model not
        // kept by a workspace) are copied and pointed here.
        let resolved = file.logs_resolved
            || file
                .logs
                .iter()
                .zip(&names.of_log)
                .all(|(l, &n)| l.target.target == targets[n as usize]);
        if resolved {
            model.logs.push_part(file.logs.clone());
        } else {
            let mut logs = (*file.logs).clone();
            for (l, &n) in logs.iter_mut().zip(&names.of_log) {
                l.target.target = targets[n as usize];
            }
            model.logs.push_part(std::sync::Arc::new(logs));
        }
        for (log, &name) in file.logs.iter().zip(&names.of_log) {
            let target = targets[name as usize];
            match target {
                Some(target) => {
                    let t = target.0 as usize;
                    model.items[t].logs.push(LogIdx(i));
                    logged[t] |= match log.value {
                        LogValue::Done => Logged::Done as u8,
                        LogValue::Dropped => Logged::Dropped as u8,
                        LogValue::Retro => Logged::Retro as u8,
                        _ => 0,
                    };
                    let date = log.date.value;
                    match latest[t] {
                        Some(last) if date < last => unsorted[t] = true,
                        _ => latest[t] = Some(date),
                    }
                }
                None => unknown_ids.push((log.file, log.target.clone())),
            }
            if log.date.value > today {
                model.diagnostics.push(Diagnostic::new(
                    codes::FUTURE_LOG,
                    log.file,
                    log.date.range,
                    msg!(
                        model_this_log_line_dated,
                        value = log.date.value.to_string(),
                        today = today.to_string()
                    ),
                ));
            }
            i += 1;
        }
    }
    model.logged = logged;
    for (file, reference) in unknown_ids {
        let d = unknown(suggester, file, &reference, codes::LOG_UNKNOWN_ID);
        model.diagnostics.push(d);
    }
    let logs = &model.logs;
    for (item, _) in model.items.iter_mut().zip(&unsorted).filter(|(_, u)| **u) {
        // Stable: lines of one day keep their file order.
        item.logs.sort_by_key(|&l| logs[l.0 as usize].date.value);
    }
}

fn check_dates(model: &mut Model) {
    for item in &model.items {
        let Some(start) = &item.start else { continue };
        let due = item.due.as_ref().map(|d| (d.value, "due"));
        // A funnel's goal date is its due date.
        let goal = item
            .goal
            .as_ref()
            .and_then(|g| g.by.as_ref())
            .map(|b| (b.value, "goal"));
        let period = item.period.as_ref().map(|p| (p.value.end, "period"));
        let end = due.or(goal).or(period);
        if let Some((end, ends)) = end.filter(|&(end, _)| start.value > end) {
            model.diagnostics.push(Diagnostic::new(
                codes::START_AFTER_DUE,
                item.file,
                start.range,
                msg!(
                    model_start_after_end,
                    id = &item.id,
                    start = start.value.to_string(),
                    ends = ends,
                    end = end.to_string()
                ),
            ));
        }
    }
}
