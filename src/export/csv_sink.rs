//! The CSV sink: `documents.csv`, `sentences.csv`, `entities.csv`, `quotes.csv`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::export::offsets::CharOffsets;
use crate::export::table::{encode_row, encode_text, sync_dir, Cell, CsvOptions, Table, Warnings};
use crate::pipeline::{Formatter, Prepared, Sink};

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

/// Writes the four CSV tables into a folder (which may already hold files).
/// Each file is written under a temporary name (`.NAME.partial`) and all four
/// are renamed into place together by [`Sink::finish`], so an interrupted run
/// never leaves a partial file that looks complete and keeps the previous
/// complete results. Every text cell gets the formula guard; numeric columns
/// never do.
pub struct CsvSink {
    dir: PathBuf,
    documents: Table,
    sentences: Table,
    entities: Table,
    quotes: Table,
    warnings: Warnings,
    opts: CsvOptions,
}

impl CsvSink {
    /// Creates the folder (if needed) and opens the four tables.
    pub fn create(dir: &Path) -> io::Result<CsvSink> {
        CsvSink::with_options(dir, CsvOptions::default())
    }

    /// Like [`CsvSink::create`], with options (e.g. Excel mode).
    pub fn with_options(dir: &Path, opts: CsvOptions) -> io::Result<CsvSink> {
        fs::create_dir_all(dir)?;
        let warnings = Warnings::default();
        let t = |name: &str, cols: &[&str]| {
            Table::create(&dir.join(name), cols, opts, warnings.clone())
        };
        Ok(CsvSink {
            dir: dir.to_path_buf(),
            documents: t("documents.csv", DOCUMENT_COLUMNS)?,
            sentences: t("sentences.csv", SENTENCE_COLUMNS)?,
            entities: t("entities.csv", ENTITY_COLUMNS)?,
            quotes: t("quotes.csv", QUOTE_COLUMNS)?,
            warnings,
            opts,
        })
    }

    /// Warnings about the output (a file past Excel's row limit in Excel
    /// mode); the handle stays valid after the sink is boxed or dropped.
    pub fn warnings(&self) -> Warnings {
        self.warnings.clone()
    }

    fn tables(&mut self) -> [&mut Table; 4] {
        [
            &mut self.documents,
            &mut self.sentences,
            &mut self.entities,
            &mut self.quotes,
        ]
    }
}

fn opt(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("")
}

/// [`Document::sentence_at`] for positions that mostly come in ascending
/// order (entities, then quotes): it walks forward from the last answer and
/// searches again only when a position goes back.
struct SentenceCursor<'a> {
    doc: &'a Document,
    /// How many sentences start at or before the last position asked.
    started: usize,
    last: usize,
}

impl<'a> SentenceCursor<'a> {
    fn new(doc: &'a Document) -> Self {
        SentenceCursor {
            doc,
            started: 0,
            last: 0,
        }
    }

    fn at(&mut self, pos: usize) -> Option<usize> {
        let sentences = &self.doc.sentences;
        if pos < self.last {
            self.started = sentences.partition_point(|s| s.start <= pos);
        } else {
            while sentences.get(self.started).is_some_and(|s| s.start <= pos) {
                self.started += 1;
            }
        }
        self.last = pos;
        self.started.checked_sub(1)
    }
}

/// Formats one document's rows of the four CSV tables on a worker thread.
struct CsvFormatter {
    opts: CsvOptions,
}

impl Formatter for CsvFormatter {
    /// Encodes one document's rows of the four tables (documents, sentences,
    /// entities, quotes), in that order.
    fn prepare(&self, doc: &Document) -> Prepared {
        let opts = self.opts;
        // Room for each table's rows up front, so the buffers rarely grow.
        let id = doc.id.len() + 24;
        let quoted: usize = doc.quotes.iter().map(|q| q.span.len() + 2 * id).sum();
        let mut out: Prepared = vec![
            Vec::with_capacity(256),
            Vec::with_capacity(doc.text.len() + doc.sentences.len() * id),
            Vec::with_capacity(doc.entities.len() * 4 * id),
            Vec::with_capacity(quoted),
        ];
        use Cell::{Label, Num, OptNum, Text};
        // The id is on every row: encode it once.
        let mut id_bytes = Vec::new();
        let id_cut = encode_text(&mut id_bytes, &doc.id, opts);
        let id_cell = Cell::Encoded(&id_bytes, id_cut);
        let offsets = CharOffsets::new(&doc.text);
        let c = |b: usize| Num(offsets.char_of(b));
        let mut sentences = SentenceCursor::new(doc);
        let mut sentence_of = |b: usize| OptNum(sentences.at(b));
        let status = if doc.is_ok() { "ok" } else { "error" };
        let chars = OptNum(doc.is_ok().then(|| offsets.char_of(doc.text.len())));
        encode_row(
            &mut out[0],
            &[
                Text(&doc.id),
                Text(&doc.meta.source),
                Text(opt(&doc.meta.title)),
                Text(opt(&doc.meta.url)),
                Text(opt(&doc.meta.date)),
                chars,
                Num(doc.sentences.len()),
                Num(doc.entities.len()),
                Num(doc.quotes.len()),
                Label(status),
                Text(opt(&doc.error)),
            ],
            opts,
        );
        for (i, s) in doc.sentences.iter().enumerate() {
            encode_row(
                &mut out[1],
                &[id_cell, Num(i), c(s.start), c(s.end), Text(doc.slice(*s))],
                opts,
            );
        }
        for e in &doc.entities {
            encode_row(
                &mut out[2],
                &[
                    id_cell,
                    sentence_of(e.span.start),
                    c(e.span.start),
                    c(e.span.end),
                    Text(doc.slice(e.span)),
                    Label(e.kind.as_str()),
                    Text(&e.canonical),
                    Text(&e.id),
                    Label(e.source.as_str()),
                ],
                opts,
            );
        }
        for (i, q) in doc.quotes.iter().enumerate() {
            let (speaker, ss, se) = match q.speaker {
                Some(sp) => (
                    doc.slice(sp),
                    OptNum(Some(offsets.char_of(sp.start))),
                    OptNum(Some(offsets.char_of(sp.end))),
                ),
                None => ("", OptNum(None), OptNum(None)),
            };
            encode_row(
                &mut out[3],
                &[
                    id_cell,
                    Num(i),
                    c(q.span.start),
                    c(q.span.end),
                    Text(doc.slice(q.span)),
                    Label(q.kind.as_str()),
                    Text(speaker),
                    ss,
                    se,
                    Text(opt(&q.speaker_entity)),
                    Text(q.cue.map(|s| doc.slice(s)).unwrap_or_default()),
                    sentence_of(q.span.start),
                ],
                opts,
            );
        }
        out
    }
}

impl Sink for CsvSink {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        let rendered = CsvFormatter { opts: self.opts }.prepare(doc);
        self.write_prepared(doc, rendered)
    }

    fn formatter(&self) -> Option<Box<dyn Formatter>> {
        Some(Box::new(CsvFormatter { opts: self.opts }))
    }

    fn write_prepared(&mut self, doc: &Document, prepared: Prepared) -> io::Result<()> {
        let rows = [
            1,
            doc.sentences.len() as u64,
            doc.entities.len() as u64,
            doc.quotes.len() as u64,
        ];
        for ((table, bytes), n) in self.tables().into_iter().zip(&prepared).zip(rows) {
            table.append(bytes, n)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        // Everything is flushed to disk before the first rename, so the window in
        // which old and new files are mixed is as short as four renames.
        for t in self.tables() {
            t.flush()?;
        }
        for t in self.tables() {
            t.commit()?;
        }
        sync_dir(&self.dir);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    #[test]
    fn sentence_cursor_agrees_with_sentence_at_in_any_order() {
        let mut doc = Document::new("d", "One. Two two. Three three three. Four.");
        doc.sentences = vec![
            Span::new(0, 4),
            Span::new(5, 13),
            Span::new(14, 32),
            Span::new(33, 38),
        ];
        let mut cursor = SentenceCursor::new(&doc);
        for pos in [0, 3, 5, 5, 20, 38, 2, 14, 13, 40, 0] {
            assert_eq!(cursor.at(pos), doc.sentence_at(pos), "at {pos}");
        }
        let empty = Document::new("e", "");
        assert_eq!(SentenceCursor::new(&empty).at(0), None);
    }
}
