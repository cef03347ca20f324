//! Inline suppression: `# goalie: ignore CODE` silences a code on its own
//! line (a trailing comment) or on its line and the next (a comment alone
//! on its line); `# goalie: ignore-file CODE` silences it in the whole
//! file. Without codes, every code is silenced. Codes or names, separated
//! by commas or spaces.

use super::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::syntax::Rule;
use crate::text::ColumnUnit;

#[derive(Debug, Default)]
pub struct Suppressions {
    /// (0-based line, codes; empty = all).
    lines: Vec<(u32, Vec<String>)>,
    file: Option<Vec<String>>,
}

/// What every directive starts with.
pub(super) const DIRECTIVE: &str = "goalie:";

/// How many times [`DIRECTIVE`] occurs in `bytes`.
pub(super) fn count_directives(bytes: &[u8]) -> usize {
    memchr::memmem::find_iter(bytes, DIRECTIVE).count()
}

/// The bytes around `start..end` holding every occurrence of
/// [`DIRECTIVE`] that overlaps it (or, for an insertion point, spans it):
/// an edit there changes only those.
pub(super) fn around(len: usize, start: usize, end: usize) -> std::ops::Range<usize> {
    let reach = DIRECTIVE.len() - 1;
    start.saturating_sub(reach)..(end + reach).min(len)
}

fn parse_directive(comment: &str) -> Option<(bool, Vec<String>)> {
    let body = comment.trim_start_matches('#').trim();
    let rest = body.strip_prefix("goalie:")?.trim_start();
    let (whole_file, list) = if let Some(r) = rest.strip_prefix("ignore-file") {
        (true, r)
    } else {
        (false, rest.strip_prefix("ignore")?)
    };
    if !list.is_empty() && !list.starts_with([' ', '\t', ',']) {
        return None;
    }
    let codes = list
        .split([',', ' ', '\t'])
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect();
    Some((whole_file, codes))
}

fn covers(codes: &[String], d: &Diagnostic) -> bool {
    codes.is_empty()
        || codes
            .iter()
            .any(|c| c.eq_ignore_ascii_case(d.code.code) || c == d.code.name)
}

impl Suppressions {
    pub fn of(file: &SourceFile) -> Self {
        let mut out = Suppressions::default();
        // Most files have no directive: the file counts them as it is
        // edited, which rules them out without reading the text.
        if file.directives == 0 {
            return out;
        }
        let directive = memchr::memmem::Finder::new(DIRECTIVE);
        for chunk in file.parse.chunks() {
            if directive
                .find(file.text[chunk.range().as_range()].as_bytes())
                .is_none()
            {
                continue;
            }
            for line in chunk.lines() {
                let Some(comment) = line.children().find(|n| n.kind() == Rule::comment) else {
                    continue;
                };
                let Some((whole_file, codes)) = parse_directive(comment.text(&file.text)) else {
                    continue;
                };
                if whole_file {
                    out.file.get_or_insert_with(Vec::new).extend(codes);
                    if out.file.as_ref().is_some_and(|f| f.is_empty()) {
                        out.file = Some(Vec::new());
                    }
                    continue;
                }
                let at = file
                    .line_index
                    .line_col(&file.text, comment.range().start as usize, ColumnUnit::Utf8)
                    .line;
                let alone = line.children().count() == 1;
                out.lines.push((at, codes.clone()));
                if alone {
                    out.lines.push((at + 1, codes));
                }
            }
        }
        out
    }

    /// Whether a diagnostic of this file is silenced.
    pub fn silences(&self, file: &SourceFile, d: &Diagnostic) -> bool {
        if self.file.as_ref().is_some_and(|codes| covers(codes, d)) {
            return true;
        }
        if self.lines.is_empty() {
            return false;
        }
        let line = file
            .line_index
            .line_col(&file.text, d.range.start as usize, ColumnUnit::Utf8)
            .line;
        self.lines
            .iter()
            .any(|(l, codes)| *l == line && covers(codes, d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directive_count_follows_edits() {
        // Every split of a directive by an edit, and edits next to one.
        let text = "x # goalie: ignore\n2026-01-01 a 1 # goalie:\n";
        for start in 0..text.len() {
            for end in start..text.len().min(start + 9) {
                for insert in ["", "goalie:", ":", "g", "goalie"] {
                    let before = count_directives(text.as_bytes());
                    let old = around(text.len(), start, end);
                    let mut edited = text.as_bytes().to_vec();
                    edited.splice(start..end, insert.bytes());
                    let new = around(edited.len(), start, start + insert.len());
                    let counted = before - count_directives(&text.as_bytes()[old])
                        + count_directives(&edited[new]);
                    assert_eq!(
                        counted,
                        count_directives(&edited),
                        "{start}..{end} {insert:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn directives() {
        assert_eq!(parse_directive("# goalie: ignore"), Some((false, vec![])));
        assert_eq!(
            parse_directive("#goalie: ignore S101, M202"),
            Some((false, vec!["S101".into(), "M202".into()]))
        );
        assert_eq!(
            parse_directive("# goalie: ignore-file vague-wording"),
            Some((true, vec!["vague-wording".into()]))
        );
        assert_eq!(parse_directive("# goalie: ignored"), None);
        assert_eq!(parse_directive("# a comment about goalie: ignore"), None);
    }
}
