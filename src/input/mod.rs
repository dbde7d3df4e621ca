//! Readers: text and Markdown files, JSONL, CSV and TSV files, each plain or
//! compressed (`.gz`, `.zst`, `.bz2`), folders of them, and standard input.
//! Every input record becomes exactly one [`Document`]; records that cannot be
//! read become rejected documents carrying the reason, and reading goes on.
//!
//! Everything streams: files are opened one at a time, decompressed and
//! parsed record by record, so memory does not grow with the size of a file.
//!
//! Ids are stable: a record's own id (`id` field or column, or the one named
//! by [`ReadOptions::id_field`] / [`ReadOptions::id_column`]), else `FILE:LINE`
//! of the line where the record starts; a text file's id is its path (relative
//! to the folder given). Reruns and shards of the same files agree.

mod compress;
mod csv_input;
mod jsonl;
mod record;
mod text;

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub use compress::{open, Compression};
pub use record::{check_text, document_from_json, document_from_json_with, TEXT_FIELDS};

use crate::document::{Document, Meta};

/// How records are read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The JSONL field holding the text (default: `text`, `maintext`, `content`, `body`).
    pub text_field: Option<String>,
    /// The JSONL field holding the id (default: `id` when present, else `FILE:LINE`).
    /// When given, a record without it is rejected.
    pub id_field: Option<String>,
    /// The CSV column holding the text (default: `text`, `maintext`, `content`, `body`).
    pub text_column: Option<String>,
    /// The CSV column holding the id (default: `id` when present, else `FILE:LINE`).
    /// When given, a file without it is an error, and so is a row with an empty cell.
    pub id_column: Option<String>,
    /// The format of standard input (`-`): JSONL when `None`.
    pub stdin_format: Option<FileKind>,
}

/// One input given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`: JSONL from standard input.
    Stdin,
    /// A file or folder.
    Path(PathBuf),
}

impl Input {
    /// Parses a command-line argument (`-` is standard input).
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }

    /// How the input is named in messages and the manifest.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::Path(p) => p.display().to_string(),
        }
    }
}

/// The format of a file, by extension (after removing a compression extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `.txt`, `.md`: the whole file is one document.
    Text,
    /// `.jsonl`, `.ndjson`: one JSON object a line.
    Jsonl,
    /// `.csv`: one row a document, comma-separated.
    Csv,
    /// `.tsv`: one row a document, tab-separated (with CSV quoting).
    Tsv,
}

impl FileKind {
    /// The kind and compression of `path`, or `None` when the extension is not one
    /// whosaid reads (such files are skipped inside folders).
    pub fn of_path(path: &Path) -> Option<(FileKind, Compression)> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let (compression, base) = Compression::split(&name);
        let ext = base.rsplit_once('.')?.1;
        let kind = match ext {
            "jsonl" | "ndjson" => FileKind::Jsonl,
            "txt" | "md" => FileKind::Text,
            "csv" => FileKind::Csv,
            "tsv" => FileKind::Tsv,
            _ => return None,
        };
        Some((kind, compression))
    }
}

/// Every readable file below `dir`, sorted by path so runs are reproducible.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, String)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push((dir.to_path_buf(), format!("cannot read folder: {e}")));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, errors);
        } else if FileKind::of_path(&p).is_some() {
            out.push(p);
        }
    }
}

fn rejected_source(source: String, error: String) -> Document {
    let meta = Meta {
        source: source.clone(),
        ..Meta::default()
    };
    Document::rejected(source, meta, error)
}

type Docs = Box<dyn Iterator<Item = Document> + Send>;

fn file_documents(path: PathBuf, id: String, opts: &ReadOptions) -> Docs {
    let Some((kind, _)) = FileKind::of_path(&path) else {
        // An explicitly named file of another type is one text document.
        return Box::new(std::iter::once(text::read_text_file(&path, id)));
    };
    if kind == FileKind::Text {
        return Box::new(std::iter::once(text::read_text_file(&path, id)));
    }
    let name = path.display().to_string();
    let reader = match open(&path) {
        Ok(r) => r,
        Err(e) => {
            let msg = format!("cannot open {name}: {e}");
            return Box::new(std::iter::once(rejected_source(name, msg)));
        }
    };
    match kind {
        FileKind::Jsonl => Box::new(jsonl::JsonlReader::new(reader, name, opts.clone())),
        FileKind::Csv => Box::new(csv_input::CsvRecords::new(reader, name, b',', opts)),
        FileKind::Tsv => Box::new(csv_input::CsvRecords::new(reader, name, b'\t', opts)),
        FileKind::Text => unreachable!("handled above"),
    }
}

fn input_documents(input: Input, opts: ReadOptions) -> Docs {
    match input {
        Input::Stdin => {
            let reader: Box<dyn io::BufRead + Send> =
                Box::new(BufReader::with_capacity(1 << 16, io::stdin()));
            let name = "<stdin>".to_string();
            match opts.stdin_format.unwrap_or(FileKind::Jsonl) {
                FileKind::Jsonl => Box::new(jsonl::JsonlReader::new(reader, name, opts)),
                FileKind::Csv => Box::new(csv_input::CsvRecords::new(reader, name, b',', &opts)),
                FileKind::Tsv => Box::new(csv_input::CsvRecords::new(reader, name, b'\t', &opts)),
                FileKind::Text => Box::new(std::iter::once(text::read_text(reader, name))),
            }
        }
        Input::Path(path) if path.is_dir() => {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk(&path, &mut files, &mut errors);
            let bad = errors
                .into_iter()
                .map(|(p, e)| rejected_source(p.display().to_string(), e));
            let root = path.clone();
            let good = files.into_iter().flat_map(move |f| {
                let id = f
                    .strip_prefix(&root)
                    .unwrap_or(&f)
                    .to_string_lossy()
                    .replace('\\', "/");
                file_documents(f, id, &opts)
            });
            Box::new(bad.chain(good))
        }
        Input::Path(path) if path.exists() => {
            let id = path.display().to_string();
            file_documents(path, id, &opts)
        }
        Input::Path(path) => {
            let source = path.display().to_string();
            let msg = format!("no such file or folder: {source}");
            Box::new(std::iter::once(rejected_source(source, msg)))
        }
    }
}

/// Rejects a document whose id was already seen (the first one is kept).
struct DedupIds<I> {
    inner: I,
    seen: HashSet<u64>,
}

impl<I: Iterator<Item = (usize, Document)>> Iterator for DedupIds<I> {
    type Item = (usize, Document);
    fn next(&mut self) -> Option<(usize, Document)> {
        let (i, mut doc) = self.inner.next()?;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        doc.id.hash(&mut h);
        if !self.seen.insert(h.finish()) && doc.is_ok() {
            let reason = format!(
                "duplicate id {:?}: an earlier record has the same id",
                doc.id
            );
            let text = std::mem::take(&mut doc.text);
            doc = Document::rejected(doc.id.clone(), doc.meta.clone(), reason).with_raw(text);
        }
        Some((i, doc))
    }
}

/// How many records one input gave, as counted by [`InputTally`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputCount {
    /// The input as given (`-` for standard input).
    pub input: String,
    /// Records read (each is one row of `documents.csv`).
    pub records: u64,
    /// Of those, records the reader rejected (unreadable, malformed, empty, duplicate id).
    pub rejected: u64,
}

/// Live record counts per input of a stream made by [`read_inputs_tallied`].
/// Cheap to clone; read it after the stream is consumed.
#[derive(Debug, Clone)]
pub struct InputTally {
    names: Arc<Vec<String>>,
    counts: Arc<Vec<[AtomicU64; 2]>>,
}

impl InputTally {
    /// The counts so far, one entry per input in the order given.
    pub fn counts(&self) -> Vec<InputCount> {
        self.names
            .iter()
            .zip(self.counts.iter())
            .map(|(name, [r, e])| InputCount {
                input: name.clone(),
                records: r.load(Ordering::Relaxed),
                rejected: e.load(Ordering::Relaxed),
            })
            .collect()
    }
}

/// All documents of all inputs, in order, as a lazy stream.
pub fn read_inputs(inputs: Vec<Input>, opts: ReadOptions) -> impl Iterator<Item = Document> + Send {
    read_inputs_tallied(inputs, opts).0
}

/// Like [`read_inputs`], and also counts the records of each input.
pub fn read_inputs_tallied(
    inputs: Vec<Input>,
    opts: ReadOptions,
) -> (impl Iterator<Item = Document> + Send, InputTally) {
    let tally = InputTally {
        names: Arc::new(inputs.iter().map(Input::name).collect()),
        counts: Arc::new(
            inputs
                .iter()
                .map(|_| [AtomicU64::new(0), AtomicU64::new(0)])
                .collect(),
        ),
    };
    let inner = inputs
        .into_iter()
        .enumerate()
        .flat_map(move |(i, input)| input_documents(input, opts.clone()).map(move |d| (i, d)));
    let counts = Arc::clone(&tally.counts);
    let docs = DedupIds {
        inner,
        seen: HashSet::new(),
    }
    .map(move |(i, doc)| {
        let [records, rejected] = &counts[i];
        records.fetch_add(1, Ordering::Relaxed);
        if !doc.is_ok() {
            rejected.fetch_add(1, Ordering::Relaxed);
        }
        doc
    });
    (docs, tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds_by_extension() {
        let k = |p: &str| FileKind::of_path(Path::new(p));
        assert_eq!(
            k("a/b.jsonl.gz"),
            Some((FileKind::Jsonl, Compression::Gzip))
        );
        assert_eq!(k("b.CSV.zst"), Some((FileKind::Csv, Compression::Zstd)));
        assert_eq!(k("b.md.bz2"), Some((FileKind::Text, Compression::Bzip2)));
        assert_eq!(k("b.tsv"), Some((FileKind::Tsv, Compression::None)));
        assert_eq!(k("b.gz"), None);
        assert_eq!(k("b.pdf"), None);
        assert_eq!(k(".gz"), None);
    }

    #[test]
    fn tally_counts_per_input() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.jsonl");
        std::fs::write(&a, "{\"text\": \"One.\"}\n\n{\"text\": \"\"}\n").unwrap();
        let b = dir.path().join("b.csv");
        std::fs::write(&b, "text\nTwo.\nThree.\n").unwrap();
        let inputs = vec![
            Input::Path(a.clone()),
            Input::Path(b.clone()),
            Input::Path(dir.path().join("missing.txt")),
        ];
        let (docs, tally) = read_inputs_tallied(inputs, ReadOptions::default());
        let docs: Vec<Document> = docs.collect();
        assert_eq!(docs.len(), 5);
        assert_eq!(docs[1].id, format!("{}:3", a.display()));
        let c = tally.counts();
        assert_eq!((c[0].records, c[0].rejected), (2, 1));
        assert_eq!((c[1].records, c[1].rejected), (2, 0));
        assert_eq!((c[2].records, c[2].rejected), (1, 1));
        assert_eq!(c[1].input, b.display().to_string());
    }
}
