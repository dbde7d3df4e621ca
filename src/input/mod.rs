//! Readers: text and Markdown files, JSONL files (plain or gzip), folders, and
//! standard input. Every input record becomes exactly one [`Document`]; records
//! that cannot be read become rejected documents carrying the reason.

mod record;

use std::collections::HashSet;
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use record::{check_text, document_from_json, TEXT_FIELDS};

use crate::document::{Document, Meta};

/// How records are read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The JSONL field holding the text (default: `text`, `maintext`, `content`, `body`).
    pub text_field: Option<String>,
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
}

/// The kind of file, by extension (ignoring a trailing `.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Text,
    Jsonl,
}

fn file_kind(path: &Path) -> Option<(FileKind, bool)> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let (base, gz) = match name.strip_suffix(".gz") {
        Some(b) => (b.to_string(), true),
        None => (name, false),
    };
    let kind = if base.ends_with(".jsonl") || base.ends_with(".ndjson") {
        FileKind::Jsonl
    } else if base.ends_with(".txt") || base.ends_with(".md") {
        FileKind::Text
    } else {
        return None;
    };
    Some((kind, gz))
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
        } else if file_kind(&p).is_some() {
            out.push(p);
        }
    }
}

fn open(path: &Path, gz: bool) -> io::Result<Box<dyn BufRead + Send>> {
    let file = File::open(path)?;
    Ok(if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(file),
        ))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, file))
    })
}

/// Reads JSONL lines from a reader, one document per non-blank line.
struct JsonlReader {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    opts: ReadOptions,
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
            let source = format!("{}:{}", self.name, self.line);
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    let meta = Meta {
                        source: source.clone(),
                        ..Meta::default()
                    };
                    let doc = Document::rejected(source, meta, format!("read error: {e}"));
                    return Some(self.keep_raw(doc));
                }
            }
            while matches!(self.buf.last(), Some(b'\n' | b'\r')) {
                self.buf.pop();
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let doc = match std::str::from_utf8(&self.buf) {
                Ok(line) => document_from_json(line, &source, self.opts.text_field.as_deref()),
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

fn read_text_file(path: &Path, id: String, gz: bool) -> Document {
    let source = path.display().to_string();
    let meta = Meta {
        source: source.clone(),
        ..Meta::default()
    };
    let mut bytes = Vec::new();
    let read = open(path, gz).and_then(|mut r| r.read_to_end(&mut bytes));
    if let Err(e) = read {
        return Document::rejected(id, meta, format!("cannot read {source}: {e}"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let raw = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return Document::rejected(id, meta, format!("invalid UTF-8 at byte {at}"))
                .with_raw(raw);
        }
    };
    if let Err(e) = check_text(&text) {
        return Document::rejected(id, meta, e).with_raw(text);
    }
    let mut doc = Document::new(id, text);
    doc.meta = meta;
    doc
}

fn file_documents(
    path: PathBuf,
    id: String,
    opts: &ReadOptions,
) -> Box<dyn Iterator<Item = Document> + Send> {
    let Some((kind, gz)) = file_kind(&path) else {
        // An explicitly named file of unknown type is read as JSONL when it
        // looks like it, else as one text document.
        return Box::new(std::iter::once(read_text_file(&path, id, false)));
    };
    match kind {
        FileKind::Text => Box::new(std::iter::once(read_text_file(&path, id, gz))),
        FileKind::Jsonl => match open(&path, gz) {
            Ok(reader) => Box::new(JsonlReader {
                reader,
                name: path.display().to_string(),
                line: 0,
                buf: Vec::new(),
                done: false,
                opts: opts.clone(),
            }),
            Err(e) => {
                let source = path.display().to_string();
                let meta = Meta {
                    source: source.clone(),
                    ..Meta::default()
                };
                Box::new(std::iter::once(Document::rejected(
                    source.clone(),
                    meta,
                    format!("cannot open {source}: {e}"),
                )))
            }
        },
    }
}

fn input_documents(input: Input, opts: ReadOptions) -> Box<dyn Iterator<Item = Document> + Send> {
    match input {
        Input::Stdin => Box::new(JsonlReader {
            reader: Box::new(BufReader::new(io::stdin())),
            name: "<stdin>".into(),
            line: 0,
            buf: Vec::new(),
            done: false,
            opts,
        }),
        Input::Path(path) if path.is_dir() => {
            let mut files = Vec::new();
            let mut errors = Vec::new();
            walk(&path, &mut files, &mut errors);
            let bad = errors.into_iter().map(|(p, e)| {
                let source = p.display().to_string();
                let meta = Meta {
                    source: source.clone(),
                    ..Meta::default()
                };
                Document::rejected(source, meta, e)
            });
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
            let meta = Meta {
                source: source.clone(),
                ..Meta::default()
            };
            Box::new(std::iter::once(Document::rejected(
                source.clone(),
                meta,
                format!("no such file or folder: {source}"),
            )))
        }
    }
}

/// Rejects a document whose id was already seen (the first one is kept).
struct DedupIds<I> {
    inner: I,
    seen: HashSet<u64>,
}

impl<I: Iterator<Item = Document>> Iterator for DedupIds<I> {
    type Item = Document;
    fn next(&mut self) -> Option<Document> {
        let mut doc = self.inner.next()?;
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
        Some(doc)
    }
}

/// All documents of all inputs, in order, as a lazy stream.
pub fn read_inputs(inputs: Vec<Input>, opts: ReadOptions) -> impl Iterator<Item = Document> + Send {
    let inner = inputs
        .into_iter()
        .flat_map(move |i| input_documents(i, opts.clone()));
    DedupIds {
        inner,
        seen: HashSet::new(),
    }
}
