//! The model: typed items with spans, ids resolved across every file of a
//! workspace, links between items and log lines attached to their items.

pub mod date;
mod item;
mod lower;
pub mod number;
mod resolve;

use std::collections::HashMap;

use jiff::civil::Date;

pub use date::DateRange;
pub use item::*;
pub use lower::{FileModel, lower_file};

use crate::diagnostic::{Diagnostic, FileId};

#[derive(Clone, Debug, Default)]
pub struct Model {
    pub items: Vec<Item>,
    pub logs: Vec<LogEntry>,
    /// Workspace-level diagnostics (ids, links, logs); per-file ones stay in
    /// each [`FileModel`].
    pub diagnostics: Vec<Diagnostic>,
    ids: HashMap<String, ItemIdx>,
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

    /// An item's log lines, by date.
    pub fn logs_of(&self, idx: ItemIdx) -> impl Iterator<Item = &LogEntry> {
        self.item(idx).logs.iter().map(|&l| self.log(l))
    }

    /// The dates an item runs between, from its own `start:`, `due:` and
    /// `period:`, falling back to those of its container (a key result's
    /// objective, a stage's funnel).
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
        (start, end)
    }
}
