//! Completion: keywords in both languages at the start of a line (items
//! as snippets, or plain keywords for clients without snippets), ids after `parent:`, `supports:` and a log line's date,
//! owners after `owner:`, units after a number, and dates and periods
//! (today, ends of month and quarter, this and next quarter).

use std::collections::BTreeSet;

use jiff::ToSpan;
use jiff::civil::Date;
use tower_lsp_server::ls_types::{
    CompletionItem, CompletionItemKind, CompletionOptions, CompletionParams, CompletionResponse,
    CompletionTextEdit, Documentation, InsertTextFormat, Range, TextEdit,
};

use super::snapshot::Snapshot;
use crate::i18n::{Lang, msg};
use crate::model::{ItemKind, Model, Unit};
use crate::syntax::Rule;
use crate::syntax::keywords::{KEYWORDS, Place};

pub fn options() -> CompletionOptions {
    CompletionOptions {
        trigger_characters: Some(vec![" ".to_string(), "@".to_string(), ":".to_string()]),
        ..Default::default()
    }
}

/// What the cursor is in.
#[derive(Debug, PartialEq)]
enum Slot {
    /// The first word of a line.
    LineStart,
    /// The value of a property keyword.
    Value(Rule),
    /// The id of a log line, after its date.
    LogId,
    /// A unit, after a number.
    Unit,
    Nothing,
}

fn is_date(word: &str) -> bool {
    word.len() == 10 && word.parse::<Date>().is_ok()
}

fn slot(before: &str) -> Slot {
    let trimmed = before.trim_start();
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    let typing_new_word = trimmed.is_empty() || trimmed.ends_with(char::is_whitespace);
    if words.is_empty() || (words.len() == 1 && !typing_new_word && !trimmed.contains(':')) {
        return Slot::LineStart;
    }
    if let Some((key, _)) = trimmed.split_once(':') {
        let key = key.trim().to_lowercase();
        if let Some(k) = KEYWORDS
            .iter()
            .find(|k| k.place == Place::Property && k.spellings().any(|s| s == key))
        {
            let value = trimmed.split_once(':').map_or("", |(_, v)| v);
            if matches!(
                k.rule,
                Rule::kw_metric | Rule::kw_keep | Rule::kw_target | Rule::kw_goal
            ) {
                return if after_number(value) {
                    Slot::Unit
                } else {
                    Slot::Nothing
                };
            }
            return Slot::Value(k.rule);
        }
    }
    if is_date(words[0]) {
        let in_second =
            (words.len() == 1 && typing_new_word) || (words.len() == 2 && !typing_new_word);
        if in_second {
            return Slot::LogId;
        }
        if after_number(trimmed) {
            return Slot::Unit;
        }
    }
    Slot::Nothing
}

/// The text ends with a number and a space, maybe a unit begun.
fn after_number(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let back = if text.ends_with(char::is_whitespace) {
        1
    } else {
        2
    };
    words
        .len()
        .checked_sub(back)
        .and_then(|i| words.get(i))
        .is_some_and(|w| {
            w.trim_start_matches(['+', '-'])
                .starts_with(|c: char| c.is_ascii_digit())
        })
}

fn item(label: String, kind: CompletionItemKind, detail: String, range: Range) -> CompletionItem {
    CompletionItem {
        label: label.clone(),
        kind: Some(kind),
        detail: Some(detail),
        text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, label))),
        ..Default::default()
    }
}

/// `snippets`: the client declared `snippetSupport`; without it, only
/// plain text goes out.
pub fn complete(
    state: &Snapshot,
    params: CompletionParams,
    snippets: bool,
) -> Option<CompletionResponse> {
    let at = params.text_document_position;
    let file = state.file(&at.text_document.uri)?;
    let offset = state.lines(file).offset(at.position);
    let text = state.text(file);
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..offset].to_string();
    // The word being typed is replaced as a whole.
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let replace = Range::new(
        state.lines(file).position(line_start + word_start),
        at.position,
    );
    let analysis = state.analysis();
    let lang = state.lang();
    let today = state.today();
    let model = &analysis.model;
    let items: Vec<CompletionItem> = match slot(&before) {
        Slot::LineStart => {
            let mut out = keywords(replace, lang, snippets);
            out.push(item(
                today.to_string(),
                CompletionItemKind::VALUE,
                msg!(lsp_complete_log_today).render(lang),
                replace,
            ));
            out
        }
        Slot::Value(Rule::kw_parent) => ids(model, replace, lang, |k| {
            matches!(k, ItemKind::Objective | ItemKind::KeyResult)
        }),
        Slot::Value(Rule::kw_supports) => ids(model, replace, lang, |k| k != ItemKind::Activity),
        Slot::Value(Rule::kw_owner) => owners(model, replace),
        Slot::Value(Rule::kw_period) => periods(today, replace, lang),
        Slot::Value(Rule::kw_due | Rule::kw_start) => dates(today, replace, lang)
            .into_iter()
            .chain(periods(today, replace, lang))
            .collect(),
        // Objectives too: their check-ins (`confidence 70%`) are log lines.
        Slot::LogId => ids(model, replace, lang, |_| true),
        Slot::Unit => units(model, replace),
        Slot::Value(_) | Slot::Nothing => Vec::new(),
    };
    Some(CompletionResponse::Array(items))
}

fn keywords(range: Range, lang: Lang, snippets: bool) -> Vec<CompletionItem> {
    let mut out = Vec::new();
    for k in KEYWORDS {
        // The user's language sorts first; both are offered.
        let spellings =
            k.en.iter()
                .map(|s| (s, Lang::En))
                .chain(k.fr.iter().map(|s| (s, Lang::Fr)));
        for (spelling, spelling_lang) in spellings {
            let (kind, insert, format) = match k.place {
                Place::Item if snippets => (
                    CompletionItemKind::KEYWORD,
                    format!("{spelling} ${{1:id}}: ${{2:title}}"),
                    InsertTextFormat::SNIPPET,
                ),
                Place::Item => (
                    CompletionItemKind::KEYWORD,
                    format!("{spelling} "),
                    InsertTextFormat::PLAIN_TEXT,
                ),
                Place::Property => (
                    CompletionItemKind::PROPERTY,
                    format!("{spelling}: "),
                    InsertTextFormat::PLAIN_TEXT,
                ),
                Place::Flag => (
                    CompletionItemKind::KEYWORD,
                    spelling.to_string(),
                    InsertTextFormat::PLAIN_TEXT,
                ),
                Place::Word => continue,
            };
            if out.iter().any(|i: &CompletionItem| i.label == *spelling) {
                continue; // `parent` is the same word in both languages
            }
            let doc = (k.doc)().render(lang);
            out.push(CompletionItem {
                label: spelling.to_string(),
                kind: Some(kind),
                detail: Some(doc.clone()),
                documentation: Some(Documentation::String(doc)),
                sort_text: Some(format!(
                    "{}{spelling}",
                    if spelling_lang == lang { 0 } else { 1 }
                )),
                insert_text_format: Some(format),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, insert))),
                ..Default::default()
            });
        }
    }
    out
}

fn ids(
    model: &Model,
    range: Range,
    lang: Lang,
    wanted: impl Fn(ItemKind) -> bool,
) -> Vec<CompletionItem> {
    model
        .items
        .iter()
        .filter(|i| !i.id.is_empty() && wanted(i.kind))
        .map(|i| {
            let mut c = item(
                i.id.clone(),
                CompletionItemKind::REFERENCE,
                crate::describe::item_kind(i.kind).render(lang),
                range,
            );
            c.documentation = (!i.title.is_empty()).then(|| Documentation::String(i.title.clone()));
            c
        })
        .collect()
}

fn owners(model: &Model, range: Range) -> Vec<CompletionItem> {
    let names: BTreeSet<&str> = model
        .items
        .iter()
        .flat_map(|i| &i.owners)
        .map(|o| o.value.as_str())
        .collect();
    names
        .into_iter()
        .map(|n| {
            let label = if n.starts_with('@') {
                n.to_string()
            } else {
                format!("@{n}")
            };
            item(label, CompletionItemKind::VALUE, "owner".to_string(), range)
        })
        .collect()
}

fn units(model: &Model, range: Range) -> Vec<CompletionItem> {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let note = |seen: &mut BTreeSet<String>, unit: &Unit| match unit {
        Unit::Percent => {
            seen.insert("%".to_string());
        }
        Unit::Currency(c) | Unit::Word(c) => {
            seen.insert(c.clone());
        }
        Unit::None => {}
    };
    for i in &model.items {
        match i.metric.as_ref().map(|m| &m.value) {
            Some(crate::model::Metric::Change { target, .. }) => note(&mut seen, &target.unit),
            Some(crate::model::Metric::Relative(r)) => note(&mut seen, &r.change.unit),
            _ => {}
        }
        if let Some(u) = i.rate.as_ref().and_then(|r| r.value.unit.as_ref()) {
            seen.insert(u.clone());
        }
    }
    for l in &model.logs {
        if let crate::model::LogValue::Value(q) | crate::model::LogValue::Increment(q) = &l.value {
            note(&mut seen, &q.unit);
        }
    }
    seen.into_iter()
        .map(|u| item(u, CompletionItemKind::UNIT, "unit".to_string(), range))
        .collect()
}

fn quarter_of(d: Date) -> (i16, i8) {
    (d.year(), (d.month() - 1) / 3 + 1)
}

fn periods(today: Date, range: Range, lang: Lang) -> Vec<CompletionItem> {
    let letter = lang.pick("Q", "T");
    let (y, q) = quarter_of(today);
    let (ny, nq) = if q == 4 { (y + 1, 1) } else { (y, q + 1) };
    [
        (format!("{y}-{letter}{q}"), msg!(lsp_complete_this_quarter)),
        (
            format!("{ny}-{letter}{nq}"),
            msg!(lsp_complete_next_quarter),
        ),
        (
            format!("{y}-{:02}", today.month()),
            msg!(lsp_complete_this_month),
        ),
        (format!("{y}"), msg!(lsp_complete_this_year)),
    ]
    .into_iter()
    .map(|(label, detail)| item(label, CompletionItemKind::VALUE, detail.render(lang), range))
    .collect()
}

fn dates(today: Date, range: Range, lang: Lang) -> Vec<CompletionItem> {
    let end_of_month = today.last_of_month();
    let (y, q) = quarter_of(today);
    let end_of_quarter = Date::new(y, q * 3, 1)
        .map(|d| d.last_of_month())
        .unwrap_or(end_of_month);
    let in_a_week = today.checked_add(7.days()).unwrap_or(today);
    [
        (today, msg!(lsp_complete_today)),
        (in_a_week, msg!(lsp_complete_in_a_week)),
        (end_of_month, msg!(lsp_complete_end_of_month)),
        (end_of_quarter, msg!(lsp_complete_end_of_quarter)),
    ]
    .into_iter()
    .map(|(d, detail)| {
        let mut c = item(
            d.to_string(),
            CompletionItemKind::VALUE,
            detail.render(lang),
            range,
        );
        c.sort_text = Some(d.to_string());
        c
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::{Slot, slot};
    use crate::syntax::Rule;

    #[test]
    fn finds_the_slot_from_the_line_so_far() {
        assert_eq!(slot(""), Slot::LineStart);
        assert_eq!(slot("  ob"), Slot::LineStart);
        assert_eq!(slot("  parent: "), Slot::Value(Rule::kw_parent));
        assert_eq!(slot("  responsable: @sy"), Slot::Value(Rule::kw_owner));
        assert_eq!(slot("  échéance: 2026"), Slot::Value(Rule::kw_due));
        assert_eq!(slot("2026-11-24 "), Slot::LogId);
        assert_eq!(slot("2026-11-24 new-cu"), Slot::LogId);
        assert_eq!(slot("2026-11-24 new-customers 12 "), Slot::Unit);
        assert_eq!(slot("  metric: 0 -> 100 cu"), Slot::Unit);
        assert_eq!(slot("  why: because"), Slot::Value(Rule::kw_why));
        assert_eq!(slot("objective x: Grow "), Slot::Nothing);
    }
}
