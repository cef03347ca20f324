//! Word lists the title checks use, kept as data in `lexicon/*.txt` and
//! extendable from `goalie.toml`. Matching folds case and accents, splits
//! elisions (« l'acquisition »), accepts plurals, and treats a trailing `*`
//! as "any word starting so".

pub use super::language::fold;
#[cfg(test)]
use super::language::words;
use super::language::{Word, same, split};
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
}

const BUILT_IN: &[(LexiconKind, &str)] = &[
    (LexiconKind::Vague, include_str!("lexicon/vague.txt")),
    (
        LexiconKind::BusinessAsUsual,
        include_str!("lexicon/business_as_usual.txt"),
    ),
    (
        LexiconKind::TaskVerbs,
        include_str!("lexicon/task_verbs.txt"),
    ),
    (LexiconKind::Wishes, include_str!("lexicon/wishes.txt")),
    (
        LexiconKind::MetricNouns,
        include_str!("lexicon/metric_nouns.txt"),
    ),
    (
        LexiconKind::TimeWords,
        include_str!("lexicon/time_words.txt"),
    ),
    (
        LexiconKind::Unrealistic,
        include_str!("lexicon/unrealistic.txt"),
    ),
    (
        LexiconKind::Financial,
        include_str!("lexicon/financial.txt"),
    ),
    (
        LexiconKind::Directions,
        include_str!("lexicon/directions.txt"),
    ),
    (
        LexiconKind::Quantities,
        include_str!("lexicon/quantities.txt"),
    ),
    (LexiconKind::OffTopic, include_str!("lexicon/offtopic.txt")),
    (LexiconKind::Hedges, include_str!("lexicon/hedges.txt")),
    (
        LexiconKind::Comparison,
        include_str!("lexicon/comparison.txt"),
    ),
    (
        LexiconKind::OutcomeIdioms,
        include_str!("lexicon/outcome_idioms.txt"),
    ),
    (
        LexiconKind::Incidental,
        include_str!("lexicon/incidental.txt"),
    ),
    (LexiconKind::Bounds, include_str!("lexicon/bounds.txt")),
    (LexiconKind::Verbs, include_str!("lexicon/verbs.txt")),
    (LexiconKind::Touches, include_str!("lexicon/touches.txt")),
    (LexiconKind::Won, include_str!("lexicon/won.txt")),
    (LexiconKind::NoReason, include_str!("lexicon/no_reason.txt")),
];

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// The entry's words, folded and stemmed.
    words: Vec<Word>,
    /// The last word matches any word it starts.
    prefix: bool,
    /// Written `!word`: the negative reading (for directions, "down").
    negated: bool,
    /// As written, for docs.
    written: String,
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
    /// Folded form (`w`), English stem (`e:…`) and French stem (`f:…`) of
    /// an entry's first word, to the entries.
    by_key: rustc_hash::FxHashMap<String, Vec<u32>>,
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
            list.by_key.entry(first.folded.clone()).or_default().push(i);
            if first.en.len() >= 4 {
                list.by_key
                    .entry(format!("e:{}", first.en))
                    .or_default()
                    .push(i);
            }
            if first.fr.len() >= 4 {
                list.by_key
                    .entry(format!("f:{}", first.fr))
                    .or_default()
                    .push(i);
            }
        }
        list
    }

    /// The entries that may start at a word, in list order.
    fn candidates(&self, word: &Word) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        let mut take = |key: &str| {
            if let Some(found) = self.by_key.get(key) {
                out.extend_from_slice(found);
            }
        };
        take(&word.folded);
        for suffix in ["s", "x", "es"] {
            if let Some(stem) = word.folded.strip_suffix(suffix) {
                take(stem);
            }
        }
        take(&format!("e:{}", word.en));
        take(&format!("f:{}", word.fr));
        out.extend(self.by_prefix.iter().copied().filter(|&i| {
            word.folded
                .starts_with(&self.entries[i as usize].words[0].folded)
        }));
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Words of folded text, for callers that only need the folded forms.
pub fn tokens(folded: &str) -> Vec<String> {
    split(folded).into_iter().map(|w| w.folded).collect()
}

/// Which stemmers an entry needs: the list's `# English` and `# French`
/// sections say; entries elsewhere get both.
#[derive(Clone, Copy)]
enum Section {
    English,
    French,
    Both,
}

fn parse_list(text: &str) -> Vec<Entry> {
    let mut section = Section::Both;
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(comment) = line.trim().strip_prefix('#')
            && !comment.starts_with(|c: char| c.is_ascii_digit())
        {
            section = match comment.trim() {
                "English" => Section::English,
                "French" => Section::French,
                _ => Section::Both,
            };
            continue;
        }
        // Stemming an English entry the French way only costs time (and
        // the reverse).
        let (en, fr) = match section {
            Section::English => (true, false),
            Section::French => (false, true),
            Section::Both => (true, true),
        };
        out.extend(parse_entry_in(
            line.split(" #").next().unwrap_or(""),
            en,
            fr,
        ));
    }
    out
}

fn parse_entry(line: &str) -> Option<Entry> {
    parse_entry_in(line, true, true)
}

fn parse_entry_in(line: &str, english: bool, french: bool) -> Option<Entry> {
    let line = line.trim();
    if line.is_empty()
        || (line.starts_with('#')
            && line.len() > 1
            && !line[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let (negated, body) = match line.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let (prefix, body) = match body.strip_suffix('*') {
        Some(rest) => (true, rest),
        None => (false, body),
    };
    // A prefix entry's last word matches by its start: no stems needed.
    let mut words = split(body);
    let n = words.len();
    words = words
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            if prefix && i + 1 == n {
                w
            } else {
                w.stemmed_in(english, french)
            }
        })
        .collect();
    (!words.is_empty()).then(|| Entry {
        words,
        prefix,
        negated,
        written: line.trim_start_matches('!').to_string(),
    })
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
        let mut lists: Vec<(LexiconKind, Vec<Entry>)> =
            BUILT_IN.iter().map(|&(k, t)| (k, parse_list(t))).collect();
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

    fn list(&self, kind: LexiconKind) -> &[Entry] {
        self.indexed(kind).map_or(&[], |l| &l.entries)
    }

    /// Whether one word is an entry of a list (single-word entries only).
    pub fn is(&self, kind: LexiconKind, word: &Word) -> bool {
        self.list(kind)
            .iter()
            .any(|e| e.words.len() == 1 && word_matches(&e.words[0], word, e.prefix))
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
