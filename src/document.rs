//! The [`Document`] every stage reads and annotates, and the [`Span`] type.
//!
//! Spans are half-open byte ranges into [`Document::text`]. Stages never change
//! the text; they only push annotations. Byte offsets become character offsets
//! once, at export time (see [`crate::export::CharOffsets`]).

use std::ops::Range;
use std::sync::Arc;

/// A half-open byte range `start..end` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// The span as a `Range` for slicing with `str::get`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers, or `""` when it is out of bounds or not on
    /// character boundaries.
    pub fn text(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }
}

/// Descriptive fields of a document kept from the input record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// Where the record came from: a file path, with `:LINE` for line-based formats.
    pub source: String,
    /// Headline, when the input gives one.
    pub title: Option<String>,
    /// Address of the article, when known.
    pub url: Option<String>,
    /// Publication date as given by the input (not parsed).
    pub date: Option<String>,
}

/// The kind of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation: company, agency, party, team, outlet …
    Org,
    /// A place: country, city, region, landmark.
    Loc,
    /// Nationalities, religious and political groups (`Russian`, `Ukrainians`).
    Norp,
    /// Named events (`World War II`, `Olympics`).
    Event,
    /// Other names (products, works, laws).
    Misc,
}

impl EntityType {
    /// The label written to CSV (`PERSON`, `ORG`, `LOC`, `NORP`, `EVENT`, `MISC`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Misc => "MISC",
        }
    }

    /// Parses a label, accepting the usual synonyms (`PER`, `GPE`, `ORGANIZATION` …),
    /// case-insensitively.
    pub fn parse(label: &str) -> Option<Self> {
        match label.trim().to_ascii_uppercase().as_str() {
            "PERSON" | "PER" | "PEOPLE" => Some(EntityType::Person),
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(EntityType::Org),
            "LOC" | "GPE" | "LOCATION" | "PLACE" => Some(EntityType::Loc),
            "NORP" => Some(EntityType::Norp),
            "EVENT" => Some(EntityType::Event),
            "MISC" => Some(EntityType::Misc),
            _ => None,
        }
    }
}

/// How an entity mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntitySource {
    /// The mention is a name in a lexicon.
    Lexicon,
    /// The mention was recognised by a rule (first name + capitalised word, org suffix …).
    Rule,
    /// The mention refers back to an earlier mention in the same document
    /// (a surname after the full name, an acronym after its definition).
    Alias,
}

impl EntitySource {
    /// The label written to CSV (`lexicon`, `rule`, `alias`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntitySource::Lexicon => "lexicon",
            EntitySource::Rule => "rule",
            EntitySource::Alias => "alias",
        }
    }
}

/// A named-entity mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Where the mention is (possessive `'s` excluded).
    pub span: Span,
    /// Its type.
    pub kind: EntityType,
    /// The canonical name (the lexicon's, or the fullest mention in the document);
    /// shared, so mentions of one lexicon entry hold one allocation.
    pub canonical: Arc<str>,
    /// A stable id from the lexicon, or one derived from the canonical name for rule entities.
    pub id: Arc<str>,
    /// How it was found.
    pub source: EntitySource,
}

/// The kind of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuoteKind {
    /// A full quoted sentence or more.
    Direct,
    /// A quoted fragment inside the writer's own sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteKind {
    /// The label written to CSV (`direct`, `partial`, `indirect`).
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation with its attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The speaker mention as written (`she`, `A senior White House official`), when found.
    pub speaker: Option<Span>,
    /// The resolved speaker name (an entity's canonical name), when known.
    pub speaker_entity: Option<String>,
    /// The reporting verb (`said`, `wrote`, `according to`), when found.
    pub cue: Option<Span>,
}

/// One article and everything the stages found in it.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Identifier from the input (path, `id` field, or `FILE:LINE`).
    pub id: String,
    /// Source, title, url and date.
    pub meta: Meta,
    /// The article text. Stages never modify it.
    pub text: String,
    /// Sentence spans, sorted and non-overlapping.
    pub sentences: Vec<Span>,
    /// Entity mentions, sorted by start.
    pub entities: Vec<Entity>,
    /// Quotations, sorted by start.
    pub quotes: Vec<Quote>,
    /// Why the record could not be processed; such documents carry no annotations.
    pub error: Option<String>,
    /// The raw input record of a rejected document (lossily decoded to UTF-8), kept
    /// so it can be written to a rejects file; `None` for records read fine.
    pub raw: Option<String>,
}

impl Document {
    /// A new document with no annotations.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// A placeholder for a record that could not be read, carrying the reason.
    pub fn rejected(id: impl Into<String>, meta: Meta, error: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            meta,
            error: Some(error.into()),
            ..Document::default()
        }
    }

    /// Attaches the raw input record (see [`Document::raw`]).
    pub fn with_raw(mut self, raw: impl Into<String>) -> Self {
        self.raw = Some(raw.into());
        self
    }

    /// True when the record was read and processed.
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }

    /// Index of the sentence containing byte `pos` (the last sentence starting at or
    /// before it), or `None` when there are no sentences before `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.start <= pos);
        idx.checked_sub(1)
    }

    /// The text of a span (empty if the span is invalid).
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_lookup_finds_containing_sentence() {
        let mut d = Document::new("a", "One. Two. Three.");
        d.sentences = vec![Span::new(0, 4), Span::new(5, 9), Span::new(10, 16)];
        assert_eq!(d.sentence_at(0), Some(0));
        assert_eq!(d.sentence_at(6), Some(1));
        assert_eq!(d.sentence_at(15), Some(2));
        assert_eq!(d.slice(Span::new(5, 9)), "Two.");
    }

    #[test]
    fn invalid_span_reads_as_empty() {
        let d = Document::new("a", "é");
        assert_eq!(d.slice(Span::new(0, 1)), "");
        assert_eq!(d.slice(Span::new(0, 9)), "");
    }

    #[test]
    fn entity_type_labels_round_trip() {
        for t in [
            EntityType::Person,
            EntityType::Org,
            EntityType::Loc,
            EntityType::Norp,
            EntityType::Event,
            EntityType::Misc,
        ] {
            assert_eq!(EntityType::parse(t.as_str()), Some(t));
        }
        assert_eq!(EntityType::parse("gpe"), Some(EntityType::Loc));
        assert_eq!(EntityType::parse("x"), None);
    }
}
