//! Edits several rules' quick fixes share.

use crate::diagnostic::Edit;
use crate::model::{Item, ItemKind};
use crate::text::TextRange;

/// An edit adding a property or flag line right below an item's header,
/// indented one step (two spaces) deeper than the header. The header's
/// indentation is the distance from the line's start to its keyword; when
/// the keyword is unknown, objectives and funnels are taken to be flush
/// left and key results under an objective indented by two.
pub fn insert_line_after_header(item: &Item, line: &str) -> Edit {
    let head = item.head_range;
    let keyword = item.keyword_range;
    let indent = if keyword.start >= head.start && keyword.end <= head.end && keyword != item.range
    {
        (keyword.start - head.start) as usize
    } else if item.kind == ItemKind::KeyResult && item.container.is_some() {
        2
    } else {
        0
    };
    Edit {
        file: item.file,
        range: TextRange::empty(head.end as usize),
        insert: format!("\n{}{line}", " ".repeat(indent + 2)),
    }
}
