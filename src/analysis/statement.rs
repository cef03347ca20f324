//! One goal statement judged on its own, as `goalie check --stdin` does for
//! a sentence typed at the terminal: the sentence becomes the title of a
//! lone key result, checked by the same analysis as any file, and the
//! findings that judge its wording are kept. What a sentence cannot say
//! (an owner, a parent, a `why:` line) is not asked for; its measure and its
//! date are asked for only when the sentence itself has none (`M201`,
//! `T501`).

use jiff::civil::Date;

use super::{Analysis, Workspace};
use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Family};

/// A statement wrapped as a key result, ready for the analysis: `kr
/// statement: …` (or `rc` when `french`), the sentence on one line.
pub fn as_goals(sentence: &str, french: bool) -> String {
    let line: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let keyword = if french { "rc" } else { "kr" };
    format!("{keyword} statement: {line}\n")
}

/// The byte offset of the sentence in [`as_goals`]'s text.
pub fn title_offset(french: bool) -> usize {
    if french {
        "rc statement: ".len()
    } else {
        "kr statement: ".len()
    }
}

/// Checks a workspace holding one wrapped statement (file 0) and keeps the
/// findings about its wording.
pub fn check(workspace: &Workspace, today: Date, settings: &Settings) -> Analysis {
    let mut analysis = workspace.analyze_with(today, settings);
    let item = analysis.model.items.first();
    let title = item.and_then(|i| i.title_range);
    let (has_number, has_time) = item.map_or((false, false), |i| {
        let facts =
            crate::rules::analyze_title(&i.title, &crate::rules::Lexicon::new(&settings.words));
        (facts.has_quantity(), facts.has_time())
    });
    analysis
        .diagnostics
        .retain(|d| keep(d, title, has_number, has_time));
    analysis
}

fn keep(
    d: &Diagnostic,
    title: Option<crate::text::TextRange>,
    has_number: bool,
    has_time: bool,
) -> bool {
    match d.code.code {
        "M201" => !has_number,
        "T501" => !has_time,
        _ => {
            let on_title = title.is_some_and(|t| t.start <= d.range.start && d.range.end <= t.end);
            on_title && d.code.family != Family::Structure
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(sentence: &str) -> Vec<&'static str> {
        let mut ws = Workspace::new();
        ws.add_file("<stdin>", as_goals(sentence, false));
        let a = check(&ws, jiff::civil::date(2026, 11, 16), &Settings::default());
        let mut codes: Vec<_> = a.diagnostics.iter().map(|d| d.code.code).collect();
        codes.sort();
        codes
    }

    #[test]
    fn a_good_statement_has_nothing_to_say() {
        assert!(
            codes("Raise the trial-to-paid rate from 12% to 18% by the end of March").is_empty()
        );
        assert!(codes("Passer le CA de 11 000 € à 20 000 € d'ici fin 2027").is_empty());
    }

    #[test]
    fn wording_measure_and_date() {
        assert_eq!(codes("Improve our visibility"), ["M201", "S101", "T501"]);
        assert_eq!(codes("Get more sign-ups this quarter"), ["M201", "M207"]);
        assert_eq!(codes("Ideally reach 40 demos a month by March"), ["S103"]);
        assert_eq!(codes("Triple revenue in three weeks"), ["A303"]);
        assert_eq!(
            codes("Win every deal we pitch in Q1"),
            ["A303", "M201", "M207"]
        );
    }
}
