//! The house rules of ARCHITECTURE.md, checked on the source itself.

use std::path::{Path, PathBuf};

fn rust_files(under: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if under.is_file() {
        out.push(under.to_path_buf());
        return out;
    }
    for entry in std::fs::read_dir(under).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn src(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(path)
}

/// The core modules: no I/O, no terminal, no editor protocol, no clock.
const CORE: &[&str] = &[
    "syntax",
    "model",
    "rules",
    "config.rs",
    "analysis",
    "progress",
    "format",
    "diagnostic",
    "text.rs",
    "i18n",
    "describe",
    "log_line.rs",
    "import",
];

#[test]
fn the_core_does_no_io_and_knows_no_shell() {
    let forbidden = [
        "std::fs",
        "std::io",
        "std::env",
        "std::process",
        "std::net",
        "miette",
        "clap",
        "tokio",
        "tower_lsp",
        "lsp_types",
        "ignore::",
        "println!",
        "eprintln!",
        "::now(",
        "SystemTime",
        "crate::cli",
        "crate::host",
    ];
    for module in CORE {
        for file in rust_files(&src(module)) {
            let text = std::fs::read_to_string(&file).unwrap();
            for word in forbidden {
                assert!(!text.contains(word), "{} uses `{word}`", file.display());
            }
        }
    }
}

#[test]
fn only_the_text_module_converts_offsets_to_positions() {
    for file in rust_files(&src("")) {
        if file.ends_with("text.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("len_utf16"),
            "{} counts UTF-16 itself",
            file.display()
        );
    }
}

#[test]
fn only_the_lsp_position_module_counts_columns_for_the_editor() {
    for file in rust_files(&src("lsp")) {
        if file.ends_with("position.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for word in ["ColumnUnit", ".line_col(", "LineIndex"] {
            assert!(
                !text.contains(word),
                "{} converts positions itself (`{word}`): go through lsp::position",
                file.display()
            );
        }
    }
}

/// The top-level modules, bottom up. A module may import only modules of
/// a lower layer: the graph between them has no cycle, and the shells sit
/// on the core, never under it. `core` is ARCHITECTURE.md's label ("Core."
/// or "Pure." against "Shell."), checked below.
const LAYERS: &[(&[&str], bool)] = &[
    (&["text", "i18n"], true),
    (&["diagnostic"], true),
    (&["syntax"], true),
    (&["model"], true),
    (&["progress"], true),
    (&["describe", "log_line"], true),
    (&["import"], true),
    (&["config"], true),
    (&["rules", "format"], true),
    (&["analysis"], true),
    (&["host"], false),
    (&["lsp"], false),
    (&["cli"], false),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(mods, _)| mods.contains(&module))
}

/// A module's code without its unit tests (tests may use anything).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |at| &text[..at])
}

/// The top-level modules a text imports through `crate::` paths,
/// `use crate::{a, b::c}` groups included.
fn imported_modules(text: &str) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.insert(name);
        }
    }
    found
}

/// Every import of a module from its own layer or one above it, as
/// "from → to (file)", given each top-level module's files' texts.
fn upward_imports(modules: &[(String, Vec<(PathBuf, String)>)]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (module, files) in modules {
        let Some(from) = layer_of(module) else {
            wrong.push(format!("{module} is in no layer of tests/architecture.rs"));
            continue;
        };
        for (path, text) in files {
            for to in imported_modules(without_tests(text)) {
                if to == *module {
                    continue;
                }
                match layer_of(&to) {
                    Some(layer) if layer < from => {}
                    Some(_) => wrong.push(format!("{module} → {to} ({})", path.display())),
                    None => {} // an item of lib.rs, not a module
                }
            }
        }
    }
    wrong
}

/// A file its parent module declares under `#[cfg(test)]`.
fn test_only(file: &Path) -> bool {
    let stem = file.file_stem().unwrap().to_string_lossy();
    let parent = file.parent().unwrap().join("mod.rs");
    let Ok(text) = std::fs::read_to_string(parent) else {
        return false;
    };
    let lines: Vec<&str> = text.lines().collect();
    lines.windows(2).any(|w| {
        w[0].trim() == "#[cfg(test)]"
            && w[1].trim_start_matches("pub(crate) ").trim() == format!("mod {stem};")
    })
}

/// Each top-level module of src/ with its files' texts (test-only files
/// left out).
fn modules() -> Vec<(String, Vec<(PathBuf, String)>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(src("")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "lib"
            || name == "main"
            || !(path.is_dir() || path.extension().is_some_and(|e| e == "rs"))
        {
            continue;
        }
        let files = rust_files(&path)
            .into_iter()
            .filter(|f| !test_only(f))
            .map(|f| {
                let text = std::fs::read_to_string(&f).unwrap();
                (f, text)
            })
            .collect();
        out.push((name, files));
    }
    out.sort();
    out
}

#[test]
fn no_module_imports_from_its_layer_or_above() {
    let wrong = upward_imports(&modules());
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

/// The check is not vacuous: an import the table forbids is reported,
/// whichever form it takes.
#[test]
fn an_upward_import_is_reported() {
    let mut modules = modules();
    let (_, files) = modules.iter_mut().find(|(m, _)| m == "progress").unwrap();
    files[0]
        .1
        .insert_str(0, "use crate::{model::Model, lsp::state::State};\n");
    let wrong = upward_imports(&modules);
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].starts_with("progress → lsp"), "{wrong:?}");

    let mut modules = self::modules();
    let (_, files) = modules.iter_mut().find(|(m, _)| m == "diagnostic").unwrap();
    files[0]
        .1
        .insert_str(0, "fn f() { crate::rules::codes::all(); }\n");
    let wrong = upward_imports(&modules);
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].starts_with("diagnostic → rules"), "{wrong:?}");
    // In unit tests it is allowed.
    let mut modules = self::modules();
    let (_, files) = modules.iter_mut().find(|(m, _)| m == "text").unwrap();
    files[0]
        .1
        .push_str("\n#[cfg(test)]\nmod t { use crate::analysis::Workspace; }\n");
    assert!(upward_imports(&modules).is_empty());
}

/// ARCHITECTURE.md labels each module "Core.", "Pure." or "Shell.": the
/// layer table agrees, and every module has a row.
#[test]
fn architecture_labels_match_the_layers() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .unwrap();
    for (mods, core) in LAYERS {
        for module in *mods {
            let row = doc
                .lines()
                .find(|l| {
                    l.starts_with(&format!("| `src/{module}/`"))
                        || l.starts_with(&format!("| `src/{module}.rs`"))
                })
                .unwrap_or_else(|| panic!("ARCHITECTURE.md has no row for src/{module}"));
            let label = row.split('|').nth(2).unwrap().trim();
            let says_core = label.starts_with("Core.") || label.starts_with("Pure.");
            assert!(
                says_core || label.starts_with("Shell."),
                "{module}: no Core/Pure/Shell label"
            );
            assert_eq!(
                says_core, *core,
                "{module}: ARCHITECTURE.md says {label:.6}"
            );
        }
    }
    for module in CORE {
        let name = module.trim_end_matches(".rs");
        let layer = layer_of(name).unwrap_or_else(|| panic!("{name} in no layer"));
        assert!(
            LAYERS[layer].1,
            "{name} is checked as core but layered as a shell"
        );
    }
}

/// Two files of the shells' folders never import each other (the CLI's
/// check and render, the server's index and state were such pairs).
#[test]
fn no_two_sibling_files_import_each_other() {
    for folder in ["cli", "lsp", "host"] {
        let files: Vec<(String, String)> = rust_files(&src(folder))
            .into_iter()
            .filter(|f| f.parent() == Some(&src(folder)))
            .map(|f| {
                let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
                (
                    stem,
                    without_tests(&std::fs::read_to_string(&f).unwrap()).to_string(),
                )
            })
            .collect();
        let uses = |text: &str, other: &str| {
            text.contains(&format!("super::{other}::"))
                || text.contains(&format!("crate::{folder}::{other}::"))
                || text.contains(&format!("super::{{{other}"))
                || text.contains(&format!("super::{other};"))
        };
        for (a, ta) in &files {
            for (b, tb) in &files {
                if a < b && a != "mod" && b != "mod" {
                    assert!(
                        !(uses(ta, b) && uses(tb, a)),
                        "src/{folder}: {a}.rs and {b}.rs import each other"
                    );
                }
            }
        }
    }
}
