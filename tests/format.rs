//! The formatter: snapshots of representative inputs, and the properties
//! that make it safe to run on save — it is idempotent, and it only changes
//! blanks and line breaks.

mod common;

use goalie::format::{KeptReason, format};

/// The formatted text with its line ends and trailing blanks made visible,
/// then the lines kept as written.
fn snapshot_of(text: &str) -> String {
    let formatted = format(text);
    let mut out = String::new();
    for line in formatted.text.split_inclusive('\n') {
        let (content, end) = match line.strip_suffix("\r\n") {
            Some(c) => (c, "␍\n"),
            None => match line.strip_suffix('\n') {
                Some(c) => (c, "\n"),
                None => (line, "⊘ no final line break\n"),
            },
        };
        let trimmed = content.trim_end();
        out.push_str(trimmed);
        out.push_str(&"·".repeat(content[trimmed.len()..].chars().count()));
        out.push_str(end);
    }
    for kept in &formatted.kept {
        out.push_str(&format!(
            "kept line {} ({:?})\n",
            kept.line + 1,
            kept.reason
        ));
    }
    out
}

#[test]
fn formatted_fixtures() {
    insta::glob!("fixtures/format/*.goals", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(snapshot_of(&text));
    });
}
