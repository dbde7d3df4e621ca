//! The JSONL sink: one JSON object a line per document, with its sentences,
//! entities and quotes nested inside. Field names and character offsets are
//! those of the CSV tables (see [`crate::export::CsvSink`]); text is written
//! as is (no spreadsheet guard), absent values are `null`.
//!
//! ```json
//! {"doc_id":"a","source":"a.txt","title":null,"url":null,"date":null,"chars":48,
//!  "status":"ok","error":null,
//!  "sentences":[{"sentence":0,"start":0,"end":48,"text":"…"}],
//!  "entities":[{"sentence":0,"start":28,"end":42,"text":"Vladimir Putin","type":"PERSON",
//!               "canonical":"Vladimir Putin","entity_id":"…","source":"lexicon"}],
//!  "quotes":[{"quote":0,"start":1,"end":25,"text":"…","kind":"direct","speaker":"Vladimir Putin",
//!             "speaker_start":28,"speaker_end":42,"speaker_entity":"Vladimir Putin","cue":"said","sentence":0}]}
//! ```

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::document::Document;
use crate::export::offsets::CharOffsets;
use crate::pipeline::{Formatter, Prepared, Sink};

/// File name the JSONL sink writes inside the output folder.
pub const JSONL_FILE: &str = "documents.jsonl";

/// One sentence, as in `sentences.csv`.
#[derive(Debug, Serialize)]
pub struct SentenceRecord<'a> {
    /// 0-based index in the document.
    pub sentence: usize,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// The sentence text.
    pub text: &'a str,
}

/// One entity mention, as in `entities.csv`.
#[derive(Debug, Serialize)]
pub struct EntityRecord<'a> {
    /// Index of the sentence holding the mention.
    pub sentence: Option<usize>,
    /// Character offset of the mention.
    pub start: usize,
    /// Character offset one past the mention.
    pub end: usize,
    /// The mention as written.
    pub text: &'a str,
    /// `PERSON`, `ORG`, `LOC`, `NORP`, `EVENT` or `MISC`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The canonical name.
    pub canonical: &'a str,
    /// The entity's stable id.
    pub entity_id: &'a str,
    /// `lexicon`, `rule` or `alias`.
    pub source: &'static str,
}

/// One quote, as in `quotes.csv`.
#[derive(Debug, Serialize)]
pub struct QuoteRecord<'a> {
    /// 0-based index in the document.
    pub quote: usize,
    /// Character offset of the quoted words.
    pub start: usize,
    /// Character offset one past the quoted words.
    pub end: usize,
    /// The quoted words, without the quote marks.
    pub text: &'a str,
    /// `direct`, `partial` or `indirect`.
    pub kind: &'static str,
    /// The speaker mention as written.
    pub speaker: Option<&'a str>,
    /// Character offset of the speaker mention.
    pub speaker_start: Option<usize>,
    /// Character offset one past the speaker mention.
    pub speaker_end: Option<usize>,
    /// The resolved speaker name.
    pub speaker_entity: Option<&'a str>,
    /// The reporting verb.
    pub cue: Option<&'a str>,
    /// Index of the sentence holding the quote's start.
    pub sentence: Option<usize>,
}

/// One document with everything found in it: a row of `documents.csv` with
/// its rows of the other tables nested.
#[derive(Debug, Serialize)]
pub struct DocumentRecord<'a> {
    /// The document id.
    pub doc_id: &'a str,
    /// Where the record came from (`FILE` or `FILE:LINE`).
    pub source: &'a str,
    /// Headline.
    pub title: Option<&'a str>,
    /// Address.
    pub url: Option<&'a str>,
    /// Date as given.
    pub date: Option<&'a str>,
    /// Length of the text in characters (`null` for a rejected record).
    pub chars: Option<usize>,
    /// `ok` or `error`.
    pub status: &'static str,
    /// Why the record was rejected.
    pub error: Option<&'a str>,
    /// Sentences in order.
    pub sentences: Vec<SentenceRecord<'a>>,
    /// Entity mentions in order.
    pub entities: Vec<EntityRecord<'a>>,
    /// Quotes in order.
    pub quotes: Vec<QuoteRecord<'a>>,
}

impl<'a> DocumentRecord<'a> {
    /// Builds the record of `doc`, converting byte spans to character offsets
    /// with one pass over the text.
    pub fn new(doc: &'a Document) -> Self {
        let offsets = CharOffsets::new(&doc.text);
        let c = |b: usize| offsets.char_of(b);
        DocumentRecord {
            doc_id: &doc.id,
            source: &doc.meta.source,
            title: doc.meta.title.as_deref(),
            url: doc.meta.url.as_deref(),
            date: doc.meta.date.as_deref(),
            chars: doc.is_ok().then(|| c(doc.text.len())),
            status: if doc.is_ok() { "ok" } else { "error" },
            error: doc.error.as_deref(),
            sentences: doc
                .sentences
                .iter()
                .enumerate()
                .map(|(i, s)| SentenceRecord {
                    sentence: i,
                    start: c(s.start),
                    end: c(s.end),
                    text: doc.slice(*s),
                })
                .collect(),
            entities: doc
                .entities
                .iter()
                .map(|e| EntityRecord {
                    sentence: doc.sentence_at(e.span.start),
                    start: c(e.span.start),
                    end: c(e.span.end),
                    text: doc.slice(e.span),
                    kind: e.kind.as_str(),
                    canonical: &e.canonical,
                    entity_id: &e.id,
                    source: e.source.as_str(),
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .enumerate()
                .map(|(i, q)| QuoteRecord {
                    quote: i,
                    start: c(q.span.start),
                    end: c(q.span.end),
                    text: doc.slice(q.span),
                    kind: q.kind.as_str(),
                    speaker: q.speaker.map(|s| doc.slice(s)),
                    speaker_start: q.speaker.map(|s| c(s.start)),
                    speaker_end: q.speaker.map(|s| c(s.end)),
                    speaker_entity: q.speaker_entity.as_deref(),
                    cue: q.cue.map(|s| doc.slice(s)),
                    sentence: doc.sentence_at(q.span.start),
                })
                .collect(),
        }
    }
}

/// Writes one JSON object a line per document to any writer (a file, or
/// standard output with [`JsonlSink::new`]).
pub struct JsonlSink<W: Write> {
    out: W,
    line: Vec<u8>,
    rename: Option<(PathBuf, PathBuf)>,
    /// Lines written so far.
    pub rows: u64,
}

impl<W: Write> JsonlSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> Self {
        JsonlSink {
            out,
            line: Vec::new(),
            rename: None,
            rows: 0,
        }
    }
}

impl JsonlSink<BufWriter<File>> {
    /// Creates the folder (if needed) and writes `documents.jsonl` in it, under a
    /// temporary name until [`Sink::finish`].
    pub fn create(dir: &Path) -> io::Result<Self> {
        fs::create_dir_all(dir)?;
        let path = dir.join(JSONL_FILE);
        let tmp = dir.join(format!(".{JSONL_FILE}.partial"));
        let file = File::create(&tmp)?;
        let mut sink = JsonlSink::new(BufWriter::with_capacity(1 << 20, file));
        sink.rename = Some((tmp, path));
        Ok(sink)
    }
}

/// One document as a JSON line (with its trailing newline).
pub fn document_json_line(doc: &Document, line: &mut Vec<u8>) -> io::Result<()> {
    serde_json::to_writer(&mut *line, &DocumentRecord::new(doc))?;
    line.push(b'\n');
    Ok(())
}

/// Formats one document's JSON line on a worker thread.
struct JsonlFormatter;

impl Formatter for JsonlFormatter {
    fn prepare(&self, doc: &Document) -> Prepared {
        let mut line = Vec::new();
        match document_json_line(doc, &mut line) {
            Ok(()) => vec![line],
            // `write` formats again and reports the error.
            Err(_) => Vec::new(),
        }
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        self.line.clear();
        document_json_line(doc, &mut self.line)?;
        self.out.write_all(&self.line)?;
        self.rows += 1;
        Ok(())
    }

    fn formatter(&self) -> Option<Box<dyn Formatter>> {
        Some(Box::new(JsonlFormatter))
    }

    fn write_prepared(&mut self, doc: &Document, prepared: Prepared) -> io::Result<()> {
        match prepared.as_slice() {
            [line] => {
                self.out.write_all(line)?;
                self.rows += 1;
                Ok(())
            }
            _ => self.write(doc),
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()?;
        if let Some((tmp, path)) = self.rename.take() {
            fs::rename(tmp, path)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Entity, EntitySource, EntityType, Quote, QuoteKind, Span};

    #[test]
    fn writes_character_offsets_and_nulls() {
        let text = "«Да» — said Анна.";
        let mut doc = Document::new("d1", text);
        doc.sentences.push(Span::new(0, text.len()));
        let anna = text.find("Анна").unwrap();
        let said = text.find("said").unwrap();
        doc.entities.push(Entity {
            span: Span::new(anna, anna + "Анна".len()),
            kind: EntityType::Person,
            canonical: "Анна".into(),
            id: "anna".into(),
            source: EntitySource::Rule,
        });
        doc.quotes.push(Quote {
            span: Span::new(2, 2 + "Да".len()),
            kind: QuoteKind::Direct,
            speaker: Some(Span::new(anna, anna + "Анна".len())),
            speaker_entity: None,
            cue: Some(Span::new(said, said + 4)),
        });
        let mut sink = JsonlSink::new(Vec::new());
        sink.write(&doc).unwrap();
        sink.write(&Document::rejected("d2", Default::default(), "bad"))
            .unwrap();
        sink.finish().unwrap();
        let out = String::from_utf8(sink.out).unwrap();
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        let d = &lines[0];
        assert_eq!(d["chars"], 17);
        assert_eq!(d["entities"][0]["start"], 12);
        assert_eq!(d["entities"][0]["end"], 16);
        assert_eq!(d["entities"][0]["type"], "PERSON");
        assert_eq!(d["quotes"][0]["start"], 1);
        assert_eq!(d["quotes"][0]["text"], "Да");
        assert_eq!(d["quotes"][0]["speaker_entity"], serde_json::Value::Null);
        assert_eq!(d["quotes"][0]["cue"], "said");
        assert_eq!(lines[1]["status"], "error");
        assert_eq!(lines[1]["chars"], serde_json::Value::Null);
    }
}
