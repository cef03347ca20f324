//! Semantic tokens from the parse tree: keywords in either language, ids
//! where defined and where referenced, owners, dates, numbers, units,
//! titles and notes, comments.

use tower_lsp_server::ls_types::{
    SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokens,
    SemanticTokensFullOptions, SemanticTokensLegend, SemanticTokensOptions, SemanticTokensParams,
    SemanticTokensResult, SemanticTokensServerCapabilities,
};

use super::state::State;
use crate::syntax::Rule;

const TYPES: &[SemanticTokenType] = &[
    SemanticTokenType::KEYWORD,
    SemanticTokenType::VARIABLE,
    SemanticTokenType::PARAMETER,
    SemanticTokenType::NUMBER,
    SemanticTokenType::TYPE,
    SemanticTokenType::STRING,
    SemanticTokenType::COMMENT,
    SemanticTokenType::OPERATOR,
];

const DECLARATION: u32 = 1;

pub fn options() -> SemanticTokensServerCapabilities {
    SemanticTokensServerCapabilities::SemanticTokensOptions(SemanticTokensOptions {
        legend: SemanticTokensLegend {
            token_types: TYPES.to_vec(),
            token_modifiers: vec![SemanticTokenModifier::DECLARATION],
        },
        full: Some(SemanticTokensFullOptions::Bool(true)),
        range: None,
        work_done_progress_options: Default::default(),
    })
}

/// (index into [`TYPES`], modifier bits) for the rules that are tokens.
fn token(rule: Rule) -> Option<(u32, u32)> {
    use Rule::*;
    Some(match rule {
        kw_objective | kw_kr | kw_activity | kw_funnel | kw_stage | kw_period | kw_due
        | kw_start | kw_owner | kw_why | kw_parent | kw_supports | kw_metric | kw_keep
        | kw_target | kw_goal | kw_weight | kw_per | kw_each | kw_convert | kw_by | kw_versus
        | kw_previous | kw_confidence | committed | aspirational | milestone | done | dropped
        | retro => (0, 0),
        id => (1, DECLARATION),
        reference => (1, 0),
        owner => (2, 0),
        day | week | quarter | half | month | year | date_range | number => (3, 0),
        percent | unit_word | currency | rate_unit => (4, 0),
        title | text | note => (5, 0),
        comment => (6, 0),
        arrow | comparator => (7, 0),
        _ => return None,
    })
}

pub fn full(state: &mut State, params: SemanticTokensParams) -> Option<SemanticTokensResult> {
    let file = state.file(&params.text_document.uri)?;
    let source = state.workspace.file(file);
    let lines = state.lines(file);
    let mut found: Vec<(usize, usize, u32, u32)> = Vec::new();
    for chunk in source.parse.chunks() {
        for line in chunk.lines() {
            let mut covered = 0usize;
            for node in std::iter::once(line).chain(line.descendants()) {
                let r = node.range();
                let (start, end) = (r.start as usize, r.end as usize);
                if start < covered || start == end {
                    continue;
                }
                if let Some((ty, modifiers)) = token(node.kind()) {
                    found.push((start, end, ty, modifiers));
                    covered = end;
                }
            }
        }
    }
    found.sort_by_key(|t| t.0);
    let mut data = Vec::with_capacity(found.len());
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    for (start, end, ty, modifiers) in found {
        let a = lines.position(start);
        let b = lines.position(end);
        if b.line != a.line {
            continue; // tokens never span lines; be safe
        }
        let delta_line = a.line - prev_line;
        let delta_start = if delta_line == 0 {
            a.character - prev_col
        } else {
            a.character
        };
        data.push(SemanticToken {
            delta_line,
            delta_start,
            length: b.character - a.character,
            token_type: ty,
            token_modifiers_bitset: modifiers,
        });
        (prev_line, prev_col) = (a.line, a.character);
    }
    Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data,
    }))
}
