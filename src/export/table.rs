//! One CSV table written crash-safely (temporary file, renamed into place when
//! complete), with typed cells so spreadsheet safety applies to every text cell
//! and never to numbers.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::export::background_sync::BackgroundSync;
use crate::export::safety::{guard_formula, truncate_for_excel, EXCEL_MAX_ROWS};

/// How CSV files are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Excel mode: a UTF-8 byte-order mark, CRLF line ends, text cells cut at
    /// Excel's 32,767-character limit (a last `truncated` column says `true` on
    /// such rows), and a warning when a file passes Excel's 1,048,576 rows.
    pub excel: bool,
}

/// Warnings about written files (a file past Excel's row limit), shared
/// between a sink and whoever reports them after the run.
#[derive(Debug, Clone, Default)]
pub struct Warnings(Arc<Mutex<Vec<String>>>);

impl Warnings {
    /// The warnings so far.
    pub fn list(&self) -> Vec<String> {
        self.0.lock().map(|w| w.clone()).unwrap_or_default()
    }

    fn push(&self, warning: String) {
        if let Ok(mut w) = self.0.lock() {
            w.push(warning);
        }
    }
}

/// One cell of a row: text cells get the formula guard (and the Excel cut),
/// numbers are written as they are.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Cell<'a> {
    /// Free text from the input or the stages.
    Text(&'a str),
    /// A count or an offset.
    Num(usize),
    /// An optional number (empty when `None`).
    OptNum(Option<usize>),
    /// A fixed label of the program (`person`, `direct`, `ok`): never a
    /// formula, never quoted, so it is copied as it is.
    Label(&'static str),
    /// A text cell already encoded by [`encode_text`] (e.g. a document id
    /// repeated on every row), with whether the Excel cut shortened it.
    Encoded(&'a [u8], bool),
}

/// Encodes one text cell as [`encode_row`] would (formula guard, Excel cut,
/// RFC 4180 quoting) into `out`; returns whether the Excel cut shortened it.
pub(crate) fn encode_text(out: &mut Vec<u8>, text: &str, opts: CsvOptions) -> bool {
    // Only these first bytes can start a formula (0xEF: the full-width forms).
    let guarded = match text.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | 0xEF) => guard_formula(text),
        _ => std::borrow::Cow::Borrowed(text),
    };
    // Writing into a Vec cannot fail.
    if opts.excel {
        let (cut, was_cut) = truncate_for_excel(&guarded);
        let _ = encode_field(out, cut);
        was_cut
    } else {
        let _ = encode_field(out, &guarded);
        false
    }
}

/// A CSV file being written under a temporary name in its final folder.
///
/// Rows are encoded here rather than by the `csv` crate's writer, whose
/// quoting rescans the rest of a field for every buffer it fills (quadratic
/// in the cell size: a 100 MB cell took minutes). The encoding is the same:
/// RFC 4180, a field is quoted when it holds `,`, `"`, CR or LF, and quotes
/// are doubled.
pub(crate) struct Table {
    writer: BufWriter<File>,
    tmp: PathBuf,
    path: PathBuf,
    opts: CsvOptions,
    /// Records written so far, the header included.
    rows: u64,
    warnings: Warnings,
    /// Forces the file to disk in stretches while it grows.
    sync: BackgroundSync,
}

/// Whether an RFC 4180 field must be quoted: it holds `,`, `"`, CR or LF.
/// Two vectorised scans instead of a byte loop; most cells that need quotes
/// (sentences with a comma) are found early by the first.
fn needs_quotes(bytes: &[u8]) -> bool {
    // Short cells (ids, types, names) are cheaper to check byte by byte.
    if bytes.len() < 32 {
        return bytes
            .iter()
            .any(|&b| matches!(b, b',' | b'"' | b'\r' | b'\n'));
    }
    memchr::memchr3(b',', b'"', b'\n', bytes).is_some() || memchr::memchr(b'\r', bytes).is_some()
}

/// Appends one RFC 4180 field to `out`, quoting only when needed.
pub(crate) fn encode_field(out: &mut impl Write, field: &str) -> io::Result<()> {
    let bytes = field.as_bytes();
    if !needs_quotes(bytes) {
        return out.write_all(bytes);
    }
    out.write_all(b"\"")?;
    let mut from = 0;
    // Most quoted cells hold no `"` at all: one vectorised scan finds out.
    for at in memchr::memchr_iter(b'"', bytes) {
        out.write_all(&bytes[from..=at])?;
        out.write_all(b"\"")?;
        from = at + 1;
    }
    out.write_all(&bytes[from..])?;
    out.write_all(b"\"")
}

/// Appends the decimal digits of `n` to `out`.
fn encode_number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// Appends one row to `out`: text cells get the formula guard (and, in Excel
/// mode, the cut at Excel's cell limit plus the `truncated` column), numbers
/// are written as they are. Runs on worker threads; the bytes are appended in
/// input order by [`Table::append`].
pub(crate) fn encode_row(out: &mut Vec<u8>, cells: &[Cell<'_>], opts: CsvOptions) {
    let mut truncated = false;
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match *cell {
            Cell::Text(t) => truncated |= encode_text(out, t, opts),
            Cell::Label(label) => {
                debug_assert!(!needs_quotes(label.as_bytes()) && guard_formula(label) == label);
                out.extend_from_slice(label.as_bytes());
            }
            Cell::Encoded(bytes, was_cut) => {
                out.extend_from_slice(bytes);
                truncated |= was_cut;
            }
            Cell::Num(n) | Cell::OptNum(Some(n)) => encode_number(out, n),
            Cell::OptNum(None) => {}
        }
    }
    if opts.excel {
        out.extend_from_slice(if truncated {
            b",true\r\n"
        } else {
            b",false\r\n"
        });
    } else {
        out.push(b'\n');
    }
}

/// The temporary name a table is written under before it is complete.
pub(crate) fn partial_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

impl Table {
    /// Opens `path`'s temporary file and writes the header.
    pub(crate) fn create(
        path: &Path,
        header: &[&str],
        opts: CsvOptions,
        warnings: Warnings,
    ) -> io::Result<Table> {
        let tmp = partial_path(path);
        let mut writer = BufWriter::with_capacity(1 << 20, File::create(&tmp)?);
        if opts.excel {
            writer.write_all("\u{FEFF}".as_bytes())?;
        }
        let mut table = Table {
            writer,
            tmp,
            path: path.to_path_buf(),
            opts,
            rows: 0,
            warnings,
            sync: BackgroundSync::default(),
        };
        let mut cols: Vec<&str> = header.to_vec();
        if opts.excel {
            cols.push("truncated");
        }
        table.record(cols.iter().copied())?;
        Ok(table)
    }

    /// Writes one record of already formatted fields.
    fn record<'s>(&mut self, fields: impl IntoIterator<Item = &'s str>) -> io::Result<()> {
        for (i, f) in fields.into_iter().enumerate() {
            if i > 0 {
                self.writer.write_all(b",")?;
            }
            encode_field(&mut self.writer, f)?;
        }
        self.writer
            .write_all(if self.opts.excel { b"\r\n" } else { b"\n" })?;
        self.rows += 1;
        Ok(())
    }

    /// Writes one row.
    pub(crate) fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        let mut buf = Vec::new();
        encode_row(&mut buf, cells, self.opts);
        self.append(&buf, 1)
    }

    /// Appends `rows` rows already encoded by [`encode_row`] with this table's options.
    pub(crate) fn append(&mut self, encoded: &[u8], rows: u64) -> io::Result<()> {
        self.writer.write_all(encoded)?;
        self.sync.wrote(&mut self.writer, encoded.len())?;
        let before = self.rows;
        self.rows += rows;
        if self.opts.excel && before <= EXCEL_MAX_ROWS && self.rows > EXCEL_MAX_ROWS {
            self.warnings.push(format!(
                "{} has more than {} rows (the header included): Excel shows only the first {}",
                self.path.display(),
                EXCEL_MAX_ROWS,
                EXCEL_MAX_ROWS
            ));
        }
        Ok(())
    }

    /// Flushes the temporary file and forces it to disk.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()?;
        self.sync.wait()?;
        self.writer.get_ref().sync_all()
    }

    /// Renames the (flushed) temporary file into place.
    pub(crate) fn commit(&mut self) -> io::Result<()> {
        fs::rename(&self.tmp, &self.path)
    }
}

/// Forces a folder's entries (the renames) to disk; errors are ignored because
/// not every file system supports it.
pub(crate) fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_encoded_like_the_csv_crate() {
        let fields = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\r",
            "é,😀",
            "x\"\"y",
        ];
        let mut ours = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                ours.push(b',');
            }
            encode_field(&mut ours, f).unwrap();
        }
        ours.push(b'\n');
        let mut theirs = csv::Writer::from_writer(Vec::new());
        theirs.write_record(fields).unwrap();
        assert_eq!(ours, theirs.into_inner().unwrap());
    }

    #[test]
    fn text_cells_get_the_same_guard_as_guard_formula() {
        let cells = [
            "=1+1", "+44", "-5", "@SUM(A1)", "\tx", "\rx", "＝1", "＋1", "－1", "＠x", "ｅ", "é",
            "x=1", "", "'=1",
        ];
        for cell in cells {
            let mut ours = Vec::new();
            encode_text(&mut ours, cell, CsvOptions::default());
            let mut want = Vec::new();
            encode_field(&mut want, &guard_formula(cell)).unwrap();
            assert_eq!(ours, want, "{cell:?}");
        }
    }

    #[test]
    fn huge_field_is_encoded_in_one_pass() {
        // Quadratic quoting would take minutes here.
        let big = "a, b".repeat(5_000_000);
        let mut out = Vec::new();
        encode_field(&mut out, &big).unwrap();
        assert_eq!(out.len(), big.len() + 2);
    }
}
