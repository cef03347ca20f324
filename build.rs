//! Three generated files:
//!
//! - the Fluent catalogues of `locales/`, embedded, and the English one
//!   turned into `msg!`'s typed arguments: a message id that does not
//!   exist, an argument missing or one too many is a compile error, not a
//!   `{$name}` shown to a user;
//! - the rule registry (`rules::RULES`), from the rule files, so that
//!   nobody keeps it by hand: a rule is a file under `src/rules/FAMILY/`
//!   that calls `declare_rule!`, registered by its `pub mod` line in the
//!   family's `mod.rs`; the codes the parser and the model report are the
//!   files of `src/diagnostic/codes/`. A rule with a `pub fn check` is run;
//!   the others only document a code found elsewhere. Order: family, then
//!   the documented codes, then the checks, each by code;
//! - the lexicon's built-in word lists (`src/rules/lexicon/*.txt`), each
//!   entry folded and stemmed here with the code the crate uses
//!   (`language.rs`, `lexicon/parse.rs`), so that no run of goalie stems
//!   them again (docs/performance.md).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/rules/language.rs"]
mod language;
#[allow(dead_code)]
#[path = "src/rules/lexicon/parse.rs"]
mod parse;
#[path = "src/i18n/vars.rs"]
mod vars;

/// The language whose files define the ids and arguments; every other
/// language is compared with it by the catalogue's tests.
const SOURCE: &str = "en";

fn main() {
    rule_registry();
    lexicon();
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales = Vec::new();
    for entry in sorted(&root) {
        if entry.is_dir() {
            println!("cargo:rerun-if-changed={}", entry.display());
            let files: Vec<PathBuf> = sorted(&entry)
                .into_iter()
                .filter(|f| f.extension().is_some_and(|e| e == "ftl"))
                .collect();
            for file in &files {
                println!("cargo:rerun-if-changed={}", file.display());
            }
            let tag = entry.file_name().unwrap().to_str().unwrap().to_string();
            locales.push((tag, files));
        }
    }

    let mut embedded = String::from("&[\n");
    for (tag, files) in &locales {
        writeln!(embedded, "    ({tag:?}, &[").unwrap();
        for file in files {
            let name = file.file_name().unwrap().to_str().unwrap();
            writeln!(
                embedded,
                "        ({name:?}, include_str!({:?})),",
                file.display()
            )
            .unwrap();
        }
        embedded.push_str("    ]),\n");
    }
    embedded.push(']');

    let (_, source_files) = locales
        .iter()
        .find(|(tag, _)| tag == SOURCE)
        .expect("locales/en/ holds the catalogue's source language");
    let texts: Vec<(String, String)> = source_files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read_to_string(f).unwrap())
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let messages = match vars::message_vars(&borrowed) {
        Ok(messages) => messages,
        Err(error) => panic!("locales/{SOURCE}/{error}"),
    };
    // Every other language must parse too: a typo there fails the build.
    for (tag, files) in &locales {
        let texts: Vec<(String, String)> = files
            .iter()
            .map(|f| {
                (
                    f.file_name().unwrap().to_str().unwrap().to_string(),
                    std::fs::read_to_string(f).unwrap(),
                )
            })
            .collect();
        let borrowed: Vec<(&str, &str)> = texts
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        if let Err(error) = vars::message_vars(&borrowed) {
            panic!("locales/{tag}/{error}");
        }
    }

    let mut ids = String::new();
    for (id, vars) in &messages {
        let module = id.replace('-', "_");
        writeln!(ids, "/// `{id}` in `locales/{SOURCE}/`.").unwrap();
        writeln!(ids, "#[allow(non_snake_case)]\npub mod {module} {{").unwrap();
        writeln!(ids, "    pub const ID: &str = {id:?};").unwrap();
        writeln!(ids, "    pub struct Args {{").unwrap();
        for var in vars {
            writeln!(
                ids,
                "        pub {}: crate::i18n::Arg,",
                var.replace('-', "_")
            )
            .unwrap();
        }
        writeln!(ids, "    }}").unwrap();
        writeln!(ids, "    impl Args {{").unwrap();
        writeln!(
            ids,
            "        pub fn into_message(self) -> crate::i18n::Message {{"
        )
        .unwrap();
        let list: Vec<String> = vars
            .iter()
            .map(|v| format!("({v:?}, self.{})", v.replace('-', "_")))
            .collect();
        writeln!(
            ids,
            "            crate::i18n::Message::from_catalogue(ID, vec![{}])",
            list.join(", ")
        )
        .unwrap();
        writeln!(ids, "        }}\n    }}\n}}").unwrap();
    }

    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("locales.rs"), embedded).unwrap();
    std::fs::write(out.join("ids.rs"), ids).unwrap();
}

fn sorted(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    entries
}

/// Rule folders in the order of `diagnostic::Family`, with its variant.
const FAMILIES: &[(&str, &str)] = &[
    ("structure", "Structure"),
    ("specific", "Specific"),
    ("measurable", "Measurable"),
    ("achievable", "Achievable"),
    ("relevant", "Relevant"),
    ("time_bound", "TimeBound"),
    ("okr", "Okr"),
    ("review", "Review"),
];

struct Entry {
    family: usize,
    checked: bool,
    code: String,
    path: String,
}

/// Writes `rules.rs`: `pub static RULES: &[Rule]`.
fn rule_registry() {
    println!("cargo:rerun-if-changed=src/rules");
    println!("cargo:rerun-if-changed=src/diagnostic/codes");
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (name, module) in rule_files(Path::new("src/diagnostic/codes")) {
        let text = read(&name);
        match declared(&text) {
            Some((code, family)) if family == "Structure" => entries.push(Entry {
                family: 0,
                checked: false,
                code,
                path: format!("crate::diagnostic::codes::{module}"),
            }),
            _ => problems.push(format!(
                "{name}: expected `declare_rule!` with `family: Structure`"
            )),
        }
    }
    for (family, (folder, variant)) in FAMILIES.iter().enumerate() {
        let dir = Path::new("src/rules").join(folder);
        let mod_rs = read(&dir.join("mod.rs").display().to_string());
        for (name, module) in rule_files(&dir) {
            let text = read(&name);
            let Some((code, declared_family)) = declared(&text) else {
                continue; // a helper shared by the family's rules
            };
            if !mod_rs
                .lines()
                .any(|l| l.trim() == format!("pub mod {module};"))
            {
                problems.push(format!(
                    "{name} declares {code} but {folder}/mod.rs has no `pub mod {module};`"
                ));
            }
            if declared_family != *variant {
                problems.push(format!(
                    "{name}: `family: {declared_family}` in the folder of {variant}"
                ));
            }
            entries.push(Entry {
                family,
                checked: text.contains("\npub fn check("),
                code,
                path: format!("{folder}::{module}"),
            });
        }
    }
    assert!(
        problems.is_empty(),
        "the rule registry cannot be built:\n{}",
        problems.join("\n")
    );
    entries.sort_by(|a, b| (a.family, a.checked, &a.code).cmp(&(b.family, b.checked, &b.code)));
    let mut out = String::from(
        "/// Every rule, by family, the codes found elsewhere first, then by code.\n\
         /// Generated by build.rs from the files that call `declare_rule!`.\n\
         pub static RULES: &[Rule] = &[\n",
    );
    for e in &entries {
        if e.checked {
            let _ = writeln!(out, "    Rule::new(&{0}::CODE, {0}::check),", e.path);
        } else {
            let _ = writeln!(out, "    Rule::documented(&{}::CODE),", e.path);
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("rules.rs");
    std::fs::write(&dest, out).expect("OUT_DIR is writable");
}

/// The `.rs` files of a folder other than `mod.rs`, sorted, with their
/// module names.
fn rule_files(dir: &Path) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let module = path.file_stem()?.to_str()?.to_string();
            (path.extension()? == "rs" && module != "mod")
                .then(|| (path.display().to_string(), module))
        })
        .collect();
    found.sort();
    found
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The code and family a file's `declare_rule!` names.
fn declared(text: &str) -> Option<(String, String)> {
    let start = text.find("\ndeclare_rule! {")?;
    let field = |name: &str| {
        text[start..]
            .lines()
            .find_map(|l| l.strip_prefix(&format!("    {name}: ")))
            .map(|v| v.trim_end_matches(',').to_string())
    };
    Some((field("code")?, field("family")?))
}

/// The lexicon's built-in lists, folded and stemmed once.
fn lexicon() {
    let dir = std::path::Path::new("src/rules/lexicon");
    println!("cargo::rerun-if-changed=src/rules/lexicon");
    println!("cargo::rerun-if-changed=src/rules/language.rs");
    let mut lists: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("src/rules/lexicon is readable")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path
                .file_name()?
                .to_str()?
                .strip_suffix(".txt")?
                .to_string();
            let text = std::fs::read_to_string(&path).expect("a lexicon list is UTF-8 text");
            Some((name, text))
        })
        .collect();
    lists.sort();
    let lists: Vec<(&str, &str)> = lists
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("lexicon_built_in.rs");
    std::fs::write(out, parse::static_source(&lists)).expect("OUT_DIR is writable");
}
