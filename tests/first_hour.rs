//! The first hour of a new user, French or English, through the built
//! binary: what people type is forgiven, messages say exactly what to do,
//! and output fits where it is read (issue 17).

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn goalie() -> Command {
    let mut cmd = Command::cargo_bin("goalie").unwrap();
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "GOALIE_LANG", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    cmd.env_remove("COLUMNS").env_remove("GOALIE_CONFIG");
    cmd
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, content).unwrap();
    path
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// `check --format json` of one path: each diagnostic as
/// `line:column CODE message`.
fn check_json(path: &Path, lang: &str) -> Vec<String> {
    let out = goalie()
        .args([
            "check",
            "--format",
            "json",
            "--today",
            "2027-01-10",
            "--lang",
            lang,
        ])
        .arg(path)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{}:{} {} {}",
                d["line"],
                d["column"],
                d["code"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            )
        })
        .collect()
}

fn codes(diagnostics: &[String]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d.split(' ').nth(1).unwrap())
        .collect()
}

// ---- 1. Keywords in any case, every letter ------------------------------

const PLAN_FR: &str = "\
objectif croissance: Doubler le chiffre d'affaires de l'agence
  période: 2027-T1
  échéance: 2027-03-31
  responsable: @claire
  pourquoi: financer une deuxième embauche
  engagé
  résultat clé ventes: Signer 20 contrats
    métrique: 0 -> 20
activité appels: Appeler des prospects
  rythme: 20 par jour ouvré
  soutient: croissance
  début: 2027-01-04
2027-01-05 appels 18
2027-01-06 ventes 2
";

const PLAN_EN: &str = "\
objective growth: Double the agency's revenue
  period: 2027-Q1
  due: 2027-03-31
  owner: @sam
  why: pay for a second hire
  committed
  key result deals: Sign 20 contracts
    metric: 0 -> 20
activity calls: Call prospects
  target: 20 per weekday
  supports: growth
  start: 2027-01-04
2027-01-05 calls 18
2027-01-06 deals 2
";

/// Upper-cases the keyword at the start of each line that is not a log line.
fn shout(plan: &str, keywords: &[&str]) -> String {
    plan.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            match keywords.iter().find(|k| trimmed.starts_with(*k)) {
                Some(k) => format!("{indent}{}{}\n", k.to_uppercase(), &trimmed[k.len()..]),
                None => format!("{line}\n"),
            }
        })
        .collect()
}

#[test]
fn keywords_in_capitals_parse_like_their_lower_case_spellings() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, plan, keywords, capitalised) in [
        (
            "fr",
            PLAN_FR,
            &[
                "objectif",
                "période",
                "échéance",
                "responsable",
                "pourquoi",
                "engagé",
                "résultat clé",
                "métrique",
                "activité",
                "rythme",
                "soutient",
                "début",
            ][..],
            "Objectif",
        ),
        (
            "en",
            PLAN_EN,
            &[
                "objective",
                "period",
                "due",
                "owner",
                "why",
                "committed",
                "key result",
                "metric",
                "activity",
                "target",
                "supports",
                "start",
            ][..],
            "Objective",
        ),
    ] {
        let lower = write(dir.path(), &format!("{lang}/lower.goals"), plan);
        let upper_text = shout(plan, keywords);
        assert!(
            upper_text.contains(&keywords[1].to_uppercase()),
            "{upper_text}"
        );
        let upper = write(dir.path(), &format!("{lang}/upper.goals"), &upper_text);
        let mixed = write(
            dir.path(),
            &format!("{lang}/mixed.goals"),
            &plan.replacen(&capitalised.to_lowercase(), capitalised, 1),
        );
        let expected = check_json(&lower, lang);
        assert!(
            !codes(&expected).iter().any(|c| c.starts_with('E')),
            "{expected:#?}"
        );
        assert_eq!(check_json(&upper, lang), expected, "{upper_text}");
        assert_eq!(check_json(&mixed, lang), expected);

        // What was logged under the capitalised activity still counts.
        let status = |path: &Path| {
            let out = goalie()
                .args([
                    "status",
                    "--format",
                    "json",
                    "--today",
                    "2027-01-06",
                    "--lang",
                    lang,
                ])
                .arg(path)
                .output()
                .unwrap();
            serde_json::from_slice::<Value>(&out.stdout).unwrap()
        };
        assert_eq!(status(&upper), status(&lower));
    }
    // One accented capital among small letters is a capital too.
    let odd = write(
        dir.path(),
        "odd.goals",
        &PLAN_FR
            .replace("échéance:", "ÉchÉance:")
            .replace("résultat clé", "Résultat CLÉ")
            .replace("activité", "ACTIVITé"),
    );
    let lower = dir.path().join("fr/lower.goals");
    assert_eq!(check_json(&odd, "fr"), check_json(&lower, "fr"));
}

// ---- 3. Ids in several words ---------------------------------------------

#[test]
fn an_id_in_several_words_gets_one_diagnostic_proposing_one_word() {
    let dir = tempfile::tempdir().unwrap();
    let fr = write(
        dir.path(),
        "fr.goals",
        "\
objectif croissance: Doubler le chiffre d'affaires
  période: 2027-T1
  rc ventes signées: Signer 20 contrats
    métrique: 0 -> 20
  rc chiffre-d'affaires: Atteindre 50 000 €
    métrique: 0 -> 50 000 €
2027-01-05 ventes-signees 2
2027-01-06 chiffre-d-affaires 1 200
",
    );
    let errors = |path: &Path, lang: &str| -> Vec<String> {
        check_json(path, lang)
            .into_iter()
            .filter(|d| d.contains(" E"))
            .collect()
    };
    assert_eq!(
        errors(&fr, "fr"),
        [
            "3:6 E001 un identifiant s'écrit en un seul mot, sans espace ni apostrophe : écrivez `ventes-signees` au lieu de `ventes signées`, ici et dans ses lignes de journal",
            "5:6 E001 un identifiant s'écrit en un seul mot, sans espace ni apostrophe : écrivez `chiffre-d-affaires` au lieu de `chiffre-d'affaires`, ici et dans ses lignes de journal",
        ]
    );
    // The items exist under the proposed ids: their log lines count.
    let out = goalie()
        .args(["status", "--format", "json", "--today", "2027-01-10"])
        .arg(&fr)
        .output()
        .unwrap();
    let status = stdout(&out);
    assert!(status.contains("\"ventes-signees\""), "{status}");
    assert!(status.contains("\"chiffre-d-affaires\""), "{status}");

    let en = write(
        dir.path(),
        "en.goals",
        "\
objective growth: Grow the agency
  period: 2027-Q1
  kr signed deals: Sign 20 contracts
    metric: 0 -> 20
2027-01-05 signed deals 2
2027-01-06 signed-deals 3
",
    );
    let message = "an id is one word, without spaces or apostrophes: write `signed-deals` instead of `signed deals`, here and in its log lines";
    assert_eq!(
        errors(&en, "en"),
        [
            format!("3:6 E001 {message}"),
            format!("5:12 E001 {message}")
        ]
    );
}

// ---- 4. Ambiguous numbers in the user's language, each of them ------------

#[test]
fn ambiguous_numbers_are_each_reported_in_the_writing_of_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "plan.goals",
        "\
objective o: Grow the revenue of the agency
  period: 2027-Q1
  kr k: Reach the revenue of the new plan
    metric: 1,500 -> 2.500k
2027-01-05 k 1,000
",
    );
    let e008 = |lang: &str| -> Vec<String> {
        check_json(&path, lang)
            .into_iter()
            .filter(|d| d.contains(" E008 "))
            .collect()
    };
    assert_eq!(
        e008("en"),
        [
            "4:13 E008 `1,500` is ambiguous: write `1500` or `1.5`",
            "4:22 E008 `2.500k` is ambiguous: write `2500k` or `2.5k`",
            "5:14 E008 `1,000` is ambiguous: write `1000` or `1`",
        ]
    );
    assert_eq!(
        e008("fr"),
        [
            "4:13 E008 `1,500` est ambigu : écrivez `1 500` ou `1,5`",
            "4:22 E008 `2.500k` est ambigu : écrivez `2 500k` ou `2,5k`",
            "5:14 E008 `1,000` est ambigu : écrivez `1 000` ou `1`",
        ]
    );
}

// ---- 5. A byte-order mark -------------------------------------------------

#[test]
fn a_byte_order_mark_is_no_column_and_is_not_shown() {
    let dir = tempfile::tempdir().unwrap();
    let plan = "objectif o: Grandir\n  périod: 2027-T1\n";
    let plain = write(dir.path(), "plain.goals", plan);
    let bom = write(dir.path(), "bom.goals", &format!("\u{FEFF}{plan}"));
    let positions = |path: &Path| -> Vec<String> {
        check_json(path, "fr")
            .into_iter()
            .map(|d| d.split(' ').take(2).collect::<Vec<_>>().join(" "))
            .collect()
    };
    let expected = positions(&plain);
    assert!(expected.contains(&"1:10 O601".to_string()), "{expected:?}");
    assert_eq!(positions(&bom), expected);
    let out = goalie()
        .args(["check", "--today", "2027-01-10", "--lang", "fr"])
        .arg(&bom)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(!text.contains('\u{FEFF}'), "{text}");
    assert!(text.contains("bom.goals:1:10]"), "{text}");
    assert!(text.contains(" 1 │ objectif o: Grandir\n"), "{text}");
}

// ---- 6. check --fix says what it did, and adds nothing already written ----

#[test]
fn fix_names_each_change_and_never_adds_a_line_already_written() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, plan, expected_line, added) in [
        (
            "en",
            "objective growth: Double the agency's revenue\n  why: pay for a second hire\n",
            "plan.goals:1:11: T501 Add `period: 2027-Q1`",
            "objective growth: Double the agency's revenue\n  period: 2027-Q1\n  why: pay for a second hire\n",
        ),
        (
            "fr",
            "objectif croissance: Doubler le chiffre d'affaires\n  pourquoi: financer une embauche\n",
            "plan.goals:1:10: T501 Ajouter `période: 2027-T1`",
            "objectif croissance: Doubler le chiffre d'affaires\n  période: 2027-T1\n  pourquoi: financer une embauche\n",
        ),
    ] {
        let path = write(&dir.path().join(lang), "plan.goals", plan);
        let out = goalie()
            .current_dir(dir.path().join(lang))
            .args([
                "check",
                "--fix",
                "--format",
                "json",
                "--today",
                "2027-01-10",
                "--lang",
                lang,
            ])
            .arg("plan.goals")
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(err.lines().next(), Some(expected_line), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), added);
    }
    // A period written on a line that does not parse: no second, guessed
    // one above it, in either language.
    for (lang, plan) in [
        (
            "fr",
            "objectif croissance: Doubler le chiffre d'affaires\n  PÉRIODE: T1 2027\n  pourquoi: financer une embauche\n",
        ),
        (
            "en",
            "objective growth: Double the agency's revenue\n  Period: Q1 2027\n  why: pay for a second hire\n",
        ),
        (
            "en",
            "objective growth: Double the agency's revenue\n  perod: 2027-Q1\n  why: pay for a second hire\n",
        ),
    ] {
        let path = write(dir.path(), "broken.goals", plan);
        let out = goalie()
            .args(["check", "--fix", "--today", "2027-01-10", "--lang", lang])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            plan,
            "{}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("T501"), "{}", stderr(&out));
    }
}

// ---- 7. A closed pipe ends goalie quietly --------------------------------

/// Runs goalie with its standard output a pipe whose reading end is
/// already closed, as `goalie … | head -0` leaves it.
fn into_closed_pipe(args: &[&str]) -> std::process::Output {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("goalie"));
    cmd.args(args)
        .env_remove("LANG")
        .env_remove("GOALIE_LANG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_is_no_panic() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    for args in [
        &["rules"][..],
        &["rules", "--lang", "fr"],
        &["explain", "S101"],
        &["explain", "vague-wording", "--lang", "fr"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["man"],
        &["check", examples],
        &["status", examples],
    ] {
        let out = into_closed_pipe(args);
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
        assert_ne!(out.status.code(), Some(101), "{args:?}");
    }
}

/// `goalie rules | head -3`, as a person types it: three lines, and not a
/// word on the error stream when `head` stops reading.
#[test]
fn rules_into_head_prints_three_lines_and_nothing_else() {
    let bin = assert_cmd::cargo::cargo_bin("goalie");
    for args in [
        "rules",
        "rules --lang fr",
        "explain S101",
        "man",
        "completions bash",
    ] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" {args} | head -3"))
            .arg(&bin)
            .env_remove("LANG")
            .env_remove("GOALIE_LANG")
            .output()
            .unwrap();
        assert_eq!(stdout(&out).lines().count(), 3, "{args}: {}", stdout(&out));
        assert_eq!(stderr(&out), "", "{args}");
    }
}

// ---- 9. Small walls: man pages --------------------------------------------

#[test]
fn man_prints_the_main_page_and_each_synopsis_lists_only_accepted_options() {
    let dir = tempfile::tempdir().unwrap();
    let out = goalie()
        .current_dir(dir.path())
        .arg("man")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains(".TH goalie 1"), "{}", stdout(&out));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "files written"
    );

    goalie()
        .args(["man", "--out"])
        .arg(dir.path())
        .assert()
        .code(0);
    let mut pages = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let Some(sub) = name.strip_prefix("goalie-") else {
            continue;
        };
        pages += 1;
        let page = std::fs::read_to_string(&path).unwrap();
        let synopsis = page
            .split(".SH SYNOPSIS\n")
            .nth(1)
            .and_then(|s| s.lines().next())
            .unwrap()
            .replace("\\-", "-")
            .replace("\\fB", "")
            .replace("\\fR", "")
            .replace("\\fI", "");
        let flags: Vec<&str> = synopsis
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|w| w.starts_with('-') && w.len() > 1)
            .collect();
        assert!(flags.contains(&"--help"), "{sub}: {synopsis}");
        for flag in flags {
            // `--help` after it: nothing runs (no watcher, no server).
            let out = goalie().args([sub, flag, "--help"]).output().unwrap();
            let err = stderr(&out);
            assert!(
                !err.contains("unexpected argument"),
                "goalie {sub} does not take {flag}, which its synopsis lists: {err}"
            );
        }
    }
    assert!(pages >= 12, "{pages} pages");
}

// ---- 2. File names ----------------------------------------------------------

#[test]
fn goals_files_in_any_case_are_read_and_near_misses_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let plan = "objective growth: Double the agency's revenue\n  perod: 2027-Q1\n";
    write(dir.path(), "PLAN.GOALS", plan);
    let out = goalie()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--today", "2027-01-10", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("\"file\": \"PLAN.GOALS\""),
        "{}",
        stdout(&out)
    );

    let misses = tempfile::tempdir().unwrap();
    write(misses.path(), "plan.goals.txt", plan);
    write(misses.path(), "plan.goal", plan);
    write(misses.path(), "sub/objectifs.goals.md", plan);
    write(misses.path(), "notes.txt", plan);
    for (lang, expected) in [
        (
            "en",
            [
                "warning: plan.goal is not read: goalie reads files whose name ends in .goals; rename it plan.goals",
                "warning: plan.goals.txt is not read: goalie reads files whose name ends in .goals; rename it plan.goals",
                "warning: sub/objectifs.goals.md is not read: goalie reads files whose name ends in .goals; rename it objectifs.goals",
                "warning: no .goals files in . (nor in its subfolders)",
            ],
        ),
        (
            "fr",
            [
                "avertissement : plan.goal n'est pas lu : goalie lit les fichiers dont le nom finit par .goals ; renommez-le plan.goals",
                "avertissement : plan.goals.txt n'est pas lu : goalie lit les fichiers dont le nom finit par .goals ; renommez-le plan.goals",
                "avertissement : sub/objectifs.goals.md n'est pas lu : goalie lit les fichiers dont le nom finit par .goals ; renommez-le objectifs.goals",
                "avertissement : aucun fichier .goals dans . (ni dans ses sous-dossiers)",
            ],
        ),
    ] {
        for command in ["check", "status", "fmt"] {
            let out = goalie()
                .current_dir(misses.path())
                .args([command, ".", "--lang", lang])
                .output()
                .unwrap();
            assert_eq!(
                stderr(&out).lines().collect::<Vec<_>>(),
                expected,
                "{command}"
            );
            // Nothing claims that zero files are free of problems.
            assert!(!stdout(&out).contains(" 0 "), "{command}: {}", stdout(&out));
        }
    }
    // An empty folder says where goalie looked.
    let empty = tempfile::tempdir().unwrap();
    let out = goalie()
        .current_dir(empty.path())
        .args(["check", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(
        stderr(&out),
        "avertissement : aucun fichier .goals dans . (ni dans ses sous-dossiers)\n"
    );
    assert_eq!(stdout(&out), "");
}

// ---- 8. status fits the terminal ------------------------------------------

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn status_fits_80_columns_without_cutting_words_and_greps_with_plain_spaces() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    for (lang, followers) in [("en", "4,100 followers"), ("fr", "4 100 followers")] {
        let status = |columns: Option<&str>| {
            let mut cmd = goalie();
            if let Some(c) = columns {
                cmd.env("COLUMNS", c);
            }
            let out = cmd
                .args(["status", examples, "--today", "2026-11-24", "--lang", lang])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            stdout(&out)
        };
        let wide = status(None);
        let narrow = status(Some("80"));
        // Not a terminal: plain spaces, so grep finds what is shown.
        for text in [&wide, &narrow] {
            assert!(!text.contains(['\u{A0}', '\u{202F}']), "{text}");
            assert!(text.contains(followers), "{text}");
        }
        assert!(wide.lines().any(|l| l.chars().count() > 80));
        let known = words(&wide);
        for line in narrow.lines() {
            assert!(
                line.chars().count() <= 80,
                "{} columns: {line}",
                line.chars().count()
            );
            for word in words(line) {
                // A shortened title ends after a whole word.
                let whole = word.strip_suffix('…').unwrap_or(word);
                assert!(known.contains(&whole), "`{word}` is cut: {line}");
            }
        }
        // Facts are moved, not lost: only headings lose words.
        let kept: Vec<&str> = words(&narrow)
            .into_iter()
            .filter(|w| !w.ends_with('…'))
            .collect();
        let lost = known.len() - kept.len();
        assert!(lost < known.len() / 20, "{lost} words lost:\n{narrow}");
        let (behind, trend) = match lang {
            "en" => ("worst: off track", "trend: fewer than 2 measurements"),
            _ => ("pire : en retard", "tendance : moins de 2 mesures"),
        };
        assert!(narrow.contains(behind), "{narrow}");
        assert!(narrow.contains(trend), "{narrow}");
    }
}

/// In a terminal (a pseudo-terminal made by util-linux's `script`, 70
/// columns wide, no `COLUMNS`), the view fits the terminal's own width and
/// keeps its no-break spaces.
#[test]
fn status_in_a_terminal_fits_its_width() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("SKIPPED: `script` (util-linux) is not installed");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("goalie");
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let out = std::process::Command::new("script")
        .args(["-q", "-e", "-c"])
        .arg(format!(
            "stty cols 70 rows 50; exec '{}' status '{examples}' --today 2026-11-24 --color never",
            bin.display()
        ))
        .arg("/dev/null")
        .env_remove("COLUMNS")
        .env_remove("LANG")
        .env_remove("GOALIE_LANG")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out).replace('\r', "");
    assert!(shown.contains("OBJECTIVES"), "{shown}");
    for line in shown.lines() {
        assert!(
            line.chars().count() <= 70,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    // The same view piped is wider than 70 columns somewhere: the limit
    // came from the terminal.
    let piped = goalie()
        .args(["status", examples, "--today", "2026-11-24"])
        .output()
        .unwrap();
    assert!(stdout(&piped).lines().any(|l| l.chars().count() > 70));
    // A terminal keeps the no-break spaces that hold `24 Nov` together.
    assert!(shown.contains("24\u{a0}Nov"), "{shown}");
}

// ---- 9. Small walls ---------------------------------------------------------

#[test]
fn rules_and_explain_speak_french_and_explain_suggests_names() {
    let out = goalie().args(["rules", "--lang", "fr"]).output().unwrap();
    let rules = stdout(&out);
    assert!(rules.contains("  E001  syntax-error"), "{rules}");
    let line = |code: &str| {
        rules
            .lines()
            .find(|l| l.contains(code))
            .unwrap()
            .to_string()
    };
    assert!(line("E001").contains(" erreur "), "{}", line("E001"));
    assert!(line("S101").contains(" avertissement "), "{}", line("S101"));
    assert!(!rules.contains(" warning "), "{rules}");
    let en = stdout(&goalie().args(["rules", "--lang", "en"]).output().unwrap());
    assert!(
        en.lines()
            .any(|l| l.contains("S101") && l.contains(" warning ")),
        "{en}"
    );

    let out = goalie()
        .args(["explain", "S101", "--lang", "fr"])
        .output()
        .unwrap();
    let page = stdout(&out);
    for label in [
        "Famille : S — spécifique\n",
        "Sévérité par défaut : avertissement\n",
        "Exemple qui le déclenche :\n",
        "Corrigé :\n",
    ] {
        assert!(page.contains(label), "{label}: {page}");
    }
    let page = stdout(
        &goalie()
            .args(["explain", "S101", "--lang", "en"])
            .output()
            .unwrap(),
    );
    assert!(page.contains("Default severity: warning\n"), "{page}");
    assert!(page.contains("Example that triggers it:\n"), "{page}");

    for (lang, expected) in [
        (
            "en",
            "error: no rule is called `vague`; did you mean `vague-wording` (S101) or `vague-objective` (S105)? `goalie rules` lists them all\n",
        ),
        (
            "fr",
            "erreur : aucune règle ne s'appelle `vague` ; vouliez-vous dire `vague-wording` (S101) ou `vague-objective` (S105) ? `goalie rules` les liste toutes\n",
        ),
    ] {
        let out = goalie()
            .args(["explain", "vague", "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stderr(&out), expected);
    }
}

#[test]
fn report_says_where_it_wrote_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/habits");
    for (lang, expected) in [
        (
            "en",
            "report written to out/report.html; open it in a web browser\n",
        ),
        (
            "fr",
            "rapport écrit dans out/report.html ; ouvrez-le dans un navigateur\n",
        ),
    ] {
        std::fs::create_dir_all(dir.path().join("out")).unwrap();
        let out = goalie()
            .current_dir(dir.path())
            .args([
                "report",
                "--html",
                "out/report.html",
                "--today",
                "2026-11-24",
                "--lang",
                lang,
                examples,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stdout(&out), expected);
        assert!(dir.path().join("out/report.html").is_file());
    }
}

#[cfg(unix)]
#[test]
fn init_writes_files_with_the_permissions_the_umask_allows() {
    use std::os::unix::fs::PermissionsExt;
    let bin = assert_cmd::cargo::cargo_bin("goalie");
    for (umask, mode) in [("022", 0o644), ("027", 0o640)] {
        let dir = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask} && exec \"$0\" init --lang fr --ci github plan"
            ))
            .arg(&bin)
            .current_dir(dir.path())
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
        let mut seen = 0;
        let mut stack = vec![dir.path().join("plan")];
        while let Some(path) = stack.pop() {
            for entry in std::fs::read_dir(&path).unwrap() {
                let entry = entry.unwrap();
                if entry.file_type().unwrap().is_dir() {
                    stack.push(entry.path());
                    continue;
                }
                seen += 1;
                let actual = entry.metadata().unwrap().permissions().mode() & 0o777;
                assert_eq!(
                    actual,
                    mode,
                    "{} with umask {umask}",
                    entry.path().display()
                );
            }
        }
        assert!(seen >= 3, "{seen} files");
    }
}

// ---- 11. A README a non-programmer can follow -----------------------------

#[test]
fn the_readme_states_what_is_needed_and_has_no_placeholders() {
    let root = env!("CARGO_MANIFEST_DIR");
    let manifest = std::fs::read_to_string(format!("{root}/Cargo.toml")).unwrap();
    let msrv = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("Cargo.toml states rust-version");
    for doc in ["README.md", "docs/install.md"] {
        let text = std::fs::read_to_string(format!("{root}/{doc}"))
            .unwrap()
            .replace('\n', " ");
        assert!(
            text.contains(&format!("Rust {msrv} or newer")),
            "{doc} states Rust {msrv}"
        );
        assert!(
            text.contains("https://rustup.rs"),
            "{doc} says where Rust comes from"
        );
        for (i, _) in text.match_indices("cargo install") {
            assert!(
                text[i..].starts_with("cargo install --locked --path ."),
                "{doc}: {}",
                &text[i..(i + 60).min(text.len())]
            );
        }
        // No placeholder a reader would copy as is: `<…>` other than a
        // link, `OWNER/`.
        for (i, _) in text.match_indices('<') {
            assert!(
                text[i..].starts_with("<https://"),
                "{doc}: {}",
                &text[i..(i + 40).min(text.len())]
            );
        }
        assert!(!text.contains("OWNER"), "{doc}");
    }
    let readme = std::fs::read_to_string(format!("{root}/README.md"))
        .unwrap()
        .replace('\n', " ");
    // What is needed comes before the first command.
    let first_command = readme.find("```sh").unwrap();
    assert!(readme[..first_command].contains(&format!("Rust {msrv} or newer")));
}

// ---- 12. The examples read the same on any date ---------------------------

/// `goalie ARGS` run as if the machine's clock said `day`, with libfaketime
/// (Debian's `faketime`); `None` where it is not installed, unless CI asks
/// for it with GOALIE_REQUIRE_FAKETIME.
fn on_day(day: &str, args: &[&str]) -> Option<std::process::Output> {
    let bin = assert_cmd::cargo::cargo_bin("goalie");
    let out = std::process::Command::new("faketime")
        .arg(format!("{day} 12:00:00"))
        .arg(&bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .env_remove("GOALIE_LANG")
        .env_remove("COLUMNS")
        .output();
    match out {
        Ok(out) => Some(out),
        Err(_) if std::env::var_os("GOALIE_REQUIRE_FAKETIME").is_none() => None,
        Err(e) => panic!("faketime: {e}"),
    }
}

#[test]
fn the_examples_show_the_same_picture_today_next_year_and_in_five_years() {
    let reference = |args: &[&str]| {
        let out = goalie()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .args(["--today", "2026-11-24"])
            .output()
            .unwrap();
        (out.status.code(), stdout(&out))
    };
    let runs: [&[&str]; 4] = [
        &["check", "examples/"],
        &["status", "examples/"],
        &["status", "examples/", "--format", "json", "--lang", "fr"],
        &["check", "examples/ventes-fr", "--lang", "fr"],
    ];
    // On the machine's own date.
    for args in runs {
        let out = goalie()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .output()
            .unwrap();
        assert_eq!(
            (out.status.code(), stdout(&out)),
            reference(args),
            "{args:?}"
        );
    }
    let now = jiff::ZonedDateTime::now().date();
    for years in [0, 1, 5] {
        let day = now
            .checked_add(jiff::Span::new().years(years))
            .unwrap()
            .to_string();
        for args in runs {
            let Some(out) = on_day(&day, args) else {
                eprintln!("faketime is not installed: only today's date was tried");
                return;
            };
            assert_eq!(
                (out.status.code(), stdout(&out)),
                reference(args),
                "{day} {args:?}"
            );
        }
        // The clock really was moved: without the examples' goalie.toml the
        // day shown is the faked one.
        let out = on_day(&day, &["status", "--no-config", "examples/habits"]).unwrap();
        let year = &day[..4];
        assert!(
            stdout(&out).lines().next().unwrap().contains(year),
            "{}",
            stdout(&out)
        );
    }
}

// ---- 10. The report opens with a summary strip ------------------------------

#[test]
fn the_report_opens_with_a_summary_and_drops_today_0_where_nothing_is_due() {
    let dir = tempfile::tempdir().unwrap();
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    for (lang, tally, next, today) in [
        (
            "en",
            [
                "<b>3</b> <span class=\"badge status-on-track\"",
                "<b>1</b> <span class=\"badge status-at-risk\"",
                "<b>1</b> <span class=\"badge status-off-track\"",
            ],
            [
                "30 Nov 2026 <span class=\"id\"><bdi>ig-followers</bdi></span></a>",
                "13 Dec 2026 <span class=\"id\"><bdi>ten-k</bdi></span></a>",
                "13 Dec 2026 <span class=\"id\"><bdi>ten-k-time</bdi></span></a>",
            ],
            "today 0",
        ),
        (
            "fr",
            [
                "<b>3</b> <span class=\"badge status-on-track\"",
                "<b>1</b> <span class=\"badge status-at-risk\"",
                "<b>1</b> <span class=\"badge status-off-track\"",
            ],
            [
                "30 nov. 2026 <span class=\"id\"><bdi>ig-followers</bdi></span></a>",
                "13 déc. 2026 <span class=\"id\"><bdi>ten-k</bdi></span></a>",
                "13 déc. 2026 <span class=\"id\"><bdi>ten-k-time</bdi></span></a>",
            ],
            "aujourd&#39;hui 0",
        ),
    ] {
        let page = dir.path().join(format!("{lang}.html"));
        goalie()
            .args(["report", "--today", "2026-11-24", "--lang", lang, "--html"])
            .arg(&page)
            .arg(examples)
            .assert()
            .code(0);
        let html = std::fs::read_to_string(&page).unwrap();
        let strip_at = html
            .find("<section class=\"strip\"")
            .expect("a summary strip");
        // The strip comes first, before any section of charts.
        assert!(strip_at < html.find("<section id=\"objectives\"").unwrap());
        let strip = &html[strip_at..strip_at + html[strip_at..].find("</section>").unwrap()];
        let strip_text = strip.replace('\u{a0}', " ");
        for part in tally.iter().chain(&next) {
            assert!(strip_text.contains(part), "{part} not in {strip}");
        }
        // 24 Nov 2026 is a Tuesday: a daily activity says what today holds,
        // a weekly one does not.
        let article = |id: &str| {
            let at = html.find(&format!("id=\"a-{id}\"")).unwrap();
            html[at..at + html[at..].find("</article>").unwrap()].replace('\u{a0}', " ")
        };
        assert!(article("lecture").contains(today), "{lang}: lecture");
        assert!(article("prospection").contains(today));
        assert!(!article("strength").contains(today), "{lang}: strength");
        assert!(!article("relances").contains(today));
    }
}

// ---- The walkthrough: docs/first-plan.md ------------------------------------

/// Splits a command line on blanks, keeping `"quoted words"` together.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                    any = false;
                }
            }
            c => {
                word.push(c);
                any = true;
            }
        }
    }
    if any {
        words.push(word);
    }
    words
}

/// Runs the walkthrough: each `## ` section in a fresh folder, each
/// `<!-- file: NAME -->` block written there, each `$ goalie …` line of a
/// `console` block run. Returns the page with every command's output (its
/// standard output, then its error stream) below it.
fn run_walkthrough(page: &str) -> String {
    let mut out = String::new();
    let mut dir = tempfile::tempdir().unwrap();
    let mut file: Option<String> = None;
    let mut content: Option<String> = None;
    let mut console = false;
    for line in page.lines() {
        if console {
            if line == "```" {
                console = false;
                out.push_str("```\n");
            } else if let Some(command) = line.strip_prefix("$ ") {
                out.push_str(line);
                out.push('\n');
                let words = shell_words(command);
                assert_eq!(words[0], "goalie", "{line}");
                let run = goalie()
                    .env_remove("COLUMNS")
                    .current_dir(dir.path())
                    .args(&words[1..])
                    .output()
                    .unwrap();
                out.push_str(&stdout(&run));
                out.push_str(&stderr(&run));
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            // Other lines are the previous output, replaced.
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if line.starts_with("## ") {
            dir = tempfile::tempdir().unwrap();
        } else if let Some(name) = line
            .strip_prefix("<!-- file: ")
            .and_then(|r| r.strip_suffix(" -->"))
        {
            file = Some(name.to_string());
        } else if line == "```console" {
            console = true;
        } else if line.starts_with("```goals") && file.is_some() {
            content = Some(String::new());
        } else if let Some(text) = &mut content {
            if line == "```" {
                let name = file.take().unwrap();
                std::fs::write(dir.path().join(name), std::mem::take(text)).unwrap();
                content = None;
            } else {
                text.push_str(line);
                text.push('\n');
            }
        }
    }
    out
}

#[test]
fn the_walkthrough_shows_what_goalie_prints() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/first-plan.md");
    let page = std::fs::read_to_string(path).unwrap();
    let actual = run_walkthrough(&page);
    if std::env::var_os("GOALIE_UPDATE_DOCS").is_some() {
        std::fs::write(path, &actual).unwrap();
        return;
    }
    assert!(page.contains("## Un premier plan en français"));
    assert!(page.contains("## A first plan in English"));
    assert_eq!(
        page, actual,
        "docs/first-plan.md differs from what goalie prints; `GOALIE_UPDATE_DOCS=1 cargo test --test first_hour walkthrough` rewrites it"
    );
}

/// Headless Chromium on `page` with `args`, stopped after two minutes;
/// returns its standard output.
fn chromium(binary: &Path, args: &[String], page: &Path) -> Vec<u8> {
    let profile = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("chromium starts");
    let mut out = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut buf).ok();
        buf
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish in two minutes");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    reader.join().unwrap()
}

/// The report with its summary strip, in both languages, seen by Chromium
/// at 1280 px and at the width of an A4 page, and printed to PDF; the
/// screenshots stay in target/artifacts/first-hour/ for a person to look
/// at. Skipped without Chromium, unless GOALIE_REQUIRE_CHROMIUM is set (CI).
#[test]
fn the_report_seen_in_chromium_on_screen_and_in_print() {
    let binary = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .flat_map(|dir| ["chromium", "chromium-browser"].map(|name| dir.join(name)))
            .find(|candidate| candidate.is_file())
    });
    let Some(binary) = binary else {
        assert!(
            std::env::var_os("GOALIE_REQUIRE_CHROMIUM").is_none(),
            "GOALIE_REQUIRE_CHROMIUM is set but chromium is not installed"
        );
        eprintln!("SKIPPED: chromium is not installed");
        return;
    };
    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("artifacts/first-hour");
    std::fs::create_dir_all(&artifacts).unwrap();
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    for (lang, heading) in [("en", "Next due"), ("fr", "Prochaines échéances")] {
        let page = artifacts.join(format!("report-{lang}.html"));
        goalie()
            .args(["report", "--today", "2026-11-24", "--lang", lang, "--html"])
            .arg(&page)
            .arg(examples)
            .assert()
            .code(0);
        let dom = chromium(&binary, &["--dump-dom".into()], &page);
        let dom = String::from_utf8_lossy(&dom);
        assert!(
            dom.contains("<section class=\"strip\" id=\"summary\">"),
            "{lang}: no strip"
        );
        assert!(dom.contains(heading), "{lang}");
        // A4 is 794 px wide at 96 dpi.
        for (name, width, height) in [("1280", 1280u32, 2000u32), ("a4", 794, 1123)] {
            let png = artifacts.join(format!("report-{lang}-{name}.png"));
            let _ = std::fs::remove_file(&png);
            chromium(
                &binary,
                &[
                    format!("--screenshot={}", png.display()),
                    format!("--window-size={width},{height}"),
                    "--hide-scrollbars".into(),
                ],
                &page,
            );
            let bytes = std::fs::read(&png).expect("a screenshot");
            assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
            let size = (
                u32::from_be_bytes(bytes[16..20].try_into().unwrap()),
                u32::from_be_bytes(bytes[20..24].try_into().unwrap()),
            );
            assert_eq!(size, (width, height));
            assert!(
                bytes.len() > 30_000,
                "{}: {} bytes",
                png.display(),
                bytes.len()
            );
        }
        let pdf = artifacts.join(format!("report-{lang}.pdf"));
        let _ = std::fs::remove_file(&pdf);
        chromium(
            &binary,
            &[
                format!("--print-to-pdf={}", pdf.display()),
                "--no-pdf-header-footer".into(),
            ],
            &page,
        );
        let bytes = std::fs::read(&pdf).expect("a PDF");
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        assert!(
            bytes.len() > 30_000,
            "{}: {} bytes",
            pdf.display(),
            bytes.len()
        );
    }
    eprintln!("screenshots kept in {}", artifacts.display());
}
