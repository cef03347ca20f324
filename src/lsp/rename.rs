//! Rename an id everywhere it is written: its definition, `parent:` and
//! `supports:` references and log lines, in every file. The new name must
//! be a valid id that no other item uses.

use std::collections::HashMap;

use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    PrepareRenameResponse, RenameParams, TextDocumentPositionParams, TextEdit, Uri, WorkspaceEdit,
};

use super::lookup::{id_at, occurrences};
use super::snapshot::Snapshot;
use crate::syntax::{GoalsParser, Rule};

pub fn prepare(
    state: &Snapshot,
    params: TextDocumentPositionParams,
) -> Option<PrepareRenameResponse> {
    let file = state.file(&params.text_document.uri)?;
    let offset = state.lines(file).offset(params.position);
    let analysis = state.analysis();
    let found = id_at(&analysis.model, file, offset)?;
    found.item?;
    Some(PrepareRenameResponse::RangeWithPlaceholder {
        range: state.lines(file).range(found.range),
        placeholder: found.name,
    })
}

fn is_valid_id(name: &str) -> bool {
    use pest::Parser;
    GoalsParser::parse(Rule::id, name).is_ok_and(|mut p| {
        p.next()
            .is_some_and(|pair| pair.as_str().len() == name.len())
    })
}

pub fn rename(state: &Snapshot, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
    let at = params.text_document_position;
    let lang = state.lang();
    let Some(file) = state.file(&at.text_document.uri) else {
        return Ok(None);
    };
    let offset = state.lines(file).offset(at.position);
    let analysis = state.analysis();
    let Some(item) = id_at(&analysis.model, file, offset).and_then(|f| f.item) else {
        return Ok(None);
    };
    let new_name = params.new_name.trim();
    if !is_valid_id(new_name) {
        return Err(Error::invalid_params(
            crate::i18n::msg!(lsp_rename_invalid_id, name = new_name).render(lang),
        ));
    }
    if analysis
        .model
        .find(new_name)
        .is_some_and(|other| other != item)
    {
        return Err(Error::invalid_params(
            crate::i18n::msg!(lsp_rename_taken, name = new_name).render(lang),
        ));
    }
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for (f, range, _) in occurrences(&analysis, item) {
        changes
            .entry(state.entry(f).uri.clone())
            .or_default()
            .push(TextEdit::new(
                state.lines(f).range(range),
                new_name.to_string(),
            ));
    }
    Ok(Some(WorkspaceEdit {
        changes: Some(changes),
        ..Default::default()
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_checked_by_the_grammar() {
        assert!(super::is_valid_id("new-customers"));
        assert!(super::is_valid_id("ca_t4"));
        assert!(!super::is_valid_id("two words"));
        assert!(!super::is_valid_id(""));
        assert!(!super::is_valid_id("x:"));
    }
}
