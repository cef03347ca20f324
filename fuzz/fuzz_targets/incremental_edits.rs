//! A sequence of edits applied with `Parse::edit` gives the tree a full
//! parse of the final text gives.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, Vec<(u16, u16, &str)>)| {
    let (start, edits) = input;
    let mut text = start.to_string();
    let mut parse = goalie::syntax::parse(&text);
    for (at, len, insert) in edits.into_iter().take(16) {
        let mut from = at as usize % (text.len() + 1);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (from + len as usize % 8).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        text.replace_range(from..to, insert);
        parse.edit(&text, from..to, insert.len());
        assert_eq!(
            parse,
            goalie::syntax::parse(&text),
            "after editing {from}..{to}"
        );
    }
});
