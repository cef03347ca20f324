//! The test locale `qps`: every English message pseudo-localised
//! (accented letters, sentences in brackets), in `locales/qps/`, loaded
//! like any language. It shows that a third language is only `.ftl`
//! files, and that no text a person reads escapes the catalogue: run in
//! `qps`, goalie shows no plain English sentence.
//!
//! `locales/qps/` is generated from `locales/en/` by the test below;
//! after adding or changing an English message, rewrite it with
//! `GOALIE_UPDATE_QPS=1 cargo test --test pseudo_locale`.

mod common;

use std::path::Path;

use common::goalie;
use fluent_syntax::ast;

/// One letter the pseudo way: accented, still readable.
fn pseudo_char(c: char) -> char {
    const FROM: &str = "aceinosuyACEINOSUY";
    const TO: &str = "áçéîñöšûýÅÇÉÎÑÖŠÛÝ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// The text of a pattern, pseudo-localised; what is in backquotes (code,
/// keywords of the format) is kept.
fn pattern(p: &mut ast::Pattern<String>, code: &mut bool) {
    for element in &mut p.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                *value = value
                    .chars()
                    .map(|c| {
                        if c == '`' {
                            *code = !*code;
                        }
                        if *code { c } else { pseudo_char(c) }
                    })
                    .collect();
            }
            ast::PatternElement::Placeable { expression } => expression_of(expression, code),
        }
    }
}

fn expression_of(e: &mut ast::Expression<String>, code: &mut bool) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                let mut inner = *code;
                pattern(&mut variant.value, &mut inner);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_of(expression, code)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// A sentence (a message with a space in it) is put in brackets, so that
/// text cut short or joined from pieces shows (`⟦…⟧`: a `[` cannot start
/// a line of a Fluent pattern).
fn bracket(p: &mut ast::Pattern<String>) {
    let text = |e: &ast::PatternElement<String>| match e {
        ast::PatternElement::TextElement { value } => value.contains(' '),
        ast::PatternElement::Placeable { .. } => true,
    };
    if p.elements.len() < 2 && !p.elements.iter().any(text) {
        return;
    }
    if !p
        .elements
        .iter()
        .any(|e| matches!(e, ast::PatternElement::TextElement { value } if value.contains(' ')))
    {
        return;
    }
    p.elements.insert(
        0,
        ast::PatternElement::TextElement {
            value: "⟦".into()
        },
    );
    p.elements.push(ast::PatternElement::TextElement {
        value: "⟧".into()
    });
}

fn pseudo_file(english: &str) -> String {
    let mut resource =
        fluent_syntax::parser::parse(english.to_string()).unwrap_or_else(|(_, e)| panic!("{e:?}"));
    for entry in &mut resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(value) = &mut message.value
        {
            let mut code = false;
            pattern(value, &mut code);
            bracket(value);
        }
    }
    let header = "# Generated from locales/en/ by tests/pseudo_locale.rs: the test locale\n\
                  # `qps`. Do not edit; GOALIE_UPDATE_QPS=1 rewrites it.\n\n";
    format!(
        "{header}{}",
        fluent_syntax::serializer::serialize(&resource)
    )
}

/// `locales/qps/` is `locales/en/` pseudo-localised, file by file.
#[test]
fn the_test_locale_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let update = std::env::var_os("GOALIE_UPDATE_QPS").is_some();
    let mut stale = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(root.join("en"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    for name in &names {
        let english = std::fs::read_to_string(root.join("en").join(name)).unwrap();
        let expected = pseudo_file(&english);
        let path = root.join("qps").join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(expected.as_str()) {
            if update {
                std::fs::write(&path, &expected).unwrap();
            } else {
                stale.push(name.to_string_lossy().into_owned());
            }
        }
    }
    for entry in std::fs::read_dir(root.join("qps")).unwrap() {
        let name = entry.unwrap().file_name();
        assert!(
            names.contains(&name),
            "locales/qps/{name:?} has no English file"
        );
    }
    assert!(
        stale.is_empty(),
        "locales/qps/ is not locales/en/ pseudo-localised: {stale:?}; \
         run GOALIE_UPDATE_QPS=1 cargo test --test pseudo_locale"
    );
}

#[test]
fn pseudo_localising_keeps_placeables_and_code() {
    let out = pseudo_file(
        "a = `{ $id }` is not done\nb = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\nc = ,\n",
    );
    assert!(out.contains("a = ⟦`{ $id }` îš ñöt döñé⟧"), "{out}");
    assert!(out.contains("[one] { $n } fîlé"), "{out}");
    assert!(out.contains("c = ,"), "{out}");
}

/// Three words in a row (counts between them aside) of plain ASCII letters: English that escaped the
/// catalogue (pseudo-localised words carry accents; ids, codes, numbers
/// and paths are not words).
fn english_sentence(line: &str) -> bool {
    let mut run = 0;
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| ",.;:!?()[]'\"«»".contains(c));
        if word.chars().all(|c| c.is_ascii_digit()) {
            continue; // a count between words: "Found 1 error"
        }
        let plain = word.len() >= 2
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && !word.chars().all(|c| c.is_ascii_uppercase()); // OPTIONS, SARIF
        run = if plain { run + 1 } else { 0 };
        if run == 3 {
            return true;
        }
    }
    false
}

/// What goalie prints in the test locale, with its plan's own lines (the
/// source shown under a diagnostic) left out: every sentence comes from
/// `locales/qps/`.
#[test]
fn goalie_speaks_the_test_locale_whole() {
    let dir = tempfile::tempdir().unwrap();
    let plan = "objective o1: Qqq\n  period: 2026-Q4\n  owner: @marie\nkr k1: Zzz\n  parent: nope\n  metric: 0 -> 10\nkr k1: Www\n  due: 2026-13-01\nthis is no item\n";
    std::fs::write(dir.path().join("plan.goals"), plan).unwrap();
    let runs: [&[&str]; 8] = [
        &[
            "check",
            "plan.goals",
            "--today",
            "2026-11-30",
            "--color",
            "never",
        ],
        &[
            "check",
            "plan.goals",
            "--today",
            "2026-11-30",
            "--lang",
            "qps",
        ],
        &[
            "status",
            "plan.goals",
            "--today",
            "2026-11-30",
            "--color",
            "never",
        ],
        &["--help"],
        &["check", "--help"],
        &["explain", "S102"],
        &["chek"],
        &["check", "--deny", "loud"],
    ];
    let mut english = Vec::new();
    for args in runs {
        let out = goalie()
            .args(args)
            .current_dir(dir.path())
            .env("GOALIE_LANG", "qps")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.lines().count() > 3, "{args:?}: {text}");
        for line in text.lines() {
            // `explain` shows its examples as `.goals` text, indented.
            if args[0] == "explain" && line.starts_with("    ") {
                continue;
            }
            let from_plan = plan
                .lines()
                .any(|l| !l.trim().is_empty() && line.contains(l.trim()));
            if !from_plan && english_sentence(line) {
                english.push(format!("goalie {}: {line}", args.join(" ")));
            }
        }
    }
    assert!(
        english.is_empty(),
        "English in the test locale:\n{}",
        english.join("\n")
    );
}

#[test]
fn the_detector_sees_english() {
    assert!(english_sentence("Found 1 error in 1 file."));
    assert!(english_sentence("Found no problems."));
    assert!(!english_sentence("⟦Föûñð 1 érrör îñ 1 fîlé.⟧"));
    assert!(!english_sentence("  --format <FORMAT>"));
    assert!(!english_sentence(
        "Ûšágé: goalie check [OPTIONS] [PATHS]..."
    ));
}
