//! Word lists the title checks use, kept as data in `lexicon/*.txt` and
//! extendable from `goalie.toml`. Matching folds case and accents, splits
//! elisions (« l'acquisition »), accepts plurals, and treats a trailing `*`
//! as "any word starting so".

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
];

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// Folded tokens of the entry.
    tokens: Vec<String>,
    /// The last token matches any word it starts.
    prefix: bool,
    /// Written `!word`: the negative reading (for directions, "down").
    negated: bool,
    /// As written, for messages.
    written: String,
}

/// A match of an entry in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The entry as written in the lexicon.
    pub entry: String,
    /// Index of the first matching token.
    pub at: usize,
    pub negated: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    lists: Vec<(LexiconKind, Vec<Entry>)>,
}

/// Lower case, accents removed: `Améliorer` → `ameliorer`.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// Splits folded text into words and the signs that carry meaning (`%`,
/// `#`); apostrophes split elisions.
pub fn tokens(folded: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if matches!(c, '%' | '#') {
                out.push(c.to_string());
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn parse_list(text: &str) -> Vec<Entry> {
    text.lines()
        .filter_map(|l| parse_entry(l.split(" #").next().unwrap_or("")))
        .collect()
}

fn parse_entry(line: &str) -> Option<Entry> {
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
    let tokens = tokens(&fold(body));
    (!tokens.is_empty()).then(|| Entry {
        tokens,
        prefix,
        negated,
        written: line.trim_start_matches('!').to_string(),
    })
}

fn token_matches(entry: &str, word: &str, prefix: bool) -> bool {
    if prefix {
        return word.starts_with(entry);
    }
    word == entry
        || word.strip_suffix('s') == Some(entry)
        || word.strip_suffix('x') == Some(entry)
        || word.strip_suffix("es") == Some(entry)
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
        Lexicon { lists }
    }

    fn list(&self, kind: LexiconKind) -> &[Entry] {
        self.lists
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[], |(_, l)| l)
    }

    /// Every match of a list's entries in the tokens, in order.
    pub fn find_all(&self, kind: LexiconKind, words: &[String]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut at = 0;
        while at < words.len() {
            let mut consumed = 1;
            for entry in self.list(kind) {
                let n = entry.tokens.len();
                if at + n > words.len() {
                    continue;
                }
                let all = entry.tokens.iter().enumerate().all(|(i, t)| {
                    let last = i + 1 == n;
                    token_matches(t, &words[at + i], last && entry.prefix)
                });
                if all {
                    out.push(Found {
                        entry: entry.written.clone(),
                        at,
                        negated: entry.negated,
                    });
                    // A phrase's words are not matched again on their own.
                    consumed = n;
                    break;
                }
            }
            at += consumed;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(kind: LexiconKind, text: &str) -> Vec<String> {
        let lex = Lexicon::new(&ExtraWords::default());
        lex.find_all(kind, &tokens(&fold(text)))
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
            &tokens(&fold("Disrupter le marché par le buzz")),
        );
        let entries: Vec<&str> = found.iter().map(|f| f.entry.as_str()).collect();
        assert_eq!(entries, ["disrupt*", "buzz"]);
    }
}
