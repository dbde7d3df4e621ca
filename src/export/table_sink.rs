//! One CSV table written to any writer (e.g. standard output), row for row
//! what [`crate::export::CsvSink`] writes to that table's file.

use std::io::{self, Write};

use crate::document::Document;
use crate::export::csv_sink::{DOCUMENT_COLUMNS, ENTITY_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS};
use crate::export::jsonl_sink::DocumentRecord;
use crate::export::safety::guard_formula;
use crate::export::table::encode_field;
use crate::pipeline::{Formatter, Prepared, Sink};

/// One of the four CSV tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// `documents.csv`
    Documents,
    /// `sentences.csv`
    Sentences,
    /// `entities.csv`
    Entities,
    /// `quotes.csv`
    Quotes,
}

impl Table {
    /// All tables, in the order their files are listed.
    pub const ALL: [Table; 4] = [
        Table::Documents,
        Table::Sentences,
        Table::Entities,
        Table::Quotes,
    ];

    /// Parses `documents`, `sentences`, `entities` or `quotes` (a `.csv` suffix is allowed).
    pub fn parse(name: &str) -> Option<Table> {
        let name = name.trim().to_ascii_lowercase();
        let name = name.strip_suffix(".csv").unwrap_or(&name);
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The table's name (`documents` …).
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Sentences => "sentences",
            Table::Entities => "entities",
            Table::Quotes => "quotes",
        }
    }

    /// The table's file name (`documents.csv` …).
    pub fn file_name(self) -> String {
        format!("{}.csv", self.name())
    }

    /// The table's header.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Documents => DOCUMENT_COLUMNS,
            Table::Sentences => SENTENCE_COLUMNS,
            Table::Entities => ENTITY_COLUMNS,
            Table::Quotes => QUOTE_COLUMNS,
        }
    }
}

/// Writes the rows of one table, header first, to a writer.
pub struct CsvTableSink<W: Write> {
    out: W,
    table: Table,
    header_written: bool,
}

impl<W: Write> CsvTableSink<W> {
    /// A sink writing `table` to `out`.
    pub fn new(out: W, table: Table) -> Self {
        CsvTableSink {
            out,
            table,
            header_written: false,
        }
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header_written {
            let mut line = Vec::new();
            record(&mut line, self.table.columns().iter().copied())?;
            self.out.write_all(&line)?;
            self.header_written = true;
        }
        Ok(())
    }
}

fn g(s: &str) -> String {
    guard_formula(s).into_owned()
}

fn num(n: Option<usize>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn text(s: Option<&str>) -> String {
    g(s.unwrap_or(""))
}

/// Appends one CSV record (RFC 4180, `\n` line end) to `out`.
fn record<'s>(out: &mut Vec<u8>, fields: impl IntoIterator<Item = &'s str>) -> io::Result<()> {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        encode_field(out, f)?;
    }
    out.push(b'\n');
    Ok(())
}

/// Collects rows as CSV bytes.
struct Rows(Vec<u8>);

impl Rows {
    fn write_record<S: AsRef<str>>(
        &mut self,
        fields: impl IntoIterator<Item = S>,
    ) -> io::Result<()> {
        let fields: Vec<S> = fields.into_iter().collect();
        record(&mut self.0, fields.iter().map(|f| f.as_ref()))
    }
}

/// The rows `doc` gives in `table`, formatted as CSV bytes (what
/// [`crate::export::CsvSink`] writes without Excel mode).
pub fn table_rows(doc: &Document, table: Table) -> io::Result<Vec<u8>> {
    let mut w = Rows(Vec::new());
    let r = DocumentRecord::new(doc);
    let id = g(r.doc_id);
    match table {
        Table::Documents => w.write_record([
            id,
            g(r.source),
            text(r.title),
            text(r.url),
            text(r.date),
            num(r.chars),
            r.sentences.len().to_string(),
            r.entities.len().to_string(),
            r.quotes.len().to_string(),
            r.status.to_string(),
            text(r.error),
        ])?,
        Table::Sentences => {
            for s in &r.sentences {
                w.write_record([
                    id.clone(),
                    s.sentence.to_string(),
                    s.start.to_string(),
                    s.end.to_string(),
                    g(s.text),
                ])?;
            }
        }
        Table::Entities => {
            for e in &r.entities {
                w.write_record([
                    id.clone(),
                    num(e.sentence),
                    e.start.to_string(),
                    e.end.to_string(),
                    g(e.text),
                    e.kind.to_string(),
                    g(e.canonical),
                    g(e.entity_id),
                    e.source.to_string(),
                ])?;
            }
        }
        Table::Quotes => {
            for q in &r.quotes {
                w.write_record([
                    id.clone(),
                    q.quote.to_string(),
                    q.start.to_string(),
                    q.end.to_string(),
                    g(q.text),
                    q.kind.to_string(),
                    text(q.speaker),
                    num(q.speaker_start),
                    num(q.speaker_end),
                    text(q.speaker_entity),
                    text(q.cue),
                    num(q.sentence),
                ])?;
            }
        }
    }
    Ok(w.0)
}

/// Formats one document's rows of one table on a worker thread.
struct TableFormatter(Table);

impl Formatter for TableFormatter {
    fn prepare(&self, doc: &Document) -> Prepared {
        // On an error `write` formats again and reports it.
        table_rows(doc, self.0)
            .map(|rows| vec![rows])
            .unwrap_or_default()
    }
}

impl<W: Write> Sink for CsvTableSink<W> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        let rows = table_rows(doc, self.table)?;
        self.header()?;
        self.out.write_all(&rows)
    }

    fn formatter(&self) -> Option<Box<dyn Formatter>> {
        Some(Box::new(TableFormatter(self.table)))
    }

    fn write_prepared(&mut self, doc: &Document, prepared: Prepared) -> io::Result<()> {
        match prepared.as_slice() {
            [rows] => {
                self.header()?;
                self.out.write_all(rows)
            }
            _ => self.write(doc),
        }
    }

    fn finish(&mut self) -> io::Result<()> {
        self.header()?;
        self.out.flush()
    }
}

/// Feeds every document to several sinks (e.g. CSV files, JSONL and the
/// rejects file at once). Each sink still formats in parallel when it has a
/// [`Sink::formatter`].
pub struct MultiSink(pub Vec<Box<dyn Sink + Send + Sync>>);

/// The formatters of a [`MultiSink`]'s sinks, one slot per sink.
struct MultiFormatter(Vec<Option<Box<dyn Formatter>>>);

impl Formatter for MultiFormatter {
    fn prepare(&self, doc: &Document) -> Prepared {
        // Per sink: a marker buffer holding how many buffers follow (empty
        // marker: the sink formats in `write`), then its buffers.
        let mut all = Vec::new();
        for f in &self.0 {
            match f {
                Some(f) => {
                    let p = f.prepare(doc);
                    all.push((p.len() as u64).to_le_bytes().to_vec());
                    all.extend(p);
                }
                None => all.push(Vec::new()),
            }
        }
        all
    }
}

impl Sink for MultiSink {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        self.0.iter_mut().try_for_each(|s| s.write(doc))
    }

    fn formatter(&self) -> Option<Box<dyn Formatter>> {
        Some(Box::new(MultiFormatter(
            self.0.iter().map(|s| s.formatter()).collect(),
        )))
    }

    fn write_prepared(&mut self, doc: &Document, prepared: Prepared) -> io::Result<()> {
        let mut parts = prepared.into_iter();
        for s in &mut self.0 {
            let marker = parts.next().unwrap_or_default();
            match <[u8; 8]>::try_from(marker.as_slice()) {
                Ok(n) => {
                    let n = u64::from_le_bytes(n) as usize;
                    let mine: Prepared = parts.by_ref().take(n).collect();
                    s.write_prepared(doc, mine)?;
                }
                Err(_) => s.write(doc)?,
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.0.iter_mut().try_for_each(|s| s.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names() {
        assert_eq!(Table::parse("Quotes.csv"), Some(Table::Quotes));
        assert_eq!(Table::parse("documents"), Some(Table::Documents));
        assert_eq!(Table::parse("people"), None);
        assert_eq!(Table::Entities.file_name(), "entities.csv");
    }

    #[test]
    fn empty_run_still_writes_the_header() {
        let mut sink = CsvTableSink::new(Vec::new(), Table::Sentences);
        sink.finish().unwrap();
        let out = String::from_utf8(sink.out).unwrap();
        assert_eq!(out, "doc_id,sentence,start,end,text\n");
    }
}
