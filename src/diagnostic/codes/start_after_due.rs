//! `E006` start-after-due: An item starts after it is due, or a range ends before it starts. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E006",
    name: "start-after-due",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "An item starts after it is due, or a range ends before it starts.",
        fr: "Un élément commence après son échéance, ou une plage finit avant de commencer.",
    },
    what: Text {
        en: "Reports an item whose `start:` comes after its `due:` (or after the end of its `period:`), and a date range written backwards (`2026-12-31..2026-10-01`).",
        fr: "Signale un élément dont le `début:` vient après son `échéance:` (ou après la fin de sa `période:`), et une plage de dates écrite à l'envers (`2026-12-31..2026-10-01`).",
    },
    why: Text {
        en: "A goal that ends before it starts has no time to happen: every pace and forecast computed on it is meaningless.",
        fr: "Un objectif qui finit avant de commencer n'a pas de temps pour se réaliser : tout rythme ou prévision calculé dessus n'a pas de sens.",
    },
    bad: "objective launch: Launch the partner programme\n  start: 2026-12-15\n  due: 2026-12-01\n",
    good: "objective launch: Launch the partner programme\n  start: 2026-11-15\n  due: 2026-12-01\n",
};
