//! `O603` task-like-kr: a key result worded as a task.

use crate::diagnostic::{Diagnostic, Edit, Fix, declare_rule};
use crate::i18n::msg;
use crate::model::{Item, ItemKind, Metric, Unit};
use crate::rules::Context;
use crate::rules::language::{Word, words};
use crate::rules::lexicon::LexiconKind;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective organic: Make organic the engine of our pipeline
    ///   period: 2026-Q4
    ///   kr posts: Write 8 blog posts
    ///     metric: 0 -> 8 posts
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective organic: Make organic the engine of our pipeline
    ///   period: 2026-Q4
    ///   kr mqls: Get 300 MQLs from organic traffic
    ///     metric: 0 -> 300 MQLs
    ///
    /// activity posts: Write blog posts
    ///   target: 2 posts per week
    ///   supports: mqls
    /// ```
    code: O603,
    name: "task-like-kr",
    family: Okr,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        // Milestones too: "Run the partner workshop" is an errand whether
        // or not it is marked done; "Grow the pipeline…" is an outcome
        // (the title analysis leaves outcome idioms out).
        let Some(verb) = &cx.title(item).task_verb else {
            continue;
        };
        if counts_people(cx, item) || states_the_result(item) {
            continue;
        }
        let milestone = item
            .metric
            .as_ref()
            .is_some_and(|m| m.value == Metric::Milestone);
        let mut diagnostic = Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            msg!(rule_O603_message, id = &item.id, verb = verb),
        );
        // With a measure, the right rewording is the user's to choose; a
        // weight would not apply to an activity.
        // A milestone is the user's to reword (an activity has no
        // `milestone` line).
        if item.metric.is_none() && !milestone && item.weight.is_none() {
            let activity = if item.french { "activité" } else { "activity" };
            diagnostic = diagnostic.with_fix(Fix {
                title: msg!(rule_O603_fix),
                edits: vec![Edit {
                    file: item.file,
                    range: item.keyword_range,
                    insert: activity.to_string(),
                }],
            });
        }
        out.push(diagnostic);
    }
}

/// Whether the metric counts people in a state (`40 affiliés -> 150
/// affiliés`, `0 -> 150 stagiaires`): what the verb brings about, not the
/// errands done (`0 -> 50 appels`, `0 -> 8 posts`).
fn counts_people(cx: &Context<'_>, item: &Item) -> bool {
    let Some(Metric::Change { baseline, target }) = item.metric.as_ref().map(|m| &m.value) else {
        return false;
    };
    baseline
        .iter()
        .chain(std::iter::once(target))
        .any(|q| match &q.unit {
            Unit::Word(w) => words(w)
                .iter()
                .any(|w| cx.lexicon.is(LexiconKind::People, w)),
            _ => false,
        })
}

/// Whether the title states, after `with`/`avec`, the number its metric
/// counts: "Participer à ProWein avec 60 rendez-vous acheteurs pris" over
/// `0 -> 60 rendez-vous` names the result the errand must bring.
fn states_the_result(item: &Item) -> bool {
    let Some(Metric::Change { target, .. }) = item.metric.as_ref().map(|m| &m.value) else {
        return false;
    };
    let Unit::Word(unit) = &target.unit else {
        return false;
    };
    let unit = words(unit);
    let title = words(&item.title);
    let Some(with) = title
        .iter()
        .position(|w| matches!(w.folded.as_str(), "with" | "avec"))
    else {
        return false;
    };
    let rest = &title[with + 1..];
    rest.iter().any(Word::is_number)
        && unit
            .first()
            .is_some_and(|u| rest.iter().any(|w| crate::rules::language::same(u, w)))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{apply_first_fix, check, with_code};

    #[test]
    fn task_verbs_in_both_languages() {
        check(
            "O603",
            r#"
                objective o: Grow
                  kr a: Write 8 blog posts
                #       ^^^^^^^^^^^^^^^^^^ O603
                    metric: 0 -> 8 posts
                  rc b: Appeler 50 anciens clients
                #       ^^^^^^^^^^^^^^^^^^^^^^^^^^ O603
                    mesure: 0 -> 50 appels
                  kr c: To launch the referral offer
                #       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ O603
            "#,
        );
    }

    #[test]
    fn results_outcome_idioms_and_milestones_that_name_a_state_are_fine() {
        check(
            "O603",
            r#"
                objective o: Grow
                  kr a: Get 300 MQLs from organic traffic
                    metric: 0 -> 300 MQLs
                  kr b: Customer stories hub live with 12 stories
                    milestone
                  rc c: Programme partenaires ouvert avec 5 partenaires signés
                    jalon
                  kr d: Grow the qualified pipeline from 300k to 900k EUR
                    metric: 300000 EUR -> 900000 EUR
                  rc e: Gagner 15 nouveaux clients à Lyon
                    mesure: 0 -> 15 clients
                  rc f: Recruter 200 blogueurs voyage affiliés actifs
                    mesure: 40 affiliés -> 200 affiliés
                  rc g: Former 150 stagiaires en management au T1
                    mesure: 0 -> 150 stagiaires
                  rc i: Participer à ProWein avec 60 rendez-vous acheteurs pris à l'avance
                    mesure: 0 -> 60 rendez-vous
                  rc h: Créer 40 opportunités PME en direct d'ici fin décembre
                    mesure: 12 opportunités -> 40 opportunités
            "#,
        );
    }

    #[test]
    fn errands_marked_as_milestones_are_tasks_too() {
        let text = "objective o: Grow\n  kr a: Run the partner workshop\n    milestone\n  rc b: Migrer l'emailing vers le nouvel outil\n    jalon\n";
        check(
            "O603",
            r#"
                objective o: Grow
                  kr a: Run the partner workshop
                #       ^^^^^^^^^^^^^^^^^^^^^^^^ O603
                    milestone
                  rc b: Migrer l'emailing vers le nouvel outil
                #       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ O603
                    jalon
            "#,
        );
        assert!(with_code(text, "O603").iter().all(|d| d.fixes.is_empty()));
    }

    #[test]
    fn fixes_only_without_a_measure() {
        let text = "objective o: Grow\n  kr a: Write 8 blog posts\n    metric: 0 -> 8 posts\n  kr b: Call 20 former customers\n    weight: 2\n";
        assert!(with_code(text, "O603").iter().all(|d| d.fixes.is_empty()));
        let text = "objectif o: Grandir\n  rc ca: Porter le CA à 20 000 €\n  rc b: Rédiger le guide\n    responsable: @lea\n";
        let found = with_code(text, "O603");
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert_eq!(d.fixes.len(), 1);
        let fixed = apply_first_fix(text, d);
        assert_eq!(
            fixed,
            "objectif o: Grandir\n  rc ca: Porter le CA à 20 000 €\n  activité b: Rédiger le guide\n    responsable: @lea\n"
        );
        assert!(with_code(&fixed, "O603").is_empty());
    }
}
