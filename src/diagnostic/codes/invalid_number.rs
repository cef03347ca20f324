//! `E008` invalid-number: A number that is ambiguous (1,500) or malformed. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E008",
    name: "invalid-number",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "A number that is ambiguous (1,500) or malformed.",
        fr: "Un nombre ambigu (1,500) ou mal formé.",
    },
    what: Text {
        en: "Reports numbers that could be read two ways — a single `,` or `.` followed by exactly three digits, as in `1,500` (1500 in English, 1.5 in French) — digit groups that are not of three digits, and numbers too large to represent. A leading currency symbol (`$1,500`) settles the English reading.",
        fr: "Signale les nombres qui se lisent de deux façons — une seule `,` ou un seul `.` suivi d'exactement trois chiffres, comme `1,500` (1500 en anglais, 1,5 en français) —, les groupes de chiffres qui n'en ont pas trois et les nombres trop grands. Un symbole monétaire en tête (`$1,500`) tranche pour la lecture anglaise.",
    },
    why: Text {
        en: "Guessing wrong would silently change a target a thousandfold.",
        fr: "Se tromper changerait la cible d'un facteur mille, sans bruit.",
    },
    bad: "kr deals: Sign big deals\n  metric: 0 -> 1,500 EUR\n",
    good: "kr deals: Sign big deals\n  metric: 0 -> 1 500 EUR\n",
};
