//! The sentence segmenter on arbitrary UTF-8: no panic, spans in bounds, on
//! character boundaries, sorted and non-overlapping.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::segment::SentenceSegmenter;

fuzz_target!(|text: &str| {
    let spans = SentenceSegmenter::new().segment(text);
    let mut prev_end = 0;
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len(), "{s:?} out of bounds");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.start >= prev_end, "{s:?} overlaps or is out of order");
        prev_end = s.end;
    }
});
