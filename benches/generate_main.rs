//! Writes generated workspaces for `scripts/bench.sh`:
//! `cargo run --release --example generate -- OUT_DIR [SIZE...]` writes, for
//! each size of log lines (default: 1000 10000 100000 1000000),
//! `OUT_DIR/SIZE.goals` (one file) and `OUT_DIR/SIZE/` (a plan per language
//! and a log file per year). Deterministic: seed 42.

#[path = "support/generate.rs"]
mod generate;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/bench-data".into()));
    let sizes: Vec<usize> = args
        .map(|a| a.parse().expect("a number of log lines"))
        .collect();
    let sizes = if sizes.is_empty() {
        generate::SIZES.to_vec()
    } else {
        sizes
    };
    for size in sizes {
        let dir = out.join(size.to_string());
        std::fs::create_dir_all(&dir)?;
        for (name, text) in generate::workspace(size, 42) {
            std::fs::write(dir.join(name), text)?;
        }
        std::fs::write(
            out.join(format!("{size}.goals")),
            generate::single_file(size, 42),
        )?;
        eprintln!("wrote {}", out.join(size.to_string()).display());
    }
    Ok(())
}
