//! `E010` unreadable-file: A file that is not UTF-8 text. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::{Code, Family, Severity, Text};

pub const CODE: Code = Code {
    code: "E010",
    name: "unreadable-file",
    family: Family::Structure,
    severity: Severity::Error,
    summary: Text {
        en: "A file that is not UTF-8 text.",
        fr: "Un fichier qui n'est pas du texte UTF-8.",
    },
    what: Text {
        en: "Reports a `.goals` file that is not valid UTF-8 (saved in Latin-1 or Windows-1252, say) or that contains a NUL byte (a binary file), at the first bad byte. The file takes no part in the analysis.",
        fr: "Signale un fichier `.goals` qui n'est pas de l'UTF-8 valide (enregistré en Latin-1 ou Windows-1252, par exemple) ou qui contient un octet NUL (un fichier binaire), au premier octet fautif. Le fichier ne participe pas à l'analyse.",
    },
    why: Text {
        en: "goalie never guesses an encoding: a wrong guess would corrupt every accented letter it writes back.",
        fr: "goalie ne devine jamais un encodage : une erreur abîmerait chaque lettre accentuée réécrite.",
    },
    bad: "",
    good: "",
};
