//! `S102` short-title: a title too short to say what changes.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::lexicon::fold;

pub const CODE: Code = Code {
    code: "S102",
    name: "short-title",
    family: Family::Specific,
    severity: Severity::Warning,
    summary: Text {
        en: "A title too short to say what changes.",
        fr: "Un titre trop court pour dire ce qui change.",
    },
    what: Text {
        en: "Reports an objective, key result, activity or funnel whose title has fewer words than `min-title-words` (3 by default, set under `[thresholds]` in goalie.toml). Numbers count as words: `Win 100 customers` has three.",
        fr: "Signale un objectif, un résultat clé, une activité ou un entonnoir dont le titre a moins de mots que `min-title-words` (3 par défaut, réglable sous `[thresholds]` dans goalie.toml). Les nombres comptent comme des mots : `Signer 100 clients` en a trois.",
    },
    why: Text {
        en: "\"Sales\" or \"Grow revenue\" names a topic, not a goal: a reader cannot tell what should be different at the end, or for whom.",
        fr: "« Ventes » ou « Augmenter le CA » nomme un sujet, pas un objectif : le lecteur ne sait pas ce qui doit avoir changé à la fin, ni pour qui.",
    },
    bad: "objective sales: Grow sales\n  period: 2026-Q4\n",
    good: "objective sales: Grow sales with clinics in Lyon\n  period: 2026-Q4\n",
};

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
        let words = |one: &'static str, many: &'static str| if n == 1 { one } else { many };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            Message::new(
                format!(
                    "a title of {n} {} names a topic, not a goal: say what changes (at least {min} words)",
                    words("word", "words")
                ),
                format!(
                    "un titre de {n} {} nomme un sujet, pas un objectif : dites ce qui change (au moins {min} mots)",
                    words("mot", "mots")
                ),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::word_count;
    use crate::analysis::Workspace;
    use crate::config::Settings;
    use crate::rules::testing::{spans, today};

    #[test]
    fn short_titles_are_reported() {
        let text = "objective o: Sales\nkr k: Grow revenue\n  metric: 1 -> 2\nactivity a: Appeler\n  target: 1 per day\n";
        assert_eq!(spans(text, "S102"), ["Sales", "Grow revenue", "Appeler"]);
    }

    #[test]
    fn numbers_count_as_words() {
        let text = "kr k: Win 100 customers\n  metric: 0 -> 100\nobjective o: Faire du T4\n";
        assert!(spans(text, "S102").is_empty());
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
        assert_eq!(spans(text, "S102"), ["Grow sales"]);
    }
}
