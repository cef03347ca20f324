//! `E004` parent-cycle: Following `parent:` links leads back to where it started. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E004",
    name: "parent-cycle",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "Following `parent:` links leads back to where it started.",
        fr: "Les liens `parent:` ramènent à leur point de départ.",
    },
    what: Text {
        en: "Follows each objective's `parent:` link (and each key result up to its objective) and reports each loop once, on the `parent:` link of its first item in the workspace; the message names the first five ids of the loop and counts the others.",
        fr: "Suit le lien `parent:` de chaque objectif (et chaque résultat clé jusqu'à son objectif) et signale chaque boucle une fois, sur le lien `parent:` de son premier élément dans l'espace de travail ; le message nomme les cinq premiers identifiants de la boucle et compte les autres.",
    },
    why: Text {
        en: "Alignment is a tree from the company's goals down to each team's; a loop has no top, so nothing in it rolls up anywhere.",
        fr: "L'alignement est un arbre qui descend des objectifs de l'entreprise vers ceux de chaque équipe ; une boucle n'a pas de sommet, rien n'y remonte nulle part.",
    },
    bad: "objective a: Win the French market\n  parent: b\nobjective b: Grow in Europe\n  parent: a\n",
    good: "objective a: Win the French market\n  parent: b\nobjective b: Grow in Europe\n",
};
