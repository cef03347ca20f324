//! Rule documentation rendered from the rule's own declaration, for
//! `goalie explain` and the pages under docs/rules/.

use super::codes;
use crate::diagnostic::Code;
use crate::i18n::Lang;

/// A rule's doc as plain text, for the terminal.
pub fn plain(code: &Code, lang: Lang) -> String {
    let (what, why, bad, good, default) = match lang {
        Lang::En => (
            "What it checks",
            "Why it matters",
            "Example that triggers it",
            "Fixed",
            "Default severity",
        ),
        Lang::Fr => (
            "Ce qui est vérifié",
            "Pourquoi c'est important",
            "Exemple qui le déclenche",
            "Corrigé",
            "Sévérité par défaut",
        ),
    };
    // French typography puts a space before a colon.
    let colon = if lang == Lang::Fr { " :" } else { ":" };
    let mut out = format!(
        "{} {} — {}\n{}{colon} {}\n{default}{colon} {}\n\n{what}{colon}\n{}\n\n{why}{colon}\n{}\n",
        code.code,
        code.name,
        code.summary(lang),
        family_label(lang),
        code.family.name().render(lang),
        code.severity.label().render(lang),
        code.what(lang),
        code.why(lang),
    );
    let (bad_example, good_example) = code.examples();
    if !bad_example.is_empty() {
        out.push_str(&format!(
            "\n{bad}{colon}\n{}\n{good}{colon}\n{}",
            indent(&bad_example),
            indent(&good_example)
        ));
    }
    out
}

fn family_label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Family",
        Lang::Fr => "Famille",
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// A rule's page under docs/rules/, in English then French.
pub fn markdown(code: &Code) -> String {
    let mut out = format!(
        "<!-- Generated from src/rules by `GOALIE_UPDATE_DOCS=1 cargo test --test docs`; do not edit. -->\n\n# {} `{}`\n\n",
        code.code, code.name
    );
    for lang in [Lang::En, Lang::Fr] {
        let (what, why, bad, good, severity, family, suppress) = match lang {
            Lang::En => (
                "What it checks",
                "Why it matters",
                "Example that triggers it",
                "Fixed",
                "Default severity",
                "Family",
                "Silence it",
            ),
            Lang::Fr => (
                "Ce qui est vérifié",
                "Pourquoi c'est important",
                "Exemple qui le déclenche",
                "Corrigé",
                "Sévérité par défaut",
                "Famille",
                "Le faire taire",
            ),
        };
        if lang == Lang::Fr {
            out.push_str("## En français\n\n");
        }
        out.push_str(&format!(
            "{}\n\n- {family}: {}\n- {severity}: `{}`\n\n### {what}\n\n{}\n\n### {why}\n\n{}\n\n",
            code.summary(lang),
            code.family.name().render(lang),
            code.severity.as_str(),
            code.what(lang),
            code.why(lang),
        ));
        let (bad_example, good_example) = code.examples();
        if !bad_example.is_empty() {
            out.push_str(&format!(
                "### {bad}\n\n```goals\n{bad_example}```\n\n### {good}\n\n```goals\n{good_example}```\n\n",
            ));
        }
        out.push_str(&format!(
            "### {suppress}\n\n`goalie.toml`: `[rules]` `{} = \"off\"` — {}: `# goalie: ignore {}`\n\n",
            code.code,
            match lang {
                Lang::En => "or on the line, or the line above",
                Lang::Fr => "ou sur la ligne, ou la ligne au-dessus",
            },
            code.code
        ));
    }
    out
}

/// The index page of docs/rules/.
pub fn index() -> String {
    let mut out = String::from(
        "<!-- Generated from src/rules by `GOALIE_UPDATE_DOCS=1 cargo test --test docs`; do not edit. -->\n\n# Rules\n\nEvery check goalie makes, with its stable code. `goalie rules` lists them and `goalie explain CODE` prints a page.\n\n| Code | Name | Family | Severity | What it reports |\n|---|---|---|---|---|\n",
    );
    for code in codes::all() {
        out.push_str(&format!(
            "| [`{}`]({}.md) | `{}` | {} | {} | {} |\n",
            code.code,
            code.code,
            code.name,
            code.family.name().render(crate::i18n::Lang::En),
            code.severity.as_str(),
            code.summary(Lang::En)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::declare::{Block, sections};

    /// The section headings of a code's examples in its doc comments, in
    /// this order (none for a code no text shows, as `E010`).
    const HEADINGS: [&str; 2] = ["Example that triggers it", "Fixed"];
    use crate::i18n::Lang;

    /// Each code's doc comments hold exactly its two examples, under their
    /// headings, and its prose is in the catalogue in both languages.
    #[test]
    fn every_code_declares_its_examples_and_has_its_prose() {
        for code in super::codes::all() {
            let found = sections(code.examples);
            let names: Vec<_> = found.iter().filter_map(|(h, _)| *h).collect();
            let expected: &[&str] = if code.code == "E010" { &[] } else { &HEADINGS };
            assert_eq!(names, expected, "{}", code.code);
            assert!(
                found[0].1.is_empty(),
                "{}: text before the examples",
                code.code
            );
            for (heading, blocks) in &found[1..] {
                assert!(
                    matches!(blocks.as_slice(), [Block::Code { lang, .. }] if lang == "goals"),
                    "{}: {heading:?} holds one goals block",
                    code.code
                );
            }
            let (bad, good) = code.examples();
            assert!(code.code == "E010" || bad != good, "{}", code.code);
            for lang in [Lang::En, Lang::Fr] {
                for (id, text) in
                    code.prose
                        .iter()
                        .zip([code.summary(lang), code.what(lang), code.why(lang)])
                {
                    // A missing message renders as its id.
                    assert!(!text.is_empty() && text != *id, "{id} in {lang:?}");
                }
            }
        }
    }
}
