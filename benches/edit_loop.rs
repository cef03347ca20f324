//! The editor's path for instruction counts (`valgrind --tool=callgrind`,
//! steady on a busy machine where timings are not): a generated one-file
//! workspace, then N times one character typed into (or taken out of) the
//! middle log line followed by the diagnostics.
//!
//! `cargo run --release --example edit_loop -- [SIZE] [N] [keep]`: SIZE as
//! for `generate` (`100000`, or `100000n` for log lines with sentences), N
//! edits (default 10); `keep` holds the last analysis while editing, as a
//! language server that caches it does (the edit then copies the file's
//! log lines, which the analysis shares).

#[path = "support/generate.rs"]
mod generate;

use goalie::analysis::Workspace;
use goalie::config::Settings;

fn main() {
    let mut args = std::env::args().skip(1);
    let (size, notes) = args
        .next()
        .map_or(Some((100_000, generate::Notes::Few)), |a| {
            generate::parse_size(&a)
        })
        .expect("a size: 100000 or 100000n");
    let edits: usize = args
        .next()
        .map_or(10, |n| n.parse().expect("a number of edits"));
    let text = generate::single_file_with(size, 42, notes);
    let (y, m, d) = generate::TODAY;
    let today = jiff::civil::date(y, m, d);
    let settings = Settings::default();
    let mut ws = Workspace::new();
    let id = ws.add_file("bench.goals", text.clone());
    let mid = text.len() / 2;
    let at = mid + text[mid..].find('\n').expect("a line break");
    let keep = args.next().is_some_and(|a| a == "keep");
    let mut kept = None;
    let mut found = 0;
    for i in 0..edits {
        if i % 2 == 0 {
            ws.edit(id, at..at, "7");
        } else {
            ws.edit(id, at..at + 1, "");
        }
        let analysis = ws.analyze_with(today, &settings);
        found += analysis.diagnostics.len();
        if keep {
            kept = Some(analysis);
        }
    }
    drop(kept);
    println!("{found} diagnostics in {edits} analyses");
}
