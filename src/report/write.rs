//! Writing `speakers.csv` and `entity_summary.csv`.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{ReportError, RunSummary};
use crate::export::guard_formula;

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

/// Writes a table under a temporary name, then renames it into place.
fn write_table(
    dir: &Path,
    name: &str,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<(), ReportError> {
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.partial"));
    let io_err = |p: &PathBuf| {
        let p = p.clone();
        move |source| ReportError::Io { path: p, source }
    };
    let csv_err = |source| ReportError::Csv {
        path: tmp.clone(),
        source,
    };
    let file = File::create(&tmp).map_err(io_err(&tmp))?;
    let mut w = csv::WriterBuilder::new().from_writer(BufWriter::new(file));
    w.write_record(header).map_err(csv_err)?;
    for row in rows {
        w.write_record(&row).map_err(csv_err)?;
    }
    let mut inner = w
        .into_inner()
        .map_err(|e| ReportError::Io {
            path: tmp.clone(),
            source: e.into_error(),
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
pub fn write_summaries(dir: &Path, summary: &RunSummary) -> Result<(), ReportError> {
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
    write_table(dir, "speakers.csv", SPEAKER_COLUMNS, speakers)?;
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
    write_table(dir, "entity_summary.csv", ENTITY_SUMMARY_COLUMNS, entities)
}
