//! `goalie rules` and `goalie explain`.

use std::process::ExitCode;

use crate::diagnostic::codes;
use crate::i18n::{Lang, Message};
use crate::rules::doc;

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// Language of the summaries.
    #[arg(long, value_name = "LANG", value_parser = ["en", "fr"])]
    lang: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A rule's code (`S101`) or name (`vague-wording`).
    code: String,
    /// Language of the documentation.
    #[arg(long, value_name = "LANG", value_parser = ["en", "fr"])]
    lang: Option<String>,
}

fn lang(flag: &Option<String>) -> Lang {
    flag.as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or_else(super::env_lang)
}

pub fn list(args: RulesArgs) -> ExitCode {
    let lang = lang(&args.lang);
    let name_width = codes::all().map(|c| c.name.len()).max().unwrap_or(0);
    let mut family = None;
    let mut out = String::new();
    for code in codes::all() {
        if family != Some(code.family) {
            family = Some(code.family);
            out.push_str(&format!("\n{}\n", code.family.name().get(lang)));
        }
        out.push_str(&format!(
            "  {}  {:name_width$}  {:7}  {}\n",
            code.code,
            code.name,
            code.severity.as_str(),
            code.summary.get(lang)
        ));
    }
    super::emit_then(out, ExitCode::SUCCESS)
}

pub fn explain(args: ExplainArgs) -> ExitCode {
    let lang = lang(&args.lang);
    match codes::find(&args.code) {
        Some(code) => super::emit_then(doc::plain(code, lang), ExitCode::SUCCESS),
        None => {
            let m = Message::new(
                format!(
                    "error: no rule is called `{}`; `goalie rules` lists them",
                    args.code
                ),
                format!(
                    "erreur : aucune règle ne s'appelle `{}` ; `goalie rules` les liste",
                    args.code
                ),
            );
            eprintln!("{}", m.get(lang));
            ExitCode::from(2)
        }
    }
}
