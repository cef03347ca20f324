//! `O601` kr-count: an objective with too few or too many key results.

use crate::diagnostic::{Diagnostic, declare_rule};
use crate::i18n::msg;
use crate::model::{ItemKind, Logged};
use crate::rules::Context;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective brand: Become the clinic managers' favourite tool
    ///   period: 2026-Q4
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective brand: Become the clinic managers' favourite tool
    ///   period: 2026-Q4
    ///   kr nps: Raise NPS from 32 to 45
    ///     metric: 32 -> 45
    /// ```
    code: O601,
    name: "kr-count",
    family: Okr,
    severity: Warning,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let t = cx.thresholds();
    for (_, item) in cx.items(ItemKind::Objective) {
        let count = item
            .children
            .iter()
            .filter(|&&kr| !cx.model.logged(kr, Logged::Dropped))
            .count();
        let message = if count < t.min_key_results {
            if count == 0 {
                msg!(rule_O601_none, id = &item.id, min = t.min_key_results)
            } else {
                msg!(
                    rule_O601_too_few,
                    id = &item.id,
                    count = count,
                    min = t.min_key_results
                )
            }
        } else if count > t.max_key_results {
            msg!(
                rule_O601_too_many,
                id = &item.id,
                count = count,
                max = t.max_key_results
            )
        } else {
            continue;
        };
        out.push(Diagnostic::new(&CODE, item.file, item.id_range, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Settings;
    use crate::rules::testing::{analyze_with, spans};

    fn krs(n: usize) -> String {
        (0..n)
            .map(|i| format!("  kr k{i}: Win {i} customers\n    metric: 0 -> {i} customers\n"))
            .collect()
    }

    #[test]
    fn none_or_too_many() {
        let text = format!("objective a: Empty\nobjective b: Crowded\n{}", krs(6));
        assert_eq!(spans(&text, "O601"), ["a", "b"]);
    }

    #[test]
    fn one_to_five_and_dropped_ones_do_not_count() {
        let text = format!(
            "objective a: One\n{}objective b: Five\n  kr x: Sign 3 deals\n    metric: 0 -> 3 deals\n{}2026-11-02 x dropped\n",
            krs(1),
            krs(5).replace("kr k", "kr m")
        );
        assert!(spans(&text, "O601").is_empty());
    }

    #[test]
    fn thresholds_are_configurable() {
        let settings =
            Settings::from_toml("[thresholds]\nmin-key-results = 2\nmax-key-results = 3\n")
                .unwrap();
        let text = format!("objective a: One\n{}", krs(1));
        let found: Vec<_> = analyze_with(&text, &settings)
            .diagnostics
            .into_iter()
            .filter(|d| d.code.code == "O601")
            .collect();
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .render(crate::i18n::Lang::En)
                .contains("at least 2")
        );
    }
}
