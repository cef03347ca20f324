//! The SMART corpus: goal statements labeled, from their meaning, with the
//! letters they fail (tests/corpus/smart.tsv). The wording analysis must
//! reach 0.9 precision and recall on every letter.

use goalie::config::ExtraWords;
use goalie::rules::Lexicon;
use goalie::rules::statement::{Letters, assess};

const THRESHOLD: f64 = 0.9;

fn letters_of(code: &str) -> Letters {
    Letters {
        specific: code.contains('S'),
        measurable: code.contains('M'),
        achievable: code.contains('A'),
        relevant: code.contains('R'),
        time_bound: code.contains('T'),
    }
}

fn pick(l: &Letters, i: usize) -> bool {
    [
        l.specific,
        l.measurable,
        l.achievable,
        l.relevant,
        l.time_bound,
    ][i]
}

#[test]
fn smart_precision_and_recall() {
    let corpus = include_str!("corpus/smart.tsv");
    let lexicon = Lexicon::new(&ExtraWords::default());
    let mut counts = [[0usize; 3]; 5]; // true positives, false positives, false negatives
    let (mut en, mut fr) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in corpus.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "bad corpus line: {line}");
        match cols[0] {
            "en" => en += 1,
            "fr" => fr += 1,
            other => panic!("unknown language {other}"),
        }
        let expected = letters_of(cols[2]);
        let found = assess(cols[1], &lexicon);
        for (i, c) in counts.iter_mut().enumerate() {
            match (pick(&expected, i), pick(&found, i)) {
                (true, true) => c[0] += 1,
                (false, true) => c[1] += 1,
                (true, false) => c[2] += 1,
                (false, false) => {}
            }
        }
        if found != expected {
            misses.push(format!(
                "  {:5} expected {:5} found {:5}  {}",
                cols[0],
                cols[2],
                found.code(),
                cols[1]
            ));
        }
    }
    assert!(
        en + fr >= 60 && en.abs_diff(fr) <= 2,
        "the corpus needs 60 statements, half in each language"
    );
    println!("SMART corpus: {} statements ({en} en, {fr} fr)", en + fr);
    println!("letter  precision  recall  (tp fp fn)");
    let mut failed = Vec::new();
    for (i, letter) in ["S", "M", "A", "R", "T"].iter().enumerate() {
        let [tp, fp, fneg] = counts[i];
        let precision = if tp + fp == 0 {
            1.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let recall = if tp + fneg == 0 {
            1.0
        } else {
            tp as f64 / (tp + fneg) as f64
        };
        println!("{letter}       {precision:9.2}  {recall:6.2}  ({tp} {fp} {fneg})");
        if precision < THRESHOLD || recall < THRESHOLD {
            failed.push(*letter);
        }
    }
    println!("disagreements:\n{}", misses.join("\n"));
    assert!(failed.is_empty(), "below {THRESHOLD} for {failed:?}");
}
