//! The model: typed items with spans, ids resolved across every file of a
//! workspace, links between items and log lines attached to their items.

pub mod date;
mod item;
pub(crate) mod lower;
pub mod number;
mod resolve;

use std::sync::Arc;

use jiff::civil::Date;
use rustc_hash::FxHashMap;

pub use date::DateRange;
pub use item::*;
pub(crate) use lower::relower;
pub use lower::{FileModel, lower_file};

use crate::diagnostic::{Diagnostic, FileId};

#[derive(Clone, Debug, Default)]
pub struct Model {
    pub items: Vec<Item>,
    /// Every file's log lines, in file order, shared with the files'
    /// [`FileModel`]s rather than copied; each line's `target.target` is
    /// the item it is about.
    pub logs: Logs,
    /// Workspace-level diagnostics (ids, links, logs); per-file ones stay in
    /// each [`FileModel`].
    pub diagnostics: Vec<Diagnostic>,
    ids: FxHashMap<String, ItemIdx>,
    /// Per item, which of the [`Logged`] lines it has (a bit each).
    logged: Vec<u8>,
    /// [`Model::supporters`]: item `i`'s are
    /// `supporter_list[supporter_starts[i]..supporter_starts[i + 1]]`.
    supporter_starts: Vec<u32>,
    supporter_list: Vec<ItemIdx>,
}

/// Log lines that close or review an item, for [`Model::logged`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Logged {
    Done = 1,
    Dropped = 2,
    Retro = 4,
}

/// The log lines of every file, end to end: each file's lines stay in the
/// file's own vector (an `Arc`), so building a model copies none of them.
/// Indexed like one vector (`logs[i]`, `len`, `iter`).
#[derive(Clone, Debug, Default)]
pub struct Logs {
    parts: Vec<Arc<Vec<LogEntry>>>,
    /// Index of each part's first line.
    starts: Vec<usize>,
    len: usize,
}

impl Logs {
    pub(crate) fn push_part(&mut self, part: Arc<Vec<LogEntry>>) {
        if part.is_empty() {
            return;
        }
        self.starts.push(self.len);
        self.len += part.len();
        self.parts.push(part);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn get(&self, index: usize) -> Option<&LogEntry> {
        if let [only] = self.parts.as_slice() {
            return only.get(index);
        }
        if index >= self.len {
            return None;
        }
        // Few files hold logs: a short search.
        let part = self.starts.partition_point(|&s| s <= index) - 1;
        self.parts[part].get(index - self.starts[part])
    }

    pub fn iter(&self) -> impl Iterator<Item = &LogEntry> + '_ {
        self.parts.iter().flat_map(|p| p.iter())
    }
}

impl std::ops::Index<usize> for Logs {
    type Output = LogEntry;

    fn index(&self, index: usize) -> &LogEntry {
        self.get(index).expect("a log index in range")
    }
}

impl<'a> IntoIterator for &'a Logs {
    type Item = &'a LogEntry;
    type IntoIter = Box<dyn Iterator<Item = &'a LogEntry> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl Model {
    /// Joins lowered files. `today` dates the checks that depend on it.
    pub fn build(files: &[(FileId, &FileModel)], today: Date) -> Model {
        resolve::build(files, today)
    }

    /// The item with this id (its first definition, if there are several).
    pub fn find(&self, id: &str) -> Option<ItemIdx> {
        self.ids.get(id).copied()
    }

    /// The id closest to `name`, for "did you mean".
    pub fn closest_id(&self, name: &str) -> Option<&str> {
        resolve::closest_id(self, name)
    }

    pub fn item(&self, idx: ItemIdx) -> &Item {
        &self.items[idx.0 as usize]
    }

    pub fn log(&self, idx: LogIdx) -> &LogEntry {
        &self.logs[idx.0 as usize]
    }

    /// Whether an item has a log line of this kind, whatever its date: as
    /// `logs_of(idx).any(…)`, without reading its lines.
    pub fn logged(&self, idx: ItemIdx, what: Logged) -> bool {
        self.logged
            .get(idx.0 as usize)
            .is_some_and(|bits| bits & what as u8 != 0)
    }

    /// The activities whose `supports:` names this item, in workspace
    /// order, each once: built once per analysis, so that rules and
    /// progress never scan every item for each item.
    pub fn supporters(&self, idx: ItemIdx) -> &[ItemIdx] {
        let i = idx.0 as usize;
        match (
            self.supporter_starts.get(i),
            self.supporter_starts.get(i + 1),
        ) {
            (Some(&from), Some(&to)) => &self.supporter_list[from as usize..to as usize],
            _ => &[],
        }
    }

    /// The item a log line is about, if its id names one.
    pub fn log_item(&self, idx: LogIdx) -> Option<ItemIdx> {
        // Looked up when asked rather than stored: 8 bytes a line saved.
        self.find(&self.logs.get(idx.0 as usize)?.target.name)
    }

    /// An item's log lines, by date (the last is the latest).
    pub fn logs_of(
        &self,
        idx: ItemIdx,
    ) -> impl DoubleEndedIterator<Item = &LogEntry> + ExactSizeIterator {
        self.item(idx).logs.iter().map(|&l| self.log(l))
    }

    /// The dates an item runs between, from its own `start:`, `due:` and
    /// `period:`, falling back to those of its container (a key result's
    /// objective, a stage's funnel), and for a funnel to those of the item
    /// it `supports:`.
    pub fn window(&self, idx: ItemIdx) -> (Option<Date>, Option<Date>) {
        let mut start = None;
        let mut end = None;
        let mut current = Some(idx);
        while let Some(i) = current {
            let item = self.item(i);
            start = start
                .or(item.start.as_ref().map(|s| s.value))
                .or(item.period.as_ref().map(|p| p.value.start));
            end = end
                .or(item.due.as_ref().map(|d| d.value))
                .or(item
                    .goal
                    .as_ref()
                    .and_then(|g| g.by.as_ref())
                    .map(|b| b.value))
                .or(item.period.as_ref().map(|p| p.value.end));
            if start.is_some() && end.is_some() {
                break;
            }
            current = item.container;
        }
        // A funnel with no dates of its own takes those of the item it
        // supports (the key result its pipeline feeds).
        let item = self.item(idx);
        let funnel = match item.kind {
            ItemKind::Funnel => Some(item),
            ItemKind::Stage => item.container.map(|c| self.item(c)),
            _ => None,
        }
        .filter(|f| f.kind == ItemKind::Funnel);
        if let Some(funnel) = funnel.filter(|_| start.is_none() || end.is_none()) {
            for target in funnel.supports.iter().filter_map(|r| r.target) {
                if self.item(target).kind == ItemKind::Funnel {
                    continue; // one level only: no cycles
                }
                let (s, e) = self.window(target);
                start = start.or(s);
                end = end.or(e);
            }
        }
        (start, end)
    }
}
