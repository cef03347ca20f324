//! Reads the lexicon's built-in word lists (`src/rules/lexicon/*.txt`) once,
//! at compile time: each entry folded and stemmed here with the code the
//! crate uses (`language.rs`, `lexicon/parse.rs`), so no run of goalie
//! stems them again (docs/performance.md).

use std::path::Path;

#[allow(dead_code)]
#[path = "src/rules/language.rs"]
mod language;
#[allow(dead_code)]
#[path = "src/rules/lexicon/parse.rs"]
mod parse;

fn main() {
    let dir = Path::new("src/rules/lexicon");
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
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("lexicon_built_in.rs");
    std::fs::write(out, parse::static_source(&lists)).expect("OUT_DIR is writable");
}
