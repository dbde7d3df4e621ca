//! Sentence segmentation.
//!
//! [`SentenceSegmenter`] finds sentence boundaries with a byte-level scan for
//! candidate terminators and applies its rules only at those candidates.

use crate::document::{Document, Span};
use crate::pipeline::{Stage, StageError};

/// Splits text into sentence spans.
#[derive(Debug, Clone, Default)]
pub struct SentenceSegmenter {}

impl SentenceSegmenter {
    /// A segmenter with the default rules.
    pub fn new() -> Self {
        SentenceSegmenter {}
    }

    /// Sentence spans of `text`: sorted, non-overlapping, trimmed of whitespace.
    pub fn segment(&self, text: &str) -> Vec<Span> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let para = b == b'\n' && bytes.get(i + 1) == Some(&b'\n');
            let term = matches!(b, b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_some_and(|c| c.is_ascii_whitespace());
            if para || term {
                let end = if para { i } else { i + 1 };
                push_trimmed(text, start, end, &mut out);
                start = end;
            }
            i += 1;
        }
        push_trimmed(text, start, bytes.len(), &mut out);
        out
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

impl Stage for SentenceSegmenter {
    fn name(&self) -> &'static str {
        "segment"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.sentences = self.segment(&doc.text);
        Ok(())
    }
}
