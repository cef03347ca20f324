//! Every rule's documented bad example triggers it and its good example
//! does not: the docs are tests.

mod common;

use goalie::rules::codes;

#[test]
fn documented_examples_behave_as_documented() {
    let mut checked = 0;
    for code in codes::all() {
        if code.bad.is_empty() {
            // E010 concerns bytes that are not text; tests/cli.rs covers it.
            assert_eq!(code.code, "E010", "{} has no example", code.code);
            continue;
        }
        let (_, bad) = common::single("bad.goals", code.bad);
        assert!(
            bad.diagnostics.iter().any(|d| d.code.code == code.code),
            "{}'s bad example does not trigger it:\n{}",
            code.code,
            code.bad
        );
        let (ws, good) = common::single("good.goals", code.good);
        assert!(
            good.diagnostics.iter().all(|d| d.code.code != code.code),
            "{}'s good example triggers it:\n{}\n{}",
            code.code,
            code.good,
            common::render(&ws, &good)
        );
        checked += 1;
    }
    assert!(checked >= 13);
}

#[test]
fn every_rule_has_its_doc_in_both_languages() {
    for code in codes::all() {
        for text in [&code.summary, &code.what, &code.why] {
            assert!(
                !text.en.trim().is_empty() && !text.fr.trim().is_empty(),
                "{}",
                code.code
            );
            assert_ne!(
                text.en, text.fr,
                "{}: the French text is the English one",
                code.code
            );
        }
    }
}
