//! The one place that turns byte offsets into LSP positions and back.
//!
//! The core speaks byte offsets; LSP speaks lines and columns in the
//! encoding agreed at `initialize`: UTF-16 code units unless the client
//! offers UTF-8. Every capability converts through [`Lines`], which leans on
//! [`crate::text::LineIndex`] for the counting.

use tower_lsp_server::ls_types::{ClientCapabilities, Position, PositionEncodingKind, Range};

use crate::text::{ColumnUnit, LineCol, LineIndex, TextRange};

/// How columns are counted on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it (it saves counting), else the
    /// protocol's default, UTF-16.
    pub fn negotiate(caps: &ClientCapabilities) -> Encoding {
        let offered = caps
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref());
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn unit(self) -> ColumnUnit {
        match self {
            Encoding::Utf8 => ColumnUnit::Utf8,
            Encoding::Utf16 => ColumnUnit::Utf16,
        }
    }
}

/// A text with its line index, seen in one encoding.
#[derive(Clone, Copy)]
pub struct Lines<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: Encoding,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str, index: &'a LineIndex, encoding: Encoding) -> Self {
        Lines {
            text,
            index,
            encoding,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let lc = self.index.line_col(self.text, offset, self.encoding.unit());
        Position::new(lc.line, lc.col)
    }

    pub fn range(&self, range: TextRange) -> Range {
        Range::new(
            self.position(range.start as usize),
            self.position(range.end as usize),
        )
    }

    /// The byte offset of a position; positions past a line's end clamp to
    /// it, past the last line to the end of the text.
    pub fn offset(&self, position: Position) -> usize {
        let lc = LineCol {
            line: position.line,
            col: position.character,
        };
        self.index.offset(self.text, lc, self.encoding.unit())
    }

    pub fn byte_range(&self, range: Range) -> std::ops::Range<usize> {
        let start = self.offset(range.start);
        let end = self.offset(range.end).max(start);
        start..end
    }

    /// The whole text as a range (for formatting's full-document edit).
    pub fn full_range(&self) -> Range {
        Range::new(Position::new(0, 0), self.position(self.text.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, encoding: Encoding) -> (LineIndex, Encoding) {
        (LineIndex::new(text), encoding)
    }

    #[test]
    fn utf16_counts_surrogate_pairs_and_utf8_counts_bytes() {
        // An id after an emoji (two UTF-16 units, four bytes) and an accent.
        let text = "kr é🚀-id: Titre\n2026-11-02 é🚀-id +3 # 🎯\n";
        let at = text.rfind("-id").unwrap();
        let (index, _) = lines(text, Encoding::Utf16);
        let l16 = Lines::new(text, &index, Encoding::Utf16);
        let l8 = Lines::new(text, &index, Encoding::Utf8);
        assert_eq!(l16.position(at), Position::new(1, 14));
        assert_eq!(l8.position(at), Position::new(1, 17));
        assert_eq!(l16.offset(Position::new(1, 14)), at);
        assert_eq!(l8.offset(Position::new(1, 17)), at);
        // The end of the line, after a non-BMP character.
        let end = text.rfind('\n').unwrap();
        assert_eq!(l16.position(end), Position::new(1, 25));
        assert_eq!(l16.offset(Position::new(1, 99)), end);
        // Inside the surrogate pair: the character's start.
        let rocket = text.rfind('🚀').unwrap();
        assert_eq!(l16.offset(Position::new(1, 13)), rocket);
    }

    #[test]
    fn negotiation_prefers_utf8_only_when_offered() {
        let mut caps = ClientCapabilities::default();
        assert_eq!(Encoding::negotiate(&caps), Encoding::Utf16);
        caps.general = Some(tower_lsp_server::ls_types::GeneralClientCapabilities {
            position_encodings: Some(vec![PositionEncodingKind::UTF16]),
            ..Default::default()
        });
        assert_eq!(Encoding::negotiate(&caps), Encoding::Utf16);
        caps.general.as_mut().unwrap().position_encodings = Some(vec![
            PositionEncodingKind::UTF8,
            PositionEncodingKind::UTF16,
        ]);
        assert_eq!(Encoding::negotiate(&caps), Encoding::Utf8);
    }
}
