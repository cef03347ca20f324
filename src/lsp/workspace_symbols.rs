//! Workspace symbols: every item of every file, matched on its id or title
//! (case and accents ignored, letters in order).

use tower_lsp_server::ls_types::{
    Location, OneOf, WorkspaceSymbol, WorkspaceSymbolParams, WorkspaceSymbolResponse,
};

use super::document_symbols::kind;
use super::snapshot::Snapshot;

fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// The query's letters appear in order in the text.
fn matches(query: &str, text: &str) -> bool {
    let mut chars = text.chars();
    query
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|q| chars.any(|c| c == q))
}

pub fn symbols(state: &Snapshot, params: WorkspaceSymbolParams) -> Option<WorkspaceSymbolResponse> {
    let analysis = state.analysis();
    let query = fold(&params.query);
    let mut out = Vec::new();
    for item in &analysis.model.items {
        if item.id.is_empty() || state.entry(item.file).gone {
            continue;
        }
        // Ids are typed in short (letters in order); titles are searched
        // for the words typed.
        if !matches(&query, &fold(&item.id)) && !fold(&item.title).contains(query.trim()) {
            continue;
        }
        let container = item.container.map(|c| analysis.model.item(c).id.clone());
        out.push(WorkspaceSymbol {
            name: item.id.clone(),
            kind: kind(item),
            tags: None,
            container_name: container
                .or_else(|| (!item.title.is_empty()).then(|| item.title.clone())),
            location: OneOf::Left(Location::new(
                state.entry(item.file).uri.clone(),
                state.lines(item.file).range(item.id_range),
            )),
            data: None,
        });
        if out.len() >= 500 {
            break; // enough for a picker
        }
    }
    Some(WorkspaceSymbolResponse::Nested(out))
}

#[cfg(test)]
mod tests {
    #[test]
    fn fuzzy_and_accent_blind() {
        assert!(super::matches("ncust", "new-customers"));
        assert!(super::matches(
            &super::fold("Équipe"),
            &super::fold("equipe commerciale")
        ));
        assert!(!super::matches("xyz", "new-customers"));
    }
}
