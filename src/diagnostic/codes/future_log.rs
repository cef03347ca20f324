//! `E013` future-log: A log line dated after today. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E013",
    name: "future-log",
    family: Family::Structure,
    severity: Severity::Warning,
    summary: Text {
        en: "A log line dated after today.",
        fr: "Une ligne de journal datée après aujourd'hui.",
    },
    what: Text {
        en: "Reports a log line whose date comes after today (the day given by `--today` or the configuration, else the system's).",
        fr: "Signale une ligne de journal datée après aujourd'hui (le jour donné par `--today` ou la configuration, sinon celui du système).",
    },
    why: Text {
        en: "Progress logged in the future is a typo in the date, and it inflates today's numbers.",
        fr: "Un progrès noté dans le futur est une faute de frappe dans la date, et il gonfle les chiffres du jour.",
    },
    bad: "activity calls: Call prospects\n  target: 20 per weekday\n2027-11-02 calls 17\n",
    good: "activity calls: Call prospects\n  target: 20 per weekday\n2026-11-02 calls 17\n",
};
