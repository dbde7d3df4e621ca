//! One CSV table written crash-safely (temporary file, renamed into place when
//! complete), with typed cells so spreadsheet safety applies to every text cell
//! and never to numbers.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::export::safety::{guard_formula, truncate_for_excel, EXCEL_MAX_ROWS};

/// How CSV files are written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    /// Excel mode: a UTF-8 byte-order mark, CRLF line ends, text cells cut at
    /// Excel's 32,767-character limit (a last `truncated` column says `true` on
    /// such rows), and a warning when a file passes Excel's 1,048,576 rows.
    pub excel: bool,
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
}

/// A CSV file being written under a temporary name in its final folder.
pub(crate) struct Table {
    writer: csv::Writer<BufWriter<File>>,
    tmp: PathBuf,
    path: PathBuf,
    opts: CsvOptions,
    /// Records written so far, the header included.
    rows: u64,
    warnings: Vec<String>,
    /// Scratch buffer for the formatted cells of a row.
    cells: Vec<String>,
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
    pub(crate) fn create(path: &Path, header: &[&str], opts: CsvOptions) -> io::Result<Table> {
        let tmp = partial_path(path);
        let mut file = BufWriter::with_capacity(1 << 20, File::create(&tmp)?);
        let mut builder = csv::WriterBuilder::new();
        if opts.excel {
            file.write_all("\u{FEFF}".as_bytes())?;
            builder.terminator(csv::Terminator::CRLF);
        }
        let writer = builder.from_writer(file);
        let mut table = Table {
            writer,
            tmp,
            path: path.to_path_buf(),
            opts,
            rows: 0,
            warnings: Vec::new(),
            cells: Vec::new(),
        };
        let mut cols: Vec<&str> = header.to_vec();
        if opts.excel {
            cols.push("truncated");
        }
        table.writer.write_record(&cols)?;
        table.rows = 1;
        Ok(table)
    }

    /// Writes one row.
    pub(crate) fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        self.cells.clear();
        let mut truncated = false;
        for cell in cells {
            let s = match *cell {
                Cell::Text(t) => {
                    let guarded = guard_formula(t);
                    if self.opts.excel {
                        let (cut, was_cut) = truncate_for_excel(&guarded);
                        truncated |= was_cut;
                        cut.to_string()
                    } else {
                        guarded.into_owned()
                    }
                }
                Cell::Num(n) => n.to_string(),
                Cell::OptNum(n) => n.map(|n| n.to_string()).unwrap_or_default(),
            };
            self.cells.push(s);
        }
        if self.opts.excel {
            self.cells
                .push(if truncated { "true" } else { "false" }.to_string());
        }
        self.writer.write_record(&self.cells)?;
        self.rows += 1;
        if self.opts.excel && self.rows == EXCEL_MAX_ROWS + 1 {
            self.warnings.push(format!(
                "{} has more than {} rows (the header included): Excel shows only the first {}",
                self.path.display(),
                EXCEL_MAX_ROWS,
                EXCEL_MAX_ROWS
            ));
        }
        Ok(())
    }

    /// Warnings collected while writing (Excel row limit).
    pub(crate) fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Flushes the temporary file and forces it to disk.
    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()?;
        self.writer.get_ref().get_ref().sync_all()
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
