//! Writing `speakers.csv` and `entity_summary.csv`.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{ReportError, RunSummary};
use crate::export::{guard_formula, truncate_for_excel};

/// Column names of `speakers.csv`.
pub const SPEAKER_COLUMNS: &[&str] = &[
    "speaker",
    "resolved",
    "type",
    "quotes",
    "direct",
    "partial",
    "indirect",
    "documents",
    "first_date",
    "last_date",
    "top_cues",
    "share",
];

/// Column names of `entity_summary.csv`.
pub const ENTITY_SUMMARY_COLUMNS: &[&str] = &[
    "entity",
    "type",
    "entity_id",
    "mentions",
    "documents",
    "quoted",
];

/// True when the run was written in Excel mode (its `documents.csv` starts
/// with a UTF-8 byte-order mark): the summaries then follow suit.
fn excel_mode(dir: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 3];
    File::open(dir.join("documents.csv"))
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && head == *b"\xEF\xBB\xBF"
}

/// Writes a table under a temporary name, then renames it into place. In
/// Excel mode: a byte-order mark, CRLF line ends, cells cut at Excel's limit
/// and a last `truncated` column, like the other tables of such a run.
fn write_table(
    dir: &Path,
    name: &str,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
    excel: bool,
) -> Result<(), ReportError> {
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.partial"));
    let io_err = |p: &PathBuf| {
        let p = p.clone();
        move |cause| ReportError::Io { path: p, cause }
    };
    let csv_err = |cause| ReportError::Csv {
        path: tmp.clone(),
        cause,
    };
    let mut file = BufWriter::new(File::create(&tmp).map_err(io_err(&tmp))?);
    let mut builder = csv::WriterBuilder::new();
    if excel {
        file.write_all("\u{FEFF}".as_bytes())
            .map_err(io_err(&tmp))?;
        builder.terminator(csv::Terminator::CRLF);
    }
    let mut w = builder.from_writer(file);
    let mut cols = header.to_vec();
    if excel {
        cols.push("truncated");
    }
    w.write_record(&cols).map_err(csv_err)?;
    for mut row in rows {
        if excel {
            let mut truncated = false;
            for cell in row.iter_mut() {
                let (cut, was_cut) = truncate_for_excel(cell);
                if was_cut {
                    *cell = cut.to_string();
                    truncated = true;
                }
            }
            row.push(truncated.to_string());
        }
        w.write_record(&row).map_err(csv_err)?;
    }
    let mut inner = w.into_inner().map_err(|e| ReportError::Io {
        path: tmp.clone(),
        cause: e.into_error(),
    })?;
    inner.flush().map_err(io_err(&tmp))?;
    inner.get_ref().sync_all().map_err(io_err(&tmp))?;
    drop(inner);
    fs::rename(&tmp, &path).map_err(io_err(&path))
}

fn g(s: &str) -> String {
    guard_formula(s).into_owned()
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(g).unwrap_or_default()
}

/// Writes `speakers.csv` and `entity_summary.csv` into `dir` (RFC 4180, UTF-8,
/// text cells guarded against formula injection), each through a temporary
/// file renamed into place.
///
/// When the run was written with `--excel` (its `documents.csv` begins with a
/// byte-order mark), the summaries are written the same way.
pub fn write_summaries(dir: &Path, summary: &RunSummary) -> Result<(), ReportError> {
    let excel = excel_mode(dir);
    let speakers = summary.speakers.iter().map(|s| {
        let cues: Vec<String> = s.top_cues.iter().map(|(c, n)| format!("{c}:{n}")).collect();
        vec![
            g(&s.speaker),
            if s.resolved { "yes" } else { "no" }.to_string(),
            g(&s.kind),
            s.quotes.to_string(),
            s.direct.to_string(),
            s.partial.to_string(),
            s.indirect.to_string(),
            s.documents.to_string(),
            opt(&s.first_date),
            opt(&s.last_date),
            g(&cues.join("|")),
            format!("{:.4}", s.share),
        ]
    });
    write_table(dir, "speakers.csv", SPEAKER_COLUMNS, speakers, excel)?;
    let entities = summary.entities.iter().map(|e| {
        vec![
            g(&e.entity),
            g(&e.kind),
            g(&e.entity_id),
            e.mentions.to_string(),
            e.documents.to_string(),
            e.quoted.to_string(),
        ]
    });
    write_table(
        dir,
        "entity_summary.csv",
        ENTITY_SUMMARY_COLUMNS,
        entities,
        excel,
    )
}
