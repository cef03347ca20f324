//! The rules as their files declare them, read from disk rather than from
//! the registry under test: every file that calls `declare_rule!` is
//! registered, has its page under docs/rules/ and its prose in
//! `locales/*/rules.ftl`, each registered code has a file, and every
//! rule's documented bad example triggers it while its good example does
//! not (the docs are tests).

mod common;

use std::path::{Path, PathBuf};

use goalie::diagnostic::declare::examples;
use goalie::i18n::Lang;
use goalie::rules::codes;

/// A rule as its file writes it.
struct Declared {
    file: PathBuf,
    code: String,
    name: String,
    /// The examples in Markdown, as the doc comments make them (one line
    /// per comment, the space after `///` kept).
    doc: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `declare_rule!` under src/rules/*/ and src/diagnostic/codes/.
fn declared() -> Vec<Declared> {
    let mut dirs = vec![root().join("src/diagnostic/codes")];
    for entry in std::fs::read_dir(root().join("src/rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && path.join("mod.rs").exists() {
            dirs.push(path);
        }
    }
    let mut found = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let file = entry.unwrap().path();
            if file.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&file).unwrap();
                if let Some(rule) = parse(&file, &text) {
                    found.push(rule);
                }
            }
        }
    }
    found.sort_by(|a, b| a.code.cmp(&b.code));
    found
}

/// Reads a `declare_rule! { … }` call: its doc lines, code and name.
fn parse(file: &Path, text: &str) -> Option<Declared> {
    let start = text.find("\ndeclare_rule! {\n")?;
    let mut lines = text[start..].lines().skip(2);
    let mut doc = String::new();
    let field = |line: &str, name: &str| {
        line.trim()
            .strip_prefix(&format!("{name}: "))
            .map(|v| v.trim_end_matches(',').trim_matches('"').to_string())
    };
    let mut code = None;
    let mut name = None;
    for line in lines.by_ref() {
        if let Some(text) = doc_line(line.trim()) {
            doc.push_str(&text);
            doc.push('\n');
        } else if let Some(value) = field(line, "code") {
            code = Some(value);
        } else if let Some(value) = field(line, "name") {
            name = Some(value);
        } else if line == "}" {
            break;
        }
    }
    Some(Declared {
        file: file.to_path_buf(),
        code: code.unwrap_or_else(|| panic!("{}: no code", file.display())),
        name: name.unwrap_or_else(|| panic!("{}: no name", file.display())),
        doc,
    })
}

/// The text of a `///` comment or of a `#[doc = "…"]` attribute.
fn doc_line(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix("///") {
        return Some(rest.to_string());
    }
    let literal = line.strip_prefix("#[doc = \"")?.strip_suffix("\"]")?;
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    Some(out)
}

#[test]
fn the_rule_files_are_found() {
    // 13 codes of the parser and the model, 38 rule files (counted by hand
    // on 2026-11-30): the walk above misses none of them.
    let found = declared();
    assert!(found.len() >= 51, "{} rules found", found.len());
    assert!(
        found
            .iter()
            .any(|r| r.code == "S102" && r.name == "short-title")
    );
    assert!(
        found
            .iter()
            .any(|r| r.code == "E001" && r.name == "syntax-error")
    );
}

#[test]
fn every_rule_file_is_registered_and_every_registered_code_has_a_file() {
    let found = declared();
    let on_disk: Vec<&str> = found.iter().map(|r| r.code.as_str()).collect();
    let mut registered: Vec<&str> = codes::all().map(|c| c.code).collect();
    registered.sort_unstable();
    assert_eq!(on_disk, registered, "files on disk against the registry");
    for rule in &found {
        let code = codes::find(&rule.code).unwrap();
        assert_eq!(code.name, rule.name, "{}", rule.file.display());
        assert_eq!(code.examples, rule.doc, "{}", rule.file.display());
    }
}

#[test]
fn every_rule_has_its_page_under_docs_rules_and_every_page_a_rule() {
    let mut pages: Vec<String> = std::fs::read_dir(root().join("docs/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "README.md")
        .collect();
    pages.sort();
    let expected: Vec<String> = declared()
        .iter()
        .map(|r| format!("{}.md", r.code))
        .collect();
    assert_eq!(pages, expected);
}

#[test]
fn documented_examples_behave_as_documented() {
    let mut checked = 0;
    for rule in declared() {
        let found = examples(&rule.doc);
        let [bad, good] = found.as_slice() else {
            // E010 concerns bytes that are not text; tests/bad_input.rs
            // and tests/cli.rs cover it.
            assert_eq!(rule.code, "E010", "{} has no example", rule.code);
            assert!(found.is_empty());
            continue;
        };
        let (_, analysis) = common::single("bad.goals", bad);
        assert!(
            analysis
                .diagnostics
                .iter()
                .any(|d| d.code.code == rule.code),
            "{}'s bad example does not trigger it:\n{bad}",
            rule.code,
        );
        let (ws, analysis) = common::single("good.goals", good);
        assert!(
            analysis
                .diagnostics
                .iter()
                .all(|d| d.code.code != rule.code),
            "{}'s good example triggers it:\n{good}\n{}",
            rule.code,
            common::render(&ws, &analysis)
        );
        checked += 1;
    }
    assert!(checked >= 50);
}

/// The messages of a `.ftl` file whose id starts with `rule-`, by id: a
/// value on the id's line, or on the indented lines under it.
fn rule_prose(lang: &str) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(root().join(format!("locales/{lang}/rules.ftl"))).unwrap();
    let mut found = std::collections::BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some((id, value)) = line.split_once(" =")
            && id.starts_with("rule-")
            && !id.contains(' ')
        {
            found.insert(id.to_string(), value.trim().to_string());
            current = Some(id.to_string());
            continue;
        }
        match &current {
            Some(id) if line.starts_with(' ') || line.is_empty() => {
                let value: &mut String = found.get_mut(id).unwrap();
                value.push('\n');
                value.push_str(line.trim());
            }
            _ => current = None,
        }
    }
    found
}

#[test]
fn every_rule_has_its_prose_in_both_languages_and_no_prose_lacks_a_rule() {
    let (en, fr) = (rule_prose("en"), rule_prose("fr"));
    let mut expected = Vec::new();
    for rule in declared() {
        for part in ["summary", "what", "why"] {
            let id = format!("rule-{}-{part}", rule.code);
            let (english, french) = (en.get(&id), fr.get(&id));
            assert!(
                english.is_some_and(|t| !t.trim().is_empty())
                    && french.is_some_and(|t| !t.trim().is_empty()),
                "{id} is missing in locales/en or locales/fr/rules.ftl"
            );
            assert_ne!(english, french, "{id}: the French text is the English one");
            expected.push(id);
        }
    }
    expected.sort();
    assert_eq!(en.keys().cloned().collect::<Vec<_>>(), expected);
    assert_eq!(fr.keys().cloned().collect::<Vec<_>>(), expected);
}

/// What a rule says about its bad example, in English and French: the
/// message, the related places and the fixes' titles. One snapshot per
/// family (tests/snapshots/rules__messages_FAMILY.snap), to read whole.
#[test]
fn messages_of_each_family_in_both_languages() {
    let mut families: std::collections::BTreeMap<String, String> = Default::default();
    for rule in declared() {
        let folder = rule.file.parent().unwrap().file_name().unwrap();
        let family = match folder.to_str().unwrap() {
            "codes" => "structure",
            other => other,
        };
        let out = families.entry(family.to_string()).or_default();
        out.push_str(&format!("## {} {}\n", rule.code, rule.name));
        let Some(bad) = examples(&rule.doc).into_iter().next() else {
            out.push_str("(no example in text)\n\n");
            continue;
        };
        let (_, analysis) = common::single("bad.goals", &bad);
        for d in analysis
            .diagnostics
            .iter()
            .filter(|d| d.code.code == rule.code)
        {
            let start = d.range.as_range().start;
            let line = bad[..start].matches('\n').count() + 1;
            let column = bad[..start].rsplit('\n').next().unwrap().chars().count() + 1;
            out.push_str(&format!(
                "{line}:{column} `{}`\n  en: {}\n  fr: {}\n",
                &bad[d.range.as_range()],
                d.message.render(Lang::En),
                d.message.render(Lang::Fr)
            ));
            for r in &d.related {
                out.push_str(&format!(
                    "  related en: {}\n  related fr: {}\n",
                    r.message.render(Lang::En),
                    r.message.render(Lang::Fr)
                ));
            }
            for f in &d.fixes {
                out.push_str(&format!(
                    "  fix en: {}\n  fix fr: {}\n",
                    f.title.render(Lang::En),
                    f.title.render(Lang::Fr)
                ));
            }
        }
        out.push('\n');
    }
    assert_eq!(families.len(), 8, "{:?}", families.keys());
    for (family, text) in families {
        insta::assert_snapshot!(format!("messages_{family}"), text);
    }
}

/// docs/contributing.md shows a whole rule file: its declaration reads as
/// the rules' do, and its prose is given in both languages.
#[test]
fn the_contributing_guide_declares_its_example_rule_as_the_rules_do() {
    let guide = std::fs::read_to_string(root().join("docs/contributing.md")).unwrap();
    let start = guide.find("```rust\n").expect("a rust block") + "```rust\n".len();
    let file = &guide[start..start + guide[start..].find("\n```\n").unwrap()];
    let rule = parse(Path::new("docs/contributing.md"), &format!("\n{file}")).unwrap();
    assert_eq!(
        (rule.code.as_str(), rule.name.as_str()),
        ("S108", "all-caps-title")
    );
    assert!(
        codes::find("S108").is_none(),
        "the example names a real rule"
    );
    assert_eq!(examples(&rule.doc).len(), 2);
    assert!(file.contains("pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>)"));
    for part in ["summary", "what", "why"] {
        let id = format!("rule-S108-{part} = ");
        assert_eq!(guide.matches(&id).count(), 2, "{id} in English and French");
    }
}
