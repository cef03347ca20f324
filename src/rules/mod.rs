//! The rule engine: every check is a small unit declaring its code, its
//! family, its default severity and its examples with `declare_rule!` (a
//! [`Code`]; its prose is in `locales/*/rules.ftl`), plus a check
//! function. The registry, [`RULES`], is generated from those files by
//! build.rs: adding a rule is its file, its `pub mod` line in the family's
//! `mod.rs` and its messages in the catalogue (docs/contributing.md).

pub mod doc;
pub mod fix;
pub(crate) mod language;
mod lexicon;
pub mod structure;
#[cfg(test)]
pub(crate) mod testing;
mod text;

pub mod achievable;
pub mod measurable;
pub mod okr;
pub mod relevant;
pub mod review;
pub mod specific;
pub mod time_bound;

use jiff::civil::Date;

pub use lexicon::{Lexicon, LexiconKind};
pub use text::{Direction, TitleFacts, TitleNumber, analyze as analyze_title};

use crate::config::Settings;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::{ItemIdx, ItemKind, Model};

/// What a check sees.
pub struct Context<'a> {
    pub model: &'a Model,
    pub today: Date,
    pub settings: &'a Settings,
    pub lexicon: &'a Lexicon,
    /// Where the parser or the model already reported an error: a rule that
    /// would only restate it (a measure missing because its line is broken)
    /// keeps quiet, so one bad line stays one diagnostic.
    pub errors: &'a [(crate::diagnostic::FileId, crate::text::TextRange)],
    /// What each item's title says, by item index, read once (several
    /// rules ask, and reading a title is most of their work).
    titles: Vec<std::sync::OnceLock<std::sync::Arc<TitleFacts>>>,
    /// Titles read by earlier analyses (see [`TitleCache`]).
    cache: Option<&'a std::sync::Mutex<TitleCache>>,
}

/// Titles already read, kept from one analysis to the next: an edit seldom
/// changes a title. Valid for one lexicon: [`TitleCache::for_words`]
/// empties it when the configured words change.
#[derive(Debug, Default)]
pub struct TitleCache {
    words: Option<crate::config::ExtraWords>,
    lexicon: std::sync::Arc<Lexicon>,
    facts: rustc_hash::FxHashMap<String, std::sync::Arc<TitleFacts>>,
}

impl TitleCache {
    /// Empties the cache unless it was filled with these words, and gives
    /// the lexicon built from them (built once).
    pub fn for_words(&mut self, words: &crate::config::ExtraWords) -> std::sync::Arc<Lexicon> {
        if self.words.as_ref() != Some(words) {
            self.words = Some(words.clone());
            self.lexicon = std::sync::Arc::new(Lexicon::new(words));
            self.facts.clear();
        }
        self.lexicon.clone()
    }
}

impl<'a> Context<'a> {
    pub fn new(
        model: &'a Model,
        today: Date,
        settings: &'a Settings,
        lexicon: &'a Lexicon,
        errors: &'a [(crate::diagnostic::FileId, crate::text::TextRange)],
    ) -> Self {
        Context {
            model,
            today,
            settings,
            lexicon,
            errors,
            titles: (0..model.items.len())
                .map(|_| std::sync::OnceLock::new())
                .collect(),
            cache: None,
        }
    }

    /// Reads titles through `cache`, which must have been set up for this
    /// lexicon's words ([`TitleCache::for_words`]).
    pub fn with_title_cache(mut self, cache: &'a std::sync::Mutex<TitleCache>) -> Self {
        self.cache = Some(cache);
        self
    }

    /// What an item's title says.
    pub fn title(&self, item: &crate::model::Item) -> &TitleFacts {
        let items = &self.model.items;
        let at = (item as *const crate::model::Item as usize).wrapping_sub(items.as_ptr() as usize)
            / std::mem::size_of::<crate::model::Item>();
        let slot = self
            .titles
            .get(at)
            .filter(|_| std::ptr::eq(&items[at], item))
            .expect("Context::title takes an item of the context's model");
        slot.get_or_init(|| {
            let Some(cache) = self.cache else {
                return std::sync::Arc::new(analyze_title(&item.title, self.lexicon));
            };
            let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(facts) = cache.facts.get(&item.title) {
                return facts.clone();
            }
            let facts = std::sync::Arc::new(analyze_title(&item.title, self.lexicon));
            // Bounded: titles typed one letter at a time would pile up.
            if cache.facts.len() > 10_000 {
                cache.facts.clear();
            }
            cache.facts.insert(item.title.clone(), facts.clone());
            facts
        })
    }

    /// The items of a kind, with their indices.
    pub fn items(&self, kind: ItemKind) -> impl Iterator<Item = (ItemIdx, &crate::model::Item)> {
        self.model
            .items
            .iter()
            .enumerate()
            .filter(move |(_, i)| i.kind == kind)
            .map(|(n, i)| (ItemIdx(n as u32), i))
    }

    /// Whether an error was already reported inside the item.
    pub fn is_broken(&self, item: &crate::model::Item) -> bool {
        self.errors.iter().any(|&(file, range)| {
            file == item.file && item.range.start <= range.start && range.start <= item.range.end
        })
    }

    /// Key results measured from a baseline to a target, with the metric
    /// line (for spans), the baseline and the target.
    pub fn changes(
        &self,
    ) -> impl Iterator<
        Item = (
            &crate::model::Item,
            &crate::model::Spanned<crate::model::Metric>,
            &crate::model::Quantity,
            &crate::model::Quantity,
        ),
    > {
        self.items(ItemKind::KeyResult).filter_map(|(_, item)| {
            let metric = item.metric.as_ref()?;
            match &metric.value {
                crate::model::Metric::Change {
                    baseline: Some(baseline),
                    target,
                } => Some((item, metric, baseline, target)),
                _ => None,
            }
        })
    }

    /// Key results whose target is a change from a start value (`+300`,
    /// `-20%`), with the metric line.
    pub fn relatives(
        &self,
    ) -> impl Iterator<
        Item = (
            &crate::model::Item,
            &crate::model::Spanned<crate::model::Metric>,
            &crate::model::Relative,
        ),
    > {
        self.items(ItemKind::KeyResult).filter_map(|(_, item)| {
            let metric = item.metric.as_ref()?;
            match &metric.value {
                crate::model::Metric::Relative(relative) => Some((item, metric, relative)),
                _ => None,
            }
        })
    }

    /// The threshold values in force.
    pub fn thresholds(&self) -> &crate::config::Thresholds {
        &self.settings.thresholds
    }
}

pub type Check = fn(&Context<'_>, &mut Vec<Diagnostic>);

pub struct Rule {
    pub code: &'static Code,
    /// `None` for the structural codes the parser and the model report.
    pub check: Option<Check>,
}

impl Rule {
    /// A code the parser or the model reports; the rule only documents it.
    pub const fn documented(code: &'static Code) -> Rule {
        Rule { code, check: None }
    }

    pub const fn new(code: &'static Code, check: Check) -> Rule {
        Rule {
            code,
            check: Some(check),
        }
    }
}

// `pub static RULES: &[Rule]`, every rule in order, generated by build.rs
// from the files that call `declare_rule!` (a rule is registered by its
// `pub mod` line in its family's `mod.rs`).
include!(concat!(env!("OUT_DIR"), "/rules.rs"));

/// Runs every enabled rule.
pub fn run(cx: &Context<'_>) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    // Rules read the model only: on every core, their findings joined in
    // registry order (a keystroke's analysis waits on the slowest rule,
    // not on their sum).
    RULES
        .par_iter()
        .filter_map(|rule| {
            let check = rule.check.filter(|_| cx.settings.enabled(rule.code))?;
            let mut out = Vec::new();
            check(cx, &mut out);
            Some(out)
        })
        .flatten_iter()
        .collect()
}

/// The catalogue of every code, structural or not: the registry's. The
/// parser's and the model's codes are `diagnostic::codes`, re-exported.
pub mod codes {
    use crate::diagnostic::Code;
    pub use crate::diagnostic::codes::*;

    /// Every code, structural or not, in registry order.
    pub fn all() -> impl Iterator<Item = &'static Code> {
        super::RULES.iter().map(|r| r.code)
    }

    /// A code by its code (any case) or its name.
    pub fn find(code_or_name: &str) -> Option<&'static Code> {
        all().find(|c| c.code.eq_ignore_ascii_case(code_or_name) || c.name == code_or_name)
    }

    /// The codes meant by a word that names none (`vague`, `S10`,
    /// `vague-wordng`): names that contain it or are close to it.
    pub fn closest(word: &str) -> Vec<&'static Code> {
        let word = word.to_lowercase();
        let mut scored: Vec<(usize, &'static Code)> = all()
            .filter_map(|c| {
                let distance = strsim::damerau_levenshtein(&word, c.name)
                    .min(strsim::damerau_levenshtein(&word, &c.code.to_lowercase()));
                let contains = word.len() >= 3
                    && c.name
                        .split('-')
                        .any(|part| part == word || part.starts_with(&word));
                (contains || distance <= 2).then_some((if contains { 0 } else { distance }, c))
            })
            .collect();
        scored.sort_by_key(|&(d, c)| (d, c.code));
        scored.into_iter().map(|(_, c)| c).take(3).collect()
    }
}

impl crate::config::Settings {
    /// Parses the text of a `goalie.toml`, codes named as the registry
    /// knows them.
    pub fn from_toml(text: &str) -> Result<Self, crate::config::ConfigError> {
        Self::from_toml_with(text, codes::find)
    }
}
