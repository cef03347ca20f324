//! Byte ranges and the one place that turns byte offsets into positions.
//!
//! Everything in the core speaks byte offsets. Editors and terminals want
//! lines and columns, in UTF-8 bytes, UTF-16 code units or characters:
//! [`LineIndex`] is the only converter, so the rules live in one place.

use std::fmt;

/// A half-open byte range `start..end` into one file's text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "range {start}..{end}");
        TextRange {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn empty(at: usize) -> Self {
        Self::new(at, at)
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn as_range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn shifted(self, by: u32) -> Self {
        TextRange {
            start: self.start + by,
            end: self.end + by,
        }
    }

    pub fn contains(self, offset: usize) -> bool {
        (self.start as usize) <= offset && offset < self.end as usize
    }
}

impl fmt::Debug for TextRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// How columns are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnUnit {
    /// UTF-8 bytes.
    Utf8,
    /// UTF-16 code units (the LSP default).
    Utf16,
    /// Unicode scalar values, what a person counts.
    Char,
}

/// A 0-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Line starts of one text, for offset ↔ position conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset where each line starts; the first is always 0.
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i as u32 + 1));
        LineIndex {
            starts,
            len: text.len() as u32,
        }
    }

    /// Updates the index after `old_range` of the previous text was
    /// replaced by `inserted_len` bytes, giving `new_text`: equal to
    /// `LineIndex::new(new_text)`, touching only the lines the edit moved.
    pub fn edit(&mut self, new_text: &str, old_range: std::ops::Range<usize>, inserted_len: usize) {
        let delta = inserted_len as i64 - old_range.len() as i64;
        // Lines starting inside the replaced bytes (after a line break they
        // held) go; those the inserted text starts come in.
        let a = self
            .starts
            .partition_point(|&s| s as usize <= old_range.start);
        let b = self
            .starts
            .partition_point(|&s| s as usize <= old_range.end);
        let inserted = &new_text.as_bytes()[old_range.start..old_range.start + inserted_len];
        let fresh = memchr::memchr_iter(b'\n', inserted).map(|i| (old_range.start + i + 1) as u32);
        for s in &mut self.starts[b..] {
            *s = (*s as i64 + delta) as u32;
        }
        self.starts.splice(a..b, fresh);
        self.len = new_text.len() as u32;
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where 0-based `line` starts, if the line exists.
    pub fn line_start(&self, line: u32) -> Option<usize> {
        self.starts.get(line as usize).map(|&s| s as usize)
    }

    /// 0-based line and column of a byte offset. Offsets past the end clamp
    /// to the end; offsets inside a character count from its start.
    pub fn line_col(&self, text: &str, offset: usize, unit: ColumnUnit) -> LineCol {
        let offset = offset.min(self.len as usize);
        let line = self.starts.partition_point(|&s| s as usize <= offset) - 1;
        let start = self.starts[line] as usize + bom_before(text, line, offset);
        let mut end = offset.max(start);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let slice = &text[start..end];
        let col = match unit {
            ColumnUnit::Utf8 => slice.len(),
            ColumnUnit::Utf16 => slice.chars().map(char::len_utf16).sum(),
            ColumnUnit::Char => slice.chars().count(),
        };
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// Byte offset of a 0-based line and column. Columns past the line end
    /// clamp to it (before its line break); lines past the end clamp to the
    /// end of the text. A column inside a UTF-16 surrogate pair lands on the
    /// character's start.
    pub fn offset(&self, text: &str, pos: LineCol, unit: ColumnUnit) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return self.len as usize;
        };
        let start = start as usize + bom_before(text, pos.line as usize, usize::MAX);
        let line_end = self
            .starts
            .get(pos.line as usize + 1)
            .map_or(self.len as usize, |&s| s as usize);
        let line = text[start..line_end]
            .strip_suffix('\n')
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .unwrap_or(&text[start..line_end]);
        let mut counted = 0u32;
        for (i, c) in line.char_indices() {
            let width = match unit {
                ColumnUnit::Utf8 => c.len_utf8() as u32,
                ColumnUnit::Utf16 => c.len_utf16() as u32,
                ColumnUnit::Char => 1,
            };
            if counted + width > pos.col {
                return start + i;
            }
            counted += width;
        }
        start + line.len()
    }
}

/// The length of a byte-order mark that starts the text, when `offset` on
/// `line` is past it: the mark is no column (editors hide it), so the first
/// line's columns count from after it.
fn bom_before(text: &str, line: usize, offset: usize) -> usize {
    const BOM: &str = "\u{FEFF}";
    if line == 0 && offset >= BOM.len() && text.starts_with(BOM) {
        BOM.len()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_no_column() {
        let text = "\u{FEFF}objective o: x\nkr k: y\n";
        let idx = LineIndex::new(text);
        let o = text.find(" o").unwrap() + 1;
        for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16, ColumnUnit::Char] {
            assert_eq!(idx.line_col(text, o, unit), LineCol { line: 0, col: 10 });
            assert_eq!(idx.line_col(text, 3, unit), LineCol { line: 0, col: 0 });
            assert_eq!(idx.offset(text, LineCol { line: 0, col: 0 }, unit), 3);
            assert_eq!(idx.offset(text, LineCol { line: 0, col: 10 }, unit), o);
            let k = text.find("k:").unwrap();
            assert_eq!(idx.line_col(text, k, unit), LineCol { line: 1, col: 3 });
        }
    }

    #[test]
    fn columns_in_every_unit() {
        let text = "ab\né😀x\n";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(
            idx.line_col(text, x, ColumnUnit::Utf8),
            LineCol { line: 1, col: 6 }
        );
        assert_eq!(
            idx.line_col(text, x, ColumnUnit::Utf16),
            LineCol { line: 1, col: 3 }
        );
        assert_eq!(
            idx.line_col(text, x, ColumnUnit::Char),
            LineCol { line: 1, col: 2 }
        );
    }

    #[test]
    fn offsets_round_trip_and_clamp() {
        let text = "é😀x\r\nsecond";
        let idx = LineIndex::new(text);
        for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16, ColumnUnit::Char] {
            for (offset, _) in text.char_indices() {
                let lc = idx.line_col(text, offset, unit);
                if text[offset..].starts_with('\n') {
                    continue; // the '\n' after '\r' has no column of its own
                }
                assert_eq!(idx.offset(text, lc, unit), offset, "{unit:?} {offset}");
            }
        }
        // Past the end of a line: before its line break.
        let end_of_first = text.find('\r').unwrap();
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 99 }, ColumnUnit::Utf16),
            end_of_first
        );
        // Past the last line: the end of the text.
        assert_eq!(
            idx.offset(text, LineCol { line: 9, col: 0 }, ColumnUnit::Char),
            text.len()
        );
        // Inside a surrogate pair: the emoji's start.
        assert_eq!(
            idx.offset(text, LineCol { line: 0, col: 2 }, ColumnUnit::Utf16),
            2
        );
    }
}
