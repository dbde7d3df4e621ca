//! JSONL records: one JSON object a line, read as a stream.

use std::io::BufRead;

use crate::document::{Document, Meta};
use crate::input::record::document_from_json_with;
use crate::input::ReadOptions;

/// Reads JSONL lines from a reader, one document per non-blank line.
/// The source of each record is `NAME:LINE` (1-based line numbers).
pub(crate) struct JsonlReader {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    opts: ReadOptions,
}

impl JsonlReader {
    pub(crate) fn new(reader: Box<dyn BufRead + Send>, name: String, opts: ReadOptions) -> Self {
        JsonlReader {
            reader,
            name,
            line: 0,
            buf: Vec::new(),
            done: false,
            opts,
        }
    }
}

impl JsonlReader {
    /// Keeps the raw line (lossily decoded) on a rejected record.
    fn keep_raw(&self, doc: Document) -> Document {
        if doc.is_ok() || doc.raw.is_some() {
            doc
        } else {
            doc.with_raw(String::from_utf8_lossy(&self.buf))
        }
    }
}

impl Iterator for JsonlReader {
    type Item = Document;
    fn next(&mut self) -> Option<Document> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    let source = format!("{}:{}", self.name, self.line);
                    let meta = Meta {
                        source: source.clone(),
                        ..Meta::default()
                    };
                    let doc = Document::rejected(
                        source,
                        meta,
                        format!("read error (the rest of the file is skipped): {e}"),
                    );
                    return Some(self.keep_raw(doc));
                }
            }
            while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                self.buf.pop();
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let source = format!("{}:{}", self.name, self.line);
            let doc = match std::str::from_utf8(&self.buf) {
                Ok(line) => document_from_json_with(
                    line,
                    &source,
                    self.opts.text_field.as_deref(),
                    self.opts.id_field.as_deref(),
                ),
                Err(e) => {
                    let meta = Meta {
                        source: source.clone(),
                        ..Meta::default()
                    };
                    Document::rejected(
                        source,
                        meta,
                        format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                    )
                }
            };
            return Some(self.keep_raw(doc));
        }
    }
}
