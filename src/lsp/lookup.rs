//! What an offset of a file points at: an item's own id, a reference to an
//! item (`parent:`, `supports:`, a log line's id), or the item whose lines
//! hold it. Shared by hover, definition, references and rename.

use crate::analysis::Analysis;
use crate::diagnostic::FileId;
use crate::model::{ItemIdx, Model};
use crate::text::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The id where the item is defined.
    Definition,
    /// A written reference to the item.
    Reference,
}

/// An id under the cursor.
#[derive(Clone, Debug)]
pub struct IdAt {
    pub item: Option<ItemIdx>,
    pub name: String,
    pub range: TextRange,
}

/// Ranges include their end, so a cursor just after an id still finds it.
fn touches(range: TextRange, offset: usize) -> bool {
    range.start as usize <= offset && offset <= range.end as usize
}

/// The id (defined or referenced) at `offset`.
pub fn id_at(model: &Model, file: FileId, offset: usize) -> Option<IdAt> {
    for (i, item) in model.items.iter().enumerate() {
        if item.file != file || !touches(item.range, offset) && !touches(item.head_range, offset) {
            continue;
        }
        if !item.id.is_empty() && touches(item.id_range, offset) {
            return Some(IdAt {
                item: Some(ItemIdx(i as u32)),
                name: item.id.clone(),
                range: item.id_range,
            });
        }
        for r in item.parent.iter().chain(&item.supports) {
            if touches(r.range, offset) {
                return Some(IdAt {
                    item: r.target,
                    name: r.name.to_string(),
                    range: r.range,
                });
            }
        }
    }
    model
        .logs
        .iter()
        .find(|l| l.file == file && touches(l.target.range, offset))
        .map(|l| IdAt {
            item: l.target.target,
            name: l.target.name.to_string(),
            range: l.target.range,
        })
}

/// The item an offset is about: the id under it, else the innermost item
/// whose header (or, failing that, whose lines) hold it, else the item of
/// the log line there.
pub fn item_at(model: &Model, file: FileId, offset: usize) -> Option<ItemIdx> {
    pointed(model, file, offset).map(|(item, _)| item)
}

/// [`item_at`], with what a hover highlights: the range of `file` that led
/// to the item (the id, or the line of its header, of the log line or of
/// its body under the cursor), always in `file` and holding `offset`.
pub fn pointed_at(
    model: &Model,
    text: &str,
    file: FileId,
    offset: usize,
) -> Option<(ItemIdx, TextRange)> {
    pointed(model, file, offset).map(|(item, range)| (item, line_of(text, offset, range)))
}

/// The item at `offset` and the range (id, header, log line, item) that
/// led to it.
fn pointed(model: &Model, file: FileId, offset: usize) -> Option<(ItemIdx, TextRange)> {
    if let Some(found) = id_at(model, file, offset) {
        return found.item.map(|item| (item, found.range));
    }
    let mut best: Option<(ItemIdx, TextRange)> = None;
    for (i, item) in model.items.iter().enumerate() {
        if item.file == file && touches(item.head_range, offset) {
            return Some((ItemIdx(i as u32), item.head_range));
        }
        if item.file == file && item.range.contains(offset) {
            let len = item.range.len();
            if best.is_none_or(|(_, r)| len < r.len()) {
                best = Some((ItemIdx(i as u32), item.range));
            }
        }
    }
    if let Some(log) = model
        .logs
        .iter()
        .find(|l| l.file == file && touches(l.range, offset))
    {
        return log.target.target.map(|item| (item, log.range));
    }
    best
}

/// The line of `text` holding `offset`, within `range`, without its break
/// (an id, on one line, is returned whole).
fn line_of(text: &str, offset: usize, range: TextRange) -> TextRange {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let end = if text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    let start = start.max(range.start as usize);
    let end = end.min(range.end as usize).max(start);
    TextRange::new(start, end)
}

/// Every place an item's id is written: its definition first, then its
/// references, file by file.
pub fn occurrences(analysis: &Analysis, item: ItemIdx) -> Vec<(FileId, TextRange, Role)> {
    let model = &analysis.model;
    let target = model.item(item);
    let mut out = vec![(target.file, target.id_range, Role::Definition)];
    for other in &model.items {
        for r in other.parent.iter().chain(&other.supports) {
            if r.target == Some(item) {
                out.push((other.file, r.range, Role::Reference));
            }
        }
    }
    // The item's own list of log lines: no scan of every line.
    for log in model.logs_of(item) {
        out.push((log.file, log.target.range, Role::Reference));
    }
    out.sort_by_key(|&(file, range, role)| (role != Role::Definition, file, range.start));
    out
}
