//! `goalie rules` and `goalie explain`.

use std::process::ExitCode;

use crate::i18n::{Lang, Message, msg};
use crate::rules::codes;
use crate::rules::doc;

#[derive(clap::Args, Debug)]
pub struct RulesArgs {
    /// Language of the summaries.
    #[arg(long, value_name = "LANG", value_parser = super::languages())]
    lang: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// A rule's code (`S101`) or name (`vague-wording`).
    code: String,
    /// Language of the documentation.
    #[arg(long, value_name = "LANG", value_parser = super::languages())]
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
    let severity_width = codes::all()
        .map(|c| c.severity.label().render(lang).chars().count())
        .max()
        .unwrap_or(0);
    let mut family = None;
    let mut out = String::new();
    for code in codes::all() {
        if family != Some(code.family) {
            family = Some(code.family);
            out.push_str(&format!("\n{}\n", code.family.name().render(lang)));
        }
        out.push_str(&format!(
            "  {}  {:name_width$}  {:severity_width$}  {}\n",
            code.code,
            code.name,
            code.severity.label().render(lang),
            code.summary(lang)
        ));
    }
    super::emit_then(out, ExitCode::SUCCESS)
}

pub fn explain(args: ExplainArgs) -> ExitCode {
    let lang = lang(&args.lang);
    match codes::find(&args.code) {
        Some(code) => super::emit_then(doc::plain(code, lang), ExitCode::SUCCESS),
        None => {
            let close: Vec<String> = codes::closest(&args.code)
                .iter()
                .map(|c| format!("`{}` ({})", c.name, c.code))
                .collect();
            let m = if close.is_empty() {
                msg!(cli_error_no_rule_called, code = args.code.to_string())
            } else {
                let names = close.iter().map(Message::verbatim).collect();
                msg!(
                    cli_rules_did_you_mean,
                    code = args.code.to_string(),
                    names = crate::i18n::list_or(names).unwrap_or_else(|| Message::verbatim(""))
                )
            };
            eprintln!("{}", m.render(lang));
            ExitCode::from(2)
        }
    }
}
