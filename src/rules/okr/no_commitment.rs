//! `O605` no-commitment: an objective neither committed nor aspirational.

use crate::diagnostic::{Diagnostic, Fix, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::fix::insert_line_after_header;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective ca-q4: Make Q4 our best quarter
    ///   period: 2026-Q4
    ///   owner: @camille
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective ca-q4: Make Q4 our best quarter
    ///   period: 2026-Q4
    ///   owner: @camille
    ///   committed
    /// ```
    code: O605,
    name: "no-commitment",
    family: Okr,
    severity: Info,
}

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (_, item) in cx.items(ItemKind::Objective) {
        if item.commitment.is_some() {
            continue;
        }
        let flags = if item.french {
            ["engagé", "ambitieux"]
        } else {
            ["committed", "aspirational"]
        };
        let mut diagnostic = Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_O605_message, id = &item.id),
        );
        for flag in flags {
            diagnostic = diagnostic.with_fix(Fix {
                title: msg!(rule_fix_add_line, line = flag),
                edits: insert_line_after_header(item, flag).into_iter().collect(),
            });
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{apply_first_fix, check, with_code};

    #[test]
    fn objectives_without_a_flag() {
        check(
            "O605",
            r#"
                objective a: Grow
                #         ^ O605
                objective b: Keep
                  committed
                objectif c: Oser
                  ambitieux
                kr k: Alone
            "#,
        );
    }

    #[test]
    fn fixes_add_a_flag_in_the_objective_language() {
        let text = "objectif a: Grandir\n  période: 2026-T4\n";
        let d = &with_code(text, "O605")[0];
        assert_eq!(d.fixes.len(), 2);
        let fixed = apply_first_fix(text, d);
        assert_eq!(fixed, "objectif a: Grandir\n  engagé\n  période: 2026-T4\n");
        assert!(with_code(&fixed, "O605").is_empty());
    }
}
