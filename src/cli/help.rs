//! `--help` and the man pages in the reader's language: the clap
//! definitions give the structure (and the English doc comments clap
//! needs at compile time), `locales/<lang>/help.ftl` the words, applied
//! when the command line is built. Ids follow the command tree:
//! `help-goalie` (the program), `help-check` (a command's one-line
//! about), `help-check-long` (its paragraph), `help-check-arg-fix` (an
//! option), `help-heading-*` (clap's own headings). Completions are built
//! from the bare definitions and are unaffected.

use clap::{Arg, ArgAction, Command};

use crate::i18n::Lang;
use crate::i18n::catalogue::lookup;

/// `cmd` with its help in `lang`; what the catalogue lacks keeps the doc
/// comment's English.
pub fn localized(cmd: Command, lang: Lang) -> Command {
    let tag = lang.tag();
    let text = |id: &str| lookup(id, tag);
    let version = text("help-heading-version");
    let cmd = walk(cmd, "goalie", tag, true);
    match version {
        Some(help) => cmd.disable_version_flag(true).arg(with_heading(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(help),
            text("help-heading-options"),
        )),
        None => cmd,
    }
}

fn with_heading(arg: Arg, heading: Option<String>) -> Arg {
    match heading {
        Some(heading) => arg.help_heading(heading),
        None => arg,
    }
}

fn walk(mut cmd: Command, path: &str, tag: &str, root: bool) -> Command {
    let text = |id: String| lookup(&id, tag);
    let about_id = if root {
        "help-goalie".to_string()
    } else {
        format!("help-{path}")
    };
    if let Some(about) = text(about_id) {
        cmd = cmd.about(about);
        // A paragraph the language lacks would be English under a
        // translated line: show the line alone then.
        cmd = match text(format!("help-{path}-long")) {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(None),
        };
    }
    let options = text("help-heading-options".into());
    let arguments = text("help-heading-arguments".into());
    if let Some(heading) = text("help-heading-commands".into()) {
        cmd = cmd.subcommand_help_heading(heading);
    }
    if let (Some(usage), Some(_)) = (text("help-heading-usage".into()), &options) {
        cmd = cmd.help_template(format!(
            "{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ));
    }
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        // An option shared by several commands (`--lang`) is worded once.
        let dashed = id.replace('_', "-");
        let help = text(format!("help-{path}-arg-{dashed}"))
            .or_else(|| text(format!("help-arg-{dashed}")));
        let heading = if positional {
            arguments.clone()
        } else {
            options.clone()
        };
        cmd = cmd.mut_arg(&id, |mut arg| {
            if let Some(help) = help {
                arg = arg.help(help).long_help(None);
            }
            if positional {
                arg
            } else {
                with_heading(arg, heading)
            }
        });
    }
    if let Some(help) = text("help-heading-help".into()) {
        cmd = cmd.disable_help_flag(true).arg(with_heading(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(help),
            options.clone(),
        ));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path}-{name}").replace("goalie-", "");
        cmd = cmd.mut_subcommand(&name, |sub| walk(sub, &sub_path, tag, false));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every `help-*` id names a real command or option: a renamed option
    /// cannot leave its translation behind unseen.
    #[test]
    fn help_ids_name_real_commands_and_options() {
        let cmd = crate::cli::Cli::command();
        let mut known = vec!["help-goalie".to_string()];
        fn collect(cmd: &Command, path: &str, known: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let dashed = arg.get_id().as_str().replace('_', "-");
                known.push(format!("help-{path}-arg-{dashed}"));
                known.push(format!("help-arg-{dashed}"));
            }
            for sub in cmd.get_subcommands() {
                let sub_path = format!("{path}-{}", sub.get_name()).replace("goalie-", "");
                known.push(format!("help-{sub_path}"));
                known.push(format!("help-{sub_path}-long"));
                collect(sub, &sub_path, known);
            }
        }
        collect(&cmd, "goalie", &mut known);
        let stale: Vec<String> = crate::i18n::catalogue::ids_in("en", "help.ftl")
            .into_iter()
            .filter(|id| !id.starts_with("help-heading-") && !known.contains(id))
            .collect();
        assert!(stale.is_empty(), "help ids for nothing: {stale:?}");
    }

    #[test]
    fn french_help_is_french() {
        let mut cmd = localized(crate::cli::Cli::command(), Lang::Fr);
        let help = cmd.render_help().to_string();
        assert!(help.contains("Utilisation :"), "{help}");
        assert!(help.contains("Vérifier les fichiers .goals"), "{help}");
        assert!(help.contains("Afficher l'aide"), "{help}");
        let check = cmd.find_subcommand_mut("check").unwrap();
        let help = check.render_help().to_string();
        assert!(help.contains("Options:"), "{help}");
        assert!(help.contains("Langue des messages"), "{help}");
        let mut english = localized(crate::cli::Cli::command(), Lang::En);
        let help = english.render_help().to_string();
        assert!(
            help.contains("Check .goals files and report problems"),
            "{help}"
        );
        assert!(help.contains("Usage:"), "{help}");
    }
}
