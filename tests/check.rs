//! The structural checks, as diagnostics snapshots over fixture files (the
//! SMART and OKR rules have their own tests; the fixtures here show only
//! what the parser and the model report).

mod common;

use std::path::PathBuf;

use goalie::analysis::Workspace;
use goalie::host::load_paths;

#[test]
fn diagnostics_of_each_fixture() {
    insta::glob!("fixtures/check/*.goals", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        let (ws, analysis) = common::single(name, &text);
        insta::assert_snapshot!(common::render_structural(&ws, &analysis));
    });
}

#[test]
fn ids_links_and_logs_resolve_across_files() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/workspace");
    let mut ws = Workspace::new();
    load_paths(&[dir], &mut ws).unwrap();
    assert_eq!(ws.len(), 3);
    let analysis = ws.analyze(common::today());
    insta::assert_snapshot!(common::render_structural(&ws, &analysis));
    let model = &analysis.model;
    let revenue = model.find("revenue").unwrap();
    let company = model.find("company").unwrap();
    assert_eq!(
        model.item(revenue).parent.as_ref().unwrap().target,
        Some(company)
    );
    // Files load in path order, so company.goals defines `customers` first
    // and the journal's line lands on that objective.
    let customers = model.find("customers").unwrap();
    assert_eq!(
        model.item(customers).kind,
        goalie::model::ItemKind::Objective
    );
    assert_eq!(model.item(customers).logs.len(), 1);
}

#[test]
fn a_syntax_error_in_the_middle_hides_nothing_after_it() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/recovery.goals");
    let text = std::fs::read_to_string(path).unwrap();
    let (ws, analysis) = common::single("recovery.goals", &text);
    let line_of = |d: &goalie::diagnostic::Diagnostic| {
        let f = ws.file(d.file);
        f.line_index
            .line_col(
                &f.text,
                d.range.start as usize,
                goalie::text::ColumnUnit::Char,
            )
            .line
            + 1
    };
    let found: Vec<(u32, &str)> = analysis
        .diagnostics
        .iter()
        .map(|d| (line_of(d), d.code.code))
        .collect();
    // Three syntax errors, one per broken line...
    assert_eq!(
        found.iter().filter(|(_, c)| *c == "E001").count(),
        3,
        "{found:?}"
    );
    // ...and every problem after them is still found.
    for expected in [(11, "E003"), (13, "E007"), (14, "E002"), (15, "E005")] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:?}"
        );
    }
}

#[test]
fn the_bundled_examples_have_no_errors_and_few_warnings() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut ws = Workspace::new();
    load_paths(&[dir], &mut ws).unwrap();
    assert!(ws.len() >= 7, "examples went missing");
    let analysis = ws.analyze(common::today());
    // Realistic plans: no errors; the warnings they get are reviewed here.
    let errors: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == goalie::diagnostic::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{}", common::render(&ws, &analysis));
    insta::assert_snapshot!(common::render(&ws, &analysis));
    // Every example also matches the grammar's whole-file rule.
    use pest::Parser;
    for (_, file) in ws.files() {
        let whole = goalie::syntax::GoalsParser::parse(goalie::syntax::Rule::file, &file.text);
        assert!(whole.is_ok(), "{}: {:?}", file.name, whole.err());
    }
}
