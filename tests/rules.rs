//! Every rule's documented bad example triggers it and its good example
//! does not: the docs are tests.

mod common;

use goalie::diagnostic::Code;
use goalie::i18n::Lang;
use goalie::rules::codes;

#[test]
fn documented_examples_behave_as_documented() {
    let mut checked = 0;
    for code in codes::all() {
        let (bad_example, good_example) = code.examples();
        if bad_example.is_empty() {
            // E010 concerns bytes that are not text; tests/cli.rs covers it.
            assert_eq!(code.code, "E010", "{} has no example", code.code);
            continue;
        }
        let (_, bad) = common::single("bad.goals", &bad_example);
        assert!(
            bad.diagnostics.iter().any(|d| d.code.code == code.code),
            "{}'s bad example does not trigger it:\n{}",
            code.code,
            bad_example
        );
        let (ws, good) = common::single("good.goals", &good_example);
        assert!(
            good.diagnostics.iter().all(|d| d.code.code != code.code),
            "{}'s good example triggers it:\n{}\n{}",
            code.code,
            good_example,
            common::render(&ws, &good)
        );
        checked += 1;
    }
    assert!(checked >= 13);
}

#[test]
fn every_rule_has_its_doc_in_both_languages() {
    for code in codes::all() {
        for text in [Code::summary, Code::what, Code::why] {
            let (en, fr) = (text(code, Lang::En), text(code, Lang::Fr));
            assert!(
                !en.trim().is_empty() && !fr.trim().is_empty(),
                "{}",
                code.code
            );
            assert_ne!(en, fr, "{}: the French text is the English one", code.code);
        }
    }
}
