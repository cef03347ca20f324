//! `goalie.server.logProgress`: log progress for the item at the cursor.
//! The line is built and checked like `goalie log` does, then inserted by
//! the editor (`workspace/applyEdit`) after the item's last log line, or at
//! the end of the item's file, so unsaved buffers stay the truth.

use std::collections::HashMap;

use jiff::civil::Date;
use serde::Deserialize;
use serde_json::{Value, json};
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    ApplyWorkspaceEditParams, ExecuteCommandParams, Position, TextEdit, Uri, WorkspaceEdit,
};

use super::lookup::item_at;
use super::snapshot::Snapshot;
use crate::i18n::{Message, msg};
use crate::log_line::{build_line, check_line, fits};
use crate::text::TextRange;

pub const LOG_PROGRESS: &str = "goalie.server.logProgress";

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LogArgs {
    uri: Uri,
    position: Position,
    value: String,
    note: Option<String>,
    date: Option<String>,
}

/// What the command will do once the editor applies the edit.
pub struct Planned {
    pub edit: ApplyWorkspaceEditParams,
    pub result: Value,
}

fn refuse(m: Message, lang: crate::i18n::Lang) -> Error {
    Error::invalid_params(m.render(lang).to_string())
}

pub fn plan(state: &Snapshot, params: ExecuteCommandParams) -> Result<Planned> {
    let lang = state.lang();
    if params.command != LOG_PROGRESS {
        return Err(Error::method_not_found());
    }
    let args: LogArgs = params
        .arguments
        .into_iter()
        .next()
        .ok_or_else(|| Error::invalid_params("missing arguments"))
        .and_then(|v| {
            serde_json::from_value(v).map_err(|e| Error::invalid_params(e.to_string()))
        })?;
    let today = state.today();
    let date = match args
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        Some(d) => d
            .parse::<Date>()
            .map_err(|_| refuse(msg!(lsp_not_date_yyyy_mm, d = d.to_string()), lang))?,
        None => today,
    };
    if date > today {
        return Err(refuse(
            msg!(
                lsp_after_today_log_what,
                date = date.to_string(),
                today = today.to_string()
            ),
            lang,
        ));
    }
    let file = state
        .file(&args.uri)
        .ok_or_else(|| refuse(msg!(lsp_this_file_not_open), lang))?;
    let offset = state.lines(file).offset(args.position);
    let analysis = state.analysis();
    let model = &analysis.model;
    let idx =
        item_at(model, file, offset).ok_or_else(|| refuse(msg!(lsp_no_item_here_put), lang))?;
    let item = model.item(idx);
    let line = build_line(date, &item.id, args.value.trim(), args.note.as_deref())
        .map_err(|m| refuse(m, lang))?;
    let logged = check_line(&line).map_err(|m| refuse(m, lang))?;
    fits(item, &logged).map_err(|m| refuse(m, lang))?;

    // After the item's last log line, else at the end of its file.
    let (target, at) = match item.logs.last().map(|&l| model.log(l)) {
        Some(last) => {
            let text = state.text(last.file);
            let end = text[last.range.end as usize..]
                .find('\n')
                .map_or(text.len(), |n| last.range.end as usize + n + 1);
            (last.file, end)
        }
        None => (item.file, state.text(item.file).len()),
    };
    let text = state.text(target);
    let crlf = text.contains("\r\n");
    let newline = if crlf { "\r\n" } else { "\n" };
    let mut insert = String::new();
    if at > 0 && !text[..at].ends_with('\n') {
        insert.push_str(newline);
    }
    insert.push_str(&line);
    insert.push_str(newline);
    let uri = state.entry(target).uri.clone();
    let range = state.lines(target).range(TextRange::empty(at));
    let edit = ApplyWorkspaceEditParams {
        label: Some(format!("goalie: {line}")),
        edit: WorkspaceEdit {
            changes: Some(HashMap::from([(
                uri.clone(),
                vec![TextEdit::new(range, insert)],
            )])),
            ..Default::default()
        },
    };
    Ok(Planned {
        edit,
        result: json!({ "id": item.id, "uri": uri.as_str(), "line": line }),
    })
}
