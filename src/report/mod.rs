//! Summaries of a finished run and a self-contained HTML report.
//!
//! [`summarize`] reads the CSV tables of an output folder (`documents.csv`,
//! `quotes.csv`, `entities.csv`) and aggregates them into a [`RunSummary`]:
//! corpus [`Totals`], one [`SpeakerSummary`] per speaker and one
//! [`EntitySummary`] per canonical entity. [`write_summaries`] writes these as
//! `speakers.csv` and `entity_summary.csv` next to the other tables, and
//! [`write_html`] renders one HTML file that opens from disk with no network.
//!
//! The tables are read as streams (a forward cursor joins quotes to their
//! documents), so memory grows with the number of distinct speakers and
//! entities, not with the corpus.
//!
//! ```no_run
//! use std::path::Path;
//! use whosaid::report::{summarize, write_html, write_summaries, HtmlOptions};
//!
//! let dir = Path::new("out");
//! let summary = summarize(dir)?;
//! write_summaries(dir, &summary)?;
//! write_html(dir, &summary, &HtmlOptions::default(), Path::new("report.html"))?;
//! # Ok::<(), whosaid::report::ReportError>(())
//! ```

mod html;
mod read;
mod sink;
mod summary;
mod write;

use std::path::PathBuf;

pub use html::{escape_html, write_html, HtmlOptions, UNCHARTED_PRONOUNS};
pub use read::{normalize_date, unguard};
pub use sink::SummarySink;
pub use summary::{summarize, SummaryBuilder, TOP_CUES};
pub use write::{write_summaries, ENTITY_SUMMARY_COLUMNS, SPEAKER_COLUMNS};

/// Why a summary or report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A file could not be read or written.
    #[error("{}: {cause}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        cause: std::io::Error,
    },
    /// A CSV table could not be parsed or written.
    #[error("{}: {cause}", path.display())]
    Csv {
        /// The file.
        path: PathBuf,
        /// The cause.
        cause: csv::Error,
    },
    /// A table lacks a column the summaries need.
    #[error("{}: no column {column:?} in the header", path.display())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The missing column.
        column: String,
    },
}

/// Corpus-wide counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Rows of `documents.csv` (ok and rejected).
    pub documents: u64,
    /// Documents with status `error`.
    pub rejected: u64,
    /// Characters of text processed.
    pub chars: u64,
    /// Sentences.
    pub sentences: u64,
    /// Entity mentions (rows of `entities.csv`).
    pub mentions: u64,
    /// Distinct canonical entities (rows of `entity_summary.csv`).
    pub entities: u64,
    /// Quotes (rows of `quotes.csv`).
    pub quotes: u64,
    /// Quotes of kind `direct`.
    pub direct: u64,
    /// Quotes of kind `partial`.
    pub partial: u64,
    /// Quotes of kind `indirect`.
    pub indirect: u64,
    /// Quotes with a speaker.
    pub attributed: u64,
    /// Distinct speakers (rows of `speakers.csv`).
    pub speakers: u64,
    /// Documents with at least one quote.
    pub quoting_documents: u64,
    /// Documents with a usable date (see [`normalize_date`]).
    pub dated_documents: u64,
    /// Earliest document date, when dates exist.
    pub first_date: Option<String>,
    /// Latest document date, when dates exist.
    pub last_date: Option<String>,
}

/// One row of `speakers.csv`: everything said by one speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerSummary {
    /// The resolved entity name (`speaker_entity`), else the speaker text as written.
    pub speaker: String,
    /// True when `speaker` is a resolved entity name.
    pub resolved: bool,
    /// The entity type of a resolved speaker when the entity table knows it (`PERSON`, `ORG` …).
    pub kind: String,
    /// All quotes attributed to the speaker.
    pub quotes: u64,
    /// Quotes of kind `direct`.
    pub direct: u64,
    /// Quotes of kind `partial`.
    pub partial: u64,
    /// Quotes of kind `indirect`.
    pub indirect: u64,
    /// Documents quoting the speaker.
    pub documents: u64,
    /// Date of the earliest document quoting the speaker, when dated.
    pub first_date: Option<String>,
    /// Date of the latest document quoting the speaker, when dated.
    pub last_date: Option<String>,
    /// The most frequent cue verbs (lower-cased) with their counts, most frequent first.
    pub top_cues: Vec<(String, u64)>,
    /// `quotes` divided by all quotes of the run (attributed or not).
    pub share: f64,
}

/// One row of `entity_summary.csv`: one canonical entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntitySummary {
    /// The canonical name.
    pub entity: String,
    /// Its type (`PERSON`, `ORG`, `LOC` …).
    pub kind: String,
    /// Its id (the first one seen).
    pub entity_id: String,
    /// Mentions in all documents.
    pub mentions: u64,
    /// Documents mentioning it.
    pub documents: u64,
    /// Quotes whose `speaker_entity` is this name (counted on one type per name:
    /// PERSON first, then ORG, NORP, LOC).
    pub quoted: u64,
}

/// Everything [`summarize`] finds in an output folder.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunSummary {
    /// Corpus-wide counts.
    pub totals: Totals,
    /// Speakers, most quoted first (ties by name).
    pub speakers: Vec<SpeakerSummary>,
    /// Entities, most mentioned first (ties by name, then type).
    pub entities: Vec<EntitySummary>,
    /// Remarks about missing tables.
    pub notes: Vec<String>,
}
