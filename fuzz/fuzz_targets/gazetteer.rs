//! The gazetteer matcher: arbitrary lexicon lines plus arbitrary text. Lexicon
//! parsing may refuse a line but must not panic; matches are in bounds, on
//! character boundaries and sorted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::gazetteer::{parse_lexicon, Gazetteer};

fuzz_target!(|data: &str| {
    // The first line after a `\u{0}` separator is the text; before it, the lexicon.
    let (lexicon, text) = data.split_once('\0').unwrap_or(("canonical\ttype\n", data));
    let Ok(entries) = parse_lexicon("fuzz.tsv", lexicon) else {
        return;
    };
    let gazetteer = Gazetteer::new(entries);
    let found = gazetteer.find(text);
    let mut prev = 0;
    for e in &found {
        let s = e.span;
        assert!(s.start < s.end && s.end <= text.len(), "{s:?} out of bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= prev, "entities not sorted");
        prev = s.start;
    }
});
