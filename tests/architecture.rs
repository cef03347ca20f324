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
    "analysis.rs",
    "progress",
    "format",
    "diagnostic.rs",
    "text.rs",
    "i18n.rs",
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
