//! The typed model: items, their measures and their log lines.

use crate::i18n::{Message, msg};
use jiff::civil::Date;

use super::date::DateRange;
use crate::diagnostic::FileId;
use crate::text::TextRange;

/// Index of an item in [`super::Model::items`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemIdx(pub u32);

/// Index of a log line in [`super::Model::logs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LogIdx(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Objective,
    KeyResult,
    Activity,
    Funnel,
    Stage,
}

impl ItemKind {
    /// The name with an indefinite article, for messages: "an objective",
    /// "une activité".
    pub fn article(self) -> Message {
        match self {
            ItemKind::Objective => msg!(item_a_objective),
            ItemKind::KeyResult => msg!(item_a_key_result),
            ItemKind::Activity => msg!(item_a_activity),
            ItemKind::Funnel => msg!(item_a_funnel),
            ItemKind::Stage => msg!(item_a_stage),
        }
    }
}

/// A value with the place it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    None,
    Percent,
    /// ISO 4217 code: `EUR`, `USD`…
    Currency(String),
    /// A counted thing: `customers`, `MQLs`, `visiteurs`.
    Word(String),
}

/// A number with its unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Unit,
    pub range: TextRange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    AtLeast,
    AtMost,
    Above,
    Below,
}

/// How a key result is measured.
#[derive(Clone, Debug, PartialEq)]
pub enum Metric {
    /// From a baseline to a target; the direction follows from the two.
    Change {
        baseline: Option<Quantity>,
        target: Quantity,
    },
    /// A change relative to a start value: `+300 MQLs`, `-20%`,
    /// `4 100 followers -> +20%`, `+20% per month`, `+40% vs previous quarter`.
    Relative(Relative),
    /// A guardrail to keep: `>= 40`.
    Keep {
        comparison: Comparison,
        threshold: Quantity,
    },
    /// Done or not done.
    Milestone,
}

/// A target written as a change from a start value.
#[derive(Clone, Debug, PartialEq)]
pub struct Relative {
    /// A start value written before the arrow (`4 100 followers -> +20%`);
    /// without one, the start value comes from the log (docs/progress.md).
    pub baseline: Option<Quantity>,
    /// The signed change: `+300 MQLs` is 300 MQLs, `-20%` is -20 in
    /// [`Unit::Percent`], a share of the start value.
    pub change: Quantity,
    /// `per month`: each period of the window has its own target, from the
    /// value at that period's start.
    pub every: Option<RatePeriod>,
    /// `vs previous quarter`: the total logged in the window against the
    /// total logged in the period before it.
    pub versus: Option<RatePeriod>,
}

impl Relative {
    /// The change is a percentage of the start value.
    pub fn is_percent(&self) -> bool {
        self.change.unit == Unit::Percent
    }

    /// The target reached from `start`.
    pub fn target_from(&self, start: f64) -> f64 {
        if self.is_percent() {
            start * (1.0 + self.change.value / 100.0)
        } else {
            start + self.change.value
        }
    }

    /// The unit the key result is measured in, when the metric says it.
    pub fn unit(&self) -> Option<&Unit> {
        [
            self.baseline.as_ref().map(|b| &b.unit),
            (!self.is_percent()).then_some(&self.change.unit),
        ]
        .into_iter()
        .flatten()
        .find(|u| **u != Unit::None)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatePeriod {
    Day,
    Weekday,
    Week,
    Month,
    Quarter,
    Year,
}

impl RatePeriod {
    /// The period's name as JSON and the message catalogue know it.
    pub fn name(self) -> &'static str {
        match self {
            RatePeriod::Day => "day",
            RatePeriod::Weekday => "weekday",
            RatePeriod::Week => "week",
            RatePeriod::Month => "month",
            RatePeriod::Quarter => "quarter",
            RatePeriod::Year => "year",
        }
    }
}

/// An activity's pace: `count` per `every` `period`s (`1 per 2 weeks`).
#[derive(Clone, Debug, PartialEq)]
pub struct Rate {
    pub count: f64,
    pub unit: Option<String>,
    pub every: u32,
    pub period: RatePeriod,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunnelGoal {
    pub value: Quantity,
    pub by: Option<Spanned<Date>>,
}

/// What one unit of a funnel stage is worth to the stage above it.
#[derive(Clone, Debug, PartialEq)]
pub enum StageSpec {
    /// `500 EUR each`: each unit brings this much of the stage above.
    PerUnit(Quantity),
    /// `2% convert`: this share of the units become the stage above.
    Conversion { rate: f64, range: TextRange },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commitment {
    Committed,
    Aspirational,
}

/// A written reference to an id, resolved across the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    /// Shared: a file's log lines name a few ids many times over.
    pub name: std::sync::Arc<str>,
    pub range: TextRange,
    pub target: Option<ItemIdx>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub kind: ItemKind,
    pub id: String,
    pub title: String,
    pub file: FileId,
    /// Its keyword is spelled in French: fixes write French keywords too.
    pub french: bool,
    /// The item keyword as written (`kr`, `rc`, `objectif`…).
    pub keyword_range: TextRange,
    /// The whole item: its chunk, or its line for a stage.
    pub range: TextRange,
    /// The header line, or the stage line.
    pub head_range: TextRange,
    pub id_range: TextRange,
    pub title_range: Option<TextRange>,
    pub owners: Vec<Spanned<String>>,
    pub why: Option<Spanned<String>>,
    pub parent: Option<Reference>,
    pub supports: Vec<Reference>,
    pub period: Option<Spanned<DateRange>>,
    pub start: Option<Spanned<Date>>,
    pub due: Option<Spanned<Date>>,
    pub commitment: Option<Spanned<Commitment>>,
    pub weight: Option<Spanned<f64>>,
    pub metric: Option<Spanned<Metric>>,
    pub rate: Option<Spanned<Rate>>,
    pub goal: Option<FunnelGoal>,
    pub stage: Option<StageSpec>,
    /// The objective of a key result, the funnel of a stage.
    pub container: Option<ItemIdx>,
    /// The key results of an objective, the stages of a funnel.
    pub children: Vec<ItemIdx>,
    /// Log lines about this item, by date then file order.
    pub logs: Vec<LogIdx>,
    /// The keyword of each property or flag line written under the item,
    /// whether or not it parsed (`PÉRIODE: T1` counts as `période`): a fix
    /// never adds a line the writer already wrote.
    pub written: Vec<crate::syntax::Rule>,
}

impl Item {
    pub(crate) fn new(kind: ItemKind, file: FileId, range: TextRange) -> Self {
        Item {
            kind,
            id: String::new(),
            title: String::new(),
            file,
            french: false,
            keyword_range: range,
            range,
            head_range: range,
            id_range: range,
            title_range: None,
            owners: Vec::new(),
            why: None,
            parent: None,
            supports: Vec::new(),
            period: None,
            start: None,
            due: None,
            commitment: None,
            weight: None,
            metric: None,
            rate: None,
            goal: None,
            stage: None,
            container: None,
            children: Vec::new(),
            logs: Vec::new(),
            written: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum LogValue {
    /// An absolute measurement, or an activity's count for the day.
    Value(Quantity),
    /// `+3`, `-2`: a change since the last measurement.
    Increment(Quantity),
    Done,
    Dropped,
    /// A check-in: confidence from 0.0 to 1.0.
    Confidence(f64),
    /// The retrospective note of a period.
    Retro,
    /// Only a note.
    Note,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    pub file: FileId,
    /// The log line, without indentation or comment.
    pub range: TextRange,
    pub date: Spanned<Date>,
    pub target: Reference,
    pub value: LogValue,
    pub note: Option<Spanned<String>>,
}
