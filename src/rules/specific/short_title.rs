//! `S102` short-title: a title too short to say what changes.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::lexicon::fold;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective sales: Grow sales
    ///   period: 2026-Q4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective sales: Grow sales with clinics in Lyon
    ///   period: 2026-Q4
    /// ```
    code: S102,
    name: "short-title",
    family: Specific,
    severity: Warning,
}

/// Words and numbers of a title (`%` and `#` alone do not count).
fn word_count(title: &str) -> usize {
    // The words of the folded title that hold a letter or digit: its runs
    // of letters and digits (`%` and `#` are words of their own, but hold
    // neither), counted without building the words.
    let folded = fold(title);
    let mut count = 0;
    let mut in_word = false;
    for c in folded.chars() {
        let alnum = c.is_alphanumeric();
        count += usize::from(alnum && !in_word);
        in_word = alnum;
    }
    count
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let min = cx.thresholds().min_title_words;
    for item in &cx.model.items {
        if item.kind == ItemKind::Stage {
            continue;
        }
        let Some(range) = item.title_range else {
            continue;
        };
        let n = word_count(&item.title);
        if n == 0 || n >= min {
            continue;
        }
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            msg!(rule_S102_message, count = n, min = min),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::word_count;
    use crate::analysis::Workspace;
    use crate::config::Settings;
    use crate::rules::testing::{check, today};

    #[test]
    fn short_titles_are_reported() {
        check(
            "S102",
            r#"
                objective o: Sales
                #            ^^^^^ S102
                kr k: Grow revenue
                #     ^^^^^^^^^^^^ S102
                  metric: 1 -> 2
                activity a: Appeler
                #           ^^^^^^^ S102
                  target: 1 per day
            "#,
        );
    }

    #[test]
    fn numbers_count_as_words() {
        check(
            "S102",
            r#"
                kr k: Win 100 customers
                  metric: 0 -> 100
                objective o: Faire du T4
            "#,
        );
        assert_eq!(word_count("Grow MRR 20 %"), 3);
        assert_eq!(word_count("Lancer l'offre"), 3);
        assert_eq!(word_count("   "), 0);
    }

    #[test]
    fn the_threshold_is_configurable_and_untitled_items_are_skipped() {
        let text = "objective o: Grow sales\nobjective p:\n";
        let mut settings = Settings::default();
        settings.thresholds.min_title_words = 2;
        let mut ws = Workspace::new();
        ws.add_file("t.goals", text);
        let found = ws.analyze_with(today(), &settings);
        assert!(found.diagnostics.iter().all(|d| d.code.code != "S102"));
        check(
            "S102",
            r#"
                objective o: Grow sales
                #            ^^^^^^^^^^ S102
                objective p:
            "#,
        );
    }
}
