//! `M204` direction-contradiction: the title and the metric move opposite
//! ways.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::rules::measurable::unit_mismatch::quantity_message;
use crate::rules::{Context, Direction};

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective blog: Make the blog convert
    ///   period: 2026-Q4
    ///   kr bounce: Cut the blog bounce rate from 30% to 15%
    ///     metric: 15% -> 30%
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective blog: Make the blog convert
    ///   period: 2026-Q4
    ///   kr bounce: Cut the blog bounce rate from 30% to 15%
    ///     metric: 30% -> 15%
    /// ```
    code: M204,
    name: "direction-contradiction",
    family: Measurable,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    check_relative(cx, out);
    for (item, metric, baseline, target) in cx.changes() {
        let (b, t) = (baseline.value, target.value);
        // "Move from 210 to 400 containers": a title that writes the same
        // baseline and target, in that order, says which way it goes; a
        // word read as a direction there is something else (`containers`).
        let said = &cx.title(item).numbers;
        let near = |n: f64, v: f64| (n - v).abs() <= 0.01 * n.abs().max(v.abs());
        if let Some(first) = said.iter().position(|n| near(n.value, b))
            && said[first + 1..].iter().any(|n| near(n.value, t))
        {
            continue;
        }
        let direction = match cx.title(item).direction {
            Some(Direction::Down) if t > b => "down",
            Some(Direction::Up) if t < b => "up",
            _ => continue,
        };
        let moves = if t > b { "up" } else { "down" };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(
                rule_M204_change,
                direction = direction,
                moves = moves,
                baseline = quantity_message(b, &baseline.unit),
                target = quantity_message(t, &target.unit)
            ),
        ));
    }
}

/// A relative target says its direction with its sign (`-20%`, `+300`).
fn check_relative(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (item, metric, relative) in cx.relatives() {
        let c = relative.change.value;
        let direction = match cx.title(item).direction {
            Some(Direction::Down) if c > 0.0 => "down",
            Some(Direction::Up) if c < 0.0 => "up",
            _ => continue,
        };
        let (sign, moves) = if c > 0.0 {
            ("+", "up")
        } else {
            ("−", "down")
        };
        out.push(Diagnostic::new(
            &CODE,
            item.file,
            metric.range,
            msg!(
                rule_M204_relative,
                direction = direction,
                moves = moves,
                amount = quantity_message(c.abs(), &relative.change.unit),
                sign = sign
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{check, with_code};

    #[test]
    fn opposite_directions_are_reported_at_the_metric() {
        let text = "kr a: Cut the bounce rate\n  metric: 15% -> 30%\nkr b: Augmenter le CA mensuel\n  mesure: 20 000 € -> 11 000 €\n";
        check(
            "M204",
            r#"
                kr a: Cut the bounce rate
                  metric: 15% -> 30%
                # ^^^^^^^^^^^^^^^^^^ M204
                kr b: Augmenter le CA mensuel
                  mesure: 20 000 € -> 11 000 €
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ M204
            "#,
        );
        let d = &with_code(text, "M204")[0];
        assert!(
            d.message
                .render(crate::i18n::Lang::En)
                .contains("from 15% to 30%"),
            "{}",
            d.message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn numbers_written_from_and_to_say_the_direction() {
        check(
            "M204",
            r#"
                kr a: Move from 210 to 400 containers a month
                  metric: 210 containers -> 400 containers
                kr b: Faire passer les conteneurs de 210 à 400 par mois
                  mesure: 210 -> 400
                kr c: Cut the bounce rate to 55%
                  metric: 40% -> 55%
                # ^^^^^^^^^^^^^^^^^^ M204
            "#,
        );
    }

    #[test]
    fn a_relative_target_is_judged_by_its_sign() {
        let text = "kr a: Réduire le coût d'acquisition de 20 %\n  mesure: +20 %\nkr b: Grow followers by 20%\n  metric: 4 100 followers -> −20%\nkr c: Cut the CAC by 20%\n  metric: -20%\nkr d: Augmenter de 300 le nombre de MQL\n  mesure: +300 MQL\n";
        check(
            "M204",
            r#"
                kr a: Réduire le coût d'acquisition de 20 %
                  mesure: +20 %
                # ^^^^^^^^^^^^^ M204
                kr b: Grow followers by 20%
                  metric: 4 100 followers -> −20%
                # ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ M204
                kr c: Cut the CAC by 20%
                  metric: -20%
                kr d: Augmenter de 300 le nombre de MQL
                  mesure: +300 MQL
            "#,
        );
        let found = with_code(text, "M204");
        assert!(
            found[0]
                .message
                .render(crate::i18n::Lang::Fr)
                .contains("monte de 20\u{a0}%"),
            "{}",
            found[0].message.render(crate::i18n::Lang::Fr)
        );
        assert!(
            found[1]
                .message
                .render(crate::i18n::Lang::En)
                .contains("falls by 20%"),
            "{}",
            found[1].message.render(crate::i18n::Lang::En)
        );
    }

    #[test]
    fn agreeing_or_unknown_directions_are_fine() {
        check(
            "M204",
            r#"
                kr a: Cut the bounce rate
                  metric: 30% -> 15%
                kr b: Réduire le délai de réponse
                  mesure: 8 -> 2
                kr c: Bring my 10k time down
                  metric: 62 -> 55
                kr d: Grow MRR
                  metric: 10 -> 12
                kr e: Cut costs
                  metric: 20
                kr f: Raise NPS
                  metric: 40 -> 40
            "#,
        );
    }
}
