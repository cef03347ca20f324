//! `E001` syntax-error: A line does not follow the .goals grammar. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E001",
    name: "syntax-error",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "A line does not follow the .goals grammar.",
        fr: "Une ligne ne suit pas la grammaire des fichiers .goals.",
    },
    what: Text {
        en: "Reports a line the parser cannot read: a missing `:`, a misspelt keyword, a value that is not a number. Each bad line gives exactly one diagnostic, at the first word that does not fit, with what was expected there and, when the word is close to a keyword, a suggestion; the next lines are read as if nothing happened.",
        fr: "Signale une ligne que l'analyseur ne sait pas lire : un `:` manquant, un mot-clé mal orthographié, une valeur qui n'est pas un nombre. Chaque ligne fautive donne exactement un diagnostic, au premier mot qui ne convient pas, avec ce qui était attendu et, si le mot ressemble à un mot-clé, une suggestion ; les lignes suivantes sont lues normalement.",
    },
    why: Text {
        en: "A line goalie cannot read is a goal nobody can check: its dates, targets and links are silently missing from every report.",
        fr: "Une ligne illisible est un objectif que personne ne peut vérifier : ses dates, cibles et liens manquent en silence dans tous les rapports.",
    },
    bad: "objective revenue: Grow revenue\n  perod: 2026-Q4\n",
    good: "objective revenue: Grow revenue\n  period: 2026-Q4\n",
};
