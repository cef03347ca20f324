//! The labelled corpus (tests/corpus/blocks/): goal blocks written by people
//! who had read only the format and the SMART definitions, each labelled
//! with the letters it fails (S M A R T OKR) or `clean`, split once at random
//! into a development half (rules are tuned on it) and a held-out half.
//!
//! Each block is checked as a workspace of its own, through
//! `Workspace::analyze_with` — what `goalie check` and the language server
//! run — as of 2026-11-16, the writers' today. What counts (docs/corpus.md):
//!
//! - a finding of a rule family is a detection of its letter (S specific,
//!   M measurable, A achievable, R relevant, T time_bound, OKR okr);
//!   structure and review codes detect no letter;
//! - a weak block is flagged when it gets a finding of one of its letters,
//!   info-level findings included: the definitions the corpus was labelled
//!   by ask for an owner, a commitment and a why, which goalie reports at
//!   info level by default; the figures with warnings and errors only are
//!   printed beside them;
//! - a clean block is left clean when it gets no warning or error of any
//!   code.
//!
//! Thresholds, per language: the target is 90 % of weak blocks flagged and
//! 95 % of clean blocks left clean, and both halves are held to it (the
//! held-out half, after the third round of tuning: 91.4 % / 92.5 % flagged,
//! 95.8 % / 96.5 % left clean, English / French; docs/corpus.md). `GOALIE_CORPUS=dev` scores the development half only (what
//! tuning looks at).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use goalie::analysis::Workspace;
use goalie::config::Settings;
use goalie::diagnostic::{Family, Severity};

/// The target, held by the development half.
const WEAK_FLAGGED: f64 = 0.90;
const CLEAN_LEFT_CLEAN: f64 = 0.95;
const LETTERS: [&str; 6] = ["S", "M", "A", "R", "T", "OKR"];

struct Block {
    id: String,
    labels: BTreeSet<&'static str>,
    why: String,
    text: String,
}

fn letter(family: Family) -> Option<&'static str> {
    match family {
        Family::Specific => Some("S"),
        Family::Measurable => Some("M"),
        Family::Achievable => Some("A"),
        Family::Relevant => Some("R"),
        Family::TimeBound => Some("T"),
        Family::Okr => Some("OKR"),
        Family::Structure | Family::Review => None,
    }
}

fn parse(name: &str, text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if let Some(header) = line.strip_prefix("=== ") {
            let cols: Vec<&str> = header.splitn(3, '|').map(str::trim).collect();
            assert!(cols.len() == 3, "{name}:{}: bad header {line}", n + 1);
            let labels: BTreeSet<&'static str> = if cols[1] == "clean" {
                BTreeSet::new()
            } else {
                cols[1]
                    .split_whitespace()
                    .map(|l| {
                        *LETTERS
                            .iter()
                            .find(|x| **x == l)
                            .unwrap_or_else(|| panic!("{name}:{}: unknown label {l}", n + 1))
                    })
                    .collect()
            };
            blocks.push(Block {
                id: cols[0].to_string(),
                labels,
                why: cols[2].trim_start_matches("why:").trim().to_string(),
                text: String::new(),
            });
        } else if let Some(block) = blocks.last_mut() {
            block.text.push_str(line);
            block.text.push('\n');
        }
    }
    blocks
}

/// The letters found in a block: with warnings and errors only, and with
/// info-level findings too; whether any warning or error was found; and the
/// codes, for the listing of disagreements.
struct Found {
    strict: BTreeSet<&'static str>,
    with_info: BTreeSet<&'static str>,
    any_warning: bool,
    codes: Vec<String>,
}

fn judge(block: &Block) -> Found {
    let mut ws = Workspace::new();
    ws.add_file(format!("{}.goals", block.id), block.text.as_str());
    let analysis = ws.analyze_with(jiff::civil::date(2026, 11, 16), &Settings::default());
    let mut found = Found {
        strict: BTreeSet::new(),
        with_info: BTreeSet::new(),
        any_warning: false,
        codes: Vec::new(),
    };
    for d in &analysis.diagnostics {
        let counts = d.severity >= Severity::Warning;
        found.any_warning |= counts;
        if let Some(l) = letter(d.code.family) {
            found.with_info.insert(l);
            if counts {
                found.strict.insert(l);
            }
        }
        let mark = if counts { "" } else { "(i)" };
        found.codes.push(format!("{}{mark}", d.code.code));
    }
    found
}

#[derive(Default, Clone, Copy)]
struct Tally {
    weak: usize,
    flagged: usize,
    flagged_all: usize,
    clean: usize,
    left_clean: usize,
    /// Per letter: true positives, false positives, false negatives.
    letters: [[usize; 3]; 6],
}

impl Tally {
    fn add(&mut self, block: &Block, found: &BTreeSet<&'static str>, any_warning: bool) {
        if block.labels.is_empty() {
            self.clean += 1;
            self.left_clean += usize::from(!any_warning);
        } else {
            self.weak += 1;
            self.flagged += usize::from(block.labels.iter().any(|l| found.contains(l)));
            self.flagged_all += usize::from(block.labels.iter().all(|l| found.contains(l)));
        }
        for (i, l) in LETTERS.iter().enumerate() {
            match (block.labels.contains(l), found.contains(l)) {
                (true, true) => self.letters[i][0] += 1,
                (false, true) => self.letters[i][1] += 1,
                (true, false) => self.letters[i][2] += 1,
                (false, false) => {}
            }
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn report(out: &mut String, title: &str, t: &Tally) {
    let _ = writeln!(
        out,
        "{title}: weak flagged {}/{} = {:.1} % (every letter found: {:.1} %), clean left clean {}/{} = {:.1} %",
        t.flagged,
        t.weak,
        100.0 * ratio(t.flagged, t.weak),
        100.0 * ratio(t.flagged_all, t.weak),
        t.left_clean,
        t.clean,
        100.0 * ratio(t.left_clean, t.clean),
    );
    let _ = writeln!(out, "    letter  precision  recall   (tp fp fn)");
    for (i, l) in LETTERS.iter().enumerate() {
        let [tp, fp, fneg] = t.letters[i];
        let _ = writeln!(
            out,
            "    {l:6}  {:8.1} %  {:5.1} %  ({tp} {fp} {fneg})",
            100.0 * ratio(tp, tp + fp),
            100.0 * ratio(tp, tp + fneg),
        );
    }
}

/// The corpus files: (split, batch, language, text). The first batch is
/// `dev-*`/`heldout-*`, the second `dev2-*`/`heldout2-*`, the third
/// `dev3-*`/`heldout3-*` (README.md there).
fn split_files() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    let dev_only = std::env::var("GOALIE_CORPUS").is_ok_and(|v| v == "dev");
    let mut files = vec![
        (
            "dev",
            "1",
            "en",
            include_str!("corpus/blocks/dev-en.blocks"),
        ),
        (
            "dev",
            "1",
            "fr",
            include_str!("corpus/blocks/dev-fr.blocks"),
        ),
        (
            "dev",
            "2",
            "en",
            include_str!("corpus/blocks/dev2-en.blocks"),
        ),
        (
            "dev",
            "2",
            "fr",
            include_str!("corpus/blocks/dev2-fr.blocks"),
        ),
        (
            "dev",
            "3",
            "en",
            include_str!("corpus/blocks/dev3-en.blocks"),
        ),
        (
            "dev",
            "3",
            "fr",
            include_str!("corpus/blocks/dev3-fr.blocks"),
        ),
        (
            "dev",
            "4",
            "en",
            include_str!("corpus/blocks/dev4-en.blocks"),
        ),
        (
            "dev",
            "4",
            "fr",
            include_str!("corpus/blocks/dev4-fr.blocks"),
        ),
    ];
    if !dev_only {
        files.extend([
            (
                "heldout",
                "1",
                "en",
                include_str!("corpus/blocks/heldout-en.blocks"),
            ),
            (
                "heldout",
                "1",
                "fr",
                include_str!("corpus/blocks/heldout-fr.blocks"),
            ),
            (
                "heldout",
                "2",
                "en",
                include_str!("corpus/blocks/heldout2-en.blocks"),
            ),
            (
                "heldout",
                "2",
                "fr",
                include_str!("corpus/blocks/heldout2-fr.blocks"),
            ),
            (
                "heldout",
                "3",
                "en",
                include_str!("corpus/blocks/heldout3-en.blocks"),
            ),
            (
                "heldout",
                "3",
                "fr",
                include_str!("corpus/blocks/heldout3-fr.blocks"),
            ),
            (
                "heldout",
                "4",
                "en",
                include_str!("corpus/blocks/heldout4-en.blocks"),
            ),
            (
                "heldout",
                "4",
                "fr",
                include_str!("corpus/blocks/heldout4-fr.blocks"),
            ),
        ]);
    }
    files
}

fn merge(a: &mut Tally, b: &Tally) {
    a.weak += b.weak;
    a.flagged += b.flagged;
    a.flagged_all += b.flagged_all;
    a.clean += b.clean;
    a.left_clean += b.left_clean;
    for i in 0..6 {
        for j in 0..3 {
            a.letters[i][j] += b.letters[i][j];
        }
    }
}

#[test]
fn corpus_weak_flagged_and_clean_left_clean() {
    let mut out = String::new();
    let mut failed = Vec::new();
    let mut total = 0;
    let files = split_files();
    for split in ["dev", "heldout"] {
        let mut both = Tally::default();
        let mut both_info = Tally::default();
        let mut misses = Vec::new();
        for lang in ["en", "fr"] {
            let mut tally = Tally::default();
            let mut tally_info = Tally::default();
            for &(_, batch, _, text) in files.iter().filter(|f| f.0 == split && f.2 == lang) {
                let blocks = parse(&format!("{split}{batch}-{lang}"), text);
                total += blocks.len();
                let mut batch_tally = Tally::default();
                let mut batch_info = Tally::default();
                for block in &blocks {
                    let found = judge(block);
                    batch_tally.add(block, &found.strict, found.any_warning);
                    batch_info.add(block, &found.with_info, found.any_warning);
                    let expected: Vec<&str> = block.labels.iter().copied().collect();
                    let got: Vec<&str> = found.strict.iter().copied().collect();
                    let wrong = if block.labels.is_empty() {
                        found.any_warning
                    } else {
                        expected != got
                    };
                    let all = std::env::var("GOALIE_CORPUS_MISSES").is_ok_and(|v| v == "all");
                    if (wrong || all) && split == "dev" {
                        let tag = if !wrong {
                            "agreed"
                        } else if block.labels.is_empty() {
                            "not clean"
                        } else if block.labels.iter().any(|l| found.with_info.contains(l)) {
                            "partial"
                        } else {
                            "missed"
                        };
                        misses.push(format!(
                            "  {tag:9} {} expected [{}] found [{}] codes {}  — {}",
                            block.id,
                            expected.join(" "),
                            got.join(" "),
                            found.codes.join(","),
                            block.why
                        ));
                    }
                }
                report(
                    &mut out,
                    &format!("{split} {lang}, batch {batch} only (info-level counted)"),
                    &batch_info,
                );
                merge(&mut tally, &batch_tally);
                merge(&mut tally_info, &batch_info);
            }
            if tally.weak + tally.clean == 0 {
                continue;
            }
            report(&mut out, &format!("{split} {lang}"), &tally);
            report(
                &mut out,
                &format!("{split} {lang} (info-level counted)"),
                &tally_info,
            );
            // Detections count info-level findings (docs/corpus.md says
            // why); "left clean" counts warnings and errors only.
            let weak = ratio(tally_info.flagged, tally_info.weak);
            let clean = ratio(tally.left_clean, tally.clean);
            if weak < WEAK_FLAGGED {
                failed.push(format!("{split} {lang}: weak flagged"));
            }
            if clean < CLEAN_LEFT_CLEAN {
                failed.push(format!("{split} {lang}: clean left clean"));
            }
            if weak < WEAK_FLAGGED || clean < CLEAN_LEFT_CLEAN {
                let _ = writeln!(
                    out,
                    "{split} {lang}: below the target of {:.0} % flagged and {:.0} % left clean",
                    WEAK_FLAGGED * 100.0,
                    CLEAN_LEFT_CLEAN * 100.0
                );
            }
            merge(&mut both, &tally);
            merge(&mut both_info, &tally_info);
        }
        if both.weak + both.clean == 0 {
            continue;
        }
        report(&mut out, &format!("{split} both languages"), &both);
        report(
            &mut out,
            &format!("{split} both languages (info-level counted)"),
            &both_info,
        );
        if !misses.is_empty() && std::env::var("GOALIE_CORPUS_MISSES").is_ok() {
            let _ = writeln!(out, "{split} disagreements:\n{}", misses.join("\n"));
        }
    }
    println!("{out}");
    assert!(total > 0, "the corpus is empty");
    assert!(failed.is_empty(), "below the thresholds: {failed:?}");
}

#[test]
fn block_files_parse_with_their_labels() {
    let text = "=== en-x-001 | S M | why: no number\nobjective a: Be better\n  owner: @jo\n=== en-x-002 | clean | why: fine\nkr b: Win 3 clients\n";
    let blocks = parse("t", text);
    assert_eq!(blocks.len(), 2);
    assert_eq!(blocks[0].labels, BTreeSet::from(["S", "M"]));
    assert_eq!(blocks[0].text, "objective a: Be better\n  owner: @jo\n");
    assert!(blocks[1].labels.is_empty());
    assert_eq!(blocks[1].why, "fine");
}
