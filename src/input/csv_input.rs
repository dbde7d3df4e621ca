//! CSV (and TSV) records: one row is one document, RFC 4180 quoting, cells
//! may span lines. The header names the columns: the text column (`--text-column`,
//! default `text`, then `maintext`, `content`, `body`), an optional id column
//! (`--id-column`, default `id` when present), and `title`, `url`, `date` (or
//! `date_publish`) picked up by name, case-insensitively.

use std::io::BufRead;

use csv::ByteRecord;

use crate::document::{Document, Meta};
use crate::input::record::{check_text, TEXT_FIELDS};
use crate::input::ReadOptions;

/// Column positions resolved from the header.
struct Columns {
    text: usize,
    text_name: String,
    id: Option<usize>,
    id_required: bool,
    title: Option<usize>,
    url: Option<usize>,
    date: Option<usize>,
    count: usize,
}

fn find(header: &[String], name: &str) -> Option<usize> {
    header
        .iter()
        .position(|h| h == name)
        .or_else(|| header.iter().position(|h| h.eq_ignore_ascii_case(name)))
}

impl Columns {
    fn resolve(header: &[String], opts: &ReadOptions) -> Result<Columns, String> {
        let listed = || {
            header
                .iter()
                .map(|h| format!("`{h}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let wanted: Vec<&str> = match &opts.text_column {
            Some(c) => vec![c.as_str()],
            None => TEXT_FIELDS.to_vec(),
        };
        let Some(text) = wanted.iter().find_map(|w| find(header, w)) else {
            return Err(format!(
                "no text column ({}); the header has: {}",
                wanted.join(", "),
                listed()
            ));
        };
        let (id, id_required) = match &opts.id_column {
            Some(c) => match find(header, c) {
                Some(i) => (Some(i), true),
                None => return Err(format!("no id column `{c}`; the header has: {}", listed())),
            },
            None => (find(header, "id"), false),
        };
        Ok(Columns {
            text,
            text_name: header[text].clone(),
            id,
            id_required,
            title: find(header, "title"),
            url: find(header, "url"),
            date: find(header, "date").or_else(|| find(header, "date_publish")),
            count: header.len(),
        })
    }
}

/// Streams the rows of one CSV file as documents. The source of a row is
/// `NAME:LINE`, the line on which the row starts (the header is line 1).
pub(crate) struct CsvRecords {
    reader: csv::Reader<Box<dyn BufRead + Send>>,
    name: String,
    columns: Option<Columns>,
    /// A file-level problem to report once, before stopping.
    pending: Option<Document>,
    record: ByteRecord,
    delimiter: u8,
    done: bool,
}

fn rejected(source: String, error: String) -> Document {
    let meta = Meta {
        source: source.clone(),
        ..Meta::default()
    };
    Document::rejected(source, meta, error)
}

impl CsvRecords {
    pub(crate) fn new(
        reader: Box<dyn BufRead + Send>,
        name: String,
        delimiter: u8,
        opts: &ReadOptions,
    ) -> Self {
        // Records end at `\n` only, so the reader's line numbers are exact for
        // CRLF files too; the `\r` left at the end of a row is removed below.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::Any(b'\n'))
            .flexible(true)
            .has_headers(true)
            .from_reader(reader);
        let (columns, pending) = match reader.byte_headers() {
            Ok(h) if h.is_empty() => (
                None,
                Some(rejected(
                    name.clone(),
                    format!("{name}: empty CSV file, no header"),
                )),
            ),
            Ok(h) => {
                let header: Vec<String> = h
                    .iter()
                    .map(|c| String::from_utf8_lossy(c).trim().to_string())
                    .collect();
                match Columns::resolve(&header, opts) {
                    Ok(c) => (Some(c), None),
                    Err(e) => (None, Some(rejected(name.clone(), format!("{name}: {e}")))),
                }
            }
            Err(e) => (
                None,
                Some(rejected(
                    name.clone(),
                    format!("{name}: cannot read the CSV header: {e}"),
                )),
            ),
        };
        CsvRecords {
            reader,
            name,
            columns,
            pending,
            record: ByteRecord::new(),
            delimiter,
            done: false,
        }
    }

    /// The current row re-encoded as one CSV record (lossily decoded), kept on
    /// a rejected document for the rejects file.
    fn raw_row(&self) -> String {
        let mut w = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let _ = w.write_byte_record(&self.record);
        let mut bytes = w.into_inner().unwrap_or_default();
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn row(&self, cols: &Columns, source: String) -> Document {
        let rec = &self.record;
        let last = rec.len().saturating_sub(1);
        if rec.len() != cols.count {
            return rejected(
                source,
                format!(
                    "the row has {} fields, the header has {}",
                    rec.len(),
                    cols.count
                ),
            );
        }
        let cell = |i: Option<usize>| -> Result<Option<String>, String> {
            let Some(i) = i else { return Ok(None) };
            let mut bytes = rec.get(i).unwrap_or_default();
            if i == last {
                bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            }
            match std::str::from_utf8(bytes) {
                Ok("") => Ok(None),
                Ok(s) => Ok(Some(s.to_string())),
                Err(e) => Err(format!(
                    "invalid UTF-8 at byte {} of column {}",
                    e.valid_up_to(),
                    i + 1
                )),
            }
        };
        let fields = (|| {
            Ok::<_, String>((
                cell(cols.id)?,
                cell(Some(cols.text))?,
                cell(cols.title)?,
                cell(cols.url)?,
                cell(cols.date)?,
            ))
        })();
        let (id, text, title, url, date) = match fields {
            Ok(f) => f,
            Err(e) => return rejected(source, e),
        };
        let meta = Meta {
            source: source.clone(),
            title,
            url,
            date,
        };
        let id = match id {
            Some(id) => id,
            None if cols.id_required => {
                return Document::rejected(source, meta, "empty id cell".to_string())
            }
            None => source,
        };
        let text = text.unwrap_or_default();
        if let Err(e) = check_text(&text) {
            let e = format!("column `{}`: {e}", cols.text_name);
            return Document::rejected(id, meta, e);
        }
        let mut doc = Document::new(id, text);
        doc.meta = meta;
        doc
    }
}

impl Iterator for CsvRecords {
    type Item = Document;
    fn next(&mut self) -> Option<Document> {
        if let Some(doc) = self.pending.take() {
            self.done = true;
            return Some(doc);
        }
        if self.done {
            return None;
        }
        let cols = self.columns.take()?;
        let out = loop {
            match self.reader.read_byte_record(&mut self.record) {
                Ok(false) => {
                    self.done = true;
                    break None;
                }
                // A blank line of a CRLF file.
                Ok(true) if self.record.len() == 1 && self.record.as_slice() == b"\r" => {}
                Ok(true) => {
                    // The reader's start position comes before any blank lines it
                    // skipped; the end position less the line breaks inside the
                    // row and its terminator does not.
                    let start = self.record.position().map_or(0, |p| p.line());
                    let inner = memchr::memchr_iter(b'\n', self.record.as_slice()).count() as u64;
                    let end = self.reader.position().line();
                    let line = start.max(end.saturating_sub(inner + 1));
                    let source = format!("{}:{}", self.name, line);
                    let doc = self.row(&cols, source);
                    break Some(if doc.is_ok() {
                        doc
                    } else {
                        let raw = self.raw_row();
                        doc.with_raw(raw)
                    });
                }
                Err(e) => {
                    self.done = true;
                    let line = e.position().map_or(0, |p| p.line());
                    let source = format!("{}:{}", self.name, line);
                    break Some(rejected(
                        source,
                        format!("CSV read error (the rest of the file is skipped): {e}"),
                    ));
                }
            }
        };
        self.columns = Some(cols);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(data: &str, opts: &ReadOptions) -> Vec<Document> {
        let r: Box<dyn BufRead + Send> = Box::new(std::io::Cursor::new(data.as_bytes().to_vec()));
        CsvRecords::new(r, "t.csv".into(), b',', opts).collect()
    }

    #[test]
    fn reads_rows_with_multiline_cells_and_metadata() {
        let data = "\u{feff}ID,Title,text,URL\n\
                    a,One,\"First line.\nSecond, \"\"quoted\"\" line.\",http://x\n\
                    ,Two,Plain.,\n";
        let docs = read(data, &ReadOptions::default());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a");
        assert_eq!(docs[0].text, "First line.\nSecond, \"quoted\" line.");
        assert_eq!(docs[0].meta.title.as_deref(), Some("One"));
        assert_eq!(docs[0].meta.url.as_deref(), Some("http://x"));
        assert_eq!(docs[0].meta.source, "t.csv:2");
        // No id in the cell: the stable FILE:LINE of the row's first line.
        assert_eq!(docs[1].id, "t.csv:4");
        assert_eq!(docs[1].meta.url, None);
    }

    #[test]
    fn crlf_files_keep_exact_lines_and_clean_cells() {
        let data = "\u{feff}id,text\r\na,\"one\r\ntwo\"\r\n\r\nb,three\r\nc,\"x\"\r\n";
        let docs = read(data, &ReadOptions::default());
        let got: Vec<(&str, &str, &str)> = docs
            .iter()
            .map(|d| (d.id.as_str(), d.meta.source.as_str(), d.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("a", "t.csv:2", "one\r\ntwo"),
                ("b", "t.csv:5", "three"),
                ("c", "t.csv:6", "x")
            ]
        );
        // A CRLF header's last name loses its CR.
        let docs = read("text,id\r\nHello.,h1\r\n", &ReadOptions::default());
        assert_eq!(
            (docs[0].id.as_str(), docs[0].text.as_str()),
            ("h1", "Hello.")
        );
    }

    #[test]
    fn column_overrides_and_errors() {
        let data = "key,body,text\nk1,Body text.,Other text.\n,Body two.,x\n";
        let opts = ReadOptions {
            text_column: Some("body".into()),
            id_column: Some("key".into()),
            ..ReadOptions::default()
        };
        let docs = read(data, &opts);
        assert_eq!(docs[0].id, "k1");
        assert_eq!(docs[0].text, "Body text.");
        assert!(docs[1].error.as_deref().unwrap().contains("empty id"));

        let opts = ReadOptions {
            text_column: Some("article".into()),
            ..ReadOptions::default()
        };
        let docs = read(data, &opts);
        assert_eq!(docs.len(), 1);
        let err = docs[0].error.as_deref().unwrap();
        assert!(err.starts_with("t.csv: no text column (article)"), "{err}");
        assert!(err.contains("`key`, `body`, `text`"), "{err}");

        let opts = ReadOptions {
            id_column: Some("uid".into()),
            ..ReadOptions::default()
        };
        let err = read(data, &opts)[0].error.clone().unwrap();
        assert!(err.contains("no id column `uid`"), "{err}");
    }

    #[test]
    fn bad_rows_are_rejected_and_reading_goes_on() {
        let data = "id,text\n1,Fine.\n2\n3,\n\n\n4,Also fine.\n";
        let docs = read(data, &ReadOptions::default());
        let errs: Vec<_> = docs
            .iter()
            .map(|d| d.error.clone().unwrap_or_default())
            .collect();
        assert_eq!(docs.len(), 4);
        assert!(errs[1].contains("1 fields, the header has 2"), "{errs:?}");
        assert!(errs[2].contains("empty text"), "{errs:?}");
        assert_eq!(docs[1].raw.as_deref(), Some("2"));
        assert_eq!(docs[2].raw.as_deref(), Some("3,"));
        assert!(docs[3].is_ok());
        assert_eq!(docs[3].meta.source, "t.csv:7");
        assert!(read("", &ReadOptions::default())[0].error.is_some());
    }
}
