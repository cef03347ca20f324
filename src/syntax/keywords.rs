//! Every keyword's spellings, English and French, as data.
//!
//! The grammar is the authority on what parses; this table serves the
//! things the grammar cannot: "did you mean" suggestions, completion and the
//! keyword table of docs/format.md. A test parses every spelling listed
//! here with its rule, so the table cannot claim what the grammar refuses.

use super::grammar::Rule;
use crate::i18n::{Message, msg};

/// Where a keyword is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Starts an item: `objective id: title`.
    Item,
    /// A property: `due: 2026-12-31`.
    Property,
    /// A line on its own: `committed`.
    Flag,
    /// Inside a value or a log line.
    Word,
}

#[derive(Debug)]
pub struct Keyword {
    pub rule: Rule,
    pub place: Place,
    pub en: &'static [&'static str],
    pub fr: &'static [&'static str],
    /// What it means, for completion: its text is in
    /// `locales/<lang>/keywords.ftl`.
    pub doc: fn() -> Message,
}

impl Keyword {
    pub fn spellings(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.en.iter().chain(self.fr.iter()).copied()
    }
}

macro_rules! kw {
    ($rule:ident, $place:ident, [$($en:literal),*], [$($fr:literal),*], $doc:ident) => {
        Keyword { rule: Rule::$rule, place: Place::$place, en: &[$($en),*], fr: &[$($fr),*], doc: || msg!($doc) }
    };
}

pub const KEYWORDS: &[Keyword] = &[
    kw!(
        kw_objective,
        Item,
        ["objective"],
        ["objectif"],
        keyword_objective
    ),
    kw!(
        kw_kr,
        Item,
        ["kr", "key result"],
        ["rc", "résultat clé", "resultat cle"],
        keyword_kr
    ),
    kw!(
        kw_activity,
        Item,
        ["activity"],
        ["activité", "activite"],
        keyword_activity
    ),
    kw!(kw_funnel, Item, ["funnel"], ["entonnoir"], keyword_funnel),
    kw!(kw_stage, Word, ["stage"], ["étape", "etape"], keyword_stage),
    kw!(
        kw_period,
        Property,
        ["period"],
        ["période", "periode"],
        keyword_period
    ),
    kw!(
        kw_due,
        Property,
        ["due", "deadline"],
        ["échéance", "echeance"],
        keyword_due
    ),
    kw!(
        kw_start,
        Property,
        ["start"],
        ["début", "debut"],
        keyword_start
    ),
    kw!(
        kw_owner,
        Property,
        ["owner"],
        ["responsable"],
        keyword_owner
    ),
    kw!(kw_why, Property, ["why"], ["pourquoi"], keyword_why),
    kw!(kw_parent, Property, ["parent"], ["parent"], keyword_parent),
    kw!(
        kw_supports,
        Property,
        ["supports"],
        ["soutient", "contribue"],
        keyword_supports
    ),
    kw!(
        kw_metric,
        Property,
        ["metric"],
        ["métrique", "metrique", "mesure", "indicateur"],
        keyword_metric
    ),
    kw!(
        kw_keep,
        Property,
        ["keep"],
        ["garder", "seuil"],
        keyword_keep
    ),
    kw!(
        kw_target,
        Property,
        ["target"],
        ["cible", "rythme"],
        keyword_target
    ),
    kw!(kw_goal, Property, ["goal"], ["but"], keyword_goal),
    kw!(kw_weight, Property, ["weight"], ["poids"], keyword_weight),
    kw!(
        committed,
        Flag,
        ["committed"],
        ["engagé", "engagée", "engagement"],
        keyword_committed
    ),
    kw!(
        aspirational,
        Flag,
        ["aspirational"],
        ["aspirationnel", "ambitieux"],
        keyword_aspirational
    ),
    kw!(milestone, Flag, ["milestone"], ["jalon"], keyword_milestone),
    kw!(
        kw_per,
        Word,
        ["per", "every", "each"],
        ["par", "chaque", "toutes les", "tous les"],
        keyword_per
    ),
    kw!(
        kw_versus,
        Word,
        ["vs", "versus", "compared to"],
        // Keyword spellings, three words long: words of the language, not prose.
        ["par rapport au", "par rapport à la", "comparé au"],
        keyword_versus
    ),
    kw!(
        kw_previous,
        Word,
        ["previous", "last"],
        ["précédent", "précédente", "dernier", "dernière"],
        keyword_previous
    ),
    kw!(
        rate_day,
        Word,
        ["day", "days"],
        ["jour", "jours"],
        keyword_rate_day
    ),
    kw!(
        rate_weekday,
        Word,
        ["weekday", "weekdays", "working day", "business day"],
        [
            "jour ouvré",
            "jours ouvrés",
            "jour ouvrable",
            "jours ouvrables"
        ],
        keyword_rate_weekday
    ),
    kw!(
        rate_week,
        Word,
        ["week", "weeks"],
        ["semaine", "semaines"],
        keyword_rate_week
    ),
    kw!(
        rate_month,
        Word,
        ["month", "months"],
        ["mois"],
        keyword_rate_month
    ),
    kw!(
        rate_quarter,
        Word,
        ["quarter", "quarters"],
        ["trimestre", "trimestres"],
        keyword_rate_quarter
    ),
    kw!(
        rate_year,
        Word,
        ["year", "years"],
        ["an", "ans", "année", "années"],
        keyword_rate_year
    ),
    kw!(
        kw_each,
        Word,
        ["each", "apiece"],
        ["chacun", "chacune", "par unité"],
        keyword_each
    ),
    kw!(
        kw_convert,
        Word,
        ["convert", "converts"],
        ["convertissent", "convertit", "de conversion"],
        keyword_convert
    ),
    kw!(
        kw_by,
        Word,
        ["by", "before"],
        ["d'ici", "d'ici le", "avant", "avant le", "pour le"],
        keyword_by
    ),
    kw!(
        done,
        Word,
        ["done", "achieved"],
        ["fait", "faite", "terminé", "terminée", "atteint"],
        keyword_done
    ),
    kw!(
        dropped,
        Word,
        ["dropped", "abandoned"],
        ["abandonné", "abandonnée"],
        keyword_dropped
    ),
    kw!(
        kw_confidence,
        Word,
        ["confidence"],
        ["confiance"],
        keyword_confidence
    ),
    kw!(
        retro,
        Word,
        ["retro", "retrospective"],
        ["rétro", "bilan"],
        keyword_retro
    ),
];

/// The keyword spellings closest to `word` among those of the given rules,
/// for "did you mean". Case-insensitive; at most two edits away.
pub fn suggest(word: &str, among: &[Rule]) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let spellings = || {
        KEYWORDS
            .iter()
            .filter(|k| among.contains(&k.rule))
            .flat_map(|k| k.spellings())
    };
    // A word that is already a keyword, in any case, needs nothing.
    if spellings().any(|s| s == lower) {
        return None;
    }
    spellings()
        .map(|s| (strsim::damerau_levenshtein(&lower, s), s))
        .filter(|&(d, s)| d <= 2.min(s.chars().count() / 2))
        .min_by_key(|&(d, _)| d)
        .map(|(_, s)| s)
}

/// The property or flag keyword a line starts with, or is closest to
/// (`PÉRIODE: T1`, `perod: 2026`, `engagé`): the rule it was meant as.
pub fn meant(line: &str) -> Option<Rule> {
    let line = line.trim_start_matches([' ', '\t', '\u{A0}', '\u{202F}', '\u{FEFF}']);
    let head = match line.split_once(':') {
        Some((head, _)) => head.trim_end(),
        None => line.split_whitespace().next()?,
    };
    let lower = head.to_lowercase();
    let wanted = |k: &&Keyword| matches!(k.place, Place::Property | Place::Flag);
    if let Some(k) = KEYWORDS
        .iter()
        .filter(wanted)
        .find(|k| k.spellings().any(|s| s == lower))
    {
        return Some(k.rule);
    }
    let rules: Vec<Rule> = KEYWORDS.iter().filter(wanted).map(|k| k.rule).collect();
    let spelling = suggest(head, &rules)?;
    KEYWORDS
        .iter()
        .find(|k| k.spellings().any(|s| s == spelling))
        .map(|k| k.rule)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pest::Parser;

    #[test]
    fn every_spelling_parses_as_its_rule() {
        for k in KEYWORDS {
            for s in k.spellings() {
                for variant in [
                    s.to_string(),
                    s.to_ascii_uppercase(),
                    s.to_uppercase(),
                    capitalised(s),
                ] {
                    let pairs = super::super::grammar::GoalsParser::parse(k.rule, &variant)
                        .unwrap_or_else(|e| panic!("{:?} refuses {variant:?}: {e}", k.rule));
                    assert_eq!(
                        pairs.as_str(),
                        variant,
                        "{:?} only matched a prefix",
                        k.rule
                    );
                }
            }
        }
    }

    fn capitalised(s: &str) -> String {
        let mut chars = s.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    /// Every letter of a keyword may be a capital: each accented letter
    /// alone in capitals, the rest as written.
    #[test]
    fn each_accented_letter_may_be_a_capital() {
        for k in KEYWORDS {
            for s in k.spellings() {
                for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
                    let upper: String = c.to_uppercase().collect();
                    let variant = format!("{}{upper}{}", &s[..i], &s[i + c.len_utf8()..]);
                    let pairs = super::super::grammar::GoalsParser::parse(k.rule, &variant)
                        .unwrap_or_else(|e| panic!("{:?} refuses {variant:?}: {e}", k.rule));
                    assert_eq!(pairs.as_str(), variant, "{:?} matched a prefix", k.rule);
                }
            }
        }
    }

    #[test]
    fn meant_keywords() {
        assert_eq!(meant("  PÉRIODE: 2027-T1"), Some(Rule::kw_period));
        assert_eq!(meant("  perod: 2027-Q1"), Some(Rule::kw_period));
        assert_eq!(meant("  Engagé"), Some(Rule::committed));
        assert_eq!(meant("  owner @sam"), Some(Rule::kw_owner));
        assert_eq!(meant("  sales grow fast"), None);
        assert_eq!(meant("  the end: x"), None);
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            suggest("perod", &[Rule::kw_period, Rule::kw_due]),
            Some("period")
        );
        assert_eq!(suggest("echance", &[Rule::kw_due]), Some("echeance"));
        assert_eq!(suggest("échance", &[Rule::kw_due]), Some("échéance"));
        assert_eq!(suggest("zzz", &[Rule::kw_due]), None);
        assert_eq!(suggest("ÉCHÉANCE", &[Rule::kw_due]), None);
        assert_eq!(suggest("ÉCHÉANC", &[Rule::kw_due]), Some("échéance"));
        assert_eq!(suggest("échéance", &[Rule::kw_due]), None);
    }
}
