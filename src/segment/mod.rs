//! Sentence segmentation.
//!
//! [`SentenceSegmenter`] finds sentence boundaries with a byte-level scan for
//! candidate positions (`.`, `!`, `?`, `…`, line breaks, bullets) and applies
//! its rules only at those candidates, so it runs at hundreds of megabytes per
//! second. The rules cover abbreviations and initials (kept as data in
//! `lexicons/segment/`), numbers, lists, ellipses, quotations and brackets,
//! news layout (headlines, datelines, wrapped lines, paragraphs), a missing
//! space after a full stop, and web and e-mail addresses.
//!
//! ```
//! use whosaid::segment::SentenceSegmenter;
//!
//! let seg = SentenceSegmenter::new();
//! let text = "\"Why?\" she asked. He left at 6 P.M. Mr. Smith stayed in the U.S. for a week.";
//! let sentences: Vec<&str> = seg.segment(text).iter().map(|s| s.text(text)).collect();
//! assert_eq!(
//!     sentences,
//!     ["\"Why?\" she asked.", "He left at 6 P.M.", "Mr. Smith stayed in the U.S. for a week."]
//! );
//!
//! // Add abbreviations (one per line, optionally `prefix` for titles that never end a sentence).
//! let seg = SentenceSegmenter::new().with_extra_abbreviations("Cllr. prefix\nAppt.").unwrap();
//! assert_eq!(seg.segment("Ask Cllr. Morse now.").len(), 1);
//! ```

mod chars;
mod lexicon;
mod lines;
mod rules;
mod scan;

#[cfg(test)]
mod tests;

use std::sync::{Arc, OnceLock};

pub use lexicon::{
    AbbreviationError, AbbreviationKind, DEFAULT_ABBREVIATIONS, DEFAULT_REPORTING_VERBS,
    DEFAULT_SENTENCE_STARTERS,
};

use crate::document::{Document, Span};
use crate::pipeline::{Stage, StageError};
use lexicon::Lexicon;

/// Splits text into sentence spans.
///
/// Cheap to clone (the word lists are shared) and `Send + Sync`, so one
/// segmenter serves every worker thread.
#[derive(Debug, Clone)]
pub struct SentenceSegmenter {
    lex: Arc<Lexicon>,
}

impl Default for SentenceSegmenter {
    fn default() -> Self {
        SentenceSegmenter::new()
    }
}

fn bundled() -> &'static Arc<Lexicon> {
    static BUNDLED: OnceLock<Arc<Lexicon>> = OnceLock::new();
    BUNDLED.get_or_init(|| Arc::new(Lexicon::bundled()))
}

impl SentenceSegmenter {
    /// A segmenter with the bundled rules and word lists.
    pub fn new() -> Self {
        SentenceSegmenter {
            lex: Arc::clone(bundled()),
        }
    }

    /// Adds abbreviations to the list. `list` has the format of
    /// `lexicons/segment/abbreviations.txt`: one abbreviation a line (the final
    /// full stop is optional, case is ignored), optionally followed by its kind,
    /// `prefix` (a title such as `Cllr.` that never ends a sentence),
    /// `number` (an abbreviation only before a number, such as `No.`) or
    /// `general` (the default: may end a sentence); `#` starts a comment line.
    pub fn with_extra_abbreviations(mut self, list: &str) -> Result<Self, AbbreviationError> {
        Arc::make_mut(&mut self.lex).add_abbreviations(list)?;
        Ok(self)
    }

    /// Sentence spans of `text`: sorted, non-overlapping, on character
    /// boundaries, trimmed of whitespace, and together covering every
    /// non-whitespace character. A closing quotation mark or bracket after a
    /// sentence's final mark belongs to that sentence.
    pub fn segment(&self, text: &str) -> Vec<Span> {
        scan::Scanner::new(text, &self.lex).run()
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
