//! `declare_rule!`: a code's metadata in one declarative form, its docs as
//! Markdown doc comments, and the reading of those docs into the parts
//! `goalie explain`, the hovers, SARIF and docs/rules/ show.
//!
//! A rule file reads:
//!
//! ```text
//! declare_rule! {
//!     /// One line on what it reports.
//!     ///
//!     /// ## What it checks
//!     ///
//!     /// A paragraph, wrapped as you like.
//!     ///
//!     /// ## Why it matters
//!     ///
//!     /// A paragraph.
//!     ///
//!     /// ## Example that triggers it
//!     ///
//!     /// ```goals
//!     /// objective sales: Grow sales
//!     /// ```
//!     ///
//!     /// ## Fixed
//!     ///
//!     /// ```goals
//!     /// objective sales: Grow sales with clinics in Lyon
//!     /// ```
//!     code: S102,
//!     name: "short-title",
//!     family: Specific,
//!     severity: Warning,
//!     fr: {
//!         /// Une ligne sur ce qui est signalé.
//!         ///
//!         /// ## Ce qui est vérifié
//!         ///
//!         /// …
//!         ///
//!         /// ## Pourquoi c'est important
//!         ///
//!         /// …
//!     },
//! }
//! ```
//!
//! and declares `pub const CODE: Code`. The examples are written once, in
//! the English docs: they are `.goals` text, and tests/rules.rs checks that
//! the first triggers the code and the second does not. A line a doc
//! comment cannot hold (an invisible control character) is written as
//! `#[doc = " …\u{202E}…"]` among the `///` lines.

use crate::i18n::Lang;

/// Declares `pub const CODE: Code` from a rule's metadata and its docs in
/// English (the doc comments before `code:`) and French (those in `fr`).
macro_rules! declare_rule {
    (
        $(#[doc = $en:literal])*
        code: $code:ident,
        name: $name:literal,
        family: $family:ident,
        severity: $severity:ident,
        fr: { $(#[doc = $fr:literal])* } $(,)?
    ) => {
        $(#[doc = $en])*
        pub const CODE: $crate::diagnostic::Code = $crate::diagnostic::Code {
            code: stringify!($code),
            name: $name,
            family: $crate::diagnostic::Family::$family,
            severity: $crate::diagnostic::Severity::$severity,
            docs: $crate::diagnostic::Text {
                en: concat!($($en, "\n",)*),
                fr: concat!($($fr, "\n",)*),
            },
        };
    };
}
pub(crate) use declare_rule;

/// The section headings a code's docs have, in this order, after the
/// summary (the examples only in English, and only when there are some).
pub fn headings(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "What it checks",
            "Why it matters",
            "Example that triggers it",
            "Fixed",
        ],
        Lang::Fr => &["Ce qui est vérifié", "Pourquoi c'est important"],
    }
}

/// A block of a doc: a paragraph (its lines joined) or a fenced code block
/// (its lines as written, each ending with a line break).
#[derive(Debug, PartialEq, Eq)]
pub enum Block {
    Prose(String),
    Code { lang: String, text: String },
}

/// A doc cut into sections: the one before any heading (`None`), then one
/// per `## heading`.
pub fn sections(doc: &str) -> Vec<(Option<&str>, Vec<Block>)> {
    let mut out: Vec<(Option<&str>, Vec<Block>)> = vec![(None, Vec::new())];
    let mut prose: Vec<&str> = Vec::new();
    let mut code: Option<(String, String)> = None;
    for line in doc.lines() {
        // A `///` comment keeps the space after the slashes; rustdoc drops it.
        let line = line.strip_prefix(' ').unwrap_or(line);
        let Some(section) = out.last_mut() else {
            break;
        };
        if let Some((lang, text)) = &mut code {
            if line.trim_end() == "```" {
                section.1.push(Block::Code {
                    lang: std::mem::take(lang),
                    text: std::mem::take(text),
                });
                code = None;
            } else {
                text.push_str(line);
                text.push('\n');
            }
            continue;
        }
        let blank = line.trim().is_empty();
        let fence = line.strip_prefix("```");
        let heading = line.strip_prefix("## ");
        if (blank || fence.is_some() || heading.is_some()) && !prose.is_empty() {
            section.1.push(Block::Prose(unwrap(&prose)));
            prose.clear();
        }
        if let Some(lang) = fence {
            code = Some((lang.trim().to_string(), String::new()));
        } else if let Some(heading) = heading {
            out.push((Some(heading.trim()), Vec::new()));
        } else if !blank {
            prose.push(line);
        }
    }
    if let Some(section) = out.last_mut()
        && !prose.is_empty()
    {
        section.1.push(Block::Prose(unwrap(&prose)));
    }
    out
}

/// A paragraph's lines as one line each for the paragraph and for each
/// list item (`- …`, continued by indented lines).
fn unwrap(lines: &[&str]) -> String {
    let mut out = String::new();
    for (n, line) in lines.iter().enumerate() {
        if n > 0 {
            out.push(if line.starts_with("- ") { '\n' } else { ' ' });
        }
        out.push_str(line.trim());
    }
    out
}

/// The prose of the section at `index` (0: before any heading), its
/// paragraphs separated by a blank line.
pub fn prose(doc: &str, index: usize) -> String {
    sections(doc)
        .into_iter()
        .nth(index)
        .map(|(_, blocks)| {
            blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Prose(p) => Some(p.as_str()),
                    Block::Code { .. } => None,
                })
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .unwrap_or_default()
}

/// The `goals` code blocks of a doc, in order.
pub fn examples(doc: &str) -> Vec<String> {
    sections(doc)
        .into_iter()
        .flat_map(|(_, blocks)| blocks)
        .filter_map(|b| match b {
            Block::Code { lang, text } if lang == "goals" => Some(text),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_code_blocks_are_read_back() {
        let doc = " Summary on\n two lines.\n\n ## What it checks\n\n First\n paragraph.\n\n - an item\n   continued\n - another\n\n Last.\n\n ## Example that triggers it\n\n ```goals\n objective o: Grow\n   period: 2026\n ```\n";
        assert_eq!(prose(doc, 0), "Summary on two lines.");
        assert_eq!(
            prose(doc, 1),
            "First paragraph.\n\n- an item continued\n- another\n\nLast."
        );
        assert_eq!(examples(doc), ["objective o: Grow\n  period: 2026\n"]);
        let headings: Vec<_> = sections(doc).into_iter().map(|(h, _)| h).collect();
        assert_eq!(
            headings,
            [
                None,
                Some("What it checks"),
                Some("Example that triggers it")
            ]
        );
        assert_eq!(prose(doc, 7), "");
    }
}
