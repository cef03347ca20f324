//! Text output: each diagnostic rendered by miette with its file, line,
//! column and a snippet of the source.

use std::fmt;
use std::io::Write;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, SourceCode, SourceSpan,
    SpanContents,
};

use crate::analysis::Workspace;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Lang, Message, msg};
use crate::text::{ColumnUnit, LineIndex};

/// A file's text under its name, borrowed rather than copied per diagnostic.
struct FileSource<'a> {
    name: &'a str,
    text: &'a str,
    lines: &'a LineIndex,
    /// No `\r` other than in `\r\n`: miette's line count then equals
    /// ours, and a snippet can be read from a window of the text.
    no_lone_cr: bool,
}

/// Whether every `\r` of the text starts a `\r\n`.
fn no_lone_cr(text: &str) -> bool {
    let bytes = text.as_bytes();
    // memchr: a whole file is scanned once, before its first snippet.
    memchr::memchr_iter(b'\r', bytes).all(|i| bytes.get(i + 1) == Some(&b'\n'))
}

impl SourceCode for FileSource<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        // miette reads a snippet by counting lines from the text's start,
        // which is quadratic over many diagnostics in a long file. Reading
        // from a line start a little before the snippet gives the same
        // contents, shifted back below.
        let first_line = self
            .lines
            .line_col(self.text, span.offset(), ColumnUnit::Utf8)
            .line
            .saturating_sub(before as u32 + 1);
        let window = if self.no_lone_cr {
            self.lines.line_start(first_line).unwrap_or(0)
        } else {
            0
        };
        let skipped_lines = if window == 0 { 0 } else { first_line as usize };
        let local = SourceSpan::new((span.offset() - window).into(), span.len());
        let inner = self.text[window..].read_span(&local, before, after)?;
        // miette counts columns in bytes; people (and our JSON) count
        // characters. The header `file:line:col` reads the column of a span
        // read without context.
        let column = if before == 0 {
            self.lines
                .line_col(self.text, span.offset(), ColumnUnit::Char)
                .col as usize
        } else {
            inner.column()
        };
        // A byte-order mark is not shown: the snippet starts after it.
        let (data, bom) = match inner.data().strip_prefix("\u{FEFF}".as_bytes()) {
            Some(rest) if window == 0 && inner.span().offset() == 0 => (rest, 3),
            _ => (inner.data(), 0),
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.to_string(),
            data,
            SourceSpan::new(
                (inner.span().offset() + window + bom).into(),
                inner.span().len() - bom,
            ),
            inner.line() + skipped_lines,
            column,
            inner.line_count() + skipped_lines,
        )))
    }
}

struct Report<'a> {
    message: String,
    code: String,
    severity: miette::Severity,
    source: FileSource<'a>,
    labels: Vec<LabeledSpan>,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

pub fn write(
    out: &mut impl Write,
    workspace: &Workspace,
    diagnostics: &[Diagnostic],
    lang: Lang,
    color: bool,
) -> std::io::Result<()> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    let mut lone_cr_free: Vec<Option<bool>> = vec![None; workspace.len()];
    for d in diagnostics {
        let file = workspace.file(d.file);
        let no_lone_cr =
            *lone_cr_free[d.file.0 as usize].get_or_insert_with(|| no_lone_cr(&file.text));
        // Nothing points into a byte-order mark, which snippets leave out.
        let bom = if file.text.starts_with('\u{FEFF}') {
            3
        } else {
            0
        };
        let span = |r: crate::text::TextRange| {
            let start = (r.start as usize).max(bom);
            SourceSpan::from(start..(r.end as usize).max(start))
        };
        let mut labels = vec![LabeledSpan::new_primary_with_span(None, span(d.range))];
        // Related places in the same file are shown in the snippet; others
        // are named after it.
        let mut elsewhere = Vec::new();
        for r in &d.related {
            if r.file == d.file {
                labels.push(LabeledSpan::new_with_span(
                    Some(r.message.render(lang).to_string()),
                    span(r.range),
                ));
            } else {
                let other = workspace.file(r.file);
                let lc = other.line_index.line_col(
                    &other.text,
                    r.range.start as usize,
                    crate::text::ColumnUnit::Char,
                );
                elsewhere.push(format!(
                    "{}: {}:{}:{}",
                    r.message.render(lang),
                    other.name,
                    lc.line + 1,
                    lc.col + 1
                ));
            }
        }
        let report = Report {
            message: d.message.render(lang),
            code: format!("{}({})", d.code.code, d.code.name),
            severity: match d.severity {
                Severity::Error => miette::Severity::Error,
                Severity::Warning => miette::Severity::Warning,
                Severity::Info => miette::Severity::Advice,
            },
            source: FileSource {
                name: &file.name,
                text: &file.text,
                lines: &file.line_index,
                no_lone_cr,
            },
            labels,
        };
        let mut rendered = String::new();
        handler
            .render_report(&mut rendered, &report)
            .map_err(|_| std::io::Error::other("cannot render a diagnostic"))?;
        // The snippet and the message quote the file: a bidirectional
        // control would reorder them on screen (E017 says where it is).
        out.write_all(super::style::escape_bidi(&rendered).as_bytes())?;
        for line in elsewhere {
            writeln!(out, "  = {}", super::style::escape_bidi(&line))?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", summary(diagnostics, workspace.len(), lang))
}

/// "2 errors and 1 warning in 3 files" in the given language.
fn summary(diagnostics: &[Diagnostic], files: usize, lang: Lang) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let parts: Vec<Message> = [
        (
            count(Severity::Error),
            msg!(cli_count_errors, count = count(Severity::Error)),
        ),
        (
            count(Severity::Warning),
            msg!(cli_count_warnings, count = count(Severity::Warning)),
        ),
        (
            count(Severity::Info),
            msg!(cli_count_notes, count = count(Severity::Info)),
        ),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, part)| part)
    .collect();
    let files = msg!(cli_count_files, count = files);
    let message = match crate::i18n::list_and(parts) {
        None => msg!(cli_summary_clean, files = files),
        Some(problems) => msg!(cli_summary, problems = problems, files = files),
    };
    message.render(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A snippet read from a window near it is the one miette reads from
    /// the text's start.
    #[test]
    fn windowed_snippets_equal_whole_text_snippets() {
        let text = "objective o: Grow\r\n  period: 2026-Q4\n\n2026-11-02 o 3\n\
                    é 2026-11-03 x +1 \"note\"\r\n\r\nlast line without break"
            .repeat(5);
        let lines = LineIndex::new(&text);
        let source = |no_lone_cr| FileSource {
            name: "f.goals",
            text: &text,
            lines: &lines,
            no_lone_cr,
        };
        let (windowed, whole) = (source(true), source(false));
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (k, &start) in boundaries.iter().enumerate() {
            for &end in boundaries[k..].iter().take(12) {
                for (before, after) in [(0, 0), (1, 1), (2, 3)] {
                    let span = SourceSpan::from(start..end);
                    let a = windowed.read_span(&span, before, after).unwrap();
                    let b = whole.read_span(&span, before, after).unwrap();
                    assert_eq!(a.data(), b.data(), "{start}..{end} {before} {after}");
                    assert_eq!(a.span(), b.span());
                    assert_eq!(a.line(), b.line());
                    assert_eq!(a.column(), b.column());
                    assert_eq!(a.line_count(), b.line_count());
                }
            }
        }
        assert!(no_lone_cr(&text));
        assert!(!no_lone_cr("a\rb"));
    }
}
