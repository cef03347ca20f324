//! `O603` task-like-kr: a key result worded as a task.

use crate::diagnostic::{Code, Diagnostic, Edit, Family, Fix, Severity, Text};
use crate::i18n::Message;
use crate::model::{ItemKind, Metric};
use crate::rules::Context;
use crate::rules::fix::insert_line_after_header;

pub const CODE: Code = Code {
    code: "O603",
    name: "task-like-kr",
    family: Family::Okr,
    severity: Severity::Warning,
    summary: Text {
        en: "A key result worded as a task to do rather than a result.",
        fr: "Un résultat clé formulé comme une tâche à faire plutôt qu'un résultat.",
    },
    what: Text {
        en: "Reports a key result whose title starts with a task verb — launch, write, call, analyse, publish, organise; lancer, rédiger, appeler, analyser, publier… (the list is `src/rules/lexicon/task_verbs.txt`, extended with `[lexicon] task-verbs = [...]` in goalie.toml). A milestone (`milestone`) is a deliverable by nature and is not reported. When the key result has no measure at all, two quick fixes are offered: turn it into an activity (the keyword becomes `activity`, or `activité` in French), or mark it as a milestone. A key result with a `metric:` or `keep:` gets no fix: reword it as the result the task should bring.",
        fr: "Signale un résultat clé dont le titre commence par un verbe de tâche — lancer, rédiger, appeler, analyser, publier, organiser ; launch, write, call… (la liste est `src/rules/lexicon/task_verbs.txt`, à compléter avec `[lexicon] task-verbs = [...]` dans goalie.toml). Un jalon (`jalon`) est un livrable par nature et n'est pas signalé. Quand le résultat clé n'a aucune mesure, deux corrections rapides sont proposées : en faire une activité (le mot-clé devient `activité`, ou `activity` en anglais), ou en faire un jalon. Un résultat clé qui a une `mesure:` ou un seuil `garder:` n'a pas de correction : reformulez-le comme le résultat que la tâche doit apporter.",
    },
    why: Text {
        en: "\"Write 8 blog posts\" can be done in full while nothing changes for the business. A key result says what the work should bring (\"300 MQLs from organic traffic\"); the work itself is an activity that supports it.",
        fr: "« Rédiger 8 articles » peut être fait entièrement sans que rien ne change pour l'entreprise. Un résultat clé dit ce que le travail doit apporter (« 300 prospects venus du référencement ») ; le travail lui-même est une activité qui y contribue.",
    },
    bad: "objective organic: Make organic the engine of our pipeline\n  period: 2026-Q4\n  kr posts: Write 8 blog posts\n    metric: 0 -> 8 posts\n",
    good: "objective organic: Make organic the engine of our pipeline\n  period: 2026-Q4\n  kr mqls: Get 300 MQLs from organic traffic\n    metric: 0 -> 300 MQLs\n\nactivity posts: Write blog posts\n  target: 2 posts per week\n  supports: mqls\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::KeyResult) {
        if item
            .metric
            .as_ref()
            .is_some_and(|m| m.value == Metric::Milestone)
        {
            continue;
        }
        let Some(verb) = &cx.title(item).task_verb else {
            continue;
        };
        let verb = verb.trim_end_matches('*');
        let mut diagnostic = Diagnostic::new(
            &CODE,
            item.file,
            item.title_range.unwrap_or(item.id_range),
            Message::new(
                format!(
                    "`{}` starts with `{verb}`, a task: say what result it brings, or make it an activity or a milestone",
                    item.id
                ),
                format!(
                    "`{}` commence par `{verb}`, une tâche : dites quel résultat elle apporte, ou faites-en une activité ou un jalon",
                    item.id
                ),
            ),
        );
        // With a measure, the right rewording is the user's to choose; a
        // weight would not apply to an activity.
        if item.metric.is_none() && item.weight.is_none() {
            let (activity, milestone) = if item.french {
                ("activité", "jalon")
            } else {
                ("activity", "milestone")
            };
            diagnostic = diagnostic
                .with_fix(Fix {
                    title: Message::new("Make it an activity", "En faire une activité"),
                    edits: vec![Edit {
                        file: item.file,
                        range: item.keyword_range,
                        insert: activity.to_string(),
                    }],
                })
                .with_fix(Fix {
                    title: Message::new("Mark it as a milestone", "En faire un jalon"),
                    edits: insert_line_after_header(item, milestone)
                        .into_iter()
                        .collect(),
                });
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{apply_first_fix, spans, with_code};

    #[test]
    fn task_verbs_in_both_languages() {
        let text = "objective o: Grow\n  kr a: Write 8 blog posts\n    metric: 0 -> 8 posts\n  rc b: Appeler 50 anciens clients\n    mesure: 0 -> 50 appels\n  kr c: To launch the referral offer\n";
        assert_eq!(
            spans(text, "O603"),
            [
                "Write 8 blog posts",
                "Appeler 50 anciens clients",
                "To launch the referral offer"
            ]
        );
    }

    #[test]
    fn results_and_milestones_are_fine() {
        let text = "objective o: Grow\n  kr a: Get 300 MQLs from organic traffic\n    metric: 0 -> 300 MQLs\n  kr b: Launch the customer stories hub\n    milestone\n  rc c: Lancer le programme partenaires\n    jalon\n";
        assert!(spans(text, "O603").is_empty());
    }

    #[test]
    fn fixes_only_without_a_measure() {
        let text = "objective o: Grow\n  kr a: Write 8 blog posts\n    metric: 0 -> 8 posts\n  kr b: Call 20 former customers\n    weight: 2\n";
        assert!(with_code(text, "O603").iter().all(|d| d.fixes.is_empty()));
        let text = "objectif o: Grandir\n  rc ca: Porter le CA à 20 000 €\n  rc b: Rédiger le guide\n    responsable: @lea\n";
        let found = with_code(text, "O603");
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert_eq!(d.fixes.len(), 2);
        assert_eq!(
            apply_first_fix(text, d),
            "objectif o: Grandir\n  rc ca: Porter le CA à 20 000 €\n  activité b: Rédiger le guide\n    responsable: @lea\n"
        );
        let mut milestone = d.clone();
        milestone.fixes.remove(0);
        let fixed = apply_first_fix(text, &milestone);
        assert_eq!(
            fixed,
            "objectif o: Grandir\n  rc ca: Porter le CA à 20 000 €\n  rc b: Rédiger le guide\n    jalon\n    responsable: @lea\n"
        );
        assert!(with_code(&fixed, "O603").is_empty());
    }
}
