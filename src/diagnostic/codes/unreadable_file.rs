//! `E010` unreadable-file: A file that is not UTF-8 text. Reported by the
//! parser or the model; this file holds its documentation.

use crate::diagnostic::declare_rule;

declare_rule! {
    /// A file that is not UTF-8 text.
    ///
    /// ## What it checks
    ///
    /// Reports a `.goals` file that is not valid UTF-8 (saved in Latin-1 or
    /// Windows-1252, say) or that contains a NUL byte (a binary file), at the first
    /// bad byte. The file takes no part in the analysis.
    ///
    /// ## Why it matters
    ///
    /// goalie never guesses an encoding: a wrong guess would corrupt every accented
    /// letter it writes back.
    code: E010,
    name: "unreadable-file",
    family: Structure,
    severity: Error,
    fr: {
        /// Un fichier qui n'est pas du texte UTF-8.
        ///
        /// ## Ce qui est vérifié
        ///
        /// Signale un fichier `.goals` qui n'est pas de l'UTF-8 valide (enregistré en
        /// Latin-1 ou Windows-1252, par exemple) ou qui contient un octet NUL (un
        /// fichier binaire), au premier octet fautif. Le fichier ne participe pas à
        /// l'analyse.
        ///
        /// ## Pourquoi c'est important
        ///
        /// goalie ne devine jamais un encodage : une erreur abîmerait chaque lettre
        /// accentuée réécrite.
    },
}
