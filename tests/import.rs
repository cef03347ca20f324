//! `goalie import`: real export shapes become the documented lines; a
//! second import changes nothing; a restated day changes its line; a
//! person's line is left alone; every bad input stops the import with the
//! file, line and column and writes nothing.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::goalie;

const TODAY: &str = "2026-11-10";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// A folder holding the plan and every export.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(fixture("")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn import(dir: &Path, args: &[&str]) -> Output {
    goalie()
        .current_dir(dir)
        .arg("import")
        .args(args)
        .args(["--today", TODAY, "--lang", "en", "--no-config"])
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// The lines an import added at the end of the plan.
fn added(dir: &Path) -> String {
    let plan = read(&dir.join("plan.goals"));
    let original = read(&fixture("plan.goals"));
    plan.strip_prefix(&original).unwrap().to_string()
}

fn errors(dir: &Path) -> Vec<String> {
    let out = goalie()
        .args(["check", "--format", "json", "--no-config", "--today", TODAY])
        .arg(dir)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error" || d["code"] == "E013" || d["code"] == "E016")
        .map(|d| d["message"].to_string())
        .collect()
}

const GA: &[&str] = &[
    "ga-sessions.csv",
    "--id",
    "bounce",
    "--date",
    "Date",
    "--value",
    "Bounce rate",
    "--scale",
    "100",
    "--unit",
    "%",
    "--name",
    "ga",
];

const DEALS: &[&str] = &[
    "hubspot-deals.csv",
    "--id",
    "deals",
    "--date",
    "Close Date",
    "--count",
    "--where",
    "Deal Stage=Closed Won",
    "--name",
    "hubspot",
];

const PAYMENTS: &[&str] = &[
    "paypal-payments.csv",
    "--id",
    "revenue",
    "--date",
    "Date",
    "--value",
    "Gross",
    "--sum",
    "--where",
    "Status=Completed",
    "--unit",
    "USD",
    "--name",
    "paypal",
];

const VENTES: &[&str] = &[
    "ventes.csv",
    "--id",
    "ca",
    "--date",
    "date",
    "--value",
    "montant ttc",
    "--sum",
    "--name",
    "caisse",
];

/// docs/import.md, whose examples must be what the fixtures give.
fn docs() -> String {
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/import.md"))
}

#[track_caller]
fn documented(text: &str) {
    assert!(
        docs().contains(text),
        "docs/import.md does not show:\n{text}"
    );
}

#[track_caller]
fn ok(out: &Output) {
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(out), stderr(out));
}

#[test]
fn an_analytics_export_with_comment_lines_before_its_header() {
    let dir = workspace();
    let out = import(dir.path(), GA);
    ok(&out);
    assert_eq!(
        added(dir.path()),
        "2026-10-01 bounce 40.04%  # import ga
2026-10-02 bounce 38.94%  # import ga
2026-10-03 bounce 44.38%  # import ga
2026-10-04 bounce 46.44%  # import ga
2026-10-05 bounce 38.03%  # import ga
2026-10-06 bounce 35.85%  # import ga
2026-10-07 bounce 36.19%  # import ga
"
    );
    assert!(
        stdout(&out).contains("7 lines added, 0 restated, 0 unchanged, 0 conflicts (7 rows of ga-sessions.csv, 7 kept)"),
        "{}",
        stdout(&out)
    );
    // Piped: no progress bar, nothing on stderr.
    assert_eq!(stderr(&out), "");
    documented(&added(dir.path()));
    documented(stdout(&out).trim_end());
    assert!(errors(dir.path()).is_empty());
}

#[test]
fn a_crm_export_counted_per_day_where_deals_are_won() {
    let dir = workspace();
    let out = import(dir.path(), DEALS);
    ok(&out);
    // Closed Won on 10-02, two on 10-05 (one name over two lines), and
    // "closed won" on 10-06; the open deal's empty date is never read.
    assert_eq!(
        added(dir.path()),
        "2026-10-02 deals +1  # import hubspot
2026-10-05 deals +2  # import hubspot
2026-10-06 deals +1  # import hubspot
"
    );
    assert!(stdout(&out).contains("(6 rows of hubspot-deals.csv, 4 kept)"));
    documented(&added(dir.path()));
    documented(stdout(&out).trim_end());
    assert!(errors(dir.path()).is_empty());
}

#[test]
fn a_payments_export_summed_per_day_with_refunds() {
    let dir = workspace();
    let out = import(dir.path(), PAYMENTS);
    ok(&out);
    // Month first (10/13/2026 says so); "1,234.50" + "99.00"; the pending
    // payment left out; the refund taken off.
    assert_eq!(
        added(dir.path()),
        "2026-10-01 revenue +1333.5 USD  # import paypal
2026-10-02 revenue +2500 USD  # import paypal
2026-10-13 revenue +351.25 USD  # import paypal
"
    );
    documented(&added(dir.path()));
    documented(stdout(&out).trim_end());
    assert!(errors(dir.path()).is_empty());
}

#[test]
fn a_french_spreadsheet_with_semicolons_and_euros() {
    let dir = workspace();
    let out = import(dir.path(), VENTES);
    ok(&out);
    // BOM, `;`, quoted `;` and line breaks, `1 234,50 €`, day first.
    assert_eq!(
        added(dir.path()),
        "2026-10-01 ca +1234.5 EUR  # import caisse
2026-10-02 ca +2990 EUR  # import caisse
2026-10-05 ca +450 EUR  # import caisse
2026-10-12 ca +12000 EUR  # import caisse
"
    );
    documented(&added(dir.path()));
    documented(stdout(&out).trim_end());
    // In French, as docs/import.md shows it: the second run changes nothing.
    let fr = goalie()
        .current_dir(dir.path())
        .arg("import")
        .args(VENTES)
        .args(["--today", TODAY, "--lang", "fr", "--no-config"])
        .output()
        .unwrap();
    ok(&fr);
    documented(&format!(
        "--name caisse --lang fr\n{}",
        stdout(&fr).trim_end()
    ));
    assert!(errors(dir.path()).is_empty());
}

#[test]
fn importing_twice_changes_nothing() {
    let dir = workspace();
    let plan = dir.path().join("plan.goals");
    for args in [GA, DEALS, PAYMENTS, VENTES] {
        ok(&import(dir.path(), args));
        let once = read(&plan);
        let out = import(dir.path(), args);
        ok(&out);
        assert_eq!(read(&plan), once, "{args:?}");
        assert!(
            stdout(&out).contains(": 0 lines added, 0 restated"),
            "{}",
            stdout(&out)
        );
    }
    // After `goalie fmt` realigns the comments, still nothing to do.
    ok(&goalie()
        .current_dir(dir.path())
        .args(["fmt", "plan.goals"])
        .output()
        .unwrap());
    let formatted = read(&plan);
    for args in [GA, DEALS, PAYMENTS, VENTES] {
        ok(&import(dir.path(), args));
    }
    assert_eq!(read(&plan), formatted);
}

#[test]
fn a_restated_day_changes_its_line_and_says_so() {
    let dir = workspace();
    ok(&import(dir.path(), GA));
    let csv = dir.path().join("ga-sessions.csv");
    // The next export restates the 3rd and adds the 8th, twice.
    let text = read(&csv).replace("20261003,1201,668,0.4438,9", "20261003,1201,668,0.45,9")
        + "20261008,1501,900,0.31,12\n20261008,1519,911,0.3333,13\n";
    std::fs::write(&csv, text).unwrap();
    let out = import(dir.path(), GA);
    ok(&out);
    let plan = read(&dir.path().join("plan.goals"));
    assert!(plan.contains("2026-10-03 bounce 45%  # import ga\n"));
    assert!(!plan.contains("44.38"));
    assert!(plan.ends_with(
        "2026-10-07 bounce 36.19%  # import ga\n2026-10-08 bounce 33.33%  # import ga\n"
    ));
    let said = stdout(&out);
    assert!(
        said.contains("1 line added, 1 restated, 6 unchanged"),
        "{said}"
    );
    assert!(
        said.contains("restated 2026-10-03: `2026-10-03 bounce 44.38%  # import ga` is now `2026-10-03 bounce 45%`"),
        "{said}"
    );
    assert!(
        said.contains("2026-10-08: 2 rows; the last one (line 20) is kept"),
        "{said}"
    );
}

#[test]
fn a_persons_line_is_a_conflict_left_alone() {
    let dir = workspace();
    let plan = dir.path().join("plan.goals");
    let mine = "2026-10-05 deals +3 \"signed at the fair\"\n";
    std::fs::write(&plan, read(&fixture("plan.goals")) + mine).unwrap();
    let out = import(dir.path(), DEALS);
    // Something was left alone: exit 1.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        read(&plan),
        format!(
            "{}{mine}2026-10-02 deals +1  # import hubspot\n2026-10-06 deals +1  # import hubspot\n",
            read(&fixture("plan.goals"))
        )
    );
    let said = stdout(&out);
    assert!(
        said.contains("2 lines added, 0 restated, 0 unchanged, 1 conflict"),
        "{said}"
    );
    assert!(
        said.contains("conflict 2026-10-05: `2026-10-05 deals +3 \"signed at the fair\"` (./plan.goals:22) is not an import of this source and is left alone; the export says +2"),
        "{said}"
    );
    // Another import's increments add up with these; the person's line
    // is still theirs.
    let crm2: Vec<&str> = DEALS
        .iter()
        .map(|&a| if a == "hubspot" { "crm2" } else { a })
        .collect();
    let out = import(dir.path(), &crm2);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("2 lines added, 0 restated, 0 unchanged, 1 conflict"));
    let after = read(&plan);
    assert_eq!(after.matches("deals +1  # import crm2").count(), 2);
}

#[test]
fn a_dry_run_prints_a_diff_and_writes_nothing() {
    let dir = workspace();
    let out = import(dir.path(), &[DEALS, &["--dry-run"]].concat());
    ok(&out);
    assert_eq!(
        read(&dir.path().join("plan.goals")),
        read(&fixture("plan.goals"))
    );
    let said = stdout(&out);
    assert!(said.contains("+++ ./plan.goals"), "{said}");
    assert!(
        said.contains("\n+2026-10-05 deals +2  # import hubspot\n"),
        "{said}"
    );
    assert!(said.contains("(dry run: nothing written)"), "{said}");
}

#[test]
fn config_tables_name_a_routine_and_to_is_relative_to_them() {
    let dir = workspace();
    std::fs::create_dir(dir.path().join("logs")).unwrap();
    std::fs::write(
        dir.path().join("goalie.toml"),
        "[[import]]\nname = \"crm-won\"\nid = \"deals\"\ndate = \"Close Date\"\ncount = true\nwhere = [\"Deal Stage=Closed Won\"]\nto = \"logs/crm.goals\"\n",
    )
    .unwrap();
    let sub = dir.path().join("exports");
    std::fs::create_dir(&sub).unwrap();
    std::fs::rename(dir.path().join("hubspot-deals.csv"), sub.join("deals.csv")).unwrap();
    let run = |lang: &str| {
        goalie()
            .current_dir(&sub)
            .args(["import", "--source", "crm-won", "deals.csv", ".."])
            .args(["--today", TODAY, "--lang", lang])
            .output()
            .unwrap()
    };
    let out = run("fr");
    ok(&out);
    assert_eq!(
        read(&dir.path().join("logs/crm.goals")),
        "2026-10-02 deals +1  # import crm-won\n2026-10-05 deals +2  # import crm-won\n2026-10-06 deals +1  # import crm-won\n"
    );
    assert!(
        stdout(&out).contains("3 lignes ajoutées, 0 corrigée, 0 inchangée, 0 conflit"),
        "{}",
        stdout(&out)
    );
    // The file now holds the import's lines: found and kept.
    let out = run("en");
    ok(&out);
    assert!(
        stdout(&out).contains("0 lines added, 0 restated, 3 unchanged"),
        "{}",
        stdout(&out)
    );
    // An unknown table names the known ones.
    let out = goalie()
        .current_dir(&sub)
        .args([
            "import",
            "--source",
            "crm",
            "deals.csv",
            "..",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no [[import]] table is named `crm`; the tables are: crm-won"));
}

/// Runs an import that must fail: exit 2, the message, nothing written.
#[track_caller]
fn refused(dir: &Path, args: &[&str], says: &str) {
    let plan = dir.join("plan.goals");
    let before = read(&plan);
    let out = import(dir, args);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{args:?}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    assert_eq!(read(&plan), before, "{args:?}");
}

fn with_csv(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn every_bad_row_names_its_file_line_and_column_and_writes_nothing() {
    let dir = workspace();
    let d = dir.path();
    let sum = [
        "x.csv", "--id", "revenue", "--date", "Day", "--value", "Amount", "--sum",
    ];
    let nothing = "nothing was written (--skip-bad imports the other rows)";
    for (csv, says) in [
        (
            "Day,Amount\n2026-10-01,10\n2026-10-2,5\n",
            "x.csv:3: column \"Day\": `2026-10-2` is not a date",
        ),
        (
            "Day,Amount\n2026-10-01,10\n2026-02-30,5\n",
            "x.csv:3: column \"Day\": `2026-02-30` is not a day of the calendar",
        ),
        (
            "Day,Amount\n2026-10-01,ten\n",
            "x.csv:2: column \"Amount\": `ten` is not a number",
        ),
        (
            "Day,Amount\n2026-10-01,\n",
            "x.csv:2: column \"Amount\": the value is empty",
        ),
        (
            "Day,Amount\n,4\n",
            "x.csv:2: column \"Day\": the date is empty",
        ),
        (
            "Day,Amount\n2026-10-01\n",
            "x.csv:2: column \"Amount\": the row has 1 fields, the header 2",
        ),
        (
            "Day,Amount\n2026-10-01,1\n2026-12-01,1\n",
            "x.csv:3: column \"Day\": 2026-12-01 is after today (2026-11-10)",
        ),
        (
            "Day,Amount\n2026-09-30,1\n",
            "x.csv:2: column \"Day\": 2026-09-30 is before `revenue` starts (2026-10-01)",
        ),
        (
            "Day,Amount\n2026-10-01,3 €\n",
            "x.csv:2: column \"Amount\": `revenue` is measured in USD, not EUR",
        ),
        (
            "Day,Amount\n2026-10-01,$3\n2026-10-02,3 €\n",
            "x.csv:3: column \"Amount\": `3 €` is in EUR, line 2 in USD",
        ),
        (
            "Day,Amount\n\"2026-10-01\nx\",3\n",
            "x.csv:2: column \"Day\"",
        ),
    ] {
        with_csv(d, "x.csv", csv);
        refused(d, &sum, says);
        refused(d, &sum, nothing);
    }
    with_csv(d, "x.csv", ",Amount\n");
    refused(
        d,
        &sum,
        "x.csv: no column is named \"Day\" (the columns are \"\", \"Amount\")",
    );
    // A measurement cannot be negative on a log line.
    with_csv(d, "x.csv", "Day,Rate\n2026-10-01,-0.3\n");
    refused(
        d,
        &[
            "x.csv", "--id", "bounce", "--date", "Day", "--value", "Rate",
        ],
        "x.csv:2: column \"Rate\": -0.3 is negative",
    );
}

#[test]
fn bad_files_and_options_are_refused_before_anything_is_written() {
    let dir = workspace();
    let d = dir.path();
    let count = ["x.csv", "--id", "deals", "--date", "Day", "--count"];
    refused(d, &count, "cannot read x.csv");
    with_csv(d, "x.csv", "# only a comment\n\n");
    refused(d, &count, "x.csv has no header line");
    with_csv(d, "x.csv", "Day\n03/11/2026\n04/11/2026\n");
    refused(
        d,
        &count,
        "x.csv: every date such as 03/11/2026 reads day first (3 November) as well as month first (March 11): pass --date-format %d/%m/%Y or %m/%d/%Y, or --lang fr for day first",
    );
    with_csv(d, "x.csv", "Day\n13/10/2026\n10/13/2026\n");
    refused(
        d,
        &count,
        "the dates are written day first on row 2 and month first on row 3",
    );
    with_csv(d, "x.csv", "Day\n2026-10-02\n");
    refused(
        d,
        &["x.csv", "--id", "deal", "--date", "Day", "--count"],
        "no item has the id `deal`; did you mean `deals`?",
    );
    refused(
        d,
        &["x.csv", "--id", "deals", "--date", "Day"],
        "say which column holds the value: --value",
    );
    refused(d, &["x.csv", "--date", "Day", "--count"], "--id");
    refused(
        d,
        &[
            "x.csv", "--id", "deals", "--date", "Day", "--count", "--where", "Stage",
        ],
        "`Stage` is not a condition: write COLUMN=VALUE",
    );
    refused(
        d,
        &[
            "x.csv", "--id", "deals", "--date", "Day", "--count", "--sum",
        ],
        "cannot be used with",
    );
    refused(
        d,
        &["x.csv", "--id", "grow", "--date", "Day", "--count"],
        "`grow` is an objective",
    );
    with_csv(d, "x.csv", "Day\n2026.10.02\n");
    refused(
        d,
        &[
            "x.csv",
            "--id",
            "deals",
            "--date",
            "Day",
            "--count",
            "--date-format",
            "%d/%m/%Y",
        ],
        "x.csv:2: column \"Day\": `2026.10.02` does not match the date format `%d/%m/%Y`",
    );
}

#[test]
fn dates_read_day_first_with_lang_fr_or_a_format() {
    let dir = workspace();
    let d = dir.path();
    with_csv(d, "x.csv", "Day\n10/11/2026\n10/11/2026\n11/10/2026\n");
    let count = ["x.csv", "--id", "deals", "--date", "Day", "--count"];
    let out = goalie()
        .current_dir(d)
        .arg("import")
        .args(count)
        .args(["--today", TODAY, "--lang", "fr", "--no-config", "--dry-run"])
        .output()
        .unwrap();
    ok(&out);
    assert!(
        stdout(&out).contains("+2026-10-11 deals +1  # import\n+2026-11-10 deals +2  # import\n"),
        "{}",
        stdout(&out)
    );
    let out = import(d, &[&count[..], &["--date-format", "%m/%d/%Y"]].concat());
    ok(&out);
    assert_eq!(
        added(d),
        "2026-10-11 deals +2  # import\n2026-11-10 deals +1  # import\n"
    );
}

#[test]
fn skip_bad_writes_the_good_rows_and_lists_the_bad() {
    let dir = workspace();
    let d = dir.path();
    with_csv(
        d,
        "x.csv",
        "Day,Amount\n2026-10-01,10\n2026-10-02,ten\n2026-12-01,4\n2026-10-03,2.5\n",
    );
    let out = import(
        d,
        &[
            "x.csv",
            "--id",
            "revenue",
            "--date",
            "Day",
            "--value",
            "Amount",
            "--sum",
            "--skip-bad",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(
        added(d),
        "2026-10-01 revenue +10  # import\n2026-10-03 revenue +2.5  # import\n"
    );
    let said = stdout(&out);
    assert!(
        said.contains("skipped x.csv:3: column \"Amount\": `ten` is not a number"),
        "{said}"
    );
    assert!(
        said.contains("skipped x.csv:4: column \"Day\": 2026-12-01 is after today"),
        "{said}"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workspace();
    let plan = dir.path().join("plan.goals");
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o444)).unwrap();
    refused(dir.path(), DEALS, "is read-only; nothing was written");
}

#[test]
fn crlf_files_stay_crlf_and_keep_every_byte() {
    let dir = workspace();
    let plan = dir.path().join("plan.goals");
    let crlf = read(&fixture("plan.goals")).replace('\n', "\r\n");
    let crlf = crlf.trim_end().to_string(); // no final line break
    std::fs::write(&plan, &crlf).unwrap();
    ok(&import(dir.path(), DEALS));
    assert_eq!(
        read(&plan),
        format!(
            "{crlf}\r\n2026-10-02 deals +1  # import hubspot\r\n2026-10-05 deals +2  # import hubspot\r\n2026-10-06 deals +1  # import hubspot\r\n"
        )
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// One generated export: its text and the import's options.
    #[derive(Debug, Clone)]
    struct Case {
        csv: String,
        args: Vec<String>,
        /// Lines a person wrote before the import.
        mine: String,
    }

    fn day(offset: u32) -> jiff::civil::Date {
        jiff::civil::date(2026, 10, 1) + jiff::Span::new().days(offset as i64)
    }

    fn case() -> impl Strategy<Value = Case> {
        (
            0..4usize,
            any::<bool>(),
            0..4usize,
            // Days from 2026-10-01 to today, 2026-11-10.
            proptest::collection::vec((0u32..41, 0u32..1_000_000, any::<bool>()), 1..30),
            proptest::collection::vec((0u32..41, 1u32..50), 0..3),
        )
            .prop_map(|(kind, french, dates, rows, mine)| {
                let (id, mode): (&str, &[&str]) = match kind {
                    0 => ("bounce", &["--value", "Value", "--unit", "%"]),
                    1 => ("deals", &["--count"]),
                    2 => ("revenue", &["--value", "Value", "--sum", "--unit", "USD"]),
                    _ => ("calls", &["--count"]),
                };
                let sep = if french { ';' } else { ',' };
                let mut csv = format!("# export\n\nDate{sep}Value{sep}Keep\n");
                for (offset, cents, keep) in &rows {
                    let d = day(*offset);
                    let date = match dates {
                        0 => d.to_string(),
                        1 => d.strftime("%Y%m%d").to_string(),
                        2 => format!("{d}T09:30:00Z"),
                        // Day first: a French file says so.
                        _ if french => d.strftime("%d/%m/%Y").to_string(),
                        _ => d.strftime("%m/%d/%Y").to_string(),
                    };
                    let (int, frac) = (cents / 100, cents % 100);
                    let value = if french {
                        let int = int.to_string();
                        let grouped = if int.len() > 3 {
                            format!("{} {}", &int[..int.len() - 3], &int[int.len() - 3..])
                        } else {
                            int
                        };
                        format!("{grouped},{frac:02}")
                    } else {
                        format!("\"{int}.{frac:02}\"")
                    };
                    let keep = if *keep { "yes" } else { "no" };
                    csv.push_str(&format!("{date}{sep}{value}{sep}{keep}\n"));
                }
                let mut args: Vec<String> =
                    ["x.csv", "--id", id, "--date", "Date", "--where", "Keep=yes"]
                        .iter()
                        .map(|s| s.to_string())
                        .collect();
                args.extend(mode.iter().map(|s| s.to_string()));
                if dates == 3 && !french {
                    args.extend(["--date-format".to_string(), "%m/%d/%Y".to_string()]);
                }
                let unit = match kind {
                    0 => "%",
                    2 => " USD",
                    _ => "",
                };
                // A key result's count or sum is an increment; a rate and an
                // activity's count are values.
                let sign = if kind == 1 || kind == 2 { "+" } else { "" };
                let mine = mine
                    .iter()
                    .map(|(offset, v)| format!("{} {id} {sign}{v}{unit}\n", day(*offset)))
                    .collect();
                Case { csv, args, mine }
            })
    }

    fn error_count(dir: &Path) -> usize {
        errors(dir).len()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

        /// Import then check: no new error; importing twice equals importing
        /// once.
        #[test]
        fn import_adds_no_error_and_twice_is_once(case in case()) {
            let dir = workspace();
            let d = dir.path();
            let plan = d.join("plan.goals");
            std::fs::write(&plan, read(&fixture("plan.goals")) + &case.mine).unwrap();
            with_csv(d, "x.csv", &case.csv);
            let before_errors = error_count(d);
            let before = read(&plan);
            let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
            let out = import(d, &args);
            // Every row is good: only conflicts leave something alone.
            let clean = stdout(&out).contains(", 0 conflicts");
            prop_assert_eq!(out.status.code(), Some(if clean { 0 } else { 1 }), "{}{}", stdout(&out), stderr(&out));
            prop_assert!(error_count(d) <= before_errors, "{}\n{}", stdout(&out), read(&plan));
            let once = read(&plan);
            // Every byte of the plan is still there, in order.
            prop_assert!(once.lines().filter(|l| !l.contains("# import")).eq(before.lines()));
            let again = import(d, &args);
            prop_assert_eq!(again.status.code(), out.status.code());
            prop_assert_eq!(read(&plan), once);
            prop_assert!(stdout(&again).contains(" 0 lines added, 0 restated") || stdout(&again).contains(" 0 line added"), "{}", stdout(&again));
        }
    }
}

#[test]
fn tabs_crlf_and_windows_1252_are_read() {
    let dir = workspace();
    let d = dir.path();
    // Excel's plain "CSV" in France: Windows-1252, `;`, CRLF, `€` as 0x80.
    std::fs::write(
        d.join("caisse.csv"),
        b"Date;Montant TTC;Cat\xe9gorie\r\n01/10/2026;1 234,50 \x80;Boutique\r\n01/10/2026;10,00 \x80;Boutique\r\n",
    )
    .unwrap();
    let out = import(
        d,
        &[
            "caisse.csv",
            "--id",
            "ca",
            "--date",
            "Date",
            "--value",
            "Montant TTC",
            "--sum",
            "--where",
            "categorie=boutique",
        ],
    );
    ok(&out);
    assert_eq!(added(d), "2026-10-01 ca +1244.5 EUR  # import\n");
    // A tab-separated export.
    std::fs::write(
        d.join("t.tsv"),
        "Day\tStage\r\n2026-10-07\tWon\r\n2026-10-07\tWon\r\n",
    )
    .unwrap();
    let out = import(
        d,
        &[
            "t.tsv",
            "--id",
            "deals",
            "--date",
            "Day",
            "--count",
            "--to",
            "new.goals",
        ],
    );
    ok(&out);
    assert_eq!(
        read(&d.join("new.goals")),
        "2026-10-07 deals +2  # import\n"
    );
}

#[test]
fn concurrent_logs_and_imports_lose_no_line() {
    let dir = workspace();
    let d = dir.path();
    let binary = assert_cmd::cargo::cargo_bin("goalie");
    let spawn = |args: Vec<String>| {
        std::process::Command::new(&binary)
            .current_dir(d)
            .args(args)
            .args(["--today", TODAY, "--no-config"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut children = Vec::new();
    for i in 0..8 {
        let note = format!("call {i}");
        children.push(spawn(
            ["log", "calls", "3", "--date", "2026-10-20", "--note", &note]
                .map(String::from)
                .to_vec(),
        ));
        if i % 4 == 0 {
            children.push(spawn(
                ["import"]
                    .iter()
                    .chain(DEALS)
                    .map(|s| s.to_string())
                    .collect(),
            ));
            children.push(spawn(
                ["import"]
                    .iter()
                    .chain(VENTES)
                    .map(|s| s.to_string())
                    .collect(),
            ));
        }
    }
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let plan = read(&d.join("plan.goals"));
    for i in 0..8 {
        assert_eq!(plan.matches(&format!("\"call {i}\"")).count(), 1, "{plan}");
    }
    // Each import's lines once, however many times it ran.
    assert_eq!(plan.matches("# import hubspot").count(), 3, "{plan}");
    assert_eq!(plan.matches("# import caisse").count(), 4, "{plan}");
}

/// One row and one line: the summary counts with real plurals in both
/// languages (it said "1 rows" and "1 lignes de"), French putting 0 in
/// the singular too.
#[test]
fn a_one_row_export_is_counted_in_the_singular() {
    let dir = workspace();
    std::fs::write(
        dir.path().join("one.csv"),
        "Date,Bounce rate\n20261001,0.4004\n",
    )
    .unwrap();
    let mut args = GA.to_vec();
    args[0] = "one.csv";
    let out = goalie()
        .current_dir(dir.path())
        .arg("import")
        .args(&args)
        .args(["--today", TODAY, "--lang", "fr", "--no-config", "--dry-run"])
        .output()
        .unwrap();
    ok(&out);
    assert!(
        stdout(&out).contains(
            "1 ligne ajoutée, 0 corrigée, 0 inchangée, 0 conflit (1 ligne de one.csv, 1 retenue) (essai : rien n'a été écrit)"
        ),
        "{}",
        stdout(&out)
    );
    let out = import(dir.path(), &args);
    ok(&out);
    assert!(
        stdout(&out).contains(
            "1 line added, 0 restated, 0 unchanged, 0 conflicts (1 row of one.csv, 1 kept)"
        ),
        "{}",
        stdout(&out)
    );
}
