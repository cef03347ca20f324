//! Document highlight: the other places the id under the cursor is written
//! in the same file (its definition as a write, references as reads).

use tower_lsp_server::ls_types::{
    DocumentHighlight, DocumentHighlightKind, DocumentHighlightParams,
};

use super::lookup::{Role, id_at, occurrences};
use super::snapshot::Snapshot;

pub fn highlights(
    state: &Snapshot,
    params: DocumentHighlightParams,
) -> Option<Vec<DocumentHighlight>> {
    let at = params.text_document_position_params;
    let file = state.file(&at.text_document.uri)?;
    let lines = state.lines(file);
    let offset = lines.offset(at.position);
    let analysis = state.analysis();
    let item = id_at(&analysis.model, file, offset)?.item?;
    Some(
        occurrences(&analysis, item)
            .into_iter()
            .filter(|&(f, _, _)| f == file)
            .map(|(_, range, role)| DocumentHighlight {
                range: lines.range(range),
                kind: Some(match role {
                    Role::Definition => DocumentHighlightKind::WRITE,
                    Role::Reference => DocumentHighlightKind::READ,
                }),
            })
            .collect(),
    )
}
