//! The rejects file (`--rejects FILE`): every record that could not be read or
//! processed, with where it came from, why, and the raw record itself, so bad
//! input can be inspected, fixed and fed again.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::document::Document;
use crate::export::table::{partial_path, sync_dir, Cell, CsvOptions, Table};
use crate::pipeline::Sink;

/// Column names of a CSV rejects file (the JSONL form has the same keys).
pub const REJECT_COLUMNS: &[&str] = &["file", "line", "doc_id", "reason", "record"];

/// Splits a document's `source` (`FILE` or `FILE:LINE`) into file and line.
pub fn split_source(source: &str) -> (&str, Option<usize>) {
    match source.rsplit_once(':') {
        Some((file, line))
            if !file.is_empty() && !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) =>
        {
            match line.parse() {
                Ok(n) => (file, Some(n)),
                Err(_) => (source, None),
            }
        }
        _ => (source, None),
    }
}

enum Format {
    Csv(Box<Table>),
    Jsonl(BufWriter<File>),
}

/// A [`Sink`] that writes only the rejected documents, with file, line, reason
/// and the raw record. A path ending in `.jsonl` or `.ndjson` gets one JSON
/// object a line (`file`, `line`, `doc_id`, `reason`, `record`); any other
/// path gets CSV with [`REJECT_COLUMNS`] (spreadsheet-safe like the other
/// tables). Written under a temporary name and renamed into place by
/// [`Sink::finish`].
pub struct RejectsWriter {
    format: Format,
    path: PathBuf,
    tmp: PathBuf,
    count: u64,
}

impl RejectsWriter {
    /// Opens the rejects file (its folder is created if missing).
    pub fn create(path: &Path, opts: CsvOptions) -> io::Result<RejectsWriter> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir)?;
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let tmp = partial_path(path);
        let format = if ext == "jsonl" || ext == "ndjson" {
            Format::Jsonl(BufWriter::with_capacity(1 << 16, File::create(&tmp)?))
        } else {
            Format::Csv(Box::new(Table::create(path, REJECT_COLUMNS, opts)?))
        };
        Ok(RejectsWriter {
            format,
            path: path.to_path_buf(),
            tmp,
            count: 0,
        })
    }

    /// How many rejected records were written.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Warnings about the output (Excel row limit in Excel mode).
    pub fn warnings(&self) -> Vec<String> {
        match &self.format {
            Format::Csv(t) => t.warnings().to_vec(),
            Format::Jsonl(_) => Vec::new(),
        }
    }
}

impl Sink for RejectsWriter {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        let Some(reason) = &doc.error else {
            return Ok(());
        };
        let (file, line) = split_source(&doc.meta.source);
        let record = doc.raw.as_deref().unwrap_or("");
        match &mut self.format {
            Format::Csv(t) => t.row(&[
                Cell::Text(file),
                Cell::OptNum(line),
                Cell::Text(&doc.id),
                Cell::Text(reason),
                Cell::Text(record),
            ])?,
            Format::Jsonl(w) => {
                let obj = serde_json::json!({
                    "file": file,
                    "line": line,
                    "doc_id": doc.id,
                    "reason": reason,
                    "record": record,
                });
                serde_json::to_writer(&mut *w, &obj)?;
                w.write_all(b"\n")?;
            }
        }
        self.count += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        match &mut self.format {
            Format::Csv(t) => {
                t.flush()?;
                t.commit()?;
            }
            Format::Jsonl(w) => {
                w.flush()?;
                w.get_ref().sync_all()?;
                fs::rename(&self.tmp, &self.path)?;
            }
        }
        if let Some(dir) = self.path.parent() {
            sync_dir(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_file_and_line() {
        assert_eq!(split_source("a/b.jsonl:12"), ("a/b.jsonl", Some(12)));
        assert_eq!(split_source("a/b.txt"), ("a/b.txt", None));
        assert_eq!(split_source("C:x.txt"), ("C:x.txt", None));
        assert_eq!(split_source(":3"), (":3", None));
        assert_eq!(split_source("<stdin>:4"), ("<stdin>", Some(4)));
    }
}
