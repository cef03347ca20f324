//! `O604` no-owner: an objective nobody answers for.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Fix, declare_rule};
use crate::i18n::msg;
use crate::model::ItemKind;
use crate::rules::Context;
use crate::rules::fix::insert_line_after_header;

declare_rule! {
    /// ## Example that triggers it
    ///
    /// ```goals
    /// objective loyal: Customers who stay and recommend us
    ///   period: 2026-Q4
    ///   kr referrals: Get 15 new customers through referrals
    ///     metric: 0 -> 15 referrals
    /// ```
    ///
    /// ## Fixed
    ///
    /// ```goals
    /// objective loyal: Customers who stay and recommend us
    ///   period: 2026-Q4
    ///   owner: @camille
    ///   kr referrals: Get 15 new customers through referrals
    ///     metric: 0 -> 15 referrals
    /// ```
    code: O604,
    name: "no-owner",
    family: Okr,
    severity: Info,
}

/// Fixes offered at most.
const SUGGESTED: usize = 3;

pub fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut unowned = cx
        .items(ItemKind::Objective)
        .filter(|(_, i)| i.owners.is_empty())
        .peekable();
    if unowned.peek().is_none() {
        return;
    }
    // Owners in use, most frequent first, then in order of appearance.
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for owner in cx.model.items.iter().flat_map(|i| &i.owners) {
        let name = owner.value.trim_start_matches('@');
        if name.is_empty() {
            continue;
        }
        let next = counts.len();
        counts.entry(name).or_insert((0, next)).0 += 1;
    }
    let mut owners: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    owners.sort_by_key(|&(_, (count, first))| (std::cmp::Reverse(count), first));
    owners.truncate(SUGGESTED);
    for (_, item) in unowned {
        let keyword = if item.french { "responsable" } else { "owner" };
        let mut diagnostic = Diagnostic::new(
            &CODE,
            item.file,
            item.id_range,
            msg!(rule_O604_message, id = &item.id),
        );
        for (name, _) in &owners {
            let line = format!("{keyword}: @{name}");
            diagnostic = diagnostic.with_fix(Fix {
                title: msg!(rule_fix_add_line, line = &line),
                edits: insert_line_after_header(item, &line).into_iter().collect(),
            });
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{apply_first_fix, check, with_code};

    #[test]
    fn objectives_without_an_owner() {
        check(
            "O604",
            r#"
                objective a: Grow
                #         ^ O604
                  period: 2026-Q4
                objective b: Keep
                  owner: @sam
                kr k: Alone
            "#,
        );
    }

    #[test]
    fn owned_objectives_are_fine() {
        check(
            "O604",
            r#"
                objective a: Grow
                  owner: @sam
                objectif b: Garder
                  responsable: lea
            "#,
        );
    }

    #[test]
    fn fixes_suggest_the_most_frequent_owners() {
        let text = "objective a: Grow\n  period: 2026-Q4\nobjective b: Keep\n  owner: @sam, lea\nactivity c: Call\n  owner: lea\nactivity d: Post\n  owner: @priya\nactivity e: Write\n  owner: @zoe\n";
        let d = &with_code(text, "O604")[0];
        let titles: Vec<String> = d
            .fixes
            .iter()
            .map(|f| f.title.render(crate::i18n::Lang::En))
            .collect();
        assert_eq!(
            titles,
            [
                "Add `owner: @lea`",
                "Add `owner: @sam`",
                "Add `owner: @priya`"
            ]
        );
        let fixed = apply_first_fix(text, d);
        assert!(fixed.starts_with("objective a: Grow\n  owner: @lea\n  period: 2026-Q4\n"));
        assert!(with_code(&fixed, "O604").is_empty());
        let text = "objectif a: Grandir\n";
        let d = &with_code(text, "O604")[0];
        assert!(d.fixes.is_empty(), "no owner to suggest");
    }
}
