//! `E012` reference-kind: A link to an item of the wrong kind, such as `parent:` naming an activity. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E012",
    name: "reference-kind",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "A link to an item of the wrong kind, such as `parent:` naming an activity.",
        fr: "Un lien vers un élément du mauvais type, comme `parent:` qui nomme une activité.",
    },
    what: Text {
        en: "Reports a `parent:` that names something other than an objective or a key result, and a `supports:` that names an activity.",
        fr: "Signale un `parent:` qui nomme autre chose qu'un objectif ou un résultat clé, et un `soutient:` qui nomme une activité.",
    },
    why: Text {
        en: "Alignment goes from work to results: an objective cannot roll up into an activity.",
        fr: "L'alignement va du travail vers les résultats : un objectif ne peut pas remonter vers une activité.",
    },
    bad: "activity calls: Call prospects\n  target: 20 per weekday\nobjective o: Win new customers\n  parent: calls\n",
    good: "objective company: Grow the company\n  period: 2026\nobjective o: Win new customers\n  parent: company\n",
};
