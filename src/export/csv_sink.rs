//! The CSV sink: `documents.csv`, `sentences.csv`, `entities.csv`, `quotes.csv`.

use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::export::offsets::CharOffsets;
use crate::export::safety::guard_formula;
use crate::pipeline::Sink;

/// Column names of `documents.csv`.
pub const DOCUMENT_COLUMNS: &[&str] = &[
    "doc_id",
    "source",
    "title",
    "url",
    "date",
    "chars",
    "sentences",
    "entities",
    "quotes",
    "status",
    "error",
];
/// Column names of `sentences.csv`.
pub const SENTENCE_COLUMNS: &[&str] = &["doc_id", "sentence", "start", "end", "text"];
/// Column names of `entities.csv`.
pub const ENTITY_COLUMNS: &[&str] = &[
    "doc_id",
    "sentence",
    "start",
    "end",
    "text",
    "type",
    "canonical",
    "entity_id",
    "source",
];
/// Column names of `quotes.csv`.
pub const QUOTE_COLUMNS: &[&str] = &[
    "doc_id",
    "quote",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "speaker_entity",
    "cue",
    "sentence",
];

struct Table {
    writer: csv::Writer<BufWriter<File>>,
    tmp: PathBuf,
    path: PathBuf,
}

impl Table {
    fn create(dir: &Path, name: &str, header: &[&str]) -> io::Result<Table> {
        let path = dir.join(name);
        let tmp = dir.join(format!(".{name}.partial"));
        let file = File::create(&tmp)?;
        let mut writer =
            csv::WriterBuilder::new().from_writer(BufWriter::with_capacity(1 << 20, file));
        writer.write_record(header)?;
        Ok(Table { writer, tmp, path })
    }

    fn finish(&mut self) -> io::Result<()> {
        self.writer.flush()?;
        self.writer.get_ref().get_ref().sync_all()?;
        fs::rename(&self.tmp, &self.path)
    }
}

/// Writes the four CSV tables into a folder. Each file is written under a
/// temporary name and renamed into place by [`Sink::finish`], so an
/// interrupted run never leaves a partial file that looks complete.
pub struct CsvSink {
    documents: Table,
    sentences: Table,
    entities: Table,
    quotes: Table,
}

impl CsvSink {
    /// Creates the folder (if needed) and opens the four tables.
    pub fn create(dir: &Path) -> io::Result<CsvSink> {
        fs::create_dir_all(dir)?;
        Ok(CsvSink {
            documents: Table::create(dir, "documents.csv", DOCUMENT_COLUMNS)?,
            sentences: Table::create(dir, "sentences.csv", SENTENCE_COLUMNS)?,
            entities: Table::create(dir, "entities.csv", ENTITY_COLUMNS)?,
            quotes: Table::create(dir, "quotes.csv", QUOTE_COLUMNS)?,
        })
    }
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

impl Sink for CsvSink {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        let g = |s: &str| guard_formula(s).into_owned();
        let offsets = CharOffsets::new(&doc.text);
        let c = |b: usize| offsets.char_of(b).to_string();
        let sentence_of = |b: usize| {
            doc.sentence_at(b)
                .map(|i| i.to_string())
                .unwrap_or_default()
        };
        let status = if doc.is_ok() { "ok" } else { "error" };
        let chars = if doc.is_ok() {
            c(doc.text.len())
        } else {
            String::new()
        };
        self.documents.writer.write_record([
            g(&doc.id),
            g(&doc.meta.source),
            g(opt(&doc.meta.title)),
            g(opt(&doc.meta.url)),
            g(opt(&doc.meta.date)),
            chars,
            doc.sentences.len().to_string(),
            doc.entities.len().to_string(),
            doc.quotes.len().to_string(),
            status.to_string(),
            g(opt(&doc.error)),
        ])?;
        for (i, s) in doc.sentences.iter().enumerate() {
            self.sentences.writer.write_record([
                g(&doc.id),
                i.to_string(),
                c(s.start),
                c(s.end),
                g(doc.slice(*s)),
            ])?;
        }
        for e in &doc.entities {
            self.entities.writer.write_record([
                g(&doc.id),
                sentence_of(e.span.start),
                c(e.span.start),
                c(e.span.end),
                g(doc.slice(e.span)),
                e.kind.as_str().to_string(),
                g(&e.canonical),
                g(&e.id),
                e.source.as_str().to_string(),
            ])?;
        }
        for (i, q) in doc.quotes.iter().enumerate() {
            let (speaker, ss, se) = match q.speaker {
                Some(sp) => (g(doc.slice(sp)), c(sp.start), c(sp.end)),
                None => (String::new(), String::new(), String::new()),
            };
            self.quotes.writer.write_record([
                g(&doc.id),
                i.to_string(),
                c(q.span.start),
                c(q.span.end),
                g(doc.slice(q.span)),
                q.kind.as_str().to_string(),
                speaker,
                ss,
                se,
                g(opt(&q.speaker_entity)),
                q.cue.map(|s| g(doc.slice(s))).unwrap_or_default(),
                sentence_of(q.span.start),
            ])?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.documents.finish()?;
        self.sentences.finish()?;
        self.entities.finish()?;
        self.quotes.finish()
    }
}
