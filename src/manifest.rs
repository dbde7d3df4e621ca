//! The run manifest `manifest.json` written next to the outputs: which whosaid
//! made them, with which options and lexicons (sha256 of each), from which
//! inputs (record counts), and what was written (row counts and sha256 of each
//! file). [`crate::merge`] reads it to check that shards belong together and
//! arrived intact.
//!
//! ```
//! use whosaid::manifest::{sha256_hex, Manifest};
//! let m = Manifest::new("extract");
//! assert_eq!(m.whosaid, env!("CARGO_PKG_VERSION"));
//! assert_eq!(sha256_hex(b"").len(), 64);
//! ```

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::input::InputCount;
use crate::pipeline::RunStats;

/// File name of the manifest inside an output folder.
pub const MANIFEST_FILE: &str = "manifest.json";

/// Lower-case hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A reader that hashes and counts every byte read through it.
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    bytes: u64,
}

impl<R: Read> HashingReader<R> {
    /// Wraps `inner`.
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            bytes: 0,
        }
    }

    /// Bytes read so far and their sha256 (hex).
    pub fn finish(self) -> (u64, String) {
        (self.bytes, hex(&self.hasher.finalize()))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// A writer that hashes and counts every byte written through it.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W: Write> HashingWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            bytes: 0,
        }
    }

    /// The inner writer, bytes written and their sha256 (hex).
    pub fn finish(self) -> (W, u64, String) {
        (self.inner, self.bytes, hex(&self.hasher.finalize()))
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A lexicon the run loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LexiconSum {
    /// Its name: the bundled file's name, or the path given with `--lexicon`.
    pub name: String,
    /// True for a lexicon bundled into the binary.
    pub bundled: bool,
    /// sha256 of its bytes.
    pub sha256: String,
}

/// Checksums of the bundled lexicons followed by the `extra` lexicon files, in
/// the order the gazetteer loads them.
pub fn lexicon_sums(extra: &[PathBuf]) -> io::Result<Vec<LexiconSum>> {
    let mut out: Vec<LexiconSum> = crate::DEFAULT_LEXICONS
        .iter()
        .map(|(name, content)| LexiconSum {
            name: name.to_string(),
            bundled: true,
            sha256: sha256_hex(content.as_bytes()),
        })
        .collect();
    for path in extra {
        let bytes = fs::read(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        out.push(LexiconSum {
            name: path.display().to_string(),
            bundled: false,
            sha256: sha256_hex(&bytes),
        });
    }
    Ok(out)
}

/// One input of the run and how many records it gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputEntry {
    /// The input as given on the command line.
    pub input: String,
    /// Records read (rows of `documents.csv`).
    pub records: u64,
    /// Records rejected by the reader.
    pub rejected: u64,
}

impl From<InputCount> for InputEntry {
    fn from(c: InputCount) -> Self {
        InputEntry {
            input: c.input,
            records: c.records,
            rejected: c.rejected,
        }
    }
}

/// Counts the rows of a file fed in pieces: lines for JSONL; for CSV, the
/// records after the header, where a line break inside a quoted cell does not
/// end a record (quotes inside cells are doubled, so the parity of the quotes
/// seen tells whether a line break is inside a cell).
struct LineCounter {
    csv: bool,
    in_quotes: bool,
    breaks: u64,
    last: Option<u8>,
}

impl LineCounter {
    fn new(csv: bool) -> Self {
        LineCounter {
            csv,
            in_quotes: false,
            breaks: 0,
            last: None,
        }
    }

    fn feed(&mut self, bytes: &[u8]) {
        if self.csv {
            for at in memchr::memchr2_iter(b'"', b'\n', bytes) {
                if bytes[at] == b'"' {
                    self.in_quotes = !self.in_quotes;
                } else if !self.in_quotes {
                    self.breaks += 1;
                }
            }
        } else {
            self.breaks += memchr::memchr_iter(b'\n', bytes).count() as u64;
        }
        if let Some(&b) = bytes.last() {
            self.last = Some(b);
        }
    }

    /// Rows: JSONL lines (a last line without a line break is not counted, as
    /// before), or CSV records after the header (a last record without a line
    /// break is counted).
    fn rows(&self) -> u64 {
        if !self.csv {
            return self.breaks;
        }
        let unterminated = self.last.is_some_and(|b| b != b'\n');
        (self.breaks + u64::from(unterminated)).saturating_sub(1)
    }
}

/// One output file: rows, size and checksum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutputFile {
    /// File name inside the output folder.
    pub file: String,
    /// Data rows (CSV records after the header, or JSONL lines).
    pub rows: u64,
    /// Size in bytes.
    pub bytes: u64,
    /// sha256 of the file (hex).
    pub sha256: String,
}

impl OutputFile {
    /// Reads `dir/file` once, counting rows (CSV records after the header for
    /// `.csv`, lines otherwise) and hashing its bytes.
    pub fn measure(dir: &Path, file: &str) -> io::Result<OutputFile> {
        let path = dir.join(file);
        let f = File::open(&path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        let mut reader = HashingReader::new(BufReader::with_capacity(1 << 20, f));
        let mut lines = LineCounter::new(file.ends_with(".csv"));
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let k = reader.read(&mut buf)?;
            if k == 0 {
                break;
            }
            lines.feed(&buf[..k]);
        }
        let rows = lines.rows();
        let (bytes, sha256) = reader.finish();
        Ok(OutputFile {
            file: file.to_string(),
            rows,
            bytes,
            sha256,
        })
    }
}

/// What the run found, summed over all documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Records (ok and rejected).
    pub documents: u64,
    /// Records rejected by the reader or failed by a stage.
    pub rejected: u64,
    /// Bytes of text processed.
    pub bytes: u64,
    /// Sentences.
    pub sentences: u64,
    /// Entity mentions.
    pub entities: u64,
    /// Quotes.
    pub quotes: u64,
}

impl From<&RunStats> for Totals {
    fn from(s: &RunStats) -> Self {
        Totals {
            documents: s.documents,
            rejected: s.errors,
            bytes: s.bytes,
            sentences: s.sentences,
            entities: s.entities,
            quotes: s.quotes,
        }
    }
}

impl Totals {
    /// Adds another run's totals to these.
    pub fn add(&mut self, o: &Totals) {
        self.documents += o.documents;
        self.rejected += o.rejected;
        self.bytes += o.bytes;
        self.sentences += o.sentences;
        self.entities += o.entities;
        self.quotes += o.quotes;
    }
}

/// The content of `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Version of whosaid that wrote the outputs.
    pub whosaid: String,
    /// `extract` or `merge`.
    pub command: String,
    /// Options that change the outputs (format, field and column names …).
    /// Runs are comparable only when these are equal.
    pub options: BTreeMap<String, serde_json::Value>,
    /// Pipeline stages in order.
    pub stages: Vec<String>,
    /// Lexicons loaded, in order, with checksums.
    pub lexicons: Vec<LexiconSum>,
    /// Inputs in order with record counts.
    pub inputs: Vec<InputEntry>,
    /// Files written, with row counts and checksums.
    pub outputs: Vec<OutputFile>,
    /// Counts over all documents.
    pub totals: Totals,
    /// For a merge: the shard folders, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shards: Vec<String>,
}

impl Manifest {
    /// An empty manifest for this version of whosaid.
    pub fn new(command: &str) -> Self {
        Manifest {
            whosaid: env!("CARGO_PKG_VERSION").to_string(),
            command: command.to_string(),
            options: BTreeMap::new(),
            stages: Vec::new(),
            lexicons: Vec::new(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            totals: Totals::default(),
            shards: Vec::new(),
        }
    }

    /// Records an option that affects the outputs (`null` when unset).
    pub fn option(&mut self, name: &str, value: impl Serialize) -> &mut Self {
        let v = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
        self.options.insert(name.to_string(), v);
        self
    }

    /// Measures `files` inside `dir` and lists them as outputs.
    pub fn add_outputs(&mut self, dir: &Path, files: &[String]) -> io::Result<()> {
        // Each file is read and hashed on its own thread.
        let measured = files
            .par_iter()
            .map(|f| OutputFile::measure(dir, f))
            .collect::<io::Result<Vec<_>>>()?;
        self.outputs.extend(measured);
        Ok(())
    }

    /// Writes `dir/manifest.json` (pretty-printed, under a temporary name first).
    pub fn write(&self, dir: &Path) -> io::Result<()> {
        let mut json = serde_json::to_vec_pretty(self)?;
        json.push(b'\n');
        let tmp = dir.join(format!(".{MANIFEST_FILE}.partial"));
        fs::write(&tmp, json)?;
        fs::rename(tmp, dir.join(MANIFEST_FILE))
    }

    /// Reads `dir/manifest.json`.
    pub fn read(dir: &Path) -> io::Result<Manifest> {
        let path = dir.join(MANIFEST_FILE);
        let bytes = fs::read(&path)?;
        serde_json::from_slice(&bytes)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Data records as the csv crate counts them.
    fn csv_crate_rows(data: &[u8]) -> u64 {
        let mut csv = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(data);
        let mut rec = csv::ByteRecord::new();
        let mut n = 0;
        while csv.read_byte_record(&mut rec).unwrap() {
            n += 1;
        }
        n
    }

    #[test]
    fn csv_rows_agree_with_the_csv_crate_in_any_pieces() {
        let files: [&[u8]; 8] = [
            b"",
            b"a,b\n",
            b"a,b\n1,2\n",
            b"a,b\n1,2",
            b"a,b\r\n1,\"x\r\ny\"\r\n2,\"say \"\"hi\"\"\"\n,\"\"\"\"\n",
            b"h\n\"\"\"\n\"\"\"\n\"a\nb\nc\"\nlast",
            b"a,b\n1,\"\"\n2,\"\n\"\n",
            "doc,text\nd1,\"«Ça» — \"\"ok\"\",\nnon\"\nd2,é\n".as_bytes(),
        ];
        for data in files {
            let want = csv_crate_rows(data);
            for piece in 1..=data.len().max(1) {
                let mut counter = LineCounter::new(true);
                for chunk in data.chunks(piece) {
                    counter.feed(chunk);
                }
                assert_eq!(
                    counter.rows(),
                    want,
                    "{:?} in pieces of {piece}",
                    String::from_utf8_lossy(data)
                );
            }
        }
    }

    #[test]
    fn known_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn measures_csv_rows_with_multiline_cells_and_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let data = "a,b\n1,\"two\nlines\"\n3,x\n";
        fs::write(dir.path().join("t.csv"), data).unwrap();
        fs::write(dir.path().join("t.jsonl"), "{}\n{}\n{}\n").unwrap();
        let mut m = Manifest::new("extract");
        m.option("format", "csv")
            .option("text_field", None::<String>);
        m.add_outputs(dir.path(), &["t.csv".into(), "t.jsonl".into()])
            .unwrap();
        assert_eq!(m.outputs[0].rows, 2);
        assert_eq!(m.outputs[0].bytes, data.len() as u64);
        assert_eq!(m.outputs[0].sha256, sha256_hex(data.as_bytes()));
        assert_eq!(m.outputs[1].rows, 3);
        m.write(dir.path()).unwrap();
        assert_eq!(Manifest::read(dir.path()).unwrap(), m);
        assert!(OutputFile::measure(dir.path(), "missing.csv").is_err());
    }

    #[test]
    fn lexicon_sums_list_bundled_then_extra() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.tsv");
        fs::write(&p, "canonical\ttype\n").unwrap();
        let sums = lexicon_sums(std::slice::from_ref(&p)).unwrap();
        assert_eq!(sums.len(), crate::DEFAULT_LEXICONS.len() + 1);
        assert!(sums[0].bundled);
        assert_eq!(
            sums.last().unwrap().sha256,
            sha256_hex(b"canonical\ttype\n")
        );
        assert!(lexicon_sums(&[dir.path().join("nope.tsv")]).is_err());
    }
}
