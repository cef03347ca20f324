//! `--help` and the man pages in the reader's language: the clap
//! definitions give the structure (and the English doc comments clap
//! needs at compile time), `locales/<lang>/help.ftl` the words, applied
//! when the command line is built. Ids follow the command tree:
//! `help-goalie` (the program), `help-check` (a command's one-line
//! about), `help-check-long` (its paragraph), `help-check-arg-fix` (an
//! option), `help-heading-*` (clap's own headings). Completions are built
//! from the bare definitions and are unaffected.

use clap::{Arg, Command};

use crate::i18n::catalogue::lookup;
use crate::i18n::{Lang, msg};

/// `cmd` with its help in `lang`; what the catalogue lacks keeps the doc
/// comment's English. The command is built first, so that clap's own
/// `--help`, `--version` and `help` command are there to be worded too.
pub fn localized(mut cmd: Command, lang: Lang) -> Command {
    cmd.build();
    walk(cmd, "goalie", lang.tag(), true)
}

fn walk(mut cmd: Command, path: &str, tag: &str, root: bool) -> Command {
    let text = |id: String| lookup(&id, tag);
    let about_id = if root {
        "help-goalie".to_string()
    } else {
        format!("help-{path}")
    };
    if cmd.has_subcommands()
        && let Some(name) = text("help-value-command".into())
    {
        cmd = cmd.subcommand_value_name(name);
    }
    if let Some(about) = text(about_id) {
        cmd = cmd.about(about);
        // A paragraph the language lacks would be English under a
        // translated line: show the line alone then.
        cmd = match text(format!("help-{path}-long")) {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(None),
        };
    }
    let layout = template(&cmd, tag);
    cmd = cmd.help_template(layout);
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |arg| worded(arg, path, tag));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = format!("{path}-{name}").replace("goalie-", "");
        cmd = cmd.mut_subcommand(&name, |sub| {
            if path == "help" {
                // `goalie help check`: the commands `help` names, whose
                // one line is the command's own.
                match text(format!("help-{name}")) {
                    Some(about) => sub.about(about),
                    None => sub,
                }
            } else {
                walk(sub, &sub_path, tag, false)
            }
        });
    }
    cmd
}

/// clap's layout with the language's headings: usage, then the arguments,
/// the options and the commands a command has.
fn template(cmd: &Command, tag: &str) -> String {
    let text = |id: &str| lookup(id, tag).unwrap_or_default();
    let mut out = format!(
        "{{about-with-newline}}\n{} {{usage}}",
        text("help-heading-usage")
    );
    let shown = |a: &&Arg| !a.is_hide_set();
    if cmd.get_positionals().any(|a| shown(&a)) {
        out += &format!("\n\n{}\n{{positionals}}", text("help-heading-arguments"));
    }
    if cmd.get_arguments().any(|a| !a.is_positional() && shown(&a)) {
        out += &format!("\n\n{}\n{{options}}", text("help-heading-options"));
    }
    if cmd.has_subcommands() {
        out += &format!("\n\n{}\n{{subcommands}}", text("help-heading-commands"));
    }
    out + "{after-help}"
}

/// `arg` with its help from the catalogue (`help-PATH-arg-ID`, else the
/// shared `help-arg-ID`), and clap's English additions — default value,
/// possible values and their help — worded by the catalogue instead.
fn worded(arg: Arg, path: &str, tag: &str) -> Arg {
    let text = |id: String| lookup(&id, tag);
    let dashed = arg.get_id().as_str().replace('_', "-");
    let Some(mut help) =
        text(format!("help-{path}-arg-{dashed}")).or_else(|| text(format!("help-arg-{dashed}")))
    else {
        return arg;
    };
    let takes_values = arg.get_num_args().is_some_and(|n| n.takes_values());
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let m = msg!(help_default, value = defaults.join(" "));
        help = format!("{help} {}", m.render_in(tag));
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    if takes_values && !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
        if values.iter().any(|v| v.get_help().is_some()) {
            help += "\n\n";
            help += &msg!(help_possible_values_heading).render_in(tag);
            for name in names {
                let value_help = text(format!("help-{path}-arg-{dashed}-{name}"))
                    .or_else(|| text(format!("help-arg-{dashed}-{name}")))
                    .unwrap_or_default();
                help += "\n";
                help += &msg!(help_possible_value, value = name, help = value_help).render_in(tag);
            }
        } else {
            let m = msg!(help_possible_values, values = names.join(", "));
            help = format!("{help} {}", m.render_in(tag));
        }
    }
    arg.help(help)
        .long_help(None)
        .hide_default_value(true)
        .hide_possible_values(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// The ids a command's help may read: `(id, needed)`, where a needed
    /// id is one the English catalogue must hold (every command, option
    /// and possible value with a help of its own); the shared
    /// `help-arg-ID` and the per-command form are alternatives.
    fn help_ids() -> Vec<(Vec<String>, bool)> {
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        let mut ids = vec![(vec!["help-goalie".to_string()], true)];
        fn collect(cmd: &Command, path: &str, ids: &mut Vec<(Vec<String>, bool)>) {
            for arg in cmd.get_arguments() {
                let dashed = arg.get_id().as_str().replace('_', "-");
                let forms = |suffix: &str| {
                    vec![
                        format!("help-{path}-arg-{dashed}{suffix}"),
                        format!("help-arg-{dashed}{suffix}"),
                    ]
                };
                ids.push((forms(""), !arg.is_hide_set()));
                for value in arg.get_possible_values() {
                    let needed = value.get_help().is_some();
                    ids.push((forms(&format!("-{}", value.get_name())), needed));
                }
            }
            for sub in cmd.get_subcommands() {
                let sub_path = format!("{path}-{}", sub.get_name()).replace("goalie-", "");
                if path == "help" {
                    continue; // `help check` reads `help-check`
                }
                ids.push((vec![format!("help-{sub_path}")], true));
                ids.push((vec![format!("help-{sub_path}-long")], false));
                collect(sub, &sub_path, ids);
            }
        }
        collect(&cmd, "goalie", &mut ids);
        ids
    }

    /// Every `help-*` id names a real command or option: a renamed option
    /// cannot leave its translation behind unseen.
    #[test]
    fn help_ids_name_real_commands_and_options() {
        let known: Vec<String> = help_ids().into_iter().flat_map(|(ids, _)| ids).collect();
        let words = [
            "help-default",
            "help-possible-values",
            "help-possible-values-heading",
            "help-possible-value",
        ];
        let stale: Vec<String> = crate::i18n::catalogue::ids_in("en", "help.ftl")
            .into_iter()
            .filter(|id| {
                !id.starts_with("help-heading-")
                    && !id.starts_with("help-man-section-")
                    && !id.starts_with("help-value-")
                    && !words.contains(&id.as_str())
                    && !known.contains(id)
            })
            .collect();
        assert!(stale.is_empty(), "help ids for nothing: {stale:?}");
    }

    /// Every command, option and possible value is worded by the
    /// catalogue, so a language's `help.ftl` words all of `--help`.
    #[test]
    fn every_command_and_option_has_its_words() {
        let missing: Vec<String> = help_ids()
            .into_iter()
            .filter(|(ids, needed)| *needed && !ids.iter().any(|id| lookup(id, "en").is_some()))
            .map(|(ids, _)| ids[0].clone())
            .collect();
        assert!(
            missing.is_empty(),
            "no help text in locales/en/help.ftl: {missing:?}"
        );
    }

    #[test]
    fn french_help_is_french() {
        let mut cmd = localized(crate::cli::Cli::command(), Lang::Fr);
        let help = cmd.render_help().to_string();
        assert!(help.contains("Utilisation :"), "{help}");
        assert!(help.contains("Vérifier les fichiers .goals"), "{help}");
        assert!(help.contains("Afficher l'aide"), "{help}");
        assert!(help.contains("Commandes :"), "{help}");
        // Words as they read, whatever the width they were wrapped at.
        let flat = |help: String| help.split_whitespace().collect::<Vec<_>>().join(" ");
        let check = cmd.find_subcommand_mut("check").unwrap();
        let help = flat(check.render_long_help().to_string());
        assert!(help.contains("Options :"), "{help}");
        assert!(help.contains("Arguments :"), "{help}");
        assert!(help.contains("Langue des messages"), "{help}");
        assert!(
            help.contains("[valeurs possibles : error, warning, info]"),
            "{help}"
        );
        assert!(help.contains("[par défaut : error]"), "{help}");
        assert!(help.contains("- sarif : SARIF 2.1.0, pour"), "{help}");
        let mut english = localized(crate::cli::Cli::command(), Lang::En);
        let help = english.render_help().to_string();
        assert!(
            help.contains("Check .goals files and report problems"),
            "{help}"
        );
        assert!(help.contains("Usage:"), "{help}");
        let check = english.find_subcommand_mut("check").unwrap();
        let help = flat(check.render_long_help().to_string());
        assert!(help.contains("Options:"), "{help}");
        assert!(
            help.contains("[possible values: error, warning, info]"),
            "{help}"
        );
        assert!(help.contains("[default: error]"), "{help}");
    }
}
