//! `whosaid merge`: joins the output folders of several runs (shards) into one,
//! as if one run had read all their inputs in the order given.
//!
//! Every shard must hold a `manifest.json` ([`crate::manifest`]); the shards
//! must agree on the whosaid version, the options, the stages and the
//! lexicons, and list the same output files. Each file is checked against the
//! sha256 in its shard's manifest while it is copied, so a truncated or changed
//! shard stops the merge. CSV files keep the first shard's header only; other
//! files are concatenated. Files are written under temporary names and renamed
//! into place at the end, with a new manifest.

use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::manifest::{HashingReader, HashingWriter, Manifest, OutputFile, Totals};

/// Why a merge failed: the folder or file concerned and the reason.
#[derive(Debug, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct MergeError {
    /// The shard folder or file at fault (or the output folder).
    pub path: PathBuf,
    /// What is wrong.
    pub reason: String,
}

fn err(path: &Path, reason: impl Into<String>) -> MergeError {
    MergeError {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

fn file_names(m: &Manifest) -> Vec<&str> {
    m.outputs.iter().map(|o| o.file.as_str()).collect()
}

/// Reads every shard's manifest and checks that they belong together.
fn check_shards(shards: &[PathBuf]) -> Result<Vec<Manifest>, MergeError> {
    let mut manifests: Vec<Manifest> = Vec::with_capacity(shards.len());
    for shard in shards {
        let m = Manifest::read(shard).map_err(|e| {
            err(
                shard,
                format!("cannot read its manifest.json ({e}); is it the output folder of `whosaid extract`?"),
            )
        })?;
        if let Some(first) = manifests.first() {
            let first_shard = &shards[0];
            let differ = |what: &str, a: String, b: String| {
                err(
                    shard,
                    format!(
                        "{what} differ from {}: {b} here, {a} there",
                        first_shard.display()
                    ),
                )
            };
            if m.whosaid != first.whosaid {
                return Err(differ("whosaid versions", first.whosaid.clone(), m.whosaid));
            }
            if m.options != first.options {
                return Err(differ(
                    "options",
                    serde_json::to_string(&first.options).unwrap_or_default(),
                    serde_json::to_string(&m.options).unwrap_or_default(),
                ));
            }
            if m.stages != first.stages {
                return Err(differ("stages", first.stages.join(","), m.stages.join(",")));
            }
            let sums = |m: &Manifest| {
                m.lexicons
                    .iter()
                    .map(|l| l.sha256.get(..12).unwrap_or(&l.sha256).to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            let full = |m: &Manifest| {
                m.lexicons
                    .iter()
                    .map(|l| l.sha256.clone())
                    .collect::<Vec<_>>()
            };
            if full(&m) != full(first) {
                return Err(differ("lexicon checksums", sums(first), sums(&m)));
            }
            if file_names(&m) != file_names(first) {
                return Err(differ(
                    "output files",
                    file_names(first).join(","),
                    file_names(&m).join(","),
                ));
            }
        }
        manifests.push(m);
    }
    Ok(manifests)
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Copies one output file of every shard into `out`, checking checksums.
fn merge_file(
    shards: &[PathBuf],
    manifests: &[Manifest],
    index: usize,
    tmp: &Path,
) -> Result<OutputFile, MergeError> {
    let name = manifests[0].outputs[index].file.clone();
    let is_csv = name.ends_with(".csv");
    let file = File::create(tmp).map_err(|e| err(tmp, format!("cannot create: {e}")))?;
    let mut out = HashingWriter::new(BufWriter::with_capacity(1 << 20, file));
    let mut header: Option<Vec<u8>> = None;
    let mut rows = 0;
    for (shard, m) in shards.iter().zip(manifests) {
        let want = &m.outputs[index];
        let path = shard.join(&name);
        let io_err = |e: io::Error| err(&path, e.to_string());
        let f = File::open(&path).map_err(io_err)?;
        let mut reader = BufReader::with_capacity(1 << 20, HashingReader::new(f));
        if is_csv {
            let mut first = Vec::new();
            reader.read_until(b'\n', &mut first).map_err(io_err)?;
            match &header {
                None => {
                    out.write_all(&first).map_err(|e| err(tmp, e.to_string()))?;
                    header = Some(first);
                }
                Some(h) if *h == first => {}
                Some(_) => return Err(err(&path, "its header differs from the first shard's")),
            }
        }
        io::copy(&mut reader, &mut out).map_err(|e| err(&path, e.to_string()))?;
        // io::copy read the file to its end; take the hash of all of it.
        let mut hashing = reader.into_inner();
        io::copy(&mut hashing, &mut io::sink()).map_err(io_err)?;
        let (bytes, sha) = hashing.finish();
        if bytes != want.bytes || sha != want.sha256 {
            return Err(err(
                &path,
                format!(
                    "does not match its manifest ({bytes} bytes, sha256 {sha}; the manifest says {} bytes, sha256 {}): the shard is incomplete or was changed",
                    want.bytes, want.sha256
                ),
            ));
        }
        rows += want.rows;
    }
    let (w, bytes, sha256) = out.finish();
    let file = w
        .into_inner()
        .map_err(|e| err(tmp, e.error().to_string()))?;
    file.sync_all().map_err(|e| err(tmp, e.to_string()))?;
    Ok(OutputFile {
        file: name,
        rows,
        bytes,
        sha256,
    })
}

/// Merges the output folders `shards` (in that order) into `out` and returns
/// the manifest written there. `out` is created if needed and must not be one
/// of the shards.
pub fn merge_outputs(shards: &[PathBuf], out: &Path) -> Result<Manifest, MergeError> {
    if shards.is_empty() {
        return Err(err(out, "nothing to merge: give at least one shard folder"));
    }
    let manifests = check_shards(shards)?;
    for shard in shards {
        if same_folder(shard, out) {
            return Err(err(out, "the output folder is one of the shards"));
        }
    }
    fs::create_dir_all(out).map_err(|e| err(out, format!("cannot create: {e}")))?;
    let first = &manifests[0];
    let mut merged = Manifest::new("merge");
    merged.whosaid = first.whosaid.clone();
    merged.options = first.options.clone();
    merged.stages = first.stages.clone();
    merged.lexicons = first.lexicons.clone();
    let mut totals = Totals::default();
    for m in &manifests {
        merged.inputs.extend(m.inputs.iter().cloned());
        totals.add(&m.totals);
    }
    merged.totals = totals;
    merged.shards = shards.iter().map(|s| s.display().to_string()).collect();

    let mut written = Vec::new();
    let result = (|| {
        for i in 0..first.outputs.len() {
            let name = &first.outputs[i].file;
            let tmp = out.join(format!(".{name}.partial"));
            written.push((tmp.clone(), out.join(name)));
            merged
                .outputs
                .push(merge_file(shards, &manifests, i, &tmp)?);
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (tmp, _) in &written {
            let _ = fs::remove_file(tmp);
        }
        return Err(e);
    }
    for (tmp, path) in &written {
        fs::rename(tmp, path).map_err(|e| err(path, e.to_string()))?;
    }
    merged
        .write(out)
        .map_err(|e| err(out, format!("cannot write manifest.json: {e}")))?;
    Ok(merged)
}

#[cfg(test)]
fn slurp(p: &Path) -> Vec<u8> {
    use std::io::Read;
    let mut v = Vec::new();
    File::open(p).unwrap().read_to_end(&mut v).unwrap();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shard(dir: &Path, name: &str, rows: &[&str]) -> PathBuf {
        let d = dir.join(name);
        fs::create_dir_all(&d).unwrap();
        let mut csv = String::from("doc_id,text\n");
        for r in rows {
            csv.push_str(r);
            csv.push('\n');
        }
        fs::write(d.join("t.csv"), csv).unwrap();
        let mut m = Manifest::new("extract");
        m.option("format", "csv");
        m.add_outputs(&d, &["t.csv".into()]).unwrap();
        m.totals.documents = rows.len() as u64;
        m.write(&d).unwrap();
        d
    }

    #[test]
    fn merges_in_shard_order_with_one_header() {
        let dir = tempfile::tempdir().unwrap();
        let a = shard(dir.path(), "a", &["1,\"x\ny\""]);
        let b = shard(dir.path(), "b", &[]);
        let c = shard(dir.path(), "c", &["2,z", "3,w"]);
        let out = dir.path().join("out");
        let m = merge_outputs(&[a, b, c], &out).unwrap();
        let got = slurp(&out.join("t.csv"));
        assert_eq!(got, b"doc_id,text\n1,\"x\ny\"\n2,z\n3,w\n");
        assert_eq!(m.outputs[0].rows, 3);
        assert_eq!(m.totals.documents, 3);
        assert_eq!(m.shards.len(), 3);
        assert_eq!(Manifest::read(&out).unwrap(), m);
        let measured = OutputFile::measure(&out, "t.csv").unwrap();
        assert_eq!(measured, m.outputs[0]);
    }

    #[test]
    fn refuses_changed_or_mismatched_shards() {
        let dir = tempfile::tempdir().unwrap();
        let a = shard(dir.path(), "a", &["1,x"]);
        let b = shard(dir.path(), "b", &["2,y"]);
        let out = dir.path().join("out");

        fs::write(b.join("t.csv"), "doc_id,text\n2,Y\n").unwrap();
        let e = merge_outputs(&[a.clone(), b.clone()], &out).unwrap_err();
        assert!(e.reason.contains("does not match its manifest"), "{e}");
        assert!(!out.join("t.csv").exists());
        assert!(!out.join(".t.csv.partial").exists());

        let mut m = Manifest::read(&b).unwrap();
        m.option("format", "jsonl");
        m.write(&b).unwrap();
        let e = merge_outputs(&[a.clone(), b.clone()], &out).unwrap_err();
        assert!(e.reason.contains("options differ"), "{e}");

        let e = merge_outputs(&[a.clone(), dir.path().join("nope")], &out).unwrap_err();
        assert!(e.reason.contains("manifest.json"), "{e}");
        let e = merge_outputs(std::slice::from_ref(&a), &a).unwrap_err();
        assert!(e.reason.contains("one of the shards"), "{e}");
        assert!(merge_outputs(&[], &out).is_err());
    }
}
