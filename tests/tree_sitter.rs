//! The tree-sitter grammar (editors/tree-sitter-goals) against the pest
//! grammar, the authority: over every fixture, example, doc example and a
//! generated workspace, read from the repository when the test runs,
//!
//! - a text whose every line pest accepts parses without ERROR or MISSING
//!   nodes;
//! - every line pest refuses holds an ERROR or MISSING node;
//! - every line pest accepts holds none, even next to a refused one (error
//!   recovery keeps the next line intact).
//!
//! pest reads each line on its own (src/syntax/parser.rs): a line starting
//! with a digit is a log line, one starting with an item keyword a header,
//! anything else a body line. The test asks pest the same way.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};

use goalie::syntax::{GoalsParser, Rule};
use pest::Parser as _;

const BLANKS: &[char] = &[' ', '\t', '\u{A0}', '\u{202F}', '\u{FEFF}'];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whether pest accepts one line (without its line break).
fn pest_accepts(line: &str) -> bool {
    let trimmed = line.trim_start_matches(BLANKS);
    let entry = if trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        Rule::log_entry
    } else if GoalsParser::parse(Rule::item_head, line).is_ok() {
        Rule::header_entry
    } else {
        Rule::body_entry
    };
    GoalsParser::parse(entry, line).is_ok()
}

/// Every `*.goals` file and every Markdown file below `dir`, skipping build
/// output, dependencies and the tree-sitter grammar's own tests.
fn walk(dir: &Path, goals: &mut Vec<PathBuf>, markdown: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            // The grammar's own test inputs are `tree-sitter test`'s: they
            // hold forms the tree-sitter grammar reads ahead of pest.
            if !matches!(
                name.as_str(),
                "target" | "node_modules" | ".git" | "fuzz" | "tree-sitter-goals"
            ) {
                walk(&path, goals, markdown);
            }
        } else if name.ends_with(".goals") {
            goals.push(path);
        } else if name.ends_with(".md") {
            markdown.push(path);
        }
    }
}

/// The ```goals blocks of a Markdown text.
fn goals_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match &mut current {
            Some(block) if line.trim_start().starts_with("```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
            None if line.trim_start().starts_with("```goals") => current = Some(String::new()),
            None => {}
        }
    }
    blocks
}

/// Every input: a name and a text.
fn inputs() -> Vec<(String, String)> {
    let mut goals = Vec::new();
    let mut markdown = Vec::new();
    for dir in ["tests", "examples", "docs", "editors", "src"] {
        walk(&root().join(dir), &mut goals, &mut markdown);
    }
    markdown.push(root().join("README.md"));
    markdown.push(root().join("ARCHITECTURE.md"));
    let mut inputs = Vec::new();
    for path in goals {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        // Files that are not UTF-8 are bad input for both grammars.
        if let Ok(text) = std::fs::read_to_string(&path) {
            inputs.push((name, text));
        }
    }
    let mut blocks = 0;
    for path in markdown {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, block) in goals_blocks(&text).into_iter().enumerate() {
            inputs.push((format!("{name} (goals block {})", i + 1), block));
            blocks += 1;
        }
    }
    assert!(blocks >= 20, "the docs' goals blocks were found ({blocks})");
    for (name, text) in generate::workspace_with(3_000, 7, generate::Notes::Many) {
        inputs.push((format!("generated/{name}"), text));
    }
    inputs.push((
        "generated single file".into(),
        generate::single_file_with(2_000, 42, generate::Notes::Few),
    ));
    inputs
}

/// The byte ranges of a text's lines, without their line breaks.
fn line_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            ranges.push((start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        ranges.push((start, text.len()));
    }
    ranges
}

/// The byte ranges of the ERROR and MISSING nodes of a tree.
fn error_ranges(tree: &tree_sitter::Tree) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut cursor = tree.walk();
    'walk: loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            found.push((node.start_byte(), node.end_byte()));
        } else if node.has_error() {
            if cursor.goto_first_child() {
                continue;
            }
            // The cursor does not show hidden nodes: the error is a MISSING
            // hidden token of this node (a title missing at the line end).
            found.push((node.start_byte(), node.end_byte()));
        }
        while !cursor.goto_next_sibling() {
            if !cursor.goto_parent() {
                break 'walk;
            }
        }
    }
    found
}

fn touches(error: (usize, usize), line: (usize, usize)) -> bool {
    if error.0 == error.1 {
        line.0 <= error.0 && error.0 <= line.1
    } else {
        error.0 < line.1.max(line.0 + 1) && line.0 < error.1
    }
}

#[test]
fn tree_sitter_accepts_and_refuses_the_lines_pest_does() {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_goals::LANGUAGE.into())
        .expect("the tree-sitter grammar loads");
    let inputs = inputs();
    let mut failures = Vec::new();
    // Both grammars read keywords in any case, accented letters included
    // (`ÉCHÉANCE`): no line is exempt.
    let (mut lines_checked, mut refused) = (0, 0);
    for (name, text) in &inputs {
        let tree = parser.parse(text, None).expect("tree-sitter parses");
        let errors = error_ranges(&tree);
        let mut all_accepted = true;
        for (number, (start, end)) in line_ranges(text).into_iter().enumerate() {
            let line = &text[start..end];
            lines_checked += 1;
            let has_error = errors.iter().any(|&e| touches(e, (start, end)));
            let accepted = pest_accepts(line);
            all_accepted &= accepted;
            refused += usize::from(!accepted);
            if accepted == has_error {
                failures.push(format!(
                    "{name}:{}: pest {}, tree-sitter {}: {line:?}",
                    number + 1,
                    if accepted { "accepts" } else { "refuses" },
                    if has_error {
                        "has an error"
                    } else {
                        "has none"
                    },
                ));
            }
        }
        if all_accepted && tree.root_node().has_error() {
            failures.push(format!(
                "{name}: every line parses with pest, yet tree-sitter's tree has an error:\n{}",
                tree.root_node().to_sexp()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} disagreement(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The set is what it claims to be: many texts, refused lines among them.
    assert!(inputs.len() > 60, "{} inputs", inputs.len());
    assert!(lines_checked > 5_000, "{lines_checked} lines");
    assert!(refused >= 20, "{refused} refused lines");
    eprintln!(
        "{} inputs, {lines_checked} lines, {refused} refused by both",
        inputs.len()
    );
}

/// The line-by-line agreement above holds for lines written to probe the
/// edges of the grammar, each on its own and under an item.
#[test]
fn tree_sitter_agrees_with_pest_on_edge_lines() {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_goals::LANGUAGE.into())
        .unwrap();
    let lines = [
        // Keywords end at a word boundary.
        "objectives x: y",
        "objective-x y: z",
        "  periodic: 2026",
        "  committed-ish",
        "  committed",
        // Blanks the format requires, forbids or leaves free.
        "2026-11-02calls 17",
        "2026-11-02 calls+3",
        "2026-11-02 calls +3",
        "2026-11-02 calls + 3 customers",
        "2026-11-02 calls 30 %",
        "2026-11-02 calls 30%",
        "objective a:Title",
        "objective a : Title",
        "  metric: 0->100",
        "  keep: ≥40",
        "  keep: 40",
        // Reserved words are never units.
        "  metric: 100 per",
        "  metric: 100 percent",
        "  target: 20 calls per weekday",
        "  target: 1 toutes les 2 semaines",
        "  target: 3/week",
        "  target: 20 per week day",
        "  goal: 50 by 2026",
        "  goal: 50 000 EUR by 2026-12-31",
        "  goal: 50 bytes",
        "  stage s: 2% convert",
        "  stage s: 500 € chacune",
        "  stage s: 500 € chaque",
        // Text and comments.
        "objective d: Win our #1 deal   # a comment",
        "objective b: # draft",
        "  why: Be #1 in Lyon #",
        "  why:",
        "  due: 2026-12-31#x",
        // Dates.
        "  due: 2026-1",
        "  due: 2026-11-2",
        "  due: 2026-W045",
        "  period: 2026-Q4..2027-03",
        "  period: 2026-10-01 .. 2026-11",
        // Values.
        "  metric: 100 new customers",
        "  metric: 1.2M EUR",
        "  metric: €50k",
        "  metric: $1,200",
        "  metric: -10 -> 20",
        "  weight: 1,5",
        "  weight: 2 kg",
        // Log lines.
        "2026-11-02 calls",
        "2026-11-02 calls 3 \"unterminated",
        "2026-11-02 calls 3 trailing",
        "2026-11-06 revenue confidence 7/10",
        "2026-11-06 revenue confiance 60 % « ça avance »",
        "2026-11-10 revenue “met the board”",
        "2026-11-10 revenue \"a » b\"",
        "2026-11-10 revenue done",
        "2026-11-10 revenue donex",
        "2026-11-10 revenue 'single'",
        "  owner: @sylvie ,  @marc",
        "  owner: @sylvie @marc",
        "  supports: a, b.c, d-e",
    ];
    let mut failures = Vec::new();
    for line in lines {
        let expected = pest_accepts(line);
        for text in [format!("{line}\n"), format!("objective o: O\n{line}\n")] {
            let tree = parser.parse(&text, None).unwrap();
            if tree.root_node().has_error() == expected {
                failures.push(format!(
                    "{text:?}: pest {}, tree-sitter {}",
                    if expected { "accepts" } else { "refuses" },
                    tree.root_node().to_sexp()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
