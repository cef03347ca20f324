//! `declare_rule!`: a code's metadata in one declarative form, its
//! examples as `goals` code blocks in its doc comments, and the reading of
//! those blocks. The prose about a code — a one-line summary, what it
//! checks, why it matters — is in the catalogue, `locales/*/rules.ftl`,
//! as `rule-CODE-summary`, `rule-CODE-what` and `rule-CODE-why`.
//!
//! A rule file reads:
//!
//! ```text
//! declare_rule! {
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
//! }
//! ```
//!
//! and declares `pub const CODE: Code`. The examples are `.goals` text,
//! the same in every language: tests/rules.rs checks that the first
//! triggers the code and the second does not. A line a doc comment cannot
//! hold (an invisible control character) is written as
//! `#[doc = " …\u{202E}…"]` among the `///` lines.

/// Declares `pub const CODE: Code` from a rule's metadata and its examples
/// (the doc comments before `code:`).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        code: $code:ident,
        name: $name:literal,
        family: $family:ident,
        severity: $severity:ident $(,)?
    ) => {
        $(#[doc = $doc])*
        pub const CODE: $crate::diagnostic::Code = $crate::diagnostic::Code {
            code: stringify!($code),
            name: $name,
            family: $crate::diagnostic::Family::$family,
            severity: $crate::diagnostic::Severity::$severity,
            prose: [
                concat!("rule-", stringify!($code), "-summary"),
                concat!("rule-", stringify!($code), "-what"),
                concat!("rule-", stringify!($code), "-why"),
            ],
            examples: concat!($($doc, "\n",)*),
        };
    };
}
pub(crate) use declare_rule;

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
        let prose = |text: &str| Block::Prose(text.to_string());
        assert_eq!(
            sections(doc),
            [
                (None, vec![prose("Summary on two lines.")]),
                (
                    Some("What it checks"),
                    vec![
                        prose("First paragraph."),
                        prose("- an item continued\n- another"),
                        prose("Last.")
                    ]
                ),
                (
                    Some("Example that triggers it"),
                    vec![Block::Code {
                        lang: "goals".into(),
                        text: "objective o: Grow\n  period: 2026\n".into()
                    }]
                ),
            ]
        );
        assert_eq!(examples(doc), ["objective o: Grow\n  period: 2026\n"]);
    }
}
