//! `M204` direction-contradiction: the title and the metric move opposite
//! ways.

use crate::diagnostic::{Code, Diagnostic, Family, Severity, Text};
use crate::i18n::Message;
use crate::rules::measurable::unit_mismatch::quantity;
use crate::rules::{Context, Direction};

pub const CODE: Code = Code {
    code: "M204",
    name: "direction-contradiction",
    family: Family::Measurable,
    severity: Severity::Warning,
    summary: Text {
        en: "The title says up and the metric goes down, or the reverse.",
        fr: "Le titre dit de monter et la mesure descend, ou l'inverse.",
    },
    what: Text {
        en: "Reports a key result whose title says the measure should go down (reduce, cut, lower, decrease; réduire, baisser, diminuer…) while its `metric:` target is above the baseline, or says it should go up (increase, grow, raise; augmenter, doubler…) while the target is below the baseline. The first direction word of the title counts.",
        fr: "Signale un résultat clé dont le titre dit que la mesure doit baisser (reduce, cut, lower ; réduire, baisser, diminuer…) alors que la cible de sa `mesure:` est au-dessus du point de départ, ou qu'elle doit monter (increase, grow ; augmenter, doubler…) alors que la cible est en dessous. C'est le premier mot de direction du titre qui compte.",
    },
    why: Text {
        en: "Progress is computed from the metric. \"Cut the bounce rate\" with `metric: 15% -> 30%` would count a worse bounce rate as progress: the two sides were most likely swapped.",
        fr: "L'avancement se calcule à partir de la mesure. « Réduire le taux de rebond » avec `mesure: 15 % -> 30 %` compterait un rebond qui empire comme un progrès : les deux côtés ont très probablement été inversés.",
    },
    bad: "objective blog: Make the blog convert\n  period: 2026-Q4\n  kr bounce: Cut the blog bounce rate from 30% to 15%\n    metric: 15% -> 30%\n",
    good: "objective blog: Make the blog convert\n  period: 2026-Q4\n  kr bounce: Cut the blog bounce rate from 30% to 15%\n    metric: 30% -> 15%\n",
};

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (item, metric, baseline, target) in cx.changes() {
        let (b, t) = (baseline.value, target.value);
        let (en, fr) = match cx.title(item).direction {
            Some(Direction::Down) if t > b => ("go down", "baisser"),
            Some(Direction::Up) if t < b => ("go up", "monter"),
            _ => continue,
        };
        let (ben, bfr) = quantity(b, &baseline.unit);
        let (ten, tfr) = quantity(t, &target.unit);
        let (moves_en, moves_fr) = if t > b {
            ("goes up", "monte")
        } else {
            ("goes down", "descend")
        };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            Message::new(
                format!("the title says this should {en}, but the metric {moves_en} from {ben} to {ten}: are the two sides swapped?"),
                format!("le titre dit que ceci doit {fr}, mais la mesure {moves_fr} de {bfr} à {tfr} : les deux côtés sont-ils inversés ?"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{spans, with_code};

    #[test]
    fn opposite_directions_are_reported_at_the_metric() {
        let text = "kr a: Cut the bounce rate\n  metric: 15% -> 30%\nkr b: Augmenter le CA mensuel\n  mesure: 20 000 € -> 11 000 €\n";
        assert_eq!(
            spans(text, "M204"),
            ["metric: 15% -> 30%", "mesure: 20 000 € -> 11 000 €"]
        );
        let d = &with_code(text, "M204")[0];
        assert!(d.message.en.contains("from 15% to 30%"), "{}", d.message.en);
    }

    #[test]
    fn agreeing_or_unknown_directions_are_fine() {
        let text = "kr a: Cut the bounce rate\n  metric: 30% -> 15%\nkr b: Réduire le délai de réponse\n  mesure: 8 -> 2\nkr c: Bring my 10k time down\n  metric: 62 -> 55\nkr d: Grow MRR\n  metric: 10 -> 12\nkr e: Cut costs\n  metric: 20\nkr f: Raise NPS\n  metric: 40 -> 40\n";
        assert!(spans(text, "M204").is_empty());
    }
}
