//! `S105` vague-objective: an objective with key results, worded vaguely.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::lexicon::LexiconKind;
use crate::rules::specific::vague_wording::{names_measure, quoted};

pub const CODE: Code = Code {
    code: "S105",
    name: "vague-objective",
    family: Family::Specific,
    severity: Severity::Info,
    summary: Text {
        en: "An objective with key results whose wording names nothing concrete.",
        fr: "Un objectif avec des résultats clés dont la formulation ne nomme rien de concret.",
    },
    what: Text {
        en: "Reports, as information, an objective with key results whose title is only vague words — improve, boost, strengthen our presence, visibility, performance; améliorer, dynamiser, consolider notre présence, notoriété… — naming no measure, no customer, no place or product a reader could point at (words that say which way or when — grow, more, before Christmas — do not count; a hyphenated compound such as centre-ville is one word). `S101` reports the same wording on an objective without key results; here the key results may make the objective concrete, so it is worth a look rather than a warning.",
        fr: "Signale, pour information, un objectif avec des résultats clés dont le titre n'est fait que de mots vagues — améliorer, dynamiser, consolider notre présence, notoriété ; improve, boost… — sans nommer de mesure, de client, de lieu ou de produit qu'un lecteur pourrait montrer du doigt (les mots qui disent dans quel sens ou quand — augmenter, plus, avant Noël — ne comptent pas ; un mot composé comme centre-ville compte pour un). `S101` signale la même formulation sur un objectif sans résultats clés ; ici, les résultats clés peuvent rendre l'objectif concret : cela mérite un regard plutôt qu'un avertissement.",
    },
    why: Text {
        en: "An objective is read first and remembered longest. \"Boost our presence\" could head any plan; \"Become the clinics' first call in Lyon\" tells the team what the key results are for.",
        fr: "Un objectif est lu en premier et retenu le plus longtemps. « Renforcer notre présence » pourrait chapeauter n'importe quel plan ; « Devenir le premier appel des cliniques de Lyon » dit à l'équipe à quoi servent les résultats clés.",
    },
    bad: "objective presence: Boost our presence\n  period: 2026-Q4\n  kr demos: Book 40 demos with clinics in Lyon\n    metric: 12 -> 40 demos\n",
    good: "objective presence: Become the first call of clinics in Lyon\n  period: 2026-Q4\n  kr demos: Book 40 demos with clinics in Lyon\n    metric: 12 -> 40 demos\n",
};

/// Words that never make a title concrete on their own.
fn only_vague(cx: &Context<'_>, item: &crate::model::Item) -> bool {
    // Besides the vague words, at most one content word: "Boost our
    // presence online" is vague, "Boost renewals with Lyon clinics" is not.
    // Words that never make it concrete either: which way (grow, more),
    // when (before Valentine's, Q1); a hyphenated compound is one word
    // ("centre-ville").
    let words = crate::rules::language::words(&item.title);
    let mut plain = vec![true; words.len()];
    for kind in [
        LexiconKind::Vague,
        LexiconKind::Directions,
        LexiconKind::Comparison,
        LexiconKind::TimeWords,
    ] {
        for found in cx.lexicon.find_all(kind, &words) {
            plain[found.at..found.end].fill(false);
        }
    }
    let content = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            plain[i]
                && !w.is_function()
                && w.folded.chars().any(char::is_alphabetic)
                && !(i > 0 && item.title[..w.span.start].ends_with('-'))
        })
        .count();
    content <= 1
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        if item.children.is_empty() {
            continue; // S101's
        }
        let Some(range) = item.title_range else {
            continue;
        };
        let facts = cx.title(item);
        if facts.vague.is_empty() || names_measure(cx, item) || facts.has_quantity() {
            continue;
        }
        if !only_vague(cx, item) {
            continue;
        }
        let words = quoted(&facts.vague);
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            range,
            Message::new(
                format!("{words}: this objective names nothing concrete; its key results may, but say in its title what should be different (for whom, where)"),
                format!("{words} : cet objectif ne nomme rien de concret ; ses résultats clés le font peut-être, mais dites dans son titre ce qui doit changer (pour qui, où)"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn vague_objectives_with_key_results_are_information() {
        let text = "objective a: Boost our presence\n  kr k: Book 40 demos\n    metric: 12 -> 40 demos\nobjectif b: Consolider notre notoriété\n  rc r: Passer de 8 % à 14 % de notoriété spontanée\n    mesure: 8 % -> 14 %\n";
        assert_eq!(
            spans(text, "S105"),
            ["Boost our presence", "Consolider notre notoriété"]
        );
        assert_eq!(
            with_code(text, "S105")[0].severity,
            crate::diagnostic::Severity::Info
        );
    }

    #[test]
    fn concrete_objectives_or_none_without_key_results() {
        let text = "objective a: Boost renewals with the Lyon clinics\n  kr k: Renew 30 contracts\n    metric: 0 -> 30 contracts\nobjective b: Boost our presence\n";
        assert!(spans(text, "S105").is_empty());
    }
}
