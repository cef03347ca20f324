//! `--format json`: one array of flat objects, 1-based lines and columns
//! counted in characters; `end_column` is just past the last character.

use std::io::Write;

use serde::Serialize;

use crate::analysis::Workspace;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    severity: &'static str,
    code: &'static str,
    name: &'static str,
    message: String,
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    file: &'a str,
    line: u32,
    column: u32,
    message: String,
}

pub fn write(
    out: &mut impl Write,
    workspace: &Workspace,
    diagnostics: &[Diagnostic],
    lang: Lang,
) -> std::io::Result<()> {
    let position = |file, offset| super::position(workspace, file, offset);
    let items: Vec<JsonDiagnostic<'_>> = diagnostics
        .iter()
        .map(|d| {
            let (line, column) = position(d.file, d.range.start);
            let (end_line, end_column) = position(d.file, d.range.end);
            JsonDiagnostic {
                file: &workspace.file(d.file).name,
                line,
                column,
                end_line,
                end_column,
                severity: d.severity.as_str(),
                code: d.code.code,
                name: d.code.name,
                message: d.message.render(lang),
                related: d
                    .related
                    .iter()
                    .map(|r| {
                        let (line, column) = position(r.file, r.range.start);
                        JsonRelated {
                            file: &workspace.file(r.file).name,
                            line,
                            column,
                            message: r.message.render(lang),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &items)?;
    writeln!(out)
}
