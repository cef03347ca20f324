//! Property: random ranged edits sent as the protocol sends them (UTF-16
//! positions, possibly past line ends, possibly inside a surrogate pair)
//! leave the server with the text a plain string would hold, and with the
//! diagnostics of a fresh analysis of that text.

use goalie::analysis::Workspace;
use goalie::lsp::state::State;
use proptest::prelude::*;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

const BASE: &str = "objective é-𠮷: Signer 100 clients 😀\n  period: 2026-Q4\n  kr k1: Win 100 new customers\n    metric: 0 -> 100 customers\n2026-11-20 k1 42 « bien 🎉 »\n";

/// The byte offset the protocol means by a UTF-16 position: columns past
/// the line's end clamp to it, a column inside a character lands on its
/// start.
fn offset(text: &str, p: Position) -> usize {
    let mut start = 0;
    for _ in 0..p.line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[start..end]
        .strip_suffix('\r')
        .unwrap_or(&text[start..end]);
    let mut units = 0;
    for (i, c) in line.char_indices() {
        let w = c.len_utf16() as u32;
        if units + w > p.character {
            return start + i;
        }
        units += w;
    }
    start + line.len()
}

fn edit() -> impl Strategy<Value = (u32, u32, u32, u32, String)> {
    let pieces = prop::sample::select(vec![
        "",
        "x",
        "é",
        "😀",
        "𠮷",
        "\n",
        "kr ",
        "2026-11-24 k1 +3\n",
        ": ",
        "  ",
        "#",
        "objective o: A goal\n",
    ]);
    (
        0u32..8,
        0u32..40,
        0u32..3,
        0u32..12,
        prop::collection::vec(pieces, 0..3),
    )
        .prop_map(|(line, col, dl, dc, parts)| (line, col, line + dl, dc, parts.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn protocol_edits_match_a_fresh_analysis(edits in prop::collection::vec(edit(), 1..15)) {
        let uri: Uri = "file:///tmp/prop.goals".parse().unwrap();
        let mut state = State::default();
        state.client.today = Some(jiff::civil::date(2026, 11, 24));
        let id = state.open(uri.clone(), BASE.to_string(), 1);
        let mut reference = BASE.to_string();
        for (version, (l1, c1, l2, c2, insert)) in edits.into_iter().enumerate() {
            let (start, end) = (Position::new(l1, c1), Position::new(l2, c2));
            let (a, b) = (offset(&reference, start), offset(&reference, end));
            // Clients send ranges in order.
            let (a, b, range) = if a <= b {
                (a, b, Range::new(start, end))
            } else {
                (b, a, Range::new(end, start))
            };
            reference.replace_range(a..b, &insert);
            state.change(&uri, version as i32 + 2, vec![TextDocumentContentChangeEvent {
                range: Some(range),
                range_length: None,
                text: insert,
            }]);
            prop_assert_eq!(state.text(id), reference.as_str());
        }
        let incremental: Vec<_> = state
            .snapshot()
            .analysis()
            .diagnostics
            .iter()
            .map(|d| (d.range, d.code.code, d.message.render(goalie::i18n::Lang::En)))
            .collect();
        let mut fresh = Workspace::new();
        fresh.add_file("prop.goals", reference.clone());
        let full: Vec<_> = fresh
            .analyze_with(jiff::civil::date(2026, 11, 24), &state.settings())
            .diagnostics
            .iter()
            .map(|d| (d.range, d.code.code, d.message.render(goalie::i18n::Lang::En)))
            .collect();
        prop_assert_eq!(incremental, full);
    }
}
