//! `--format sarif`: SARIF 2.1.0, the format GitHub code scanning reads,
//! with each rule's metadata and help text.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

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
    let help = format!("{}\n\n{}", code.what(lang), code.why(lang));
    json!({
        "id": code.code,
        "name": code.name,
        "shortDescription": { "text": code.summary(lang) },
        "fullDescription": { "text": code.what(lang) },
        "help": {
            "text": help,
            "markdown": crate::rules::doc::markdown(code),
        },
        "defaultConfiguration": { "level": level(code.severity) },
        "properties": { "tags": [code.family.name().render(crate::i18n::Lang::En)] },
    })
}

/// The id under which the run names the repository root.
const ROOT_ID: &str = "SRCROOT";

/// Bytes a URI path segment keeps as they are: RFC 3986's unreserved
/// characters. Everything else — `%`, `#`, `?`, spaces, `:`, a POSIX
/// name's `\`, every non-ASCII byte — is percent-encoded, so the segment
/// means the file's name and nothing else.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path's segments, each percent-encoded, joined by `/`.
fn encode_path(path: &Path) -> String {
    let segments: Vec<String> = path
        .components()
        .filter_map(|part| match part {
            Component::Normal(name) => {
                Some(percent_encoding::percent_encode(name.as_encoded_bytes(), SEGMENT).to_string())
            }
            // A Windows drive (`C:`) stays as file URIs write it.
            Component::Prefix(prefix) => Some(
                prefix
                    .as_os_str()
                    .to_string_lossy()
                    .trim_end_matches('\\')
                    .to_string(),
            ),
            _ => None,
        })
        .collect();
    segments.join("/")
}

/// The folder SARIF paths are relative to, and how each file is named.
pub struct Root {
    /// Absolute, without symbolic links.
    dir: PathBuf,
}

impl Root {
    /// `--root` when given, else the git top level of the current folder
    /// (the nearest folder holding `.git`), else the current folder.
    pub fn find(given: Option<&Path>) -> std::io::Result<Root> {
        let cwd = std::env::current_dir()?;
        let dir = match given {
            Some(dir) => cwd.join(dir),
            None => cwd
                .ancestors()
                .find(|d| d.join(".git").exists())
                .unwrap_or(&cwd)
                .to_path_buf(),
        };
        Ok(Root {
            dir: std::fs::canonicalize(&dir)?,
        })
    }

    /// The root as an absolute `file:` URI ending in `/`.
    fn uri(&self) -> String {
        format!("file:///{}/", encode_path(&self.dir))
    }

    /// A file's location: relative to the root with its base id when it
    /// lies under it, else an absolute `file:` URI.
    fn location(&self, name: &str) -> Value {
        let path = Path::new(name);
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        match real.strip_prefix(&self.dir) {
            Ok(relative) => json!({ "uri": encode_path(relative), "uriBaseId": ROOT_ID }),
            Err(_) => json!({ "uri": format!("file:///{}", encode_path(&real)) }),
        }
    }
}

pub fn write(
    out: &mut impl Write,
    workspace: &Workspace,
    diagnostics: &[Diagnostic],
    lang: Lang,
    root: &Root,
) -> std::io::Result<()> {
    let all: Vec<&Code> = codes::all().collect();
    // Each file's location once.
    let locations: Vec<Value> = (0..workspace.len())
        .map(|i| root.location(&workspace.file(crate::diagnostic::FileId(i as u32)).name))
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let (line, col) = super::position(workspace, d.file, d.range.start);
            let (end_line, end_col) = super::position(workspace, d.file, d.range.end);
            let mut result = json!({
                "ruleId": d.code.code,
                "ruleIndex": all.iter().position(|c| c.code == d.code.code).unwrap_or(0),
                "level": level(d.severity),
                "message": { "text": d.message.render(lang) },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": locations[d.file.0 as usize].clone(),
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
                            "message": { "text": r.message.render(lang) },
                            "physicalLocation": {
                                "artifactLocation": locations[r.file.0 as usize].clone(),
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
            "originalUriBaseIds": { ROOT_ID: { "uri": root.uri() } },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}
