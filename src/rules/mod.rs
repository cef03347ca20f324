//! The rule engine: every check is a small unit declaring its code, its
//! family, its default severity and its documentation (a [`Code`]), plus a
//! check function. The registry lists them; adding a rule touches its own
//! file and one line of [`RULES`].

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

/// Every rule, structural first, then by family and number.
pub static RULES: &[Rule] = &[
    Rule::documented(&structure::syntax_error::CODE),
    Rule::documented(&structure::duplicate_id::CODE),
    Rule::documented(&structure::unknown_reference::CODE),
    Rule::documented(&structure::parent_cycle::CODE),
    Rule::documented(&structure::invalid_date::CODE),
    Rule::documented(&structure::start_after_due::CODE),
    Rule::documented(&structure::log_unknown_id::CODE),
    Rule::documented(&structure::invalid_number::CODE),
    Rule::documented(&structure::misplaced_property::CODE),
    Rule::documented(&structure::unreadable_file::CODE),
    Rule::documented(&structure::invalid_value::CODE),
    Rule::documented(&structure::reference_kind::CODE),
    Rule::documented(&structure::future_log::CODE),
    Rule::documented(&structure::bidi_control::CODE),
    // structure, found by rules over the model
    Rule::new(
        &structure::log_unit_mismatch::CODE,
        structure::log_unit_mismatch::check,
    ),
    Rule::new(
        &structure::due_outside_period::CODE,
        structure::due_outside_period::check,
    ),
    Rule::new(
        &structure::log_before_start::CODE,
        structure::log_before_start::check,
    ),
    // S — specific
    Rule::new(
        &specific::vague_wording::CODE,
        specific::vague_wording::check,
    ),
    Rule::new(&specific::short_title::CODE, specific::short_title::check),
    Rule::new(&specific::wishful_goal::CODE, specific::wishful_goal::check),
    Rule::new(
        &specific::business_as_usual::CODE,
        specific::business_as_usual::check,
    ),
    Rule::new(
        &specific::vague_objective::CODE,
        specific::vague_objective::check,
    ),
    Rule::new(
        &specific::guardrails_only::CODE,
        specific::guardrails_only::check,
    ),
    Rule::new(&specific::topic_title::CODE, specific::topic_title::check),
    // M — measurable
    Rule::new(
        &measurable::kr_no_measure::CODE,
        measurable::kr_no_measure::check,
    ),
    Rule::new(
        &measurable::no_baseline::CODE,
        measurable::no_baseline::check,
    ),
    Rule::new(
        &measurable::unit_mismatch::CODE,
        measurable::unit_mismatch::check,
    ),
    Rule::new(
        &measurable::direction_contradiction::CODE,
        measurable::direction_contradiction::check,
    ),
    Rule::new(
        &measurable::title_number_mismatch::CODE,
        measurable::title_number_mismatch::check,
    ),
    Rule::new(
        &measurable::activity_no_target::CODE,
        measurable::activity_no_target::check,
    ),
    Rule::new(
        &measurable::change_without_number::CODE,
        measurable::change_without_number::check,
    ),
    Rule::new(
        &measurable::guardrail_mismatch::CODE,
        measurable::guardrail_mismatch::check,
    ),
    Rule::new(
        &measurable::unnamed_measure::CODE,
        measurable::unnamed_measure::check,
    ),
    // A — achievable
    Rule::new(
        &achievable::unrealistic_pace::CODE,
        achievable::unrealistic_pace::check,
    ),
    Rule::new(
        &achievable::not_ambitious::CODE,
        achievable::not_ambitious::check,
    ),
    Rule::new(
        &achievable::implausible_target::CODE,
        achievable::implausible_target::check,
    ),
    Rule::new(
        &achievable::already_reached::CODE,
        achievable::already_reached::check,
    ),
    Rule::new(
        &achievable::funnel_conversion::CODE,
        achievable::funnel_conversion::check,
    ),
    Rule::new(
        &achievable::activity_too_small::CODE,
        achievable::activity_too_small::check,
    ),
    // R — relevant
    Rule::new(
        &relevant::kr_outside_objective::CODE,
        relevant::kr_outside_objective::check,
    ),
    Rule::new(
        &relevant::activity_supports_nothing::CODE,
        relevant::activity_supports_nothing::check,
    ),
    Rule::new(
        &relevant::objective_no_why::CODE,
        relevant::objective_no_why::check,
    ),
    Rule::new(
        &relevant::objective_no_parent::CODE,
        relevant::objective_no_parent::check,
    ),
    Rule::new(
        &relevant::only_financial::CODE,
        relevant::only_financial::check,
    ),
    Rule::new(
        &relevant::why_no_reason::CODE,
        relevant::why_no_reason::check,
    ),
    Rule::new(
        &relevant::funnel_supports_nothing::CODE,
        relevant::funnel_supports_nothing::check,
    ),
    // T — time-bound
    Rule::new(&time_bound::no_date::CODE, time_bound::no_date::check),
    Rule::new(&time_bound::overdue::CODE, time_bound::overdue::check),
    Rule::new(
        &time_bound::funnel_no_start::CODE,
        time_bound::funnel_no_start::check,
    ),
    Rule::new(
        &time_bound::no_retrospective::CODE,
        time_bound::no_retrospective::check,
    ),
    // OKR shape
    Rule::new(&okr::kr_count::CODE, okr::kr_count::check),
    Rule::new(
        &okr::too_many_objectives::CODE,
        okr::too_many_objectives::check,
    ),
    Rule::new(&okr::task_like_kr::CODE, okr::task_like_kr::check),
    Rule::new(&okr::no_owner::CODE, okr::no_owner::check),
    Rule::new(&okr::no_commitment::CODE, okr::no_commitment::check),
    Rule::new(&okr::numeric_objective::CODE, okr::numeric_objective::check),
    // review
    Rule::new(&review::stale::CODE, review::stale::check),
];

/// Runs every enabled rule.
pub fn run(cx: &Context<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in RULES {
        if let Some(check) = rule.check
            && cx.settings.enabled(rule.code)
        {
            check(cx, &mut out);
        }
    }
    out
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
