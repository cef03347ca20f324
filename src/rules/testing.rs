//! Helpers for rule tests: analyse a text as of 2026-11-24.

use crate::analysis::{Analysis, Workspace};
use crate::config::Settings;
use crate::diagnostic::Diagnostic;

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

pub fn analyze_with(text: &str, settings: &Settings) -> Analysis {
    let mut ws = Workspace::new();
    ws.add_file("test.goals", text);
    ws.analyze_with(today(), settings)
}

/// The diagnostics of one code.
pub fn with_code(text: &str, code: &str) -> Vec<Diagnostic> {
    analyze_with(text, &Settings::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code.code == code)
        .collect()
}

/// The text each diagnostic of a code points at.
pub fn spans(text: &str, code: &str) -> Vec<String> {
    with_code(text, code)
        .iter()
        .map(|d| text[d.range.as_range()].to_string())
        .collect()
}

/// Applies a diagnostic's first fix.
#[allow(dead_code)] // used by the rules that offer fixes
pub fn apply_first_fix(text: &str, d: &Diagnostic) -> String {
    let mut out = text.to_string();
    let mut edits = d.fixes[0].edits.clone();
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    for e in edits {
        out.replace_range(e.range.as_range(), &e.insert);
    }
    out
}

/// Checks the diagnostics of `code` against a fixture's annotations, as of
/// [`today`] with the default settings.
///
/// A fixture is `.goals` text in which a line of carets followed by a code
/// states one expected diagnostic, under the text it points at on the
/// nearest line above that is not itself an annotation:
///
/// ```text
/// objective o: Sales
/// #            ^^^^^ S102
/// ```
///
/// The carets count characters from the start of the line (the `#` is
/// there so the line reads as a comment, and is optional). Words after the
/// code must appear in the English message. A diagnostic over several
/// lines is annotated on its first, to the end of it. Annotation lines are taken out
/// before the analysis; the fixture is de-indented as a whole and a first
/// empty line dropped, so it can be written as an indented raw string. The
/// test fails on a stated diagnostic that is missing and on one of `code`
/// that is not stated, and shows the fixture as it should read.
#[track_caller]
pub fn check(code: &str, fixture: &str) {
    check_with(code, fixture, &Settings::default());
}

/// [`check`] with these settings.
#[track_caller]
pub fn check_with(code: &str, fixture: &str, settings: &Settings) {
    let fixture = dedent(fixture);
    let (text, expected) = read_fixture(&fixture);
    let found = analyze_with(&text, settings);
    let mut actual: Vec<Annotation> = found
        .diagnostics
        .iter()
        .filter(|d| d.code.code == code)
        .map(|d| Annotation::of(&text, d))
        .collect();
    actual.sort_by_key(|a| (a.line, a.column, a.width));
    let mut missing: Vec<&Expected> = Vec::new();
    let mut unmatched = actual.clone();
    for e in &expected {
        let position = unmatched.iter().position(|a| {
            a.line == e.at.line
                && a.column == e.at.column
                && a.width == e.at.width
                && a.code == e.at.code
                && a.message.contains(&e.words)
        });
        match position {
            Some(n) => {
                unmatched.remove(n);
            }
            None => missing.push(e),
        }
    }
    assert!(
        missing.is_empty() && unmatched.is_empty(),
        "{code}: {} missing, {} not stated.\nmissing: {:?}\nnot stated: {:?}\nthe fixture as the analysis reads it:\n{}",
        missing.len(),
        unmatched.len(),
        missing.iter().map(|e| &e.at).collect::<Vec<_>>(),
        unmatched,
        annotate(&text, &actual)
    );
}

/// One diagnostic placed on a line of the text without annotations: line
/// and column (in characters) of its start, its width in characters on that
/// line.
#[derive(Clone, Debug, PartialEq)]
struct Annotation {
    line: usize,
    column: usize,
    width: usize,
    code: String,
    message: String,
}

impl Annotation {
    fn of(text: &str, d: &Diagnostic) -> Annotation {
        let start = d.range.start as usize;
        let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
        let end = (d.range.end as usize).min(line_end).max(start);
        Annotation {
            line: text[..start].matches('\n').count(),
            column: text[line_start..start].chars().count(),
            width: text[start..end].chars().count(),
            code: d.code.code.to_string(),
            message: d.message.render(crate::i18n::Lang::En),
        }
    }
}

struct Expected {
    at: Annotation,
    /// Words the message must hold (empty: any message).
    words: String,
}

/// An annotation line: optional `#`, carets, a code, optional words.
fn annotation(line: &str) -> Option<(usize, usize, String, String)> {
    let column = line.find('^')?;
    if !line[..column]
        .trim_start()
        .trim_start_matches('#')
        .trim()
        .is_empty()
    {
        return None;
    }
    let rest = &line[column..];
    let width = rest.len() - rest.trim_start_matches('^').len();
    let rest = rest[width..].strip_prefix(' ')?;
    let (code, words) = rest.split_once(' ').unwrap_or((rest, ""));
    let is_code = code.len() == 4
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code[1..].chars().all(|c| c.is_ascii_digit());
    is_code.then(|| {
        (
            line[..column].chars().count(),
            width,
            code.to_string(),
            words.trim().to_string(),
        )
    })
}

/// The text without its annotation lines, and what they state.
fn read_fixture(fixture: &str) -> (String, Vec<Expected>) {
    let mut text = String::new();
    let mut expected = Vec::new();
    let mut line = 0;
    for raw in fixture.split_inclusive('\n') {
        if let Some((column, width, code, words)) = annotation(raw.trim_end_matches('\n')) {
            assert!(line > 0, "an annotation needs a line above it: {raw}");
            expected.push(Expected {
                at: Annotation {
                    line: line - 1,
                    column,
                    width,
                    code,
                    message: String::new(),
                },
                words,
            });
        } else {
            text.push_str(raw);
            line += 1;
        }
    }
    (text, expected)
}

/// The text with each diagnostic's annotation under its line.
fn annotate(text: &str, found: &[Annotation]) -> String {
    let mut out = String::new();
    for (n, line) in text.split_inclusive('\n').enumerate() {
        out.push_str(line);
        if !line.ends_with('\n') {
            out.push('\n');
        }
        for a in found.iter().filter(|a| a.line == n) {
            let lead = match a.column {
                0 => String::new(),
                c => format!("#{}", " ".repeat(c - 1)),
            };
            out.push_str(&format!("{lead}{} {}\n", "^".repeat(a.width), a.code));
        }
    }
    out
}

/// The fixture without a first empty line, a last line of blanks, and the
/// indentation all its lines share.
fn dedent(fixture: &str) -> String {
    let fixture = fixture.strip_prefix('\n').unwrap_or(fixture);
    let fixture = fixture.trim_end_matches([' ', '\t']);
    let indent = fixture
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    fixture
        .split_inclusive('\n')
        .map(|l| {
            if l.trim().is_empty() {
                l.trim_start_matches(' ')
            } else {
                &l[indent..]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_are_read_under_their_line_and_taken_out() {
        let fixture = dedent(
            r#"
            objective o: Sales
            #            ^^^^^ S102 names a topic
            ^^^^^^^^^ X999
              période: 2026-T4
            #          ^^^^^^^ E005
            "#,
        );
        let (text, expected) = read_fixture(&fixture);
        assert_eq!(text, "objective o: Sales\n  période: 2026-T4\n");
        let at: Vec<_> = expected
            .iter()
            .map(|e| {
                (
                    e.at.line,
                    e.at.column,
                    e.at.width,
                    e.at.code.as_str(),
                    e.words.as_str(),
                )
            })
            .collect();
        assert_eq!(
            at,
            [
                (0, 13, 5, "S102", "names a topic"),
                (0, 0, 9, "X999", ""),
                (1, 11, 7, "E005", "")
            ]
        );
        // A comment with carets but no code is text.
        assert!(annotation("# ^^^ see above").is_none());
        assert!(annotation("kr k: ^^^ S101").is_none());
    }

    #[test]
    fn a_fixture_passes_when_it_states_every_diagnostic_of_its_code() {
        check(
            "S102",
            r#"
            objective o: Sales
            #            ^^^^^ S102 a title of 1 word
            kr k: Grow revenue
            #     ^^^^^^^^^^^^ S102
              metric: 1 -> 2
            "#,
        );
    }

    #[test]
    #[should_panic(expected = "S102: 1 missing, 0 not stated")]
    fn a_missing_diagnostic_fails() {
        check(
            "S102",
            "objective o: Grow sales in Lyon\n#            ^^^^^ S102\n",
        );
    }

    #[test]
    #[should_panic(expected = "S102: 0 missing, 1 not stated")]
    fn an_extra_diagnostic_fails() {
        check("S102", "objective o: Sales\n");
    }

    #[test]
    #[should_panic(expected = "S102: 1 missing, 1 not stated")]
    fn a_misplaced_caret_or_a_wrong_message_fails() {
        check("S102", "objective o: Sales\n#           ^^^^^ S102\n");
    }

    #[test]
    #[should_panic(expected = "S102: 1 missing, 1 not stated")]
    fn words_not_in_the_message_fail() {
        check(
            "S102",
            "objective o: Sales\n#            ^^^^^ S102 a title of 2 words\n",
        );
    }
}
