//! Lowering: one file's tree into items and log lines, with the
//! diagnostics that need no other file (syntax, dates, numbers, placement).
//!
//! Items and log lines are lowered in two passes: a log line depends on its
//! own chunk only, so after an edit [`relower`] lowers the re-parsed log
//! chunks, shifts the rest, and lowers the (few) items again.

use std::sync::Arc;

use super::date::{self, DateRange, PointKind};
use super::item::*;
use super::number::parse_number_in;
use crate::diagnostic::{Diagnostic, FileId, codes};
use crate::i18n::{Message, msg};
use crate::syntax::{Chunk, ChunkKind, Parse, Rule, SyntaxNode, concat};
use crate::text::TextRange;

/// What one file contributes to the model. Indices in `container` and
/// `children` are local to the file until the workspace joins the files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileModel {
    pub items: Vec<Item>,
    /// Shared with the workspace [`super::Model`], which does not copy them.
    pub logs: Arc<Vec<LogEntry>>,
    /// Syntax errors, then the items' diagnostics, then the log lines' (from
    /// `log_diagnostics` on, in file order).
    pub diagnostics: Vec<Diagnostic>,
    /// Where the log lines' diagnostics start in `diagnostics`.
    pub(crate) log_diagnostics: usize,
    /// The ids the log lines name, each distinct one once, so that joining
    /// the workspace looks each up once rather than once per line.
    pub(crate) log_names: LogNames,
    /// Every log line's `target.target` was set by a workspace for the
    /// workspace's current items (see `Workspace::resolve_logs`).
    pub(crate) logs_resolved: bool,
}

/// The distinct ids named by a file's log lines, and which one each line
/// names. Derived from `logs`: equal when the lines name the same ids.
#[derive(Clone, Debug, Default)]
pub(crate) struct LogNames {
    /// Per log line, its index in `names`.
    pub(crate) of_log: Vec<u32>,
    pub(crate) names: Vec<String>,
    index: rustc_hash::FxHashMap<String, u32>,
}

impl LogNames {
    pub(crate) fn of(logs: &[LogEntry]) -> Self {
        let mut names = LogNames::default();
        names.of_log = logs.iter().map(|l| names.intern(&l.target.name)).collect();
        names
    }

    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    /// Replaces the lines `range` by `logs`. False when the names were
    /// numbered afresh (their indices changed).
    fn splice(
        &mut self,
        range: std::ops::Range<usize>,
        logs: &[LogEntry],
        all: &[LogEntry],
    ) -> bool {
        // Names no line uses any more pile up as one types: start afresh
        // when they outnumber the lines.
        if self.names.len() > 1024 + all.len() {
            *self = LogNames::of(all);
            return false;
        }
        let fresh: Vec<u32> = logs.iter().map(|l| self.intern(&l.target.name)).collect();
        self.of_log.splice(range, fresh);
        true
    }
}

impl PartialEq for LogNames {
    fn eq(&self, other: &Self) -> bool {
        self.of_log.len() == other.of_log.len()
            && self
                .of_log
                .iter()
                .zip(&other.of_log)
                .all(|(&a, &b)| self.names[a as usize] == other.names[b as usize])
    }
}

pub fn lower_file(file: FileId, text: &str, parse: &Parse) -> FileModel {
    let mut out = lower_items(file, text, parse);
    let (logs, mut diagnostics) = lower_logs(file, text, parse.chunks());
    out.log_diagnostics = out.diagnostics.len();
    out.diagnostics.append(&mut diagnostics);
    out.log_names = LogNames::of(&logs);
    out.logs = Arc::new(logs);
    out
}

/// Below this many chunks, log lines are lowered on one thread.
const PARALLEL_CHUNKS: usize = 32 * 1024;

/// The log lines of `chunks` and their diagnostics, in order. Each log line
/// depends on its chunk alone, so long files are lowered in pieces on
/// every core and the pieces put end to end.
fn lower_logs(file: FileId, text: &str, chunks: &[Chunk]) -> (Vec<LogEntry>, Vec<Diagnostic>) {
    use rayon::prelude::*;
    let one = |chunks: &[Chunk]| {
        let mut cx = Lowering::new(file, text);
        for chunk in chunks {
            cx.log_chunk(chunk);
        }
        (cx.logs, cx.out.diagnostics)
    };
    // Asking rayon for its threads starts them: not for short files.
    if chunks.len() < PARALLEL_CHUNKS || rayon::current_num_threads() < 2 {
        return one(chunks);
    }
    let piece = chunks.len().div_ceil(rayon::current_num_threads() * 4);
    let (logs, diagnostics): (Vec<_>, Vec<_>) = chunks.par_chunks(piece).map(one).unzip();
    (concat(logs), concat(diagnostics))
}

/// Re-lowers a file after an edit that re-parsed `region.chunks` (see
/// [`Parse::edit_region`]): the log lines of those chunks are lowered
/// afresh, those after them shifted, and the items lowered again. Gives
/// what [`lower_file`] gives on the new tree. Returns the indices of the
/// fresh log lines, or `None` when the ids they name were numbered afresh.
pub(crate) fn relower(
    model: &mut FileModel,
    file: FileId,
    text: &str,
    parse: &Parse,
    region: &crate::syntax::Reparsed,
) -> Option<std::ops::Range<usize>> {
    let (fresh_logs, fresh_diagnostics) =
        lower_logs(file, text, &parse.chunks()[region.chunks.clone()]);
    let (from, old_to) = (region.from, region.old_to);
    let delta = region.new_to as i64 - old_to as i64;
    let logs = Arc::make_mut(&mut model.logs);
    let a = logs.partition_point(|l| (l.range.start as usize) < from);
    let b = logs.partition_point(|l| (l.range.start as usize) < old_to);
    if delta != 0 {
        for log in &mut logs[b..] {
            log.shift(delta);
        }
    }
    let count = fresh_logs.len();
    logs.splice(a..b, fresh_logs);
    model.logs_resolved = false;
    let same_names = model.log_names.splice(a..b, &logs[a..a + count], logs);
    let fresh = same_names.then_some(a..a + count);
    let mut log_diagnostics = model.diagnostics.split_off(model.log_diagnostics);
    let a = log_diagnostics.partition_point(|d| (d.range.start as usize) < from);
    let b = log_diagnostics.partition_point(|d| (d.range.start as usize) < old_to);
    if delta != 0 {
        for d in &mut log_diagnostics[b..] {
            shift_diagnostic(d, delta);
        }
    }
    log_diagnostics.splice(a..b, fresh_diagnostics);
    let items = lower_items(file, text, parse);
    model.items = items.items;
    model.diagnostics = items.diagnostics;
    model.log_diagnostics = model.diagnostics.len();
    model.diagnostics.append(&mut log_diagnostics);
    fresh
}

fn shift(range: &mut TextRange, delta: i64) {
    range.start = (range.start as i64 + delta) as u32;
    range.end = (range.end as i64 + delta) as u32;
}

fn shift_diagnostic(d: &mut Diagnostic, delta: i64) {
    let file = d.file;
    shift(&mut d.range, delta);
    for r in d.related.iter_mut().filter(|r| r.file == file) {
        shift(&mut r.range, delta);
    }
    for e in d
        .fixes
        .iter_mut()
        .flat_map(|f| &mut f.edits)
        .filter(|e| e.file == file)
    {
        shift(&mut e.range, delta);
    }
}

impl LogEntry {
    /// Moves every span by `delta` bytes.
    fn shift(&mut self, delta: i64) {
        shift(&mut self.range, delta);
        shift(&mut self.date.range, delta);
        shift(&mut self.target.range, delta);
        match &mut self.value {
            LogValue::Value(q) | LogValue::Increment(q) => shift(&mut q.range, delta),
            _ => {}
        }
        if let Some(note) = &mut self.note {
            shift(&mut note.range, delta);
        }
    }
}

/// The syntax errors and the items, with their diagnostics; no log line.
fn lower_items(file: FileId, text: &str, parse: &Parse) -> FileModel {
    let mut cx = Lowering::new(file, text);
    // One pass over the chunks (a long log file has one per line, and an
    // edit lowers the items again): syntax errors first, as found, then
    // what the items say.
    let mut syntax = Vec::new();
    for chunk in parse.chunks() {
        if !chunk.errors.is_empty() {
            syntax.extend(chunk.errors().map(|error| {
                Diagnostic::new(codes::SYNTAX, file, error.range, error.kind.message())
            }));
        }
        if chunk.kind() != ChunkKind::Log {
            cx.chunk(chunk);
        }
    }
    cx.out.diagnostics.splice(0..0, syntax);
    // An objective spans its key results, for folding and outlines.
    for i in 0..cx.out.items.len() {
        if cx.out.items[i].kind == ItemKind::Objective {
            let end = cx.out.items[i]
                .children
                .iter()
                .map(|c| cx.out.items[c.0 as usize].range.end)
                .max();
            if let Some(end) = end {
                cx.out.items[i].range.end = cx.out.items[i].range.end.max(end);
            }
        }
    }
    cx.out.log_diagnostics = cx.out.diagnostics.len();
    cx.out
}

struct Lowering<'a> {
    file: FileId,
    text: &'a str,
    out: FileModel,
    logs: Vec<LogEntry>,
    /// The objective that key results attach to: the last one above.
    objective: Option<ItemIdx>,
    /// Ids as written to the one word they mean, read once per spelling.
    names: rustc_hash::FxHashMap<&'a str, std::sync::Arc<str>>,
}

impl<'a> Lowering<'a> {
    fn new(file: FileId, text: &'a str) -> Self {
        Lowering {
            file,
            text,
            out: FileModel::default(),
            logs: Vec::new(),
            objective: None,
            names: rustc_hash::FxHashMap::default(),
        }
    }

    /// A log chunk's line; nothing for other chunks.
    fn log_chunk(&mut self, chunk: &Chunk) {
        if chunk.kind() == ChunkKind::Log
            && let Some(line) = chunk.head().filter(|l| l.kind() == Rule::log_line)
            && let Some(log) = line.child(Rule::log)
        {
            self.log(log, line);
        }
    }

    fn diag(&mut self, code: &'static crate::diagnostic::Code, range: TextRange, message: Message) {
        self.out
            .diagnostics
            .push(Diagnostic::new(code, self.file, range, message));
    }

    fn text(&self, node: SyntaxNode<'_>) -> &'a str {
        node.text(self.text)
    }

    fn chunk(&mut self, chunk: &Chunk) {
        let kind = match chunk.kind() {
            ChunkKind::Preamble => return,
            // Key results below a misspelt objective must not join the one
            // above it.
            ChunkKind::Unknown => {
                self.objective = None;
                return;
            }
            ChunkKind::Log => {
                self.log_chunk(chunk);
                return;
            }
            ChunkKind::Objective => ItemKind::Objective,
            ChunkKind::KeyResult => ItemKind::KeyResult,
            ChunkKind::Activity => ItemKind::Activity,
            ChunkKind::Funnel => ItemKind::Funnel,
        };
        let Some(head) = chunk.head() else { return };
        let mut item = Item::new(kind, self.file, content_range(head, chunk));
        item.head_range = head.range();
        // A header that failed to parse still gives its id when it can.
        let Some(id) = head.find(Rule::id) else {
            if kind == ItemKind::Objective {
                self.objective = None;
            }
            return;
        };
        // An id written in several words is known by the word proposed
        // for it, so its log lines meet it whichever way they write it.
        item.id = crate::syntax::id::one_word(self.text(id)).into_owned();
        item.id_range = id.range();
        if let Some(keyword) = head.descendants().find(|n| {
            matches!(
                n.kind(),
                Rule::kw_objective | Rule::kw_kr | Rule::kw_activity | Rule::kw_funnel
            )
        }) {
            item.keyword_range = keyword.range();
            item.french = is_french_keyword(self.text(keyword));
        }
        if let Some(title) = head.find(Rule::title) {
            item.title = self.text(title).to_string();
            item.title_range = Some(title.range());
        }
        let index = ItemIdx(self.out.items.len() as u32);
        match kind {
            ItemKind::Objective => self.objective = Some(index),
            ItemKind::KeyResult => item.container = self.objective,
            _ => {}
        }
        if let Some(objective) = item.container {
            self.out.items[objective.0 as usize].children.push(index);
        }
        self.out.items.push(item);
        for line in chunk.lines().skip(1) {
            if line.kind() == Rule::error_line {
                // A broken line is still the item's: its range covers it.
                let meant = crate::syntax::keywords::meant(self.text(line));
                let item = &mut self.out.items[index.0 as usize];
                item.range.end = line.range().end;
                item.written.extend(meant);
                continue;
            }
            if line.kind() != Rule::body_line {
                continue;
            }
            if let Some(content) = line.children().find(|n| n.kind() != Rule::comment) {
                let item = &mut self.out.items[index.0 as usize];
                item.range.end = line.range().end;
                // A property's keyword is its first child; a flag is its own.
                let keyword = content
                    .children()
                    .next()
                    .map_or(content.kind(), |k| k.kind());
                item.written.push(keyword);
                self.body(index, content);
            }
        }
    }

    fn body(&mut self, index: ItemIdx, node: SyntaxNode<'_>) {
        let kind = self.out.items[index.0 as usize].kind;
        if !applies(kind, node.kind()) {
            // A property's keyword is its first child; a flag is its own keyword.
            let keyword = node
                .children()
                .next()
                .map_or(self.text(node), |k| self.text(k));
            let keyword = keyword.trim_end_matches(':');
            let range = node.children().next().map_or(node.range(), |k| k.range());
            self.diag(
                codes::MISPLACED_PROPERTY,
                range,
                msg!(
                    model_does_not_apply,
                    keyword = keyword,
                    item = kind.article()
                ),
            );
            return;
        }
        if node.kind() == Rule::stage {
            self.stage(index, node);
            return;
        }
        let set_twice = {
            let item = &self.out.items[index.0 as usize];
            match node.kind() {
                Rule::period_prop => item.period.is_some(),
                Rule::due_prop => item.due.is_some(),
                Rule::start_prop => item.start.is_some(),
                Rule::why_prop => item.why.is_some(),
                Rule::parent_prop => item.parent.is_some(),
                Rule::metric_prop | Rule::keep_prop | Rule::milestone => item.metric.is_some(),
                Rule::target_prop => item.rate.is_some(),
                Rule::goal_prop => item.goal.is_some(),
                Rule::weight_prop => item.weight.is_some(),
                Rule::committed | Rule::aspirational => item.commitment.is_some(),
                _ => false,
            }
        };
        if set_twice {
            let range = node.children().next().map_or(node.range(), |k| k.range());
            let word = self
                .text(node.children().next().unwrap_or(node))
                .trim_end_matches(':');
            let message = if matches!(node.kind(), Rule::committed | Rule::aspirational) {
                msg!(model_committed_or_aspirational)
            } else if matches!(
                node.kind(),
                Rule::metric_prop | Rule::keep_prop | Rule::milestone
            ) {
                msg!(model_one_measure)
            } else {
                msg!(model_given_twice, word = word)
            };
            self.diag(codes::MISPLACED_PROPERTY, range, message);
            return;
        }
        let range = node.range();
        match node.kind() {
            Rule::period_prop => {
                if let Some(r) = self.period(node) {
                    self.item(index).period = Some(Spanned { value: r, range });
                }
            }
            Rule::due_prop => {
                if let Some(r) = self.period(node) {
                    self.item(index).due = Some(Spanned {
                        value: r.end,
                        range,
                    });
                }
            }
            Rule::start_prop => {
                if let Some(r) = self.period(node) {
                    self.item(index).start = Some(Spanned {
                        value: r.start,
                        range,
                    });
                }
            }
            Rule::owner_prop => {
                let owners: Vec<_> = node
                    .children()
                    .filter(|n| n.kind() == Rule::owner)
                    .map(|n| Spanned {
                        value: self.text(n).to_string(),
                        range: n.range(),
                    })
                    .collect();
                self.item(index).owners.extend(owners);
            }
            Rule::why_prop => {
                if let Some(t) = node.child(Rule::text) {
                    let value = self.text(t).to_string();
                    self.item(index).why = Some(Spanned {
                        value,
                        range: t.range(),
                    });
                }
            }
            Rule::parent_prop => {
                let parent = node.child(Rule::reference).map(|r| self.reference(r));
                self.item(index).parent = parent;
            }
            Rule::supports_prop => {
                let refs: Vec<_> = node
                    .children()
                    .filter(|n| n.kind() == Rule::reference)
                    .map(|r| self.reference(r))
                    .collect();
                self.item(index).supports.extend(refs);
            }
            Rule::metric_prop => {
                let baseline = node
                    .child(Rule::baseline)
                    .and_then(|b| b.child(Rule::value));
                let target = node.child(Rule::target).and_then(|t| t.child(Rule::value));
                // Both sides are read before giving up, so each bad number
                // is reported.
                let baseline = baseline.map(|b| self.value(b));
                let target = target.and_then(|t| self.value(t));
                let baseline = match baseline {
                    Some(Some(q)) => Some(q),
                    Some(None) => return,
                    None => None,
                };
                if let Some(relative) = node.child(Rule::relative) {
                    let Some(metric) = self.relative(relative, node, baseline) else {
                        return;
                    };
                    self.item(index).metric = Some(Spanned {
                        value: metric,
                        range,
                    });
                } else if let Some(target) = target {
                    self.item(index).metric = Some(Spanned {
                        value: Metric::Change { baseline, target },
                        range,
                    });
                }
            }
            Rule::keep_prop => {
                let comparison = node
                    .child(Rule::comparator)
                    .map(|c| comparison(self.text(c)));
                let threshold = node.child(Rule::value).and_then(|v| self.value(v));
                if let (Some(comparison), Some(threshold)) = (comparison, threshold) {
                    self.item(index).metric = Some(Spanned {
                        value: Metric::Keep {
                            comparison,
                            threshold,
                        },
                        range,
                    });
                }
            }
            Rule::milestone => {
                self.item(index).metric = Some(Spanned {
                    value: Metric::Milestone,
                    range,
                });
            }
            Rule::committed | Rule::aspirational => {
                let value = if node.kind() == Rule::committed {
                    Commitment::Committed
                } else {
                    Commitment::Aspirational
                };
                self.item(index).commitment = Some(Spanned { value, range });
            }
            Rule::target_prop => {
                if let Some(rate) = node.child(Rule::rate).and_then(|r| self.rate(r)) {
                    self.item(index).rate = Some(Spanned { value: rate, range });
                }
            }
            Rule::goal_prop => {
                let Some(value) = node.child(Rule::value).and_then(|v| self.value(v)) else {
                    return;
                };
                let by = match node.child(Rule::period) {
                    Some(p) => match self.period_node(p) {
                        Some(r) => Some(Spanned {
                            value: r.end,
                            range: p.range(),
                        }),
                        None => return,
                    },
                    None => None,
                };
                self.item(index).goal = Some(FunnelGoal { value, by });
            }
            Rule::weight_prop => {
                if let Some(n) = node.child(Rule::number)
                    && let Some(w) = self.number(n)
                {
                    if w > 0.0 {
                        self.item(index).weight = Some(Spanned { value: w, range });
                    } else {
                        self.diag(
                            codes::INVALID_VALUE,
                            n.range(),
                            msg!(model_weight_must_be_above),
                        );
                    }
                }
            }
            _ => {}
        }
    }

    fn item(&mut self, index: ItemIdx) -> &mut Item {
        &mut self.out.items[index.0 as usize]
    }

    fn stage(&mut self, funnel: ItemIdx, node: SyntaxNode<'_>) {
        let Some(id) = node.child(Rule::id) else {
            return;
        };
        let spec = if let Some(c) = node.child(Rule::conversion) {
            let Some(v) = c.child(Rule::value).and_then(|v| self.value(v)) else {
                return;
            };
            if v.unit != Unit::Percent || v.value <= 0.0 || v.value > 100.0 {
                self.diag(
                    codes::INVALID_VALUE,
                    v.range,
                    msg!(model_conversion_percentage_above_0),
                );
                return;
            }
            StageSpec::Conversion {
                rate: v.value / 100.0,
                range: v.range,
            }
        } else if let Some(p) = node.child(Rule::per_unit) {
            let Some(v) = p.child(Rule::value).and_then(|v| self.value(v)) else {
                return;
            };
            if v.value <= 0.0 {
                self.diag(codes::INVALID_VALUE, v.range, msg!(model_each_unit_must_be));
                return;
            }
            StageSpec::PerUnit(v)
        } else {
            return;
        };
        let mut stage = Item::new(ItemKind::Stage, self.file, node.range());
        stage.id = self.text(id).to_string();
        stage.id_range = id.range();
        stage.french = self.out.items[funnel.0 as usize].french;
        if let Some(keyword) = node.child(Rule::kw_stage) {
            stage.keyword_range = keyword.range();
        }
        stage.stage = Some(spec);
        stage.container = Some(funnel);
        let index = ItemIdx(self.out.items.len() as u32);
        self.out.items.push(stage);
        self.item(funnel).children.push(index);
    }

    fn reference(&mut self, node: SyntaxNode<'_>) -> Reference {
        let written = self.text(node);
        let name = self
            .names
            .entry(written)
            .or_insert_with(|| crate::syntax::id::one_word(written).into())
            .clone();
        Reference {
            name,
            range: node.range(),
            target: None,
        }
    }

    fn number(&mut self, node: SyntaxNode<'_>) -> Option<f64> {
        self.number_in(node, false)
    }

    fn number_in(&mut self, node: SyntaxNode<'_>, english: bool) -> Option<f64> {
        let text = self.text(node);
        match parse_number_in(text, english) {
            Ok(v) => Some(v),
            Err(e) => {
                self.diag(codes::INVALID_NUMBER, node.range(), e.message(text));
                None
            }
        }
    }

    fn value(&mut self, node: SyntaxNode<'_>) -> Option<Quantity> {
        let mut number = None;
        let mut unit = Unit::None;
        // `$1,500`: a leading symbol is English writing.
        let english = node.children().next().is_some_and(|c| {
            c.kind() == Rule::currency && matches!(self.text(c), "$" | "£" | "€" | "¥")
        });
        let mut negative = false;
        for child in node.children() {
            let next = match child.kind() {
                Rule::minus => {
                    negative = true;
                    continue;
                }
                Rule::number => {
                    number = Some(self.number_in(child, english)?);
                    continue;
                }
                Rule::percent => Unit::Percent,
                Rule::unit_word => Unit::Word(self.text(child).to_string()),
                Rule::currency => Unit::Currency(currency_code(self.text(child))),
                _ => continue,
            };
            // `$500 USD` says the same twice; `€50%` says two things.
            if unit != Unit::None && unit != next {
                let (a, b) = (unit_name(&unit), unit_name(&next));
                self.diag(
                    codes::INVALID_VALUE,
                    node.range(),
                    msg!(model_value_has_one_unit, a = a, b = b),
                );
                return None;
            }
            unit = next;
        }
        let number = number?;
        Some(Quantity {
            value: if negative { -number } else { number },
            unit,
            range: node.range(),
        })
    }

    /// A signed target: a change from the start value (`+300`, `-20%`), or,
    /// after a baseline, a negative target written as such (`-10 -> -5`).
    fn relative(
        &mut self,
        relative: SyntaxNode<'_>,
        metric: SyntaxNode<'_>,
        baseline: Option<Quantity>,
    ) -> Option<Metric> {
        let minus = relative
            .child(Rule::change_sign)
            .is_some_and(|s| self.text(s) != "+");
        let mut change = self.value(relative.child(Rule::value)?)?;
        if minus {
            change.value = -change.value;
        }
        change.range = relative.range();
        let every = metric.child(Rule::recurrence).and_then(period_word);
        let versus = metric.child(Rule::versus).and_then(period_word);
        // After an arrow, `-5` is a negative target (an NPS from -10 to -5);
        // only `+` and a percentage of a baseline at or above zero
        // (`4 100 followers -> -20%`) are changes.
        if let Some(b) = &baseline
            && minus
            && (change.unit != Unit::Percent || b.value < 0.0)
            && every.is_none()
            && versus.is_none()
        {
            return Some(Metric::Change {
                baseline,
                target: change,
            });
        }
        Some(Metric::Relative(Relative {
            baseline,
            change,
            every,
            versus,
        }))
    }

    fn rate(&mut self, node: SyntaxNode<'_>) -> Option<Rate> {
        let count_node = node.child(Rule::number)?;
        let count = self.number(count_node)?;
        let every = match node.child(Rule::interval) {
            Some(i) => self.text(i).parse::<u32>().ok().filter(|&n| n > 0),
            None => Some(1),
        };
        let Some(every) = every else {
            let range = node
                .child(Rule::interval)
                .map_or(node.range(), |n| n.range());
            self.diag(
                codes::INVALID_VALUE,
                range,
                msg!(model_interval_must_be_whole),
            );
            return None;
        };
        if count <= 0.0 {
            self.diag(
                codes::INVALID_VALUE,
                count_node.range(),
                msg!(model_rate_must_be_above),
            );
            return None;
        }
        let period = period_word(node)?;
        Some(Rate {
            count,
            unit: node
                .child(Rule::unit_word)
                .map(|u| self.text(u).to_string()),
            every,
            period,
        })
    }

    /// The date range of a property's `period` child.
    fn period(&mut self, prop: SyntaxNode<'_>) -> Option<DateRange> {
        self.period_node(prop.child(Rule::period)?)
    }

    fn period_node(&mut self, period: SyntaxNode<'_>) -> Option<DateRange> {
        let inner = period.children().next()?;
        if inner.kind() == Rule::date_range {
            let mut points = inner.children();
            let a = self.point(points.next()?)?;
            let b = self.point(points.next()?)?;
            match date::join_range(self.text(inner), a, b) {
                Ok(r) => Some(r),
                Err(e) => {
                    self.diag(codes::START_AFTER_DUE, inner.range(), e.message);
                    None
                }
            }
        } else {
            self.point(inner)
        }
    }

    fn point(&mut self, node: SyntaxNode<'_>) -> Option<DateRange> {
        let kind = match node.kind() {
            Rule::day => PointKind::Day,
            Rule::week => PointKind::Week,
            Rule::month => PointKind::Month,
            Rule::quarter => PointKind::Quarter,
            Rule::half => PointKind::Half,
            Rule::year => PointKind::Year,
            _ => return None,
        };
        match date::parse_point(kind, self.text(node)) {
            Ok(r) => Some(r),
            Err(e) => {
                self.diag(codes::INVALID_DATE, node.range(), e.message);
                None
            }
        }
    }

    fn log(&mut self, log: SyntaxNode<'_>, line: SyntaxNode<'_>) {
        let (Some(day), Some(reference)) = (log.child(Rule::day), log.child(Rule::reference))
        else {
            return;
        };
        let Some(date) = self.point(day).map(|r| r.start) else {
            return;
        };
        let mut value = LogValue::Note;
        for child in log.children() {
            value = match child.kind() {
                Rule::done => LogValue::Done,
                Rule::dropped => LogValue::Dropped,
                Rule::retro => LogValue::Retro,
                Rule::value => match self.value(child) {
                    Some(q) => LogValue::Value(q),
                    None => return,
                },
                Rule::increment => {
                    let negative = child.child(Rule::sign).is_some_and(|s| self.text(s) != "+");
                    match child.child(Rule::value).and_then(|v| self.value(v)) {
                        Some(mut q) => {
                            if negative {
                                q.value = -q.value;
                            }
                            q.range = child.range();
                            LogValue::Increment(q)
                        }
                        None => return,
                    }
                }
                Rule::confidence => match self.confidence(child) {
                    Some(c) => LogValue::Confidence(c),
                    None => return,
                },
                _ => continue,
            };
        }
        let note = log
            .child(Rule::note)
            .and_then(|n| n.child(Rule::note_text))
            .map(|t| Spanned {
                value: self.text(t).to_string(),
                range: t.range(),
            });
        let target = self.reference(reference);
        self.logs.push(LogEntry {
            file: self.file,
            range: TextRange {
                start: log.range().start,
                end: line.range().end.min(log.range().end),
            },
            date: Spanned {
                value: date,
                range: day.range(),
            },
            target,
            value,
            note,
        });
    }

    fn confidence(&mut self, node: SyntaxNode<'_>) -> Option<f64> {
        let (fraction, range) = if let Some(f) = node.child(Rule::fraction) {
            let text = self.text(f);
            let (num, den) = text.split_once('/')?;
            // `0,6/1` is `0.6/1` written the French way.
            let num = num.replace(',', ".");
            let (num, den): (f64, f64) = (num.parse().ok()?, den.parse().ok()?);
            (if den > 0.0 { num / den } else { f64::NAN }, f.range())
        } else {
            let v = self.value(node.child(Rule::value)?)?;
            if v.unit != Unit::Percent {
                self.diag(
                    codes::INVALID_VALUE,
                    v.range,
                    msg!(model_write_confidence_as_percentage),
                );
                return None;
            }
            (v.value / 100.0, v.range)
        };
        if !(0.0..=1.0).contains(&fraction) {
            self.diag(
                codes::INVALID_VALUE,
                range,
                msg!(model_confidence_lies_between_0),
            );
            return None;
        }
        Some(fraction)
    }
}

/// The period word among a node's children (`month`, `trimestre`…).
fn period_word(node: SyntaxNode<'_>) -> Option<RatePeriod> {
    node.children().find_map(|n| {
        Some(match n.kind() {
            Rule::rate_day => RatePeriod::Day,
            Rule::rate_weekday => RatePeriod::Weekday,
            Rule::rate_week => RatePeriod::Week,
            Rule::rate_month => RatePeriod::Month,
            Rule::rate_quarter => RatePeriod::Quarter,
            Rule::rate_year => RatePeriod::Year,
            _ => return None,
        })
    })
}

/// Whether an item keyword is one of its French spellings.
fn is_french_keyword(written: &str) -> bool {
    let lower = written.to_lowercase();
    crate::syntax::keywords::KEYWORDS
        .iter()
        .filter(|k| k.place == crate::syntax::keywords::Place::Item)
        .any(|k| k.fr.contains(&lower.as_str()) && !k.en.contains(&lower.as_str()))
}

/// Which properties each kind of item takes.
fn applies(kind: ItemKind, line: Rule) -> bool {
    use ItemKind::*;
    match line {
        Rule::period_prop
        | Rule::due_prop
        | Rule::start_prop
        | Rule::owner_prop
        | Rule::why_prop => true,
        Rule::parent_prop => kind == Objective,
        Rule::supports_prop => matches!(kind, Activity | Funnel),
        Rule::metric_prop | Rule::keep_prop | Rule::milestone | Rule::weight_prop => {
            kind == KeyResult
        }
        Rule::committed | Rule::aspirational => kind == Objective,
        Rule::target_prop => kind == Activity,
        Rule::goal_prop | Rule::stage => kind == Funnel,
        _ => false,
    }
}

/// The chunk's extent without trailing blank or comment lines.
fn content_range(head: SyntaxNode<'_>, chunk: &Chunk) -> TextRange {
    TextRange {
        start: head.range().start,
        end: head.range().end.max(chunk.range().start),
    }
}

fn comparison(text: &str) -> Comparison {
    match text.to_lowercase().as_str() {
        ">=" | "≥" | "at least" | "au moins" | "au minimum" => Comparison::AtLeast,
        ">" => Comparison::Above,
        "<" => Comparison::Below,
        _ => Comparison::AtMost,
    }
}

fn unit_name(unit: &Unit) -> &str {
    match unit {
        Unit::None => "",
        Unit::Percent => "%",
        Unit::Currency(code) | Unit::Word(code) => code,
    }
}

pub(crate) fn currency_code(text: &str) -> String {
    match text.to_lowercase().as_str() {
        "€" | "eur" | "euro" | "euros" => "EUR".into(),
        "$" | "usd" | "dollar" | "dollars" => "USD".into(),
        "£" => "GBP".into(),
        "¥" => "JPY".into(),
        other => other.to_uppercase(),
    }
}
