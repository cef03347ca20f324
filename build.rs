//! Embeds the Fluent catalogues of `locales/` and turns the English one
//! into `msg!`'s typed arguments: a message id that does not exist, an
//! argument missing or one too many is a compile error, not a `{$name}`
//! shown to a user.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/i18n/vars.rs"]
mod vars;

/// The language whose files define the ids and arguments; every other
/// language is compared with it by the catalogue's tests.
const SOURCE: &str = "en";

fn main() {
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
