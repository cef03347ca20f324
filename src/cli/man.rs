//! `goalie man`: roff man pages generated from the clap definitions, one
//! for `goalie` and one per command (`goalie-check.1`…), as git does.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::i18n::Message;

#[derive(clap::Args, Debug)]
pub struct ManArgs {
    /// Folder to write the pages in [default: .]; created when missing.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Language of messages.
    #[arg(long, value_name = "LANG", value_parser = ["en", "fr"])]
    lang: Option<String>,
}

pub fn run(args: ManArgs) -> ExitCode {
    let lang = super::resolve_lang(args.lang.as_deref());
    let out = args.out.unwrap_or_else(|| PathBuf::from("."));
    match write_pages(&out) {
        Ok(names) => {
            let m = Message::new(
                format!("{} man pages written to {}", names.len(), out.display()),
                format!(
                    "{} pages de manuel écrites dans {}",
                    names.len(),
                    out.display()
                ),
            );
            println!("{}", m.get(lang));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let m = Message::new(
                format!("error: cannot write man pages to {}: {e}", out.display()),
                format!(
                    "erreur : impossible d'écrire les pages de manuel dans {} : {e}",
                    out.display()
                ),
            );
            eprintln!("{}", m.get(lang));
            ExitCode::from(2)
        }
    }
}

/// Writes every page and returns their file names.
fn write_pages(out: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(out)?;
    let cmd = super::Cli::command();
    let mut names = Vec::new();
    let mut write = |name: String, title: String, page: clap::Command| -> std::io::Result<()> {
        let mut bytes = Vec::new();
        clap_mangen::Man::new(page)
            .title(title)
            .render(&mut bytes)?;
        crate::host::write_atomically(&out.join(&name), &bytes)?;
        names.push(name);
        Ok(())
    };
    write("goalie.1".to_string(), "goalie".to_string(), cmd.clone())?;
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        // The page's title names the command as people type it.
        let full = format!("goalie-{}", sub.get_name());
        let page = sub
            .clone()
            .bin_name(format!("goalie {}", sub.get_name()))
            .version(env!("CARGO_PKG_VERSION"))
            .display_name(full.clone());
        write(format!("{full}.1"), full, page)?;
    }
    Ok(names)
}
