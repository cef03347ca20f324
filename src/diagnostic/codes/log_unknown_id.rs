//! `E007` log-unknown-id: A log line names an id that no item has. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E007",
    name: "log-unknown-id",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "A log line names an id that no item has.",
        fr: "Une ligne de journal nomme un identifiant qu'aucun élément ne porte.",
    },
    what: Text {
        en: "Reports a log line whose id is defined nowhere in the workspace, with the closest existing id as a suggestion.",
        fr: "Signale une ligne de journal dont l'identifiant n'est défini nulle part dans l'espace de travail, avec l'identifiant existant le plus proche en suggestion.",
    },
    why: Text {
        en: "A progress entry that lands nowhere is lost work: the goal it was meant for looks behind when it is not.",
        fr: "Un progrès qui n'atterrit nulle part est un travail perdu : l'objectif visé paraît en retard alors qu'il ne l'est pas.",
    },
    bad: "activity calls: Call prospects\n  target: 20 per weekday\n2026-11-02 cals 17\n",
    good: "activity calls: Call prospects\n  target: 20 per weekday\n2026-11-02 calls 17\n",
};
