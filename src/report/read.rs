//! Reading a run's CSV tables back: columns found by header name, formula
//! guards undone, dates normalised.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};

use super::ReportError;

/// One CSV table opened for reading, with the wanted columns located by name.
pub(crate) struct CsvTable {
    path: PathBuf,
    reader: csv::Reader<BufReader<File>>,
    cols: Vec<Option<usize>>,
    record: csv::ByteRecord,
}

impl CsvTable {
    /// Opens `path` and finds `columns` in its header. A column listed in
    /// `required` that is missing is an error; other missing columns read as empty.
    pub(crate) fn open(
        path: &Path,
        columns: &[&str],
        required: &[&str],
    ) -> Result<CsvTable, ReportError> {
        let file = File::open(path).map_err(|cause| ReportError::Io {
            path: path.to_path_buf(),
            cause,
        })?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(BufReader::with_capacity(1 << 20, file));
        let header = reader
            .byte_headers()
            .map_err(|cause| ReportError::Csv {
                path: path.to_path_buf(),
                cause,
            })?
            .clone();
        let cols: Vec<Option<usize>> = columns
            .iter()
            .map(|c| header.iter().position(|h| h == c.as_bytes()))
            .collect();
        for r in required {
            let found = columns
                .iter()
                .position(|c| c == r)
                .and_then(|i| cols[i])
                .is_some();
            if !found {
                return Err(ReportError::MissingColumn {
                    path: path.to_path_buf(),
                    column: (*r).to_string(),
                });
            }
        }
        Ok(CsvTable {
            path: path.to_path_buf(),
            reader,
            cols,
            record: csv::ByteRecord::new(),
        })
    }

    /// Reads the next row; false at the end of the file.
    pub(crate) fn advance(&mut self) -> Result<bool, ReportError> {
        self.reader
            .read_byte_record(&mut self.record)
            .map_err(|cause| ReportError::Csv {
                path: self.path.clone(),
                cause,
            })
    }

    /// Cell `col` (an index into the `columns` given to [`CsvTable::open`]) of
    /// the current row, decoded lossily, with a formula guard removed.
    pub(crate) fn get(&self, col: usize) -> Cow<'_, str> {
        let raw = self.cols[col]
            .and_then(|i| self.record.get(i))
            .unwrap_or(b"");
        match std::str::from_utf8(raw) {
            Ok(s) => Cow::Borrowed(unguard(s)),
            Err(_) => Cow::Owned(unguard(&String::from_utf8_lossy(raw)).to_string()),
        }
    }

    /// Cell `col` parsed as a count (0 when empty or not a number).
    pub(crate) fn count(&self, col: usize) -> u64 {
        self.get(col).trim().parse().unwrap_or(0)
    }
}

/// Undoes [`crate::export::guard_formula`]: drops a leading `'` that precedes a
/// character the guard protects.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest)
            if matches!(
                rest.chars().next(),
                Some(
                    '=' | '+'
                        | '-'
                        | '@'
                        | '\t'
                        | '\r'
                        | '\u{FF1D}'
                        | '\u{FF0B}'
                        | '\u{FF0D}'
                        | '\u{FF20}'
                )
            ) =>
        {
            rest
        }
        _ => cell,
    }
}

/// The comparable part of a date as given by the input: the leading
/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a time or zone after it is dropped).
/// Dates in other forms give `None` and are left out of first/last dates.
pub fn normalize_date(date: &str) -> Option<String> {
    let b = date.trim().as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let boundary = |i: usize| b.get(i).is_none_or(|c| !c.is_ascii_digit());
    if !digits(0..4) || !boundary(4) {
        return None;
    }
    let sep = |i: usize| matches!(b.get(i), Some(b'-' | b'/'));
    let year = std::str::from_utf8(&b[..4]).ok()?;
    if sep(4) && digits(5..7) && boundary(7) {
        let month = std::str::from_utf8(&b[5..7]).ok()?;
        if !("01"..="12").contains(&month) {
            return None;
        }
        if sep(7) && digits(8..10) && boundary(10) {
            let day = std::str::from_utf8(&b[8..10]).ok()?;
            if !("01"..="31").contains(&day) {
                return None;
            }
            return Some(format!("{year}-{month}-{day}"));
        }
        return Some(format!("{year}-{month}"));
    }
    Some(year.to_string())
}

/// Looks up document rows by id while the quotes are read in the same order as
/// `documents.csv` (the order every run writes): a forward cursor, so memory
/// stays flat. Falls back to a full index if an id is not found ahead.
pub(crate) struct DocCursor {
    path: PathBuf,
    table: CsvTable,
    current: Option<DocInfo>,
    index: Option<HashMap<String, DocInfo>>,
}

/// What a report needs from a `documents.csv` row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DocInfo {
    pub id: String,
    pub title: String,
    pub url: String,
    pub date: Option<String>,
}

const DOC_LOOKUP_COLUMNS: &[&str] = &["doc_id", "title", "url", "date"];

impl DocCursor {
    pub(crate) fn open(path: &Path) -> Result<DocCursor, ReportError> {
        Ok(DocCursor {
            path: path.to_path_buf(),
            table: CsvTable::open(path, DOC_LOOKUP_COLUMNS, &["doc_id"])?,
            current: None,
            index: None,
        })
    }

    fn row(table: &CsvTable) -> DocInfo {
        DocInfo {
            id: table.get(0).into_owned(),
            title: table.get(1).into_owned(),
            url: table.get(2).into_owned(),
            date: normalize_date(&table.get(3)),
        }
    }

    /// The row of document `id`, if `documents.csv` has one.
    pub(crate) fn find(&mut self, id: &str) -> Result<Option<&DocInfo>, ReportError> {
        if self.index.is_none() {
            if self.current.as_ref().is_some_and(|d| d.id == id) {
                return Ok(self.current.as_ref());
            }
            while self.table.advance()? {
                if self.table.get(0) == id {
                    self.current = Some(Self::row(&self.table));
                    return Ok(self.current.as_ref());
                }
            }
            // Not ahead of the cursor: the tables are not in the same order.
            let mut index = HashMap::new();
            let mut table = CsvTable::open(&self.path, DOC_LOOKUP_COLUMNS, &["doc_id"])?;
            while table.advance()? {
                let info = Self::row(&table);
                index.entry(info.id.clone()).or_insert(info);
            }
            self.index = Some(index);
        }
        Ok(self.index.as_ref().and_then(|m| m.get(id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unguard_reverses_the_guard() {
        for cell in ["=1+1", "+44", "-5", "@x", "plain", "", "'quoted'", "a=b"] {
            let guarded = crate::export::guard_formula(cell);
            assert_eq!(unguard(&guarded), cell, "{cell:?}");
        }
        assert_eq!(unguard("'x"), "'x");
    }

    #[test]
    fn dates_normalise_to_iso_prefixes() {
        for (raw, want) in [
            ("2019-01-04", Some("2019-01-04")),
            ("2019-01-04T10:00:00Z", Some("2019-01-04")),
            ("2019/01/04", Some("2019-01-04")),
            (" 2020-03 ", Some("2020-03")),
            ("2021", Some("2021")),
            ("2019-13-01", None),
            ("20190104", None),
            ("Jan 4, 2019", None),
            ("", None),
            ("é", None),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), want, "{raw:?}");
        }
    }
}
