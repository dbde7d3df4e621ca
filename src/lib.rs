//! # whosaid
//!
//! Reads news articles and tells who is mentioned and who said what: it splits
//! each article into sentences ([`segment::SentenceSegmenter`]), finds named
//! entities with lexicons ([`gazetteer::EntityRecognizer`]), detects quotations
//! and attributes each to its speaker ([`quotes::QuoteAttributor`]), and writes
//! spreadsheet-safe CSV ([`export::CsvSink`]). [`report`] summarises a finished
//! run per speaker and per entity and renders a self-contained HTML report.
//!
//! ```
//! use whosaid::{default_pipeline, Document};
//!
//! let pipeline = default_pipeline(&[]).unwrap();
//! let mut doc = Document::new("a", "\"We will defend ourselves,\" Vladimir Putin said.");
//! pipeline.process(&mut doc);
//! assert!(!doc.sentences.is_empty());
//! ```

#![deny(missing_docs)]

pub mod bench;
pub mod document;
pub mod export;
pub mod gazetteer;
pub mod input;
pub mod manifest;
pub mod merge;
pub mod pipeline;
pub mod quotes;
pub mod report;
pub mod segment;
mod swar;
mod whitespace;

use std::path::PathBuf;

pub use document::{Document, Entity, EntitySource, EntityType, Meta, Quote, QuoteKind, Span};
pub use pipeline::{Formatter, Pipeline, Prepared, RunStats, Sink, Stage, StageError};

/// The default lexicons bundled into the binary: `(file name, content)`.
pub const DEFAULT_LEXICONS: &[(&str, &str)] = &[
    (
        "lexicons/entities/countries.tsv",
        include_str!("../lexicons/entities/countries.tsv"),
    ),
    (
        "lexicons/entities/places.tsv",
        include_str!("../lexicons/entities/places.tsv"),
    ),
    (
        "lexicons/entities/regions.tsv",
        include_str!("../lexicons/entities/regions.tsv"),
    ),
    (
        "lexicons/entities/demonyms.tsv",
        include_str!("../lexicons/entities/demonyms.tsv"),
    ),
    (
        "lexicons/entities/organisations.tsv",
        include_str!("../lexicons/entities/organisations.tsv"),
    ),
    (
        "lexicons/entities/sports.tsv",
        include_str!("../lexicons/entities/sports.tsv"),
    ),
    (
        "lexicons/entities/people.tsv",
        include_str!("../lexicons/entities/people.tsv"),
    ),
    (
        "lexicons/entities/events.tsv",
        include_str!("../lexicons/entities/events.tsv"),
    ),
    (
        "lexicons/entities/companies.tsv",
        include_str!("../lexicons/entities/companies.tsv"),
    ),
];

/// Loads the bundled lexicons plus `extra` lexicon files into a gazetteer
/// (see [`gazetteer::GazetteerBuilder`]).
pub fn load_gazetteer(extra: &[PathBuf]) -> Result<gazetteer::Gazetteer, gazetteer::LexiconError> {
    let mut builder = gazetteer::GazetteerBuilder::new().with_defaults();
    for path in extra {
        builder = builder.lexicon_file(path)?;
    }
    builder.build()
}

/// The standard pipeline: segmentation → entities → quotes, with the bundled
/// lexicons and any `extra` lexicon files.
pub fn default_pipeline(extra: &[PathBuf]) -> Result<Pipeline, gazetteer::LexiconError> {
    default_pipeline_with_segmenter(extra, segment::SentenceSegmenter::new())
}

/// Like [`default_pipeline`], with a configured sentence segmenter (for
/// example one with extra abbreviations, see
/// [`segment::SentenceSegmenter::with_extra_abbreviations`]).
pub fn default_pipeline_with_segmenter(
    extra: &[PathBuf],
    segmenter: segment::SentenceSegmenter,
) -> Result<Pipeline, gazetteer::LexiconError> {
    let gazetteer = load_gazetteer(extra)?;
    Ok(Pipeline::new()
        .with_stage(segmenter)
        .with_stage(gazetteer::EntityRecognizer::new(gazetteer))
        .with_stage(quotes::QuoteAttributor::new()))
}
