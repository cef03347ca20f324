//! `E003` unknown-reference: `parent:` or `supports:` names an id that no item has. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E003",
    name: "unknown-reference",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "`parent:` or `supports:` names an id that no item has.",
        fr: "`parent:` ou `soutient:` nomme un identifiant qu'aucun élément ne porte.",
    },
    what: Text {
        en: "Reports a `parent:` or `supports:` link to an id defined nowhere in the workspace, with the closest existing id as a suggestion.",
        fr: "Signale un lien `parent:` ou `soutient:` vers un identifiant défini nulle part dans l'espace de travail, avec l'identifiant existant le plus proche en suggestion.",
    },
    why: Text {
        en: "A broken link breaks alignment: the objective looks aligned in the file but rolls up to nothing.",
        fr: "Un lien cassé casse l'alignement : l'objectif semble aligné dans le fichier mais ne se rattache à rien.",
    },
    bad: "objective company-growth: Grow the company\n  period: 2026\nobjective team: Grow the team's revenue\n  period: 2026-Q4\n  parent: company-grwoth\n",
    good: "objective company-growth: Grow the company\n  period: 2026\nobjective team: Grow the team's revenue\n  period: 2026-Q4\n  parent: company-growth\n",
};
