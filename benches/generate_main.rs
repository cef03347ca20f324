//! Writes generated workspaces for `scripts/bench.sh`:
//! `cargo run --release --example generate -- OUT_DIR [SIZE...]` writes, for
//! each size of log lines (default: 1000 10000 100000 1000000),
//! `OUT_DIR/SIZE.goals` (one file) and `OUT_DIR/SIZE/` (a plan per language
//! and a log file per year). Deterministic: seed 42. A size ending in `n`
//! (`100000n`) has a sentence on most log lines (about 90 bytes a line, as
//! in a log people keep) instead of a short note on one line in five.

#[path = "support/generate.rs"]
mod generate;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/bench-data".into()));
    let sizes: Vec<String> = args.collect();
    let sizes = if sizes.is_empty() {
        generate::SIZES.iter().map(|s| s.to_string()).collect()
    } else {
        sizes
    };
    for arg in sizes {
        let (size, notes) = generate::parse_size(&arg)
            .expect("a number of log lines, with `n` at the end for many notes");
        let dir = out.join(&arg);
        std::fs::create_dir_all(&dir)?;
        for (name, text) in generate::workspace_with(size, 42, notes) {
            std::fs::write(dir.join(name), text)?;
        }
        std::fs::write(
            out.join(format!("{arg}.goals")),
            generate::single_file_with(size, 42, notes),
        )?;
        eprintln!("wrote {}", dir.display());
    }
    Ok(())
}
