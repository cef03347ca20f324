//! No text a person reads is written in Rust: every message lives in
//! `locales/<lang>/*.ftl` (ARCHITECTURE.md, "Two languages, one
//! catalogue"). This scans the sources outside unit tests for string
//! literals that read like prose — three words in a row — and fails on
//! any, save the few files and lines below whose prose no user reads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Files whose prose is not for the people goalie serves.
const NOT_USER_FILES: &[(&str, &str)] = &[
    (
        "src/i18n/vars.rs",
        "errors about the .ftl files, for the developer, when building",
    ),
    (
        "src/rules/testing.rs",
        "the rules' fixture checker, compiled in unit tests only",
    ),
];

/// Literals that are prose-shaped but not for people to read in their
/// language, by the code around them on the same line.
const NOT_USER_TEXT: &[&str] = &[
    // Invariants a developer reads in a panic or a debug build.
    "expect(",
    "panic!(",
    "unreachable!(",
    "assert!(",
    "debug_assert",
    // Test-only helpers compiled out of the binary.
    "#[cfg(test)]",
    // Wrapped as an I/O error next to the system's own, which the system
    // words (in English): shown after a catalogue message's colon.
    "io::Error::other(",
    // clap's compile-time English, replaced from locales/*/help.ftl when
    // the command line is built (`cli::help`).
    "about = \"",
    // A rule's example written as a doc attribute, for a character a doc
    // comment cannot hold (E017's bidirectional controls): `.goals` text,
    // like the examples in the doc comments around it.
    "#[doc = \"",
    // A keyword of the `.goals` language spelt in three words (`par
    // rapport au`), marked by a comment on the line before.
    "Keyword spellings, three words long",
    // The HTML report's stylesheet: a raw string whose quoted font names
    // the scan reads as literals.
    "sans-serif",
    // The note to contributors atop generated pages (docs/rules/).
    "<!-- Generated from",
];

fn rust_files(under: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(under).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `code` (comments skipped), with their line.
fn literals(code: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = code.lines().collect();
    let bytes = code.as_bytes();
    let (mut i, mut line) = (0, 1usize);
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' => {
                // A char literal (`'"'`), not a lifetime: skip it whole.
                if let Some(end) = code[i + 1..].find('\'')
                    && end <= 4
                    && !code[i + 1..i + 1 + end].contains(' ')
                {
                    i += end + 2;
                    continue;
                }
            }
            b'"' => {
                let start_line = line;
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' {
                        j += 1;
                    }
                    if bytes[j] == b'\n' {
                        line += 1;
                    }
                    j += 1;
                }
                // The line, and the one before when a call opens there.
                let before = lines.get(start_line.wrapping_sub(2)).unwrap_or(&"");
                let here = lines.get(start_line - 1).unwrap_or(&"");
                let context = format!("{before}\n{here}");
                out.push((start_line, code[i + 1..j].to_string(), context));
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Three words of letters in a row: a sentence, not an id, a keyword, a
/// format of placeholders or a JSON key.
fn is_prose(text: &str) -> bool {
    let mut run = 0;
    for word in text.split([' ', '\u{a0}']) {
        let letters = word.trim_matches(|c: char| ",.;:!?()`'\"«»".contains(c));
        let alphabetic = letters.chars().filter(|c| c.is_alphabetic()).count();
        let wordy = letters
            .chars()
            .all(|c| c.is_alphabetic() || "'’-".contains(c));
        if alphabetic >= 2 && wordy {
            run += 1;
            if run == 3 {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

fn prose_literals() -> BTreeMap<String, Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text
            .find("#[cfg(test)]")
            .map_or(&text[..], |at| &text[..at]);
        let name = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_USER_FILES.iter().any(|(f, _)| name == *f) {
            continue;
        }
        for (line, literal, context) in literals(code) {
            if is_prose(&literal) && !NOT_USER_TEXT.iter().any(|n| context.contains(n)) {
                found
                    .entry(name.clone())
                    .or_default()
                    .push(format!("{name}:{line}: \"{literal}\""));
            }
        }
    }
    found
}

#[test]
fn the_heuristic_tells_prose_from_code() {
    assert!(is_prose("this file is not open"));
    assert!(is_prose("ce fichier n'est pas ouvert"));
    assert!(!is_prose("{} {}"));
    assert!(!is_prose("textDocument/publishDiagnostics"));
    assert!(!is_prose("min-key-results"));
    assert!(!is_prose("[rules] {key}"));
    let code = "let a = \"one two three\"; // \"not this one here\"\nlet c = '\"';";
    let found = literals(code);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "one two three");
}

#[test]
fn user_text_lives_in_the_catalogue() {
    let found = prose_literals();
    if std::env::var_os("GOALIE_LIST_USER_TEXT").is_some() {
        for hits in found.values() {
            for hit in hits {
                eprintln!("{hit}");
            }
        }
    }
    let outside: Vec<String> = found.into_values().flatten().collect();
    assert!(
        outside.is_empty(),
        "user text outside locales/ (move it to a .ftl file and use msg!):\n{}",
        outside.join("\n")
    );
}

/// Words are never picked by language in code: a match arm per language
/// (`Lang::Fr => "…"`) or a `pick` between two texts would leave every
/// other language of `locales/` with one of them. `Lang::pick` remains
/// for what is not words (the file name of a starter plan, a keyword's
/// letter): no space in its texts.
#[test]
fn no_code_picks_words_by_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut picks = Vec::new();
    for file in files {
        let name = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if name.starts_with("src/i18n/") {
            continue; // where `Lang` and `pick` are defined
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text
            .find("#[cfg(test)]")
            .map_or(&text[..], |at| &text[..at]);
        for (n, line) in code.lines().enumerate() {
            let arm = line.contains("Lang::En =>") || line.contains("Lang::Fr =>");
            let worded_pick = line.contains(".pick(")
                && literals(line).iter().any(|(_, text, _)| text.contains(' '));
            if arm || worded_pick {
                picks.push(format!("{name}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        picks.is_empty(),
        "words picked by language in code (name a message of locales/ instead):\n{}",
        picks.join("\n")
    );
}
