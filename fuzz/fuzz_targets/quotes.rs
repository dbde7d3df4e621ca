//! The whole default pipeline (segmenter, entities, quotes) on arbitrary UTF-8:
//! no panic, and every quote, speaker and cue span inside the text on
//! character boundaries.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use whosaid::{default_pipeline, Document, Pipeline, Span};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| default_pipeline(&[]).expect("bundled lexicons load"))
}

fn check(text: &str, s: Span) {
    assert!(s.start <= s.end && s.end <= text.len(), "{s:?} out of bounds");
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
}

fuzz_target!(|text: &str| {
    let mut doc = Document::new("fuzz", text);
    pipeline().process(&mut doc);
    assert_eq!(doc.text, text, "a stage changed the text");
    for q in &doc.quotes {
        check(text, q.span);
        q.speaker.into_iter().chain(q.cue).for_each(|s| check(text, s));
    }
    for w in doc.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "quotes not sorted");
    }
});
