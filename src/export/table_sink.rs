//! One CSV table written to any writer (e.g. standard output), row for row
//! what [`crate::export::CsvSink`] writes to that table's file.

use std::io::{self, Write};

use crate::document::Document;
use crate::export::csv_sink::{DOCUMENT_COLUMNS, ENTITY_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS};
use crate::export::jsonl_sink::DocumentRecord;
use crate::export::safety::guard_formula;
use crate::pipeline::Sink;

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
    writer: csv::Writer<W>,
    table: Table,
    header_written: bool,
}

impl<W: Write> CsvTableSink<W> {
    /// A sink writing `table` to `out`.
    pub fn new(out: W, table: Table) -> Self {
        CsvTableSink {
            writer: csv::WriterBuilder::new().from_writer(out),
            table,
            header_written: false,
        }
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

impl<W: Write> Sink for CsvTableSink<W> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        if !self.header_written {
            self.writer.write_record(self.table.columns())?;
            self.header_written = true;
        }
        let r = DocumentRecord::new(doc);
        let id = g(r.doc_id);
        match self.table {
            Table::Documents => self.writer.write_record([
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
                    self.writer.write_record([
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
                    self.writer.write_record([
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
                    self.writer.write_record([
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
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        if !self.header_written {
            self.writer.write_record(self.table.columns())?;
            self.header_written = true;
        }
        self.writer.flush()
    }
}

/// Feeds every document to several sinks (e.g. CSV files and JSONL at once).
pub struct MultiSink(pub Vec<Box<dyn Sink>>);

impl Sink for MultiSink {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        self.0.iter_mut().try_for_each(|s| s.write(doc))
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
        let out = String::from_utf8(sink.writer.into_inner().unwrap()).unwrap();
        assert_eq!(out, "doc_id,sentence,start,end,text\n");
    }
}
