//! The docs say what the code does: every example block checks as the doc
//! claims, and the keyword and code tables are complete.

mod common;

use goalie::rules::codes;
use goalie::syntax::keywords::KEYWORDS;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The ```goals blocks of a Markdown file, each with the codes an
/// `<!-- expect: E001 E001 -->` comment just above it announces.
fn goals_blocks(markdown: &str) -> Vec<(String, Vec<String>)> {
    let mut blocks = Vec::new();
    let mut expect = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            Some(block) if line.trim_start().starts_with("```") => {
                blocks.push((std::mem::take(block), std::mem::take(&mut expect)));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None if line.trim_start().starts_with("```goals") => current = Some(String::new()),
            None => {
                if let Some(codes) = line
                    .trim()
                    .strip_prefix("<!-- expect:")
                    .and_then(|r| r.strip_suffix("-->"))
                {
                    expect = codes.split_whitespace().map(String::from).collect();
                } else if !line.trim().is_empty() {
                    expect.clear();
                }
            }
        }
    }
    blocks
}

#[test]
fn example_blocks_check_as_documented() {
    // The format spec's blocks show syntax: only what the parser and the
    // model say counts there. Elsewhere, every error and warning counts
    // (info-level notes are advice a short example need not follow).
    for (doc, structural_only) in [
        ("docs/format.md", true),
        ("README.md", false),
        ("docs/configuration.md", false),
    ] {
        let blocks = goals_blocks(&read(doc));
        assert!(!blocks.is_empty(), "{doc} has no goals blocks");
        for (text, expected) in blocks {
            let (ws, analysis) = common::single("block.goals", &text);
            let found: Vec<String> = analysis
                .diagnostics
                .iter()
                .filter(|d| {
                    if structural_only {
                        common::is_structural(d)
                    } else {
                        d.severity != goalie::diagnostic::Severity::Info
                    }
                })
                .map(|d| d.code.code.to_string())
                .collect();
            assert_eq!(
                found,
                expected,
                "{doc}:\n{text}\n{}",
                common::render(&ws, &analysis)
            );
        }
    }
}

#[test]
fn the_keyword_table_lists_every_spelling() {
    let doc = read("docs/format.md");
    for keyword in KEYWORDS {
        for spelling in keyword.spellings() {
            assert!(
                doc.contains(&format!("`{spelling}`")),
                "docs/format.md lacks `{spelling}`"
            );
        }
    }
}

#[test]
fn every_structural_code_is_in_the_format_spec() {
    let doc = read("docs/format.md");
    for code in codes::all().filter(|c| c.family == goalie::diagnostic::Family::Structure) {
        if ["E014", "E015", "E016"].contains(&code.code) {
            continue; // found by rules over the model, documented under docs/rules/
        }
        assert!(
            doc.contains(&format!("| `{}` | `{}` |", code.code, code.name)),
            "docs/format.md lacks {}",
            code.code
        );
    }
}

/// docs/rules/ is generated from the rules; `GOALIE_UPDATE_DOCS=1` rewrites it.
#[test]
fn rule_pages_are_generated_from_the_rules() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let mut pages: Vec<(String, String)> = codes::all()
        .map(|c| (format!("{}.md", c.code), goalie::rules::doc::markdown(c)))
        .collect();
    pages.push(("README.md".into(), goalie::rules::doc::index()));
    if std::env::var_os("GOALIE_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        for (name, content) in &pages {
            std::fs::write(dir.join(name), content).unwrap();
        }
    }
    for (name, content) in &pages {
        let on_disk = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(
            on_disk == *content,
            "docs/rules/{name} is out of date: run GOALIE_UPDATE_DOCS=1 cargo test --test docs"
        );
    }
    let expected: std::collections::BTreeSet<&str> =
        pages.iter().map(|(n, _)| n.as_str()).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            expected.contains(name.as_str()),
            "docs/rules/{name} documents no rule"
        );
    }
}
