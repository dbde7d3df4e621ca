//! Quotation detection and speaker attribution.

use crate::document::{Document, Quote, QuoteKind, Span};
use crate::pipeline::{Stage, StageError};

/// The quote stage: pairs quotation marks and attributes each quote to a speaker.
#[derive(Debug, Clone, Default)]
pub struct QuoteAttributor {}

impl QuoteAttributor {
    /// An attributor with the default cue verbs.
    pub fn new() -> Self {
        QuoteAttributor {}
    }
}

impl Stage for QuoteAttributor {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        let mut open: Option<usize> = None;
        for (i, c) in doc.text.char_indices() {
            match (c, open) {
                ('"' | '\u{201C}', None) => open = Some(i + c.len_utf8()),
                ('"' | '\u{201D}', Some(s)) => {
                    doc.quotes.push(Quote {
                        span: Span::new(s, i),
                        kind: QuoteKind::Direct,
                        speaker: None,
                        speaker_entity: None,
                        cue: None,
                    });
                    open = None;
                }
                ('\n', _) => open = None,
                _ => {}
            }
        }
        Ok(())
    }
}
