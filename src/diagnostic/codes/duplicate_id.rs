//! `E002` duplicate-id: Two items share an id; ids are global across the workspace. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E002",
    name: "duplicate-id",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "Two items share an id; ids are global across the workspace.",
        fr: "Deux éléments ont le même identifiant ; les identifiants sont uniques dans tout l'espace de travail.",
    },
    what: Text {
        en: "Reports an item whose id is already used by another item, in the same file or in any other `.goals` file of the workspace, and points at the first definition. References and log lines go to the first one.",
        fr: "Signale un élément dont l'identifiant est déjà pris par un autre élément, dans le même fichier ou dans un autre fichier `.goals` de l'espace de travail, et montre la première définition. Références et lignes de journal vont à la première.",
    },
    why: Text {
        en: "Log lines and links name items by id: with two items behind one id, progress is credited to the wrong goal.",
        fr: "Les lignes de journal et les liens désignent les éléments par leur identifiant : avec deux éléments derrière un identifiant, les progrès sont attribués au mauvais objectif.",
    },
    bad: "activity calls: Call prospects\n  target: 20 per weekday\nactivity calls: Call customers\n  target: 5 per weekday\n",
    good: "activity prospect-calls: Call prospects\n  target: 20 per weekday\nactivity customer-calls: Call customers\n  target: 5 per weekday\n",
};
