//! `--format sarif`: SARIF 2.1.0, the format GitHub code scanning reads,
//! with each rule's metadata and help text.

use std::io::Write;

use serde_json::{Value, json};

use crate::analysis::Workspace;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::rules::codes;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn rule(code: &Code, lang: Lang) -> Value {
    let help = format!("{}\n\n{}", code.what.get(lang), code.why.get(lang));
    json!({
        "id": code.code,
        "name": code.name,
        "shortDescription": { "text": code.summary.get(lang) },
        "fullDescription": { "text": code.what.get(lang) },
        "help": {
            "text": help,
            "markdown": crate::rules::doc::markdown(code),
        },
        "defaultConfiguration": { "level": level(code.severity) },
        "properties": { "tags": [code.family.name().en] },
    })
}

/// A URI reference for a path as given on the command line.
fn uri(name: &str) -> String {
    name.replace('\\', "/").replace(' ', "%20")
}

pub fn write(
    out: &mut impl Write,
    workspace: &Workspace,
    diagnostics: &[Diagnostic],
    lang: Lang,
) -> std::io::Result<()> {
    let all: Vec<&Code> = codes::all().collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let (line, col) = super::position(workspace, d.file, d.range.start);
            let (end_line, end_col) = super::position(workspace, d.file, d.range.end);
            let mut result = json!({
                "ruleId": d.code.code,
                "ruleIndex": all.iter().position(|c| c.code == d.code.code).unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": d.message.get(lang) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&workspace.file(d.file).name) },
                        "region": {
                            "startLine": line,
                            "startColumn": col,
                            "endLine": end_line,
                            "endColumn": end_col,
                        }
                    }
                }],
            });
            if !d.related.is_empty() {
                result["relatedLocations"] = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let (line, col) = super::position(workspace, r.file, r.range.start);
                        json!({
                            "id": i,
                            "message": { "text": r.message.get(lang) },
                            "physicalLocation": {
                                "artifactLocation": { "uri": uri(&workspace.file(r.file).name) },
                                "region": { "startLine": line, "startColumn": col },
                            }
                        })
                    })
                    .collect();
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "goalie",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": all.iter().map(|c| rule(c, lang)).collect::<Vec<_>>(),
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}
