//! Words of a title, read for matching in English and French: case and
//! accents folded, elisions split (« l'acquisition », « d’inscriptions »),
//! each word stemmed with the Snowball stemmers of both languages (a title
//! does not say its language, and plans mix them), and the byte span of each
//! word kept so messages quote the words as written.

use std::ops::Range;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
static FRENCH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::French));

/// One word (or a meaningful sign, `%` `#`) of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Lower case, accents removed.
    pub folded: String,
    /// Snowball stems of the folded word, English and French.
    pub en: String,
    pub fr: String,
    /// Where it is in the text.
    pub span: Range<usize>,
}

impl Word {
    /// The word folded, its stems left equal to the folded form.
    fn plain(text: &str, span: Range<usize>) -> Word {
        let folded = fold(&text[span.clone()]);
        Word {
            en: folded.clone(),
            fr: folded.clone(),
            folded,
            span,
        }
    }

    /// With its stems.
    pub fn stemmed(self) -> Word {
        self.stemmed_in(true, true)
    }

    /// With its stems in the languages asked; the others left empty, so
    /// they never match.
    pub fn stemmed_in(mut self, english: bool, french: bool) -> Word {
        // Stems under four letters never decide a match (see `same`).
        if !self.folded.chars().any(|c| c.is_ascii_digit()) && self.folded.len() >= 4 {
            self.en = if english {
                ENGLISH.stem(&self.folded).into_owned()
            } else {
                String::new()
            };
            self.fr = if french {
                FRENCH.stem(&self.folded).into_owned()
            } else {
                String::new()
            };
        }
        self
    }

    /// Articles, possessives and prepositions: a multi-word expression may
    /// have them between its words (« développer notre présence »).
    pub fn is_function(&self) -> bool {
        FUNCTION_WORDS.contains(&self.folded.as_str())
    }

    pub fn is_number(&self) -> bool {
        self.folded.starts_with(|c: char| c.is_ascii_digit())
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "our", "my", "your", "their", "its", "his", "her", "le", "la", "les",
    "l", "de", "du", "des", "d", "un", "une", "notre", "nos", "mon", "ma", "mes", "votre", "vos",
    "leur", "leurs", "son", "sa", "ses", "au", "aux", "ce", "cette", "ces",
];

/// Lower case, accents removed: `Améliorer` → `ameliorer`.
pub fn fold(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

/// The words of a text with their spans: letters and digits in a row make a
/// word; apostrophes (straight or typographic), hyphens and spaces split;
/// `%` and `#` are words of their own.
pub fn words(text: &str) -> Vec<Word> {
    split(text).into_iter().map(Word::stemmed).collect()
}

/// [`words`] without the stems, for counting and plain comparisons.
pub fn split(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word::plain(text, s..i));
        }
        if matches!(c, '%' | '#') {
            out.push(Word::plain(text, i..i + 1));
        }
    }
    if let Some(s) = start {
        out.push(Word::plain(text, s..text.len()));
    }
    out
}

/// Whether a word of a text is the same word as one of an entry: the same
/// folded form, or the same stem in either language (stems of four letters
/// or more, so short words must match exactly, or as their plural).
pub fn same(entry: &Word, word: &Word) -> bool {
    let plural = |suffix: &str| word.folded.strip_suffix(suffix) == Some(entry.folded.as_str());
    entry.folded == word.folded
        || plural("s")
        || plural("x")
        || plural("es")
        || (entry.en.len() >= 4 && entry.en == word.en)
        || (entry.fr.len() >= 4 && entry.fr == word.fr)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn elisions_apostrophes_and_spans() {
        assert_eq!(folded("l'acquisition"), ["l", "acquisition"]);
        assert_eq!(folded("d’inscriptions"), ["d", "inscriptions"]);
        assert_eq!(
            folded("Taux de clic : 4 %"),
            ["taux", "de", "clic", "4", "%"]
        );
        let text = "Améliorer l’Expérience";
        let w = words(text);
        assert_eq!(&text[w[0].span.clone()], "Améliorer");
        assert_eq!(&text[w[2].span.clone()], "Expérience");
        assert_eq!(w[2].folded, "experience");
    }

    #[test]
    fn inflections_share_a_stem_in_either_language() {
        let one = |t: &str| words(t).remove(0);
        assert!(same(&one("streamline"), &one("streamlining")));
        assert!(same(&one("inscription"), &one("inscriptions")));
        assert!(same(&one("revitaliser"), &one("revitalisation")));
        assert!(same(&one("responsive"), &one("responsiveness")));
        assert!(same(&one("notoriété"), &one("Notoriete")));
        assert!(same(&one("consolider"), &one("consolidation")));
        assert!(same(&one("abonnement"), &one("abonnements")));
        assert!(!same(&one("sale"), &one("salon")));
        assert!(!same(&one("an"), &one("and")));
    }
}
