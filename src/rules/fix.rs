//! Edits several rules' quick fixes share.

use crate::diagnostic::Edit;
use crate::model::{Item, ItemKind};
use crate::syntax::{Rule, keywords};
use crate::text::TextRange;

/// An edit adding a property or flag line right below an item's header,
/// indented one step (two spaces) deeper than the header. The header's
/// indentation is the distance from the line's start to its keyword; when
/// the keyword is unknown, objectives and funnels are taken to be flush
/// left and key results under an objective indented by two.
///
/// None when the item already has a line for the same thing that did not
/// parse or was refused (`PÉRIODE: T1 2027` under an undated item): adding
/// a guessed one would hide what the writer meant. An end date is one
/// thing whether `due:` or `period:`, a commitment whichever flag.
pub fn insert_line_after_header(item: &Item, line: &str) -> Option<Edit> {
    let slot = |rule: Rule| match rule {
        Rule::kw_due => Rule::kw_period,
        Rule::aspirational => Rule::committed,
        other => other,
    };
    if let Some(adds) = keywords::meant(line)
        && item.written.iter().any(|&w| slot(w) == slot(adds))
    {
        return None;
    }
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
    Some(Edit {
        file: item.file,
        range: TextRange::empty(head.end as usize),
        insert: format!("\n{}{line}", " ".repeat(indent + 2)),
    })
}
