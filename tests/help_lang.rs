//! `--help` in the reader's language, whole: every command's help in
//! French holds no English sentence (clap's own headings, defaults and
//! possible values included).

mod common;

use common::goalie;

/// The commands `goalie --help` lists, `help` included.
fn commands() -> Vec<String> {
    let out = goalie().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let (_, list) = help.split_once("Commands:\n").expect("a Commands: heading");
    let names: Vec<String> = list
        .lines()
        .filter_map(|l| l.strip_prefix("  "))
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect();
    assert!(names.len() >= 13, "{names:?}");
    names
}

fn help(args: &[&str], lang: &str) -> String {
    let out = goalie()
        .args(args)
        .env("GOALIE_LANG", lang)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// What is left of a line once its tokens are taken out: option names
/// (`--format`, `-h`), value names (`<DATE>`, `[PATHS]...`), words in
/// capitals or backquotes, file names and the possible values of an
/// option (`text`, `json`).
fn words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.;:()[]".contains(c)))
        .filter(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            letters >= 3
                && !w.starts_with('-')
                && !w.starts_with('<')
                && !w.starts_with('`')
                && !w.contains('.')
                && !w
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        })
        .map(str::to_string)
        .collect()
}

/// Every line the French help shares with the English one is tokens
/// only: a help text, heading or clap addition left in English fails
/// here, with its command and line.
#[test]
fn every_command_help_is_french_in_french() {
    let mut invocations: Vec<Vec<String>> = vec![vec!["--help".into()]];
    for command in commands() {
        if command == "help" {
            // `goalie help COMMAND` is `goalie COMMAND --help`.
            invocations.push(vec!["help".into(), "help".into()]);
            invocations.push(vec!["help".into(), "check".into()]);
            continue;
        }
        invocations.push(vec![command.clone(), "--help".into()]);
        invocations.push(vec![command, "-h".into()]);
    }
    let mut english_left = Vec::new();
    for args in &invocations {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let en = help(&args, "en");
        let fr = help(&args, "fr");
        assert_ne!(en, fr, "{args:?}");
        let en_lines: std::collections::HashSet<&str> = en.lines().map(str::trim).collect();
        for line in fr.lines().map(str::trim) {
            // Possible values are tokens: `- text : …` starts the same.
            if en_lines.contains(line) && words(line).len() >= 2 {
                english_left.push(format!("goalie {}: {line}", args.join(" ")));
            }
        }
    }
    assert!(
        english_left.is_empty(),
        "English left in the French help:\n{}",
        english_left.join("\n")
    );
}

/// The detector sees an English help line, and lets tokens through.
#[test]
fn the_detector_tells_sentences_from_tokens() {
    assert_eq!(words("--format <FORMAT>"), Vec::<String>::new());
    assert_eq!(words("[PATHS]..."), Vec::<String>::new());
    assert_eq!(words("-h, --help"), Vec::<String>::new());
    assert_eq!(words("Print help").len(), 2);
    assert_eq!(words("[default: auto]").len(), 2);
}

/// One command's whole help in French, as a person reads it.
#[test]
fn init_help_in_french() {
    insta::assert_snapshot!(help(&["init", "--help"], "fr"));
}

/// The man pages are worded the same way, section titles included.
#[test]
fn man_page_in_french() {
    let page = help(&["man", "--lang", "fr"], "fr");
    for section in [".SH NOM", ".SH SYNOPSIS", ".SH COMMANDES"] {
        assert!(page.contains(section), "{section}:\n{page}");
    }
    assert!(!page.contains(".SH NAME"), "{page}");
    assert!(!page.contains("Print help"), "{page}");
    let english = help(&["man", "--lang", "en"], "en");
    assert!(english.contains(".SH NAME"), "{english}");
}

/// A command line clap refuses is explained in the reader's language too,
/// with clap's suggestion, the usage and where to read more; exit code 2.
#[test]
fn usage_errors_in_french() {
    let refused = |args: &[&str], lang: &str| {
        let out = goalie()
            .args(args)
            .env("GOALIE_LANG", lang)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(
        refused(&["chek"], "fr"),
        "erreur : commande inconnue 'chek'\n  astuce : une commande proche existe : 'check'\n\n\
         Utilisation : goalie <COMMANDE>\n\nPour en savoir plus, essayez '--help'.\n"
    );
    assert_eq!(
        refused(&["check", "--deny", "loud"], "fr"),
        "erreur : valeur 'loud' invalide pour '--deny <DENY>'\n  \
         valeurs possibles : 'error', 'warning' ou 'info'\n\n\
         Pour en savoir plus, essayez '--help'.\n"
    );
    assert_eq!(
        refused(&["check", "--today", "2026-13-01"], "fr"),
        "erreur : valeur '2026-13-01' invalide pour '--today <DATE>' : `2026-13-01` \
         n'est pas une date : il n'y a pas de mois 13\n\nPour en savoir plus, essayez '--help'.\n"
    );
    assert_eq!(
        refused(&["check", "--formt", "json"], "en"),
        "error: unexpected argument '--formt'\n  tip: a similar argument exists: '--format'\n\n\
         Usage: goalie check --format <FORMAT> [PATHS]...\n\nFor more information, try '--help'.\n"
    );
}
