//! Rule documentation rendered from the rule's own declaration, for
//! `goalie explain` and the pages under docs/rules/.

use super::codes;
use crate::diagnostic::Code;
use crate::i18n::{Lang, Message, msg};

/// A rule's doc as plain text, for the terminal.
pub fn plain(code: &Code, lang: Lang) -> String {
    // "What it checks:", "Ce qui est vérifié :" (French typography puts a
    // space before a colon).
    let label = |m: Message| msg!(rule_doc_label, label = m).render(lang);
    let mut out = format!(
        "{} {} — {}\n{} {}\n{} {}\n\n{}\n{}\n\n{}\n{}\n",
        code.code,
        code.name,
        code.summary(lang),
        label(msg!(rule_doc_family)),
        code.family.name().render(lang),
        label(msg!(rule_doc_severity)),
        code.severity.label().render(lang),
        label(msg!(rule_doc_what)),
        code.what(lang),
        label(msg!(rule_doc_why)),
        code.why(lang),
    );
    let (bad_example, good_example) = code.examples();
    if !bad_example.is_empty() {
        out.push_str(&format!(
            "\n{}\n{}\n{}\n{}",
            label(msg!(rule_doc_bad)),
            indent(&bad_example),
            label(msg!(rule_doc_good)),
            indent(&good_example)
        ));
    }
    out
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// The first line of a generated page: a note to contributors.
const GENERATED: &str = "<!-- Generated from src/rules by `GOALIE_UPDATE_DOCS=1 cargo test --test docs`; do not edit. -->";

/// A rule's page under docs/rules/, in English then French.
pub fn markdown(code: &Code) -> String {
    let mut out = format!("{GENERATED}\n\n# {} `{}`\n\n", code.code, code.name);
    for lang in [Lang::En, Lang::Fr] {
        let say = |m: Message| m.render(lang);
        if lang == Lang::Fr {
            out.push_str("## En français\n\n");
        }
        out.push_str(&format!(
            "{}\n\n- {}: {}\n- {}: `{}`\n\n### {}\n\n{}\n\n### {}\n\n{}\n\n",
            code.summary(lang),
            say(msg!(rule_doc_family)),
            code.family.name().render(lang),
            say(msg!(rule_doc_severity)),
            code.severity.as_str(),
            say(msg!(rule_doc_what)),
            code.what(lang),
            say(msg!(rule_doc_why)),
            code.why(lang),
        ));
        let (bad_example, good_example) = code.examples();
        if !bad_example.is_empty() {
            out.push_str(&format!(
                "### {}\n\n```goals\n{bad_example}```\n\n### {}\n\n```goals\n{good_example}```\n\n",
                say(msg!(rule_doc_bad)),
                say(msg!(rule_doc_good)),
            ));
        }
        out.push_str(&format!(
            "### {}\n\n`goalie.toml`: `[rules]` `{} = \"off\"` — {}: `# goalie: ignore {}`\n\n",
            say(msg!(rule_doc_silence)),
            code.code,
            say(msg!(rule_doc_silence_inline)),
            code.code
        ));
    }
    out
}

/// The index page of docs/rules/ (English, as docs/ is).
pub fn index() -> String {
    let say = |m: Message| m.render(Lang::En);
    let mut out = format!(
        "{GENERATED}\n\n# {}\n\n{}\n\n{}\n|---|---|---|---|---|\n",
        say(msg!(rule_doc_index_title)),
        say(msg!(rule_doc_index_intro)),
        say(msg!(rule_doc_index_header)),
    );
    for code in codes::all() {
        out.push_str(&format!(
            "| [`{}`]({}.md) | `{}` | {} | {} | {} |\n",
            code.code,
            code.code,
            code.name,
            code.family.name().render(Lang::En),
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
