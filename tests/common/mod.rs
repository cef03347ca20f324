//! Helpers shared by the integration tests.
#![allow(dead_code)]

use goalie::analysis::{Analysis, Workspace};
use goalie::text::ColumnUnit;

/// The fixed day every test checks against.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

/// Diagnostics as compact lines: `file:line:col-line:col CODE severity:
/// message`, then the French message and related places.
pub fn render(workspace: &Workspace, analysis: &Analysis) -> String {
    render_where(workspace, analysis, |_| true)
}

/// Only the structural diagnostics: what the parser and the model say.
pub fn render_structural(workspace: &Workspace, analysis: &Analysis) -> String {
    render_where(workspace, analysis, is_structural)
}

pub fn is_structural(d: &goalie::diagnostic::Diagnostic) -> bool {
    d.code.family == goalie::diagnostic::Family::Structure
}

pub fn render_where(
    workspace: &Workspace,
    analysis: &Analysis,
    keep: impl Fn(&goalie::diagnostic::Diagnostic) -> bool,
) -> String {
    let pos = |file, offset: u32| {
        let f = workspace.file(file);
        let lc = f
            .line_index
            .line_col(&f.text, offset as usize, ColumnUnit::Char);
        format!("{}:{}", lc.line + 1, lc.col + 1)
    };
    let name = |file| {
        let n = &workspace.file(file).name;
        n.rsplit('/').next().unwrap_or(n).to_string()
    };
    let mut out = String::new();
    for d in analysis.diagnostics.iter().filter(|d| keep(d)) {
        out.push_str(&format!(
            "{}:{}-{} {} {}: {}\n    fr: {}\n",
            name(d.file),
            pos(d.file, d.range.start),
            pos(d.file, d.range.end),
            d.code.code,
            d.severity.as_str(),
            d.message.render(goalie::i18n::Lang::En),
            d.message.render(goalie::i18n::Lang::Fr)
        ));
        for r in &d.related {
            out.push_str(&format!(
                "    related {}:{}: {}\n",
                name(r.file),
                pos(r.file, r.range.start),
                r.message.render(goalie::i18n::Lang::En)
            ));
        }
    }
    if out.is_empty() {
        out.push_str("(no diagnostics)\n");
    }
    out
}

/// A workspace of one file.
pub fn single(name: &str, text: &str) -> (Workspace, Analysis) {
    let mut ws = Workspace::new();
    ws.add_file(name, text);
    let analysis = ws.analyze(today());
    (ws, analysis)
}

/// The codes of an analysis's structural diagnostics, in order.
pub fn codes(analysis: &Analysis) -> Vec<&'static str> {
    analysis
        .diagnostics
        .iter()
        .filter(|d| is_structural(d))
        .map(|d| d.code.code)
        .collect()
}

/// The built `goalie` binary, with no language or colour from the
/// environment, killed after two minutes: a hang fails its test (with no
/// exit code) instead of stalling the suite.
pub fn goalie() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("goalie").unwrap();
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "GOALIE_LANG", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    cmd.timeout(std::time::Duration::from_secs(120));
    cmd
}

/// The repository's `examples/` folder.
pub fn examples() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}
