//! A goal statement judged on its own against the five SMART letters, from
//! its wording alone. The item rules look at titles together with the
//! model; this is the same reading for a bare sentence (the SMART corpus
//! test measures it).

use super::lexicon::Lexicon;
use super::text::{TitleFacts, analyze};
use crate::model::Unit;

/// The SMART letters a statement fails.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Letters {
    pub specific: bool,
    pub measurable: bool,
    pub achievable: bool,
    pub relevant: bool,
    pub time_bound: bool,
}

impl Letters {
    /// `SMT`, or `-` when every letter passes.
    pub fn code(&self) -> String {
        let s: String = [
            (self.specific, 'S'),
            (self.measurable, 'M'),
            (self.achievable, 'A'),
            (self.relevant, 'R'),
            (self.time_bound, 'T'),
        ]
        .iter()
        .filter(|(fails, _)| *fails)
        .map(|(_, c)| c)
        .collect();
        if s.is_empty() { "-".into() } else { s }
    }
}

/// Scale factors beyond which a target is out of reach.
const UNREALISTIC_MULTIPLIER: f64 = 5.0;

/// A change this small, in percent of the starting point, is no stretch.
const TIMID_CHANGE_PERCENT: f64 = 5.0;

pub fn assess(statement: &str, lexicon: &Lexicon) -> Letters {
    let f = analyze(statement, lexicon);
    let as_usual = f.business_as_usual.is_some();
    Letters {
        specific: !f.wishes.is_empty()
            || (as_usual && !f.has_measure())
            || (!f.vague.is_empty() && (!f.has_quantity() || f.metric_nouns.is_empty()))
            || f.words < 2,
        measurable: !f.has_quantity(),
        achievable: as_usual || out_of_reach(&f) || timid(&f),
        relevant: !f.off_topic.is_empty() || (as_usual && !f.has_measure()),
        time_bound: !f.has_time(),
    }
}

/// "World leader by next month", "10x in two weeks", "100% of the market".
fn out_of_reach(f: &TitleFacts) -> bool {
    let whole_market = f
        .numbers
        .iter()
        .any(|n| n.unit == Unit::Percent && n.value >= 100.0)
        && f.mentions_market;
    !f.unrealistic.is_empty()
        || f.multiplier.is_some_and(|m| m >= UNREALISTIC_MULTIPLIER)
        || whole_market
}

/// "From 31 to 31.5": two comparable numbers barely apart.
fn timid(f: &TitleFacts) -> bool {
    let [a, b] = f.numbers.as_slice() else {
        return false;
    };
    let comparable = a.unit == b.unit || a.unit == Unit::None || b.unit == Unit::None;
    comparable
        && a.value != 0.0
        && ((b.value - a.value).abs() / a.value.abs()) * 100.0 < TIMID_CHANGE_PERCENT
}
