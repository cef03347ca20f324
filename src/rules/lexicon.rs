//! Word lists the title checks use, kept as data in `lexicon/*.txt` and
//! extendable from `goalie.toml`. Matching folds case and accents, splits
//! elisions (« l'acquisition »), accepts plurals, and treats a trailing `*`
//! as "any word starting so".

pub use super::language::fold;
#[cfg(test)]
use super::language::words;
// `parse` reads `super::language` (in the build script too).
use super::language;
use super::language::{Word, same, split};
use parse::{Entry, StaticEntry, StaticWord, parse_entry};

mod parse;
use crate::config::ExtraWords;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LexiconKind {
    Vague,
    BusinessAsUsual,
    TaskVerbs,
    Wishes,
    MetricNouns,
    TimeWords,
    Unrealistic,
    Financial,
    /// Direction words; entries written `!word` mean "down".
    Directions,
    /// Number words and scale words (`double`, `douzaine`).
    Quantities,
    /// Personal pursuits unrelated to a business plan.
    OffTopic,
    /// Hedges that take the commitment out of a goal (`ideally`, `si
    /// possible`), whatever number follows.
    Hedges,
    /// Comparison words that ask for a number (`more`, `plus de`).
    Comparison,
    /// Verb phrases that read like tasks but name an outcome (`grow the
    /// pipeline`, `gagner des clients`).
    OutcomeIdioms,
    /// Quantities that are not a target: the means (`a team of 3`).
    Incidental,
    /// Bounds of a guardrail: `at least`; entries written `!word` mean
    /// "at most" (`under`, `sous`).
    Bounds,
    /// Common verbs of goal titles (the other lists hold more).
    Verbs,
    /// One-to-one work (`calls`, `visites`): each action reaches one buyer.
    Touches,
    /// What one buyer gives at most one of (`accounts`, `contrats`).
    Won,
    /// Words of a `why:` that give no reason of their own: the number, a
    /// mandate, the wish to grow (`hit the number`, `demandé par`).
    NoReason,
    /// People a result counts in a state (`affiliés`, `trainees`): a task
    /// verb over them names an outcome.
    People,
    /// Events with a date of their own (`webinar`, `salon`).
    Events,
    /// Things a vague word may name a kind of (`loyalty program`, `audit
    /// qualité`).
    Artefacts,
    /// Funnel stages where the buyer has already said yes (`accepted
    /// offers`, `compromis`).
    Committed,
    /// Work the team does itself, said of those it is done to (`called`,
    /// `reçus`): covering all of them is within reach.
    OwnWork,
}

/// The built-in lists, by the name of their file in `lexicon/`: the build
/// script reads, folds and stems them once (`parse::built_in`).
const BUILT_IN: &[(LexiconKind, &str)] = &[
    (LexiconKind::Vague, "vague"),
    (LexiconKind::BusinessAsUsual, "business_as_usual"),
    (LexiconKind::TaskVerbs, "task_verbs"),
    (LexiconKind::Wishes, "wishes"),
    (LexiconKind::MetricNouns, "metric_nouns"),
    (LexiconKind::TimeWords, "time_words"),
    (LexiconKind::Unrealistic, "unrealistic"),
    (LexiconKind::Financial, "financial"),
    (LexiconKind::Directions, "directions"),
    (LexiconKind::Quantities, "quantities"),
    (LexiconKind::OffTopic, "offtopic"),
    (LexiconKind::Hedges, "hedges"),
    (LexiconKind::Comparison, "comparison"),
    (LexiconKind::OutcomeIdioms, "outcome_idioms"),
    (LexiconKind::Incidental, "incidental"),
    (LexiconKind::Bounds, "bounds"),
    (LexiconKind::Verbs, "verbs"),
    (LexiconKind::Touches, "touches"),
    (LexiconKind::Won, "won"),
    (LexiconKind::NoReason, "no_reason"),
    (LexiconKind::People, "people"),
    (LexiconKind::Events, "events"),
    (LexiconKind::Artefacts, "artefacts"),
    (LexiconKind::Committed, "committed"),
    (LexiconKind::OwnWork, "own_work"),
];

/// The built-in lists, read at compile time (build.rs).
static BUILT_IN_ENTRIES: &[(&str, &[StaticEntry])] =
    include!(concat!(env!("OUT_DIR"), "/lexicon_built_in.rs"));

/// The entries of a built-in list, by the name of its file.
fn built_in(name: &str) -> Vec<Entry> {
    BUILT_IN_ENTRIES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, entries)| entries.iter().map(Entry::from).collect())
        .unwrap_or_default()
}

/// A match of an entry in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The entry as written in the lexicon.
    pub entry: String,
    /// Index of the first matching word.
    pub at: usize,
    /// Index after the last matching word.
    pub end: usize,
    /// Bytes of the text the match covers, first word to last.
    pub span: std::ops::Range<usize>,
    pub negated: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    lists: Vec<(LexiconKind, List)>,
}

/// One list, indexed by the forms of its entries' first words, so a title
/// is matched against the few entries that can start at each word.
#[derive(Clone, Debug, Default)]
struct List {
    entries: Vec<Entry>,
    /// Folded form of an entry's first word, to the entries.
    by_folded: rustc_hash::FxHashMap<String, Vec<u32>>,
    /// English and French stems of an entry's first word (stems of four
    /// letters or more: shorter ones never decide a match), to the entries.
    by_en: rustc_hash::FxHashMap<String, Vec<u32>>,
    by_fr: rustc_hash::FxHashMap<String, Vec<u32>>,
    /// Entries whose first word matches by prefix (`improv*`).
    by_prefix: Vec<u32>,
}

impl List {
    fn new(entries: Vec<Entry>) -> List {
        let mut list = List {
            entries,
            ..List::default()
        };
        for (i, e) in list.entries.iter().enumerate() {
            let i = i as u32;
            let first = &e.words[0];
            if e.prefix && e.words.len() == 1 {
                list.by_prefix.push(i);
                continue;
            }
            list.by_folded
                .entry(first.folded.clone())
                .or_default()
                .push(i);
            if first.en.len() >= 4 {
                list.by_en.entry(first.en.clone()).or_default().push(i);
            }
            if first.fr.len() >= 4 {
                list.by_fr.entry(first.fr.clone()).or_default().push(i);
            }
        }
        list
    }

    /// The entries that may start at a word, in list order.
    fn candidates(&self, word: &Word) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        let mut take = |map: &rustc_hash::FxHashMap<String, Vec<u32>>, key: &str| {
            if let Some(found) = map.get(key) {
                out.extend_from_slice(found);
            }
        };
        take(&self.by_folded, &word.folded);
        for suffix in ["s", "x", "es"] {
            if let Some(stem) = word.folded.strip_suffix(suffix) {
                take(&self.by_folded, stem);
            }
        }
        if word.en.len() >= 4 {
            take(&self.by_en, &word.en);
        }
        if word.fr.len() >= 4 {
            take(&self.by_fr, &word.fr);
        }
        out.extend(self.by_prefix.iter().copied().filter(|&i| {
            word.folded
                .starts_with(&self.entries[i as usize].words[0].folded)
        }));
        if out.len() > 1 {
            out.sort_unstable();
            out.dedup();
        }
        out
    }
}

/// Words of folded text, for callers that only need the folded forms.
pub fn tokens(folded: &str) -> Vec<String> {
    split(folded).into_iter().map(|w| w.folded).collect()
}

fn word_matches(entry: &Word, word: &Word, prefix: bool) -> bool {
    if prefix {
        return word.folded.starts_with(&entry.folded);
    }
    same(entry, word)
}

/// Words an entry may skip between two of its own: at most three articles,
/// possessives or numbers (« développer notre présence », « make 3 000
/// calls »).
const MAX_SKIPPED: usize = 3;

impl Entry {
    /// The index after the match when the entry matches at `at`.
    fn matches_at(&self, text: &[Word], at: usize) -> Option<usize> {
        let mut i = at;
        let mut skipped = 0;
        let n = self.words.len();
        for (k, e) in self.words.iter().enumerate() {
            let last = k + 1 == n;
            loop {
                let word = text.get(i)?;
                if word_matches(e, word, last && self.prefix) {
                    i += 1;
                    break;
                }
                // Only between words of the entry, never before its first.
                if k > 0 && skipped < MAX_SKIPPED && (word.is_function() || word.is_number()) {
                    skipped += 1;
                    i += 1;
                    continue;
                }
                return None;
            }
        }
        Some(i)
    }
}

impl Lexicon {
    /// The built-in lists plus the configured extra words.
    pub fn new(extra: &ExtraWords) -> Self {
        let mut lists: Vec<(LexiconKind, Vec<Entry>)> = BUILT_IN
            .iter()
            .map(|&(k, name)| (k, built_in(name)))
            .collect();
        let mut add = |kind: LexiconKind, words: &[String]| {
            if let Some((_, list)) = lists.iter_mut().find(|(k, _)| *k == kind) {
                list.extend(words.iter().filter_map(|w| parse_entry(w)));
            }
        };
        add(LexiconKind::Vague, &extra.vague);
        add(LexiconKind::BusinessAsUsual, &extra.business_as_usual);
        add(LexiconKind::TaskVerbs, &extra.task_verbs);
        add(LexiconKind::Wishes, &extra.wishes);
        add(LexiconKind::Hedges, &extra.hedges);
        add(LexiconKind::MetricNouns, &extra.metric_nouns);
        add(LexiconKind::Directions, &extra.directions);
        add(LexiconKind::OutcomeIdioms, &extra.outcome_idioms);
        add(LexiconKind::Unrealistic, &extra.unrealistic);
        Lexicon {
            lists: lists.into_iter().map(|(k, l)| (k, List::new(l))).collect(),
        }
    }

    fn indexed(&self, kind: LexiconKind) -> Option<&List> {
        self.lists.iter().find(|(k, _)| *k == kind).map(|(_, l)| l)
    }

    /// Whether one word is an entry of a list (single-word entries only).
    pub fn is(&self, kind: LexiconKind, word: &Word) -> bool {
        let Some(list) = self.indexed(kind) else {
            return false;
        };
        list.candidates(word).into_iter().any(|i| {
            let e = &list.entries[i as usize];
            e.words.len() == 1 && word_matches(&e.words[0], word, e.prefix)
        })
    }

    /// Every match of a list's entries in the words, in order; the longest
    /// entry wins where several start at the same word.
    pub fn find_all(&self, kind: LexiconKind, text: &[Word]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut at = 0;
        let Some(list) = self.indexed(kind) else {
            return out;
        };
        while at < text.len() {
            let best = list
                .candidates(&text[at])
                .into_iter()
                .map(|i| &list.entries[i as usize])
                .filter_map(|e| e.matches_at(text, at).map(|end| (end, e)))
                .max_by_key(|(end, e)| (*end, e.words.len()));
            match best {
                Some((end, entry)) => {
                    out.push(Found {
                        entry: entry.written.clone(),
                        at,
                        end,
                        span: text[at].span.start..text[end - 1].span.end,
                        negated: entry.negated,
                    });
                    // A phrase's words are not matched again on their own.
                    at = end;
                }
                None => at += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(kind: LexiconKind, text: &str) -> Vec<String> {
        let lex = Lexicon::new(&ExtraWords::default());
        lex.find_all(kind, &words(text))
            .into_iter()
            .map(|f| f.entry)
            .collect()
    }

    #[test]
    fn folds_accents_case_elisions_and_plurals() {
        assert_eq!(
            find(LexiconKind::Vague, "Améliorer la Notoriété"),
            ["amélior*", "notoriété"]
        );
        assert_eq!(
            find(LexiconKind::Vague, "AMELIORER l'image"),
            ["amélior*", "image"]
        );
        assert_eq!(
            find(LexiconKind::MetricNouns, "Signer 40 clients"),
            ["client*"]
        );
        assert_eq!(
            find(LexiconKind::MetricNouns, "le chiffre d'affaires"),
            ["chiffre d'affaires"]
        );
        assert_eq!(
            find(LexiconKind::TimeWords, "d'ici fin décembre"),
            ["d'ici", "fin", "décembre"]
        );
        assert_eq!(find(LexiconKind::Wishes, "Get rich"), ["get rich"]);
        assert!(find(LexiconKind::Vague, "Win 100 customers").is_empty());
    }

    #[test]
    fn words_sharing_a_stem_with_a_vague_one_are_not_vague() {
        // `=` entries: the word and its plural, not every word of its stem.
        for concrete in [
            "Ship the products",
            "Plateforme en production",
            "Faire 30 présentations",
            "Present the offer to the board",
            "Hire 2 developers",
            "Recruter 2 développeurs",
            "Run 12 experiments",
            "Sell the smoothie range",
            "Join the accelerator",
            "Ouvrir le rayon vrac",
        ] {
            assert!(find(LexiconKind::Vague, concrete).is_empty(), "{concrete}");
        }
        for vague in [
            "Productivity",
            "Améliorer la productivité",
            "Renforcer notre présence",
            "Être présents sur LinkedIn",
            "Être plus présents sur le terrain",
            "Develop the Lyon market",
            "Développer les ventes",
            "Accelerate growth",
        ] {
            assert!(!find(LexiconKind::Vague, vague).is_empty(), "{vague}");
        }
        assert!(find(LexiconKind::Directions, "Move 400 containers").is_empty());
        assert_eq!(find(LexiconKind::Directions, "Contain churn"), ["contain"]);
    }

    #[test]
    fn the_lists_read_at_compile_time_are_the_lists() {
        let texts: &[(&str, &str)] = &[
            ("vague", include_str!("lexicon/vague.txt")),
            (
                "business_as_usual",
                include_str!("lexicon/business_as_usual.txt"),
            ),
            ("task_verbs", include_str!("lexicon/task_verbs.txt")),
            ("wishes", include_str!("lexicon/wishes.txt")),
            ("metric_nouns", include_str!("lexicon/metric_nouns.txt")),
            ("time_words", include_str!("lexicon/time_words.txt")),
            ("unrealistic", include_str!("lexicon/unrealistic.txt")),
            ("financial", include_str!("lexicon/financial.txt")),
            ("directions", include_str!("lexicon/directions.txt")),
            ("quantities", include_str!("lexicon/quantities.txt")),
            ("offtopic", include_str!("lexicon/offtopic.txt")),
            ("hedges", include_str!("lexicon/hedges.txt")),
            ("comparison", include_str!("lexicon/comparison.txt")),
            ("outcome_idioms", include_str!("lexicon/outcome_idioms.txt")),
            ("incidental", include_str!("lexicon/incidental.txt")),
            ("bounds", include_str!("lexicon/bounds.txt")),
            ("verbs", include_str!("lexicon/verbs.txt")),
            ("touches", include_str!("lexicon/touches.txt")),
            ("won", include_str!("lexicon/won.txt")),
            ("no_reason", include_str!("lexicon/no_reason.txt")),
            ("people", include_str!("lexicon/people.txt")),
            ("events", include_str!("lexicon/events.txt")),
            ("artefacts", include_str!("lexicon/artefacts.txt")),
            ("committed", include_str!("lexicon/committed.txt")),
            ("own_work", include_str!("lexicon/own_work.txt")),
        ];
        assert_eq!(texts.len(), BUILT_IN.len());
        for (name, text) in texts {
            assert_eq!(built_in(name), parse::parse_list(text), "{name}");
        }
        assert!(built_in("vague").len() > 50);
    }

    #[test]
    fn extra_words_extend_the_lists() {
        let lex = Lexicon::new(&ExtraWords {
            vague: vec!["buzz".into(), "disrupt*".into()],
            ..ExtraWords::default()
        });
        let found = lex.find_all(
            LexiconKind::Vague,
            &words("Disrupter le marché par le buzz"),
        );
        let entries: Vec<&str> = found.iter().map(|f| f.entry.as_str()).collect();
        assert_eq!(entries, ["disrupt*", "buzz"]);
    }
}
