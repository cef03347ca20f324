//! What a title says, read the way the checks need it: vague words, task
//! verbs, numbers with their units, time expressions, which way a measure
//! should move. Numbers are read with the format's own grammar, so `20 %`,
//! `100 000 $` and `$1,200` mean the same in a title as in a metric.

use pest::Parser;

use super::language::{Word, words};
use super::lexicon::{Found, Lexicon, LexiconKind};
use crate::model::Unit;
use crate::model::number::parse_number_in;
use crate::syntax::{GoalsParser, Rule};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// A number written in a title.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleNumber {
    pub value: f64,
    pub unit: Unit,
    /// Where the number starts in the title.
    pub at: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TitleFacts {
    /// Words, numbers excluded.
    pub words: usize,
    /// Vague words, as written in the title (so are the other lists).
    pub vague: Vec<String>,
    /// Vague words right after a thing's name (`audit qualité`): in a
    /// French title, the kind of thing it is.
    pub vague_after_thing: Vec<String>,
    /// Business-as-usual wording at the start (`Maintain…`, `Continuer…`).
    pub business_as_usual: Option<String>,
    /// A task verb at the start (`Launch…`, `Rédiger…`), unless an outcome
    /// idiom starts there (`Grow the qualified pipeline…`).
    pub task_verb: Option<String>,
    pub wishes: Vec<String>,
    /// Hedges (`ideally`, `si possible`).
    pub hedges: Vec<String>,
    /// Nouns that name what is counted (`leads`, `taux de notoriété`).
    pub metric_nouns: Vec<String>,
    /// Nouns a target number counts, read from the structure: the word
    /// after the number (`96 % de contrôles`, `40 missions`).
    pub counted: Vec<String>,
    /// Target numbers (dates, durations and means are elsewhere).
    pub numbers: Vec<TitleNumber>,
    /// Numbers that say the means (`with a team of 3`), not the target.
    pub incidental: Vec<TitleNumber>,
    /// Durations written in the title, in days (`in three weeks`: 21).
    pub durations: Vec<f64>,
    /// Time words, years and dates.
    pub time: Vec<String>,
    pub unrealistic: Vec<String>,
    pub financial: Vec<String>,
    pub direction: Option<Direction>,
    /// The direction word, as written.
    pub direction_word: Option<String>,
    /// Comparison words (`more`, `plus de`).
    pub comparison: Vec<String>,
    /// Names a topic, not a goal: a few nouns and no verb ("Q1 email
    /// marketing", "Réseaux sociaux 2027").
    pub topic: bool,
    /// Some content word looks like a French infinitive (`-er`, `-ir`,
    /// `-re`): in a French title, a verb.
    pub infinitive: bool,
    /// The first bound word, as written, and whether it means "at most"
    /// (`under`, `sous`) rather than "at least".
    pub bound: Option<(String, bool)>,
    /// Number and scale words (`twice`, `deux`, `douzaine`).
    pub quantity_words: Vec<String>,
    /// Numbers written ambiguously (`5,000`): a measure, of unknown value.
    pub ambiguous_numbers: usize,
    /// A scale factor announced (`10x`, `multiplier par dix`, `triple`).
    pub multiplier: Option<f64>,
    pub off_topic: Vec<String>,
    /// Names an event with a date of its own (`webinar`, `salon`).
    pub event: bool,
    /// A number given on a scale (`4,5 sur 5`, `8/10`, `4.6 out of 5`): a
    /// score, so the title names a measure (a satisfaction score).
    pub score: bool,
    /// Speaks of a market (`market`, `marché`): a share of it, usually. Not
    /// marketing, nor a segment or a plan (`mid-market`, `go-to-market`).
    pub mentions_market: bool,
}

impl TitleFacts {
    /// A number that measures something (a year is a date, not a measure).
    pub fn has_measure(&self) -> bool {
        !self.numbers.is_empty() || self.ambiguous_numbers > 0
    }

    /// A measure, or words that count (`twice`, `une douzaine`).
    pub fn has_quantity(&self) -> bool {
        self.has_measure() || !self.quantity_words.is_empty() || self.multiplier.is_some()
    }

    pub fn has_time(&self) -> bool {
        !self.time.is_empty()
    }
}

/// The text outside quotes, same length: a quoted name ("Better Rotas") is
/// not wording, and spans stay those of the title.
fn unquoted(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut closing: Option<char> = None;
    for c in title.chars() {
        let blank = match closing {
            Some(end) if c == end => {
                closing = None;
                true
            }
            Some(_) => true,
            None => {
                closing = match c {
                    '"' => Some('"'),
                    '«' => Some('»'),
                    '“' => Some('”'),
                    _ => None,
                };
                closing.is_some()
            }
        };
        if blank {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads a title.
pub fn analyze(title: &str, lexicon: &Lexicon) -> TitleFacts {
    let text = unquoted(title);
    let words = words(&text);
    let written = |found: Vec<Found>| -> Vec<String> {
        found
            .into_iter()
            .map(|f| title[f.span].to_string())
            .collect()
    };
    let find = |kind| lexicon.find_all(kind, &words);
    let mut facts = TitleFacts {
        words: words
            .iter()
            .filter(|w| w.folded.chars().any(char::is_alphabetic))
            .count(),
        vague: Vec::new(),
        wishes: written(before_instead(find(LexiconKind::Wishes), &words)),
        hedges: written(before_instead(find(LexiconKind::Hedges), &words)),
        metric_nouns: written(find(LexiconKind::MetricNouns)),
        time: written(find(LexiconKind::TimeWords)),
        // "N-1", "M+1": a year or a level counted from this one, not "n°1".
        unrealistic: written(find(LexiconKind::Unrealistic))
            .into_iter()
            .filter(|p| !relative_notation(p))
            .collect(),
        event: !find(LexiconKind::Events).is_empty(),
        financial: written(find(LexiconKind::Financial)),
        quantity_words: written(find(LexiconKind::Quantities)),
        comparison: written(find(LexiconKind::Comparison)),
        off_topic: written(find(LexiconKind::OffTopic)),
        multiplier: multiplier(&words),
        mentions_market: mentions_market(&text, &words),
        ..TitleFacts::default()
    };
    // A vague word that says which kind of thing is named ("loyalty
    // program", "enquête de satisfaction") is part of a name, not wording.
    let artefacts = find(LexiconKind::Artefacts);
    for v in find(LexiconKind::Vague) {
        let joined = |a: &Found| {
            a.at == v.end
                || (a.end < v.at
                    && words[a.end..v.at].iter().all(|w| {
                        matches!(w.folded.as_str(), "de" | "du" | "d" | "des" | "la" | "l")
                    }))
        };
        let written = title[v.span.clone()].to_string();
        // Nouns only: entries with `*` are verbs and their forms ("Improve
        // dashboards" stays vague).
        let noun = !v.entry.ends_with('*');
        if noun && artefacts.iter().any(joined) {
            continue;
        }
        // "audit qualité": French puts the kind after, with no `de`;
        // English does not ("team performance" is vague).
        if noun && artefacts.iter().any(|a| a.end == v.at) {
            facts.vague_after_thing.push(written.clone());
        }
        facts.vague.push(written);
    }
    // Verbs that set the nature of a goal come first: "to", "we will",
    // "nous allons" may precede them.
    let first = words
        .iter()
        .position(|w| !LEAD_INS.contains(&w.folded.as_str()))
        .unwrap_or(0);
    let at_start = |kind| {
        find(kind)
            .into_iter()
            .find(|f| f.at == first)
            .map(|f| title[f.span].to_string())
    };
    // An outcome idiom ("Grow the qualified pipeline", "Garder nos
    // clients") is neither a task nor business as usual.
    if at_start(LexiconKind::OutcomeIdioms).is_none() {
        facts.business_as_usual = at_start(LexiconKind::BusinessAsUsual);
        facts.task_verb = at_start(LexiconKind::TaskVerbs);
    }
    // A part of a hyphenated compound is not a direction: "win-back
    // flows", "drop-off", "cut-off date".
    let in_compound = |f: &Found| {
        let before = text[..f.span.start].chars().rev();
        let after = text[f.span.end..].chars();
        let joined = |mut it: Box<dyn Iterator<Item = char> + '_>| {
            it.next() == Some('-') && it.next().is_some_and(char::is_alphanumeric)
        };
        joined(Box::new(before)) || joined(Box::new(after))
    };
    if let Some(f) = find(LexiconKind::Directions)
        .iter()
        .find(|f| !in_compound(f))
    {
        facts.direction = Some(if f.negated {
            Direction::Down
        } else {
            Direction::Up
        });
        facts.direction_word = Some(title[f.span.clone()].to_string());
    }
    // A bound word inside the name of a measure is part of it: "funds
    // under advice" is a measure, not a ceiling.
    let measures = find(LexiconKind::MetricNouns);
    facts.bound = find(LexiconKind::Bounds)
        .into_iter()
        .find(|f| {
            !measures.iter().any(|m| m.at <= f.at && f.at < m.end) && !bounds_time(&words, f.end)
        })
        .map(|f| (title[f.span.clone()].to_string(), f.negated));
    read_numbers(&text, &mut facts);
    // An aside in brackets ("(200-1 000 salariés)", "(1 aujourd'hui)")
    // describes; its numbers are not the target.
    let asides = bracketed(&text);
    if !asides.is_empty() {
        let (aside, target): (Vec<TitleNumber>, Vec<TitleNumber>) =
            facts.numbers.drain(..).partition(|n| {
                n.at.is_some_and(|at| asides.iter().any(|r| r.contains(&at)))
            });
        facts.numbers = target;
        facts.incidental.extend(aside);
    }
    sort_numbers(&text, &words, lexicon, &mut facts);
    facts.topic = is_topic(&words, lexicon, &facts);
    facts.infinitive = words.iter().any(|w| {
        let f = w.folded.as_str();
        f.len() > 4 && (f.ends_with("er") || f.ends_with("ir") || f.ends_with("re"))
    });
    // A share to reach is an outcome: "Livrer 95 % des commandes en 24 h";
    // so is a measure that moves from one number to another ("Calls from
    // the Business Profile from 310 to 450 a month": a noun, not a verb).
    if facts.numbers.iter().any(|n| n.unit == Unit::Percent) || facts.numbers.len() >= 2 {
        facts.task_verb = None;
    }
    facts
}

/// Whether a title speaks of a market: the word itself, not `marketing`,
/// nor joined by a hyphen to the word before (`mid-market`, `go-to-market`).
fn mentions_market(text: &str, words: &[Word]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(
            w.folded.as_str(),
            "market" | "markets" | "marche" | "marches"
        ) && !(i > 0 && text[..w.span.start].ends_with('-'))
    })
}

/// Words that link the nouns of a topic ("Partner channel in Benelux").
pub(crate) const TOPIC_LINKS: &[&str] = &[
    "in", "on", "for", "with", "at", "to", "by", "from", "and", "a", "en", "dans", "pour", "avec",
    "chez", "sur", "par", "et",
];

/// Content words at most in a title that names a topic.
const TOPIC_WORDS: usize = 3;

/// A few content words, none of them a verb, no number: a topic.
fn is_topic(words: &[Word], lexicon: &Lexicon, facts: &TitleFacts) -> bool {
    if facts.has_quantity() || words.is_empty() {
        return false;
    }
    let content: Vec<&Word> = words
        .iter()
        .filter(|w| {
            !w.is_function()
                && !TOPIC_LINKS.contains(&w.folded.as_str())
                && !w.is_number()
                && w.folded.chars().any(char::is_alphabetic)
                && !lexicon.is(LexiconKind::TimeWords, w)
        })
        .collect();
    if content.is_empty() || content.len() > TOPIC_WORDS {
        return false;
    }
    let verb_lists = [
        LexiconKind::Verbs,
        LexiconKind::TaskVerbs,
        LexiconKind::Directions,
        LexiconKind::BusinessAsUsual,
        LexiconKind::Wishes,
        LexiconKind::Vague,
        LexiconKind::Hedges,
    ];
    // English "-ise/-ize" verbs are verbs too (French infinitives are
    // told by the rule, which knows the item's language).
    let verb_like = |w: &Word| {
        let f = w.folded.as_str();
        f.ends_with("ise") || f.ends_with("ize")
    };
    !content
        .iter()
        .any(|w| verb_like(w) || verb_lists.iter().any(|&k| lexicon.is(k, w)))
}

/// Words that may come before the verb that sets a goal's nature.
const LEAD_INS: &[&str] = &[
    "to", "we", "i", "will", "ll", "must", "should", "need", "nous", "on", "je", "allons", "vais",
    "va", "devons", "doit", "dois", "il", "faut",
];

/// Words before a duration that make it the time to reach the target.
const WITHIN: &[&str] = &["in", "within", "en", "sous", "under"];

/// Prepositions between a number and what it counts.
const PREPOSITIONS: &[&str] = &[
    "of",
    "de",
    "d",
    "des",
    "du",
    "en",
    "more",
    "new",
    "plus",
    "nouveaux",
    "nouvelles",
    "nouveau",
    "nouvelle",
    "additional",
    "extra",
    "supplementaires",
];

/// Words after a number that never name what it counts ("20% this
/// quarter", "30 % par mois").
const NOT_COUNTED: &[&str] = &[
    "this", "next", "per", "by", "for", "from", "to", "with", "within", "each", "every", "and",
    "than", "over", "par", "pour", "avec", "chaque", "que", "sur", "dans", "ici", "avant", "apres",
];

/// Months, for dates written in words (`15 March`, `le 15 mars`).
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Units of time and their length in days.
const DURATIONS: &[(&str, f64)] = &[
    ("day", 1.0),
    ("days", 1.0),
    ("jour", 1.0),
    ("jours", 1.0),
    ("week", 7.0),
    ("weeks", 7.0),
    ("semaine", 7.0),
    ("semaines", 7.0),
    ("month", 30.0),
    ("months", 30.0),
    ("mois", 30.0),
    ("quarter", 91.0),
    ("quarters", 91.0),
    ("trimestre", 91.0),
    ("trimestres", 91.0),
    ("year", 365.0),
    ("years", 365.0),
    ("an", 365.0),
    ("ans", 365.0),
    ("annee", 365.0),
    ("annees", 365.0),
];

/// Tells dates, durations and the means apart from the target: a number
/// next to a month is a date, one followed by a unit of time a duration,
/// one after "with a team of" the means.
fn sort_numbers(text: &str, words: &[Word], lexicon: &Lexicon, facts: &mut TitleFacts) {
    let numbers = std::mem::take(&mut facts.numbers);
    let (incidental, time_starts) = if numbers.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let time_starts: Vec<usize> = lexicon
            .find_all(LexiconKind::TimeWords, words)
            .iter()
            .map(|f| f.at)
            .collect();
        (
            lexicon.find_all(LexiconKind::Incidental, words),
            time_starts,
        )
    };
    for n in numbers {
        let Some(at) =
            n.at.and_then(|s| words.iter().position(|w| w.span.start >= s))
        else {
            facts.numbers.push(n);
            continue;
        };
        // The number's own word may hold its unit (`3x`): the word after it.
        let next = words.get(at + 1).map(|w| w.folded.as_str());
        let before = at
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .map(|w| w.folded.as_str());
        let month = |w: Option<&str>| w.is_some_and(|w| MONTHS.contains(&w));
        let day_of_month =
            n.unit == Unit::None && n.value.fract() == 0.0 && (1.0..=31.0).contains(&n.value);
        if day_of_month && (month(next) || month(before)) {
            facts.time.push(format!("{}", n.value));
            continue;
        }
        let unit_word = match &n.unit {
            Unit::Word(w) => Some(crate::rules::language::fold(w)),
            _ => next.map(str::to_string),
        };
        // "20/month" is a rate, not a duration.
        let per = words.get(at + 1).is_some_and(|w| {
            text.get(words[at].span.end..w.span.start).map(str::trim) == Some("/")
        });
        if let Some(_days) = unit_word
            .as_deref()
            .and_then(|u| DURATIONS.iter().find(|(d, _)| *d == u))
            .map(|(_, d)| *d)
            && matches!(n.unit, Unit::None | Unit::Word(_))
            && !per
        {
            facts
                .time
                .push(format!("{} {}", n.value, unit_word.unwrap_or_default()));
            continue;
        }
        if incidental.iter().any(|f| f.end == at) {
            facts.incidental.push(n);
            continue;
        }
        // What the number counts: the next word that is not a preposition,
        // an article or another number ("96 % de contrôles conformes").
        if let Some((_, w)) = words[at + 1..]
            .iter()
            .enumerate()
            .map(|(k, w)| (at + 1 + k, w))
            .find(|(_, w)| {
                !w.is_function()
                    && w.folded.chars().all(char::is_alphabetic)
                    && !PREPOSITIONS.contains(&w.folded.as_str())
            })
            .filter(|(k, w)| {
                w.folded.len() > 2
                    && !NOT_COUNTED.contains(&w.folded.as_str())
                    && !time_starts.contains(k)
            })
            && !lexicon.is(LexiconKind::TimeWords, w)
        {
            facts.counted.push(w.folded.clone());
        }
        // "Self-serve upgrades from 40 to 120", "Nombre d'inscrits de 120 à
        // 400": the plural noun just before "from N" is what is counted.
        if n.unit != Unit::Percent
            && at >= 2
            && matches!(words[at - 1].folded.as_str(), "from" | "de")
            // … to another number: "from 40 to 120", not "from 1:1 to groups".
            && words
                .get(at + 1)
                .is_some_and(|w| matches!(w.folded.as_str(), "to" | "a"))
            && words.get(at + 2).is_some_and(Word::is_number)
            && let Some(w) = Some(&words[at - 2]).filter(|w| {
                !w.is_function()
                    && w.folded.len() > 3
                    && w.folded.chars().all(char::is_alphabetic)
                    && (w.folded.ends_with('s') || w.folded.ends_with('x'))
                    && !lexicon.is(LexiconKind::TimeWords, w)
            })
            && !facts.counted.contains(&w.folded)
        {
            facts.counted.push(w.folded.clone());
        }
        facts.numbers.push(n);
    }
    // The time given to reach the target: "in three weeks", "within 6
    // weeks", "en deux mois" ("in their first 2 weeks" is not a deadline).
    facts.durations.clear();
    for (i, w) in words.iter().enumerate() {
        if let Some(&(_, days)) = DURATIONS.iter().find(|(d, _)| *d == w.folded)
            && i >= 2
            && let Some(n) = number_word(&words[i - 1].folded)
            && WITHIN.contains(&words[i - 2].folded.as_str())
        {
            facts.durations.push(n * days);
        }
    }
}

/// The value of a small number written in words.
fn number_word(word: &str) -> Option<f64> {
    const WORDS: &[(&str, f64)] = &[
        ("one", 1.0),
        ("a", 1.0),
        ("un", 1.0),
        ("une", 1.0),
        ("two", 2.0),
        ("deux", 2.0),
        ("three", 3.0),
        ("trois", 3.0),
        ("four", 4.0),
        ("quatre", 4.0),
        ("five", 5.0),
        ("cinq", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("sept", 7.0),
        ("eight", 8.0),
        ("huit", 8.0),
        ("nine", 9.0),
        ("neuf", 9.0),
        ("ten", 10.0),
        ("dix", 10.0),
        ("hundred", 100.0),
        ("cent", 100.0),
    ];
    WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
        .or_else(|| word.parse().ok())
}

/// A scale factor: `10x`, `x10`, `multiply by ten`, `multiplier par dix`.
fn multiplier(words: &[Word]) -> Option<f64> {
    let words: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
    for (i, &w) in words.iter().enumerate() {
        let scale = match w {
            "double" | "doubler" | "doubling" | "doubled" | "doublons" | "twice" => Some(2.0),
            "triple" | "tripler" | "tripling" | "tripled" | "triplons" | "thrice" => Some(3.0),
            "quadruple" | "quadrupler" => Some(4.0),
            "halve" | "halving" | "halved" | "halves" => Some(0.5),
            _ => None,
        };
        if scale.is_some() {
            return scale;
        }
        if let Some(n) = w
            .strip_suffix('x')
            .or_else(|| w.strip_prefix('x'))
            .and_then(|n| n.parse::<f64>().ok())
        {
            return Some(n);
        }
        // "diviser par deux": a factor below one.
        if w.starts_with("divis")
            && words.get(i + 1).is_some_and(|&b| b == "by" || b == "par")
            && let Some(n) = words
                .get(i + 2)
                .and_then(|n| number_word(n))
                .filter(|&n| n > 0.0)
        {
            return Some(1.0 / n);
        }
        let scales = w.starts_with("multipl");
        let by = words.get(i + 1).is_some_and(|&b| b == "by" || b == "par");
        if scales
            && by
            && let Some(n) = words.get(i + 2).and_then(|n| number_word(n))
        {
            return Some(n);
        }
    }
    None
}

/// Finds numbers and dates, each where a digit starts a word.
fn read_numbers(title: &str, facts: &mut TitleFacts) {
    let mut i = 0;
    while i < title.len() {
        let rest = &title[i..];
        let c = rest.chars().next().expect("in bounds");
        let mut before = title[..i].chars().rev();
        let prev = before.next();
        // "Stage-3", "COVID-19": a number joined to a word is part of it.
        let joined = prev == Some('-') && before.next().is_some_and(char::is_alphanumeric);
        let starts_word =
            !joined && prev.is_none_or(|p| !p.is_alphanumeric() && p != '.' && p != ',');
        let sign = matches!(c, '$' | '€' | '£' | '+' | '-' | '−')
            && rest[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        if !(starts_word && (c.is_ascii_digit() || sign)) {
            i += c.len_utf8();
            continue;
        }
        let body = rest.strip_prefix(['+', '-', '−']).unwrap_or(rest);
        let skipped = rest.len() - body.len();
        // A full date (2026-12-31, 2026-Q4, 2026-W45) is time.
        if let Ok(mut pairs) = GoalsParser::parse(Rule::period, body)
            && let Some(p) = pairs.next()
            && p.as_str().len() > 4
        {
            facts.time.push(p.as_str().to_string());
            i += skipped + p.as_str().len();
            continue;
        }
        let Some(pair) = GoalsParser::parse(Rule::value, body)
            .ok()
            .and_then(|mut p| p.next())
        else {
            i += c.len_utf8();
            continue;
        };
        let mut number = None;
        let mut unit = Unit::None;
        let english = pair
            .clone()
            .into_inner()
            .next()
            .is_some_and(|p| p.as_rule() == Rule::currency);
        let mut ambiguous = false;
        // Where the digits end, for a scale written apart (`43 M€`).
        let mut digits_end = 0;
        let mut number_end = 0;
        for part in pair.clone().into_inner() {
            match part.as_rule() {
                Rule::number => {
                    number = parse_number_in(part.as_str(), english).ok();
                    ambiguous = number.is_none();
                    digits_end = part.as_span().end() - pair.as_span().start();
                    number_end = digits_end;
                    // `43M` holds its scale already.
                    if part.as_str().ends_with(['k', 'K', 'M']) {
                        digits_end = 0;
                    }
                }
                Rule::percent => unit = Unit::Percent,
                Rule::currency => {
                    unit = Unit::Currency(crate::model::lower::currency_code(part.as_str()))
                }
                // In prose, a short word after a number is a preposition
                // ("de 120 à 121"), not a unit.
                Rule::unit_word if part.as_str().chars().count() > 2 => {
                    unit = Unit::Word(part.as_str().to_string())
                }
                _ => {}
            }
        }
        if ambiguous {
            facts.ambiguous_numbers += 1;
        }
        let mut consumed = pair.as_str().len();
        if number_end > 0 && on_a_scale(&body[number_end..]) {
            facts.score = true;
            // "4,5 sur 5": `sur` is not a unit.
            if matches!(&unit, Unit::Word(_)) {
                unit = Unit::None;
            }
            digits_end = 0;
        }
        if digits_end > 0
            && let Some(n) = number
            && let Some((factor, currency, len)) = scale_after(&body[digits_end..], &unit)
        {
            number = Some(n * factor);
            // "43 millions": the scale, not a unit.
            if let Unit::Word(w) = &unit
                && scale_after(w, &Unit::None).is_some()
            {
                unit = Unit::None;
            }
            if let Some(code) = currency {
                unit = Unit::Currency(code);
            }
            consumed = consumed.max(digits_end + len);
            // "de 4,2 à 6 M€": the scale is the first number's too.
            if let Some(prev) = facts.numbers.last_mut()
                && prev.unit == Unit::None
                && prev.value < 1000.0
                && prev.at.is_some_and(|at| joined_by_to(&title[at..i]))
            {
                prev.value *= factor;
                prev.unit = unit.clone();
            }
        }
        if let Some(value) = number {
            // "from 700 to 2000" reaches a number, not a year.
            let last_word = title[..i]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_lowercase();
            let reached = matches!(last_word.as_str(), "to" | "à" | "->" | "→");
            let is_year = unit == Unit::None
                && value.fract() == 0.0
                && (1990.0..=2100.0).contains(&value)
                && !reached;
            if is_year {
                facts.time.push(format!("{value}"));
            } else {
                facts.numbers.push(TitleNumber {
                    value,
                    unit,
                    at: Some(i + skipped),
                });
            }
        }
        i += skipped + consumed.max(1);
    }
}

/// A scale written after a number, apart from it: `M€`, `millions`, `k$`,
/// `Md€`, `bn`. Its factor, the currency written with it, and the bytes it
/// takes. A lone `m` is millions only next to a currency (`$1.2m`, `3 m€`):
/// elsewhere it may be metres.
fn scale_after(text: &str, unit: &Unit) -> Option<(f64, Option<String>, usize)> {
    const SCALES: &[(&str, f64)] = &[
        ("milliards", 1e9),
        ("milliard", 1e9),
        ("millions", 1e6),
        ("million", 1e6),
        ("billions", 1e9),
        ("billion", 1e9),
        ("Mds", 1e9),
        ("Mrd", 1e9),
        ("Md", 1e9),
        ("bn", 1e9),
        ("M", 1e6),
        ("k", 1e3),
        ("K", 1e3),
        ("m", 1e6),
    ];
    let trimmed = text.trim_start_matches([' ', '\u{A0}', '\u{202F}']);
    let skipped = text.len() - trimmed.len();
    let (word, factor) = SCALES.iter().find(|(w, _)| {
        trimmed.starts_with(w) && !trimmed[w.len()..].starts_with(char::is_alphanumeric)
    })?;
    let rest = &trimmed[word.len()..];
    let sign = rest
        .trim_start_matches([' ', '\u{A0}', '\u{202F}'])
        .chars()
        .next();
    let currency = match sign {
        Some('€') => Some("EUR"),
        Some('$') => Some("USD"),
        Some('£') => Some("GBP"),
        _ => None,
    };
    let by_currency = currency.is_some() || matches!(unit, Unit::Currency(_));
    if *word == "m" && !by_currency {
        return None;
    }
    let len = skipped + word.len();
    Some((
        *factor,
        currency
            .filter(|_| *unit == Unit::None || matches!(unit, Unit::Word(_)))
            .map(str::to_string),
        len,
    ))
}

/// Whether the words after a bound say a time ("within a week", "sous
/// 48 h", "under 2 hours"): it bounds the delay, not the measure.
fn bounds_time(words: &[Word], after: usize) -> bool {
    const HOURS: &[&str] = &[
        "h", "hour", "hours", "heure", "heures", "minute", "minutes", "min", "mn",
    ];
    words[after.min(words.len())..].iter().take(2).any(|w| {
        HOURS.contains(&w.folded.as_str()) || DURATIONS.iter().any(|(d, _)| *d == w.folded)
    })
}

/// The byte ranges inside round brackets.
fn bracketed(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' => open = Some(i),
            ')' => {
                if let Some(start) = open.take() {
                    out.push(start..i);
                }
            }
            _ => {}
        }
    }
    out
}

/// The matches before "instead of", "rather than", "au lieu de",
/// "plutôt que": what follows is what the goal replaces ("Sell our
/// platters ahead of time instead of hoping for walk-ins"), not a hedge on
/// it.
fn before_instead(found: Vec<Found>, words: &[Word]) -> Vec<Found> {
    let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
    let marker = folded.windows(2).position(|p| {
        matches!(
            p,
            ["instead", "of"]
                | ["rather", "than"]
                | ["lieu", "de" | "d"]
                | ["plutot", "que" | "qu"]
        )
    });
    match marker {
        Some(m) => found.into_iter().filter(|f| f.at < m).collect(),
        None => found,
    }
}

/// `N-1`, `N+1`, `M-1`: French notation for the year, level or month
/// before or after this one.
fn relative_notation(phrase: &str) -> bool {
    let compact: String = phrase.chars().filter(|c| !c.is_whitespace()).collect();
    let mut chars = compact.chars();
    matches!(chars.next(), Some('n' | 'N' | 'm' | 'M'))
        && matches!(chars.next(), Some('-' | '+' | '−'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a number is given out of a maximum: `/5`, `sur 10`, `out of 5`.
fn on_a_scale(after: &str) -> bool {
    let t = after.trim_start();
    let t = if let Some(rest) = t.strip_prefix('/') {
        rest
    } else if let Some(rest) = t.strip_prefix("sur ") {
        rest
    } else if let Some(rest) = t.strip_prefix("out of ") {
        rest
    } else {
        return false;
    };
    t.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the text between two numbers says "from one to the other":
/// `4,2 à `, `43 to `, `10 -> `.
fn joined_by_to(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    words.len() == 2 && matches!(words[1], "à" | "a" | "to" | "->" | "→" | "-" | "–")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ExtraWords;

    fn facts(title: &str) -> TitleFacts {
        analyze(title, &Lexicon::new(&ExtraWords::default()))
    }

    #[test]
    fn numbers_with_units_in_both_languages() {
        let f = facts("Porter le CA de 11 000 € à 20 000 € d'ici fin 2026");
        let values: Vec<f64> = f.numbers.iter().map(|n| n.value).collect();
        assert_eq!(values, [11000.0, 20000.0]);
        assert!(f.time.contains(&"2026".to_string()));
        let f = facts("Raise the conversion rate from 40% to 50% this quarter");
        assert_eq!(
            (f.numbers[0].value, &f.numbers[0].unit),
            (40.0, &Unit::Percent)
        );
        assert!(f.has_time());
        let f = facts("Passer de 12,5 % à 20 %");
        assert_eq!(f.numbers[0].value, 12.5);
        let f = facts("Reach $1,200 MRR by 2026-12-31");
        assert_eq!(f.numbers[0].value, 1200.0);
        assert!(f.time.contains(&"2026-12-31".to_string()));
        let f = facts("Generate 2000 leads");
        assert_eq!(f.numbers[0].value, 2000.0);
        assert!(facts("+300 MQLs from organic traffic").numbers[0].value == 300.0);
        // A year, unless it is what a number goes to.
        let f = facts("Meetings booked through the app from 700 to 2000");
        assert_eq!(f.numbers.len(), 2);
        assert_eq!(facts("Win 40 deals in 2027").numbers.len(), 1);
    }

    #[test]
    fn scales_written_apart_from_the_number() {
        let values = |t: &str| -> Vec<f64> { facts(t).numbers.iter().map(|n| n.value).collect() };
        assert_eq!(values("CA groupe de 43 M€ à 50 M€"), [43e6, 50e6]);
        assert_eq!(values("CA de l'agence de 4,2 à 6 M€"), [4.2e6, 6e6]);
        assert_eq!(values("Franchir 50 millions d'euros de CA"), [50e6]);
        assert_eq!(values("Reach $1.2m ARR"), [1.2e6]);
        assert_eq!(values("Grow to 30 k followers"), [30e3]);
        assert_eq!(
            facts("CA de 2,1 M€").numbers[0].unit,
            Unit::Currency("EUR".into())
        );
        // A lone `m` with no currency may be metres.
        assert_eq!(values("Swim 5 m faster"), [5.0]);
        assert_eq!(values("Win 40 deals"), [40.0]);
        assert!(facts("Satisfaction à chaud d'au moins 4,5 sur 5").score);
        assert!(facts("CSAT of 4.6/5 or more").score);
        assert!(facts("Rating of 4.6 out of 5").score);
        assert!(!facts("Win 40 deals out of 300 leads").score);
    }

    #[test]
    fn a_number_per_unit_of_time_is_a_rate() {
        let f = facts("Reduce complaints from 20/month to 5/month");
        let values: Vec<f64> = f.numbers.iter().map(|n| n.value).collect();
        assert_eq!(values, [20.0, 5.0]);
        assert!(facts("Win 3 deals in 2 months").numbers.len() == 1);
    }

    #[test]
    fn the_plural_noun_before_from_is_counted() {
        assert!(
            facts("Self-serve upgrades from 40 to 120 a month")
                .counted
                .contains(&"upgrades".to_string())
        );
        assert!(
            facts("Nombre d'inscrits de 120 à 400")
                .counted
                .contains(&"inscrits".to_string())
        );
        assert!(facts("Boost engagement from 3% to 5%").counted.is_empty());
        assert!(
            facts("Move coaching for SMEs from 1:1 to small groups")
                .counted
                .is_empty()
        );
    }

    #[test]
    fn parts_of_a_compound_are_not_directions() {
        assert_eq!(
            facts("Set up the post-purchase and win-back flows").direction,
            None
        );
        assert_eq!(facts("Agree the cut-off date with finance").direction, None);
        assert_eq!(
            facts("Win-back emails to lift reactivations").direction,
            Some(Direction::Up)
        );
    }

    #[test]
    fn numbers_in_brackets_are_asides() {
        let f = facts("Ouvrir le segment mid-market (200-1 000 salariés) pour la prospection");
        assert!(f.numbers.is_empty(), "{:?}", f.numbers);
        let f = facts("Signer 6 contrats de flottes (1 aujourd'hui)");
        let values: Vec<f64> = f.numbers.iter().map(|n| n.value).collect();
        assert_eq!(values, [6.0]);
    }

    #[test]
    fn a_bound_word_inside_a_measure_is_not_a_bound() {
        assert_eq!(
            facts("Keep funds under advice at £140M or more").bound,
            None
        );
        assert!(facts("Keep churn under 2%").bound.is_some());
        assert_eq!(
            facts("Promoters asked for a referral within a week: 90% or more").bound,
            None
        );
        assert_eq!(
            facts("Devis envoyés sous 48 h : au moins 90 %")
                .bound
                .map(|b| b.0),
            Some("au moins".to_string())
        );
    }

    #[test]
    fn what_a_goal_replaces_is_not_a_hedge() {
        let f = facts("Sell our Xmas platters ahead of time instead of hoping for walk-ins");
        assert!(f.hedges.is_empty() && f.wishes.is_empty());
        assert!(!facts("Hopefully sell 600 platters").hedges.is_empty());
        assert!(
            facts("Vendre en ligne plutôt que d'espérer des visites")
                .wishes
                .is_empty()
        );
    }

    #[test]
    fn relative_years_and_levels_are_not_number_one() {
        assert!(
            facts("6 sponsors identifiés au niveau N-1 du DSI")
                .unrealistic
                .is_empty()
        );
        assert!(facts("CA supérieur à N+1").unrealistic.is_empty());
        assert_eq!(facts("Devenir le n°1 du vrac à Lyon").unrealistic, ["n°1"]);
    }

    #[test]
    fn wording() {
        let f = facts("Améliorer la notoriété de l'entreprise");
        assert_eq!(f.vague, ["Améliorer", "notoriété"]);
        assert!(!f.has_measure() && !f.has_time());
        assert_eq!(
            facts("Launch the new pricing page").task_verb.as_deref(),
            Some("Launch")
        );
        assert_eq!(
            facts("Rédiger 4 articles").task_verb.as_deref(),
            Some("Rédiger")
        );
        assert_eq!(
            facts("Maintain NPS above 40").business_as_usual.as_deref(),
            Some("Maintain")
        );
        assert_eq!(
            facts("Cut the bounce rate").direction,
            Some(Direction::Down)
        );
        assert_eq!(
            facts("Réduire le taux de rebond").direction,
            Some(Direction::Down)
        );
        assert_eq!(facts("Increase MQLs").direction, Some(Direction::Up));
        assert_eq!(facts("Get rich").wishes, ["Get rich"]);
        assert_eq!(facts("Win 100 new customers").words, 3);
        assert!(
            facts("Send the \"Better Rotas\" newsletter")
                .vague
                .is_empty()
        );
        assert!(
            facts("Envoyer la lettre « Mieux Vendre » améliorée")
                .vague
                .len()
                == 1
        );
    }
}
