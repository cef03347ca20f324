//! Entries of the lexicon's lists read from their text: shared by the
//! crate (words from goalie.toml) and by the build script, which reads the
//! built-in lists once at compile time so no process stems them again.

use super::language::{Word, split};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The entry's words, folded and stemmed.
    pub words: Vec<Word>,
    /// The last word matches any word it starts.
    pub prefix: bool,
    /// Written `!word`: the negative reading (for directions, "down").
    pub negated: bool,
    /// As written, for docs.
    pub written: String,
}

/// Which stemmers an entry needs: the list's `# English` and `# French`
/// sections say; entries elsewhere get both.
#[derive(Clone, Copy)]
enum Section {
    English,
    French,
    Both,
}

#[allow(dead_code)] // the build script's, and tests'
pub fn parse_list(text: &str) -> Vec<Entry> {
    let mut section = Section::Both;
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(comment) = line.trim().strip_prefix('#')
            && !comment.starts_with(|c: char| c.is_ascii_digit())
        {
            section = match comment.trim() {
                "English" => Section::English,
                "French" => Section::French,
                _ => Section::Both,
            };
            continue;
        }
        // Stemming an English entry the French way only costs time (and
        // the reverse).
        let (en, fr) = match section {
            Section::English => (true, false),
            Section::French => (false, true),
            Section::Both => (true, true),
        };
        out.extend(parse_entry_in(
            line.split(" #").next().unwrap_or(""),
            en,
            fr,
        ));
    }
    out
}

pub fn parse_entry(line: &str) -> Option<Entry> {
    parse_entry_in(line, true, true)
}

pub fn parse_entry_in(line: &str, english: bool, french: bool) -> Option<Entry> {
    let line = line.trim();
    if line.is_empty()
        || (line.starts_with('#')
            && line.len() > 1
            && !line[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let (negated, body) = match line.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    // Written `=word`: the word itself and its plural only, never its
    // stem, where the stem is another word's too (`production` shares
    // `productivité`'s French stem, `présentation` `présence`'s).
    let (exact, body) = match body.strip_prefix('=') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    let (prefix, body) = match body.strip_suffix('*') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    // A prefix entry's last word matches by its start: no stems needed.
    let mut words = split(body);
    let n = words.len();
    words = words
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            if prefix && i + 1 == n {
                w
            } else if exact {
                // Empty stems never match (`language::same`).
                w.stemmed_in(false, false)
            } else {
                w.stemmed_in(english, french)
            }
        })
        .collect();
    (!words.is_empty()).then(|| Entry {
        words,
        prefix,
        negated,
        written: line
            .trim_start_matches('!')
            .trim_start_matches('=')
            .to_string(),
    })
}

/// A word of a built-in entry, as the build script read it.
pub struct StaticWord {
    pub folded: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    pub start: u32,
    pub end: u32,
}

/// A built-in entry, as the build script read it.
pub struct StaticEntry {
    pub words: &'static [StaticWord],
    pub prefix: bool,
    pub negated: bool,
    pub written: &'static str,
}

impl From<&StaticEntry> for Entry {
    fn from(e: &StaticEntry) -> Entry {
        Entry {
            words: e
                .words
                .iter()
                .map(|w| Word {
                    folded: w.folded.to_string(),
                    en: w.en.to_string(),
                    fr: w.fr.to_string(),
                    span: w.start as usize..w.end as usize,
                })
                .collect(),
            prefix: e.prefix,
            negated: e.negated,
            written: e.written.to_string(),
        }
    }
}

/// Rust source for the built-in lists read by [`parse_list`], one
/// `(name, &[StaticEntry])` per list: what the build script writes.
#[allow(dead_code)] // the build script's
pub fn static_source(lists: &[(&str, &str)]) -> String {
    let mut out = String::from("&[\n");
    for (name, text) in lists {
        out.push_str(&format!("    ({name:?}, &[\n"));
        for e in parse_list(text) {
            out.push_str("        StaticEntry { words: &[");
            for w in &e.words {
                out.push_str(&format!(
                    "StaticWord {{ folded: {:?}, en: {:?}, fr: {:?}, start: {}, end: {} }}, ",
                    w.folded, w.en, w.fr, w.span.start, w.span.end
                ));
            }
            out.push_str(&format!(
                "], prefix: {}, negated: {}, written: {:?} }},\n",
                e.prefix, e.negated, e.written
            ));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("]\n");
    out
}
