//! Go to definition: from a reference (`parent:`, `supports:`, a log
//! line's id) to the item it names, in whichever file defines it.

use tower_lsp_server::ls_types::{GotoDefinitionParams, GotoDefinitionResponse, Location};

use super::lookup::id_at;
use super::snapshot::Snapshot;

pub fn definition(
    state: &Snapshot,
    params: GotoDefinitionParams,
) -> Option<GotoDefinitionResponse> {
    let at = params.text_document_position_params;
    let file = state.file(&at.text_document.uri)?;
    let offset = state.lines(file).offset(at.position);
    let analysis = state.analysis();
    let target = analysis
        .model
        .item(id_at(&analysis.model, file, offset)?.item?);
    Some(GotoDefinitionResponse::Scalar(Location::new(
        state.entry(target.file).uri.clone(),
        state.lines(target.file).range(target.id_range),
    )))
}
