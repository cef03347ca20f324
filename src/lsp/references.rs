//! References: every place an item's id is written, across files.

use tower_lsp_server::ls_types::{Location, ReferenceParams};

use super::lookup::{Role, id_at, occurrences};
use super::snapshot::Snapshot;

pub fn references(state: &Snapshot, params: ReferenceParams) -> Option<Vec<Location>> {
    let at = params.text_document_position;
    let file = state.file(&at.text_document.uri)?;
    let offset = state.lines(file).offset(at.position);
    let analysis = state.analysis();
    let item = id_at(&analysis.model, file, offset)?.item?;
    let with_definition = params.context.include_declaration;
    Some(
        occurrences(&analysis, item)
            .into_iter()
            .filter(|&(_, _, role)| with_definition || role == Role::Reference)
            .map(|(f, range, _)| {
                Location::new(state.entry(f).uri.clone(), state.lines(f).range(range))
            })
            .collect(),
    )
}
