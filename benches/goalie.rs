//! `cargo bench`: parse, full check (analysis), status (progress), fmt, and
//! the incremental edit path, on generated workspaces of 1k, 10k, 100k and
//! 1M log lines in one file (see `support/generate.rs`).

#[path = "support/generate.rs"]
mod generate;

use divan::{Bencher, black_box};
use goalie::analysis::Workspace;
use goalie::config::Settings;

const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];

fn today() -> jiff::civil::Date {
    let (y, m, d) = generate::TODAY;
    jiff::civil::date(y, m, d)
}

fn text(size: usize) -> String {
    generate::single_file(size, 42)
}

/// Log lines with sentences, as people write them: 100,000 lines = 9.0 MB.
fn noted(size: usize) -> String {
    generate::single_file_with(size, 42, generate::Notes::Many)
}

fn main() {
    divan::main();
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn parse(bencher: Bencher, size: usize) {
    let text = text(size);
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| goalie::syntax::parse(black_box(&text)));
}

/// What `goalie check` does once the file is read: parse, lower, resolve,
/// run the rules.
#[divan::bench(args = SIZES, sample_count = 10)]
fn check(bencher: Bencher, size: usize) {
    bench_check(bencher, text(size));
}

/// [`check`] on log lines with sentences (about 90 bytes a line).
#[divan::bench(args = [100_000], sample_count = 10)]
fn check_noted(bencher: Bencher, size: usize) {
    bench_check(bencher, noted(size));
}

/// Adds the file to a new workspace and analyses it, each iteration.
fn bench_check(bencher: Bencher, text: String) {
    let settings = Settings::default();
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| {
            let mut ws = Workspace::new();
            ws.add_file("bench.goals", text.clone());
            ws.analyze_with(today(), &settings).diagnostics.len()
        });
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn status(bencher: Bencher, size: usize) {
    let mut ws = Workspace::new();
    ws.add_file("bench.goals", text(size));
    let analysis = ws.analyze(today());
    let options = goalie::progress::Options::default();
    bencher.bench(|| goalie::progress::compute(black_box(&analysis.model), today(), &options));
}

/// Hostile shapes: one objective with `size` key results (progress, its
/// rendering and JSON), and a `parent:` loop of `size` objectives (the
/// whole analysis). Each should grow linearly: ten times the size, about
/// ten times the time.
fn wide_objective(size: usize) -> String {
    let mut text = String::from("objective o: Grow revenue in France\n  period: 2026\n");
    for i in 0..size {
        text.push_str(&format!(
            "  kr k{i}: Sign {i} new customers in Lyon\n    metric: 0 -> 20 customers\n"
        ));
    }
    for i in (0..size).step_by(10) {
        text.push_str(&format!("2026-03-01 k{i} 4\n"));
    }
    text
}

#[divan::bench(args = [10_000, 100_000], sample_count = 5)]
fn status_wide_objective(bencher: Bencher, size: usize) {
    let mut ws = Workspace::new();
    ws.add_file("bench.goals", wide_objective(size));
    let analysis = ws.analyze(today());
    let options = goalie::progress::Options::default();
    bencher.bench(|| {
        let progress = goalie::progress::compute(black_box(&analysis.model), today(), &options);
        let mut out = Vec::new();
        goalie::cli::write_status_json(&mut out, &progress).unwrap();
        goalie::cli::write_status_text(
            &mut out,
            &progress,
            goalie::i18n::Lang::En,
            goalie::cli::Style { color: false },
        )
        .unwrap();
        out.len()
    });
}

#[divan::bench(args = [1_000, 10_000], sample_count = 5)]
fn check_parent_cycle(bencher: Bencher, size: usize) {
    let mut text = String::new();
    for i in 0..size {
        let next = (i + 1) % size;
        text.push_str(&format!(
            "objective o{i}: Grow revenue in region {i}\n  parent: o{next}\n"
        ));
    }
    bench_check(bencher, text);
}

#[divan::bench(args = SIZES, sample_count = 10)]
fn fmt(bencher: Bencher, size: usize) {
    let text = text(size);
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| goalie::format::format(black_box(&text)));
}

/// The language server's building block: one keystroke in a 100k-line
/// file (a digit typed into a log line's value, then taken back), then the
/// diagnostics. `noted` is the file with sentences on its log lines.
#[divan::bench(args = ["short", "noted"], sample_count = 20)]
fn edit_then_analyze(bencher: Bencher, notes: &str) {
    let text = if notes == "noted" {
        noted(100_000)
    } else {
        text(100_000)
    };
    let mut ws = Workspace::new();
    let id = ws.add_file("bench.goals", text.clone());
    let settings = Settings::default();
    // The middle log line's last byte before its line break.
    let mid = text.len() / 2;
    let at = mid + text[mid..].find('\n').expect("a line break");
    let mut typed = false;
    bencher.bench_local(|| {
        if typed {
            ws.edit(id, at..at + 1, "");
        } else {
            ws.edit(id, at..at, "7");
        }
        typed = !typed;
        ws.analyze_with(today(), &settings).diagnostics.len()
    });
}
