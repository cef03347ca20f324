//! Document symbols: the outline of a file, objectives holding their key
//! results and funnels their stages.

use tower_lsp_server::ls_types::{
    DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse, SymbolKind,
};

use super::snapshot::Snapshot;
use crate::model::{Item, ItemKind};

pub fn kind(item: &Item) -> SymbolKind {
    match item.kind {
        ItemKind::Objective => SymbolKind::MODULE,
        ItemKind::KeyResult => SymbolKind::NUMBER,
        ItemKind::Activity => SymbolKind::EVENT,
        ItemKind::Funnel => SymbolKind::STRUCT,
        ItemKind::Stage => SymbolKind::FIELD,
    }
}

pub fn symbols(state: &Snapshot, params: DocumentSymbolParams) -> Option<DocumentSymbolResponse> {
    let file = state.file(&params.text_document.uri)?;
    let analysis = state.analysis();
    let model = &analysis.model;
    let lines = state.lines(file);
    let symbol = |item: &Item, children: Option<Vec<DocumentSymbol>>| {
        #[allow(deprecated)]
        DocumentSymbol {
            name: if item.id.is_empty() {
                "?".to_string()
            } else {
                item.id.clone()
            },
            detail: (!item.title.is_empty()).then(|| item.title.clone()),
            kind: kind(item),
            tags: None,
            deprecated: None,
            range: lines.range(item.range),
            selection_range: lines.range(item.id_range),
            children,
        }
    };
    let mut out = Vec::new();
    for item in model.items.iter().filter(|i| i.file == file) {
        // Children are listed under their container when it is in this file.
        if item.container.is_some_and(|c| model.item(c).file == file) {
            continue;
        }
        let children: Vec<DocumentSymbol> = item
            .children
            .iter()
            .map(|&c| model.item(c))
            .filter(|c| c.file == file)
            .map(|c| symbol(c, None))
            .collect();
        out.push(symbol(item, (!children.is_empty()).then_some(children)));
    }
    Some(DocumentSymbolResponse::Nested(out))
}
