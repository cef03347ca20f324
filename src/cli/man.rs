//! `goalie man`: roff man pages generated from the clap definitions, one
//! for `goalie` and one per command (`goalie-check.1`…), as git does.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;

use crate::i18n::{Lang, msg};

#[derive(clap::Args, Debug)]
pub struct ManArgs {
    /// Folder to write every page in (goalie.1 and one goalie-COMMAND.1 per
    /// command); created when missing. Without it, goalie.1 is printed on
    /// stdout.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Language of messages.
    #[arg(long, value_name = "LANG", value_parser = super::languages())]
    lang: Option<String>,
}

pub fn run(args: ManArgs) -> ExitCode {
    let lang = super::resolve_lang(args.lang.as_deref());
    // Without a folder, the main page goes where `man -l -` or a pager can
    // read it, rather than a dozen files into the current folder.
    let Some(out) = args.out else {
        return match pages(lang).into_iter().next() {
            Some(Ok((_, bytes))) => super::emit_then(bytes, ExitCode::SUCCESS),
            Some(Err(e)) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
            None => ExitCode::from(2),
        };
    };
    match write_pages(&out, lang) {
        Ok(names) => {
            let m = msg!(
                cli_man_pages_written,
                len = names.len().to_string(),
                path = out.display().to_string()
            );
            super::emit_then(format!("{}\n", m.render(lang)), ExitCode::SUCCESS)
        }
        Err(e) => {
            let m = msg!(
                cli_error_cannot_write_man,
                path = out.display().to_string(),
                error = e.to_string()
            );
            eprintln!("{}", m.render(lang));
            ExitCode::from(2)
        }
    }
}

/// Writes every page and returns their file names.
fn write_pages(out: &Path, lang: Lang) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(out)?;
    let mut names = Vec::new();
    for page in pages(lang) {
        let (name, bytes) = page?;
        crate::host::write_atomically(&out.join(&name), &bytes)?;
        names.push(name);
    }
    Ok(names)
}

/// clap_mangen titles its sections in English: the page's section
/// headers (`.SH NAME`) worded in `lang` instead.
fn sections_in(page: Vec<u8>, lang: Lang) -> Vec<u8> {
    let sections = [
        ("NAME", msg!(help_man_section_name)),
        ("SYNOPSIS", msg!(help_man_section_synopsis)),
        ("DESCRIPTION", msg!(help_man_section_description)),
        ("OPTIONS", msg!(help_man_section_options)),
        ("SUBCOMMANDS", msg!(help_man_section_commands)),
        ("VERSION", msg!(help_man_section_version)),
    ];
    let text = String::from_utf8_lossy(&page);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let header = line.strip_prefix(".SH ").map(str::trim_end);
        match sections.iter().find(|(name, _)| Some(*name) == header) {
            Some((_, words)) => {
                out.push_str(".SH ");
                out.push_str(&words.render(lang));
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
}

/// Every page, `goalie.1` first, with its file name, in `lang`.
fn pages(lang: Lang) -> Vec<std::io::Result<(String, Vec<u8>)>> {
    let cmd = super::help::localized(super::Cli::command(), lang);
    let source = format!("goalie {}", env!("CARGO_PKG_VERSION"));
    let render = |name: String, title: String, page: clap::Command| {
        let mut bytes = Vec::new();
        clap_mangen::Man::new(page)
            .title(title)
            .source(source.clone())
            .render(&mut bytes)
            .map(|()| (name, sections_in(bytes, lang)))
    };
    let mut pages = vec![render(
        "goalie.1".to_string(),
        "goalie".to_string(),
        cmd.clone(),
    )];
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        // The page's title names the command as people type it. No
        // version on the command itself: a subcommand takes no
        // `--version`, so its synopsis must not offer one.
        let full = format!("goalie-{}", sub.get_name());
        let page = sub
            .clone()
            .bin_name(format!("goalie {}", sub.get_name()))
            .display_name(full.clone());
        pages.push(render(format!("{full}.1"), full, page));
    }
    pages
}
