//! Parse trees of every construct and of broken inputs, as snapshots, and
//! the parser's invariants: it never fails, chunks tile the text, and the
//! whole-file grammar rule agrees with the line-by-line parser.

use goalie::syntax::{GoalsParser, Rule, parse};
use pest::Parser;

fn snapshot_of(text: &str) -> String {
    let parse = parse(text);
    let mut out = parse.dump(text);
    for e in parse.errors() {
        out.push_str(&format!(
            "error {:?}: {}\n",
            e.range,
            e.kind.message().render(goalie::i18n::Lang::En)
        ));
    }
    out
}

#[test]
fn parse_trees() {
    insta::glob!("fixtures/syntax/*.goals", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_snapshot!(snapshot_of(&text));
    });
}

#[test]
fn chunks_tile_the_text() {
    insta::glob!("fixtures/syntax/*.goals", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let parse = parse(&text);
        let mut at = 0;
        for chunk in parse.chunks() {
            assert_eq!(chunk.range().start as usize, at);
            at = chunk.range().end as usize;
        }
        assert_eq!(at, text.len());
    });
}

#[test]
fn whole_file_rule_accepts_what_the_parser_accepts() {
    insta::glob!("fixtures/syntax/*.goals", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let clean = parse(&text).errors().next().is_none();
        let whole = GoalsParser::parse(Rule::file, &text).is_ok();
        // Misplaced lines are grammatical but have no item to belong to.
        if clean {
            assert!(whole, "the file rule refuses a file the parser accepts");
        }
    });
}

#[test]
fn one_typo_gives_one_error_and_later_lines_still_parse() {
    let text = "objective o: O\n  perod: 2026-Q4\n  due: 2026-12-31\nkr k: K\n  metric: 1 -> 2\n";
    let parse = parse(text);
    let errors: Vec<_> = parse.errors().collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(&text[errors[0].range.as_range()], "perod:");
    let dump = parse.dump(text);
    assert!(dump.contains("due_prop"), "{dump}");
    assert!(dump.contains("metric_prop"), "{dump}");
}

#[test]
fn suggests_the_keyword_meant() {
    let text = "objective o: O\n  echeanse: 2026-12-31\n";
    let e = parse(text).errors().next().unwrap();
    let msg = e.kind.message();
    assert!(
        msg.render(goalie::i18n::Lang::En)
            .contains("did you mean `echeance`?"),
        "{}",
        msg.render(goalie::i18n::Lang::En)
    );
    assert!(
        msg.render(goalie::i18n::Lang::Fr)
            .contains("vouliez-vous dire `echeance`"),
        "{}",
        msg.render(goalie::i18n::Lang::Fr)
    );
}

/// A head line missing its id is reported the same way wherever it starts:
/// at the end of the keyword, asking for an id — after leading blanks or a
/// byte-order mark too (pest blames the item there, not the whole line).
#[test]
fn a_head_without_id_asks_for_one_after_blanks_or_a_byte_order_mark() {
    for (text, at) in [
        ("objective", 9),
        ("  objective", 11),
        ("\u{feff}objective", 12),
        ("\u{feff}\nobjective", 13),
        ("\tkr", 3),
    ] {
        let errors: Vec<_> = parse(text).errors().collect();
        let [error] = errors.as_slice() else {
            panic!("{text:?}: {errors:?}");
        };
        let shown = format!("{:?}", error.kind);
        assert!(shown.contains("expected: [id]"), "{text:?}: {shown}");
        assert_eq!(error.range.as_range().start, at, "{text:?}");
    }
}
