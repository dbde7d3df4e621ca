//! End-to-end tests of the input and output formats, the manifest and
//! `whosaid merge`, on files generated from the bundled corpus.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use sha2::{Digest, Sha256};

const TABLES: [&str; 4] = [
    "documents.csv",
    "sentences.csv",
    "entities.csv",
    "quotes.csv",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn wikinews() -> String {
    fs::read_to_string(root().join("corpus/wikinews_en_2019_2020.jsonl")).unwrap()
}

fn moscow() -> String {
    fs::read_to_string(root().join("corpus/moscow_times_2022_troop_pullback.txt")).unwrap()
}

fn whosaid(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run whosaid")
}

/// Runs `whosaid extract ARGS --out OUT -q` in `dir` and checks it succeeded.
fn extract(dir: &Path, inputs: &[&str], out: &str, extra: &[&str]) -> Output {
    let mut args = vec!["extract"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--out", out, "-q"]);
    args.extend_from_slice(extra);
    let o = whosaid(dir, &args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn read(p: &Path) -> Vec<u8> {
    fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn rows(p: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(p).unwrap();
    r.records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn bzip(data: &[u8]) -> Vec<u8> {
    let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::encode_all(data, 3).unwrap()
}

/// The data split in two at a line boundary, each half compressed on its own
/// and the results concatenated (multi-member gzip, two zstd frames, two bzip2 streams).
fn two_members(data: &str, compress: fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let bytes = data.as_bytes();
    let mid = bytes[..bytes.len() / 2]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap()
        + 1;
    let mut out = compress(&bytes[..mid]);
    out.extend(compress(&bytes[mid..]));
    out
}

/// documents.csv with the source column reduced to its line number.
fn documents_without_file(p: &Path) -> Vec<Vec<String>> {
    let mut r = rows(p);
    for row in &mut r {
        row[1] = row[1].rsplit(':').next().unwrap().to_string();
    }
    r
}

#[test]
fn compressed_jsonl_reads_like_plain() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let data = wikinews();
    fs::write(d.join("plain.jsonl"), &data).unwrap();
    fs::write(d.join("multi.jsonl.gz"), two_members(&data, gzip)).unwrap();
    fs::write(d.join("frames.jsonl.zst"), two_members(&data, zstd)).unwrap();
    fs::write(d.join("streams.jsonl.bz2"), two_members(&data, bzip)).unwrap();
    extract(d, &["plain.jsonl"], "plain", &[]);
    let want_docs = documents_without_file(&d.join("plain/documents.csv"));
    assert_eq!(want_docs.len(), 293);
    for name in ["multi.jsonl.gz", "frames.jsonl.zst", "streams.jsonl.bz2"] {
        let out = format!("out-{name}");
        extract(d, &[name], &out, &[]);
        for t in &TABLES[1..] {
            assert!(
                read(&d.join("plain").join(t)) == read(&d.join(&out).join(t)),
                "{name}: {t} differs"
            );
        }
        assert_eq!(
            documents_without_file(&d.join(&out).join("documents.csv")),
            want_docs,
            "{name}"
        );
    }
}

#[test]
fn corrupt_compressed_file_is_reported_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let mut gz = gzip(wikinews().as_bytes());
    gz.truncate(gz.len() / 2);
    fs::write(d.join("cut.jsonl.gz"), gz).unwrap();
    fs::write(d.join("bad.txt.zst"), b"not zstd at all").unwrap();
    fs::write(d.join("ok.txt"), moscow()).unwrap();
    let o = extract(d, &["cut.jsonl.gz", "bad.txt.zst", "ok.txt"], "out", &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("cut.jsonl.gz:"), "{stderr}");
    assert!(stderr.contains("bad.txt.zst"), "{stderr}");
    let docs = rows(&d.join("out/documents.csv"));
    let last = docs.last().unwrap();
    assert_eq!((last[0].as_str(), last[9].as_str()), ("ok.txt", "ok"));
    assert!(docs.iter().filter(|r| r[9] == "error").count() >= 2);
    // Records before the cut were read.
    assert!(docs.iter().filter(|r| r[9] == "ok").count() > 10);
}

#[test]
fn folders_mix_formats_and_compressions() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let data = wikinews();
    let lines: Vec<&str> = data.lines().collect();
    let corpus = d.join("corpus");
    fs::create_dir_all(corpus.join("sub")).unwrap();
    fs::write(corpus.join("a_moscow.txt.gz"), gzip(moscow().as_bytes())).unwrap();
    fs::write(
        corpus.join("b.jsonl.zst"),
        zstd(lines[..5].join("\n").as_bytes()),
    )
    .unwrap();
    fs::write(
        corpus.join("sub/c.md.bz2"),
        bzip(b"Hello from a Markdown file."),
    )
    .unwrap();
    fs::write(
        corpus.join("sub/d.tsv"),
        "id\ttext\nt1\tTab separated text.\n",
    )
    .unwrap();
    fs::write(corpus.join("notes.pdf"), b"%PDF-1.4").unwrap();
    extract(d, &["corpus"], "out", &[]);
    let docs = rows(&d.join("out/documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(ids.len(), 1 + 5 + 1 + 1, "{ids:?}");
    assert_eq!(ids[0], "a_moscow.txt.gz");
    assert_eq!(ids[6], "sub/c.md.bz2");
    assert_eq!(ids[7], "t1");
    assert!(docs.iter().all(|r| r[9] == "ok"), "{docs:?}");
    let moscow_chars: usize = docs[0][5].parse().unwrap();
    assert_eq!(moscow_chars, moscow().chars().count());
}

/// Writes the wikinews records as CSV (multi-line text cells) and returns the
/// line on which each record starts.
fn wikinews_csv(path: &Path, with_id: bool, text_col: &str) -> Vec<usize> {
    wikinews_csv_as(path, with_id, text_col, false)
}

/// Like [`wikinews_csv`]; `excel` writes a UTF-8 BOM and CRLF row ends, as
/// spreadsheets export them.
fn wikinews_csv_as(path: &Path, with_id: bool, text_col: &str, excel: bool) -> Vec<usize> {
    let mut builder = csv::WriterBuilder::new();
    if excel {
        builder.terminator(csv::Terminator::CRLF);
    }
    let mut w = builder.from_writer(if excel {
        "\u{feff}".as_bytes().to_vec()
    } else {
        Vec::new()
    });
    let mut header = vec!["title", "url", "date", text_col];
    if with_id {
        header.insert(0, "id");
    }
    w.write_record(&header).unwrap();
    let mut starts = Vec::new();
    for line in wikinews().lines() {
        w.flush().unwrap();
        let so_far = w.get_ref().iter().filter(|&&b| b == b'\n').count();
        starts.push(so_far + 1);
        let v: Value = serde_json::from_str(line).unwrap();
        let mut rec: Vec<String> = ["title", "url", "date", "text"]
            .iter()
            .map(|f| v[*f].as_str().unwrap_or("").to_string())
            .collect();
        if with_id {
            rec.insert(0, v["id"].as_str().unwrap().to_string());
        }
        w.write_record(&rec).unwrap();
    }
    fs::write(path, w.into_inner().unwrap()).unwrap();
    starts
}

#[test]
fn csv_with_multiline_cells_reads_like_jsonl() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join("news.jsonl"), wikinews()).unwrap();
    let starts = wikinews_csv(&d.join("news.csv"), true, "text");
    assert!(
        starts.windows(2).any(|w| w[1] - w[0] > 1),
        "the texts have line breaks"
    );
    extract(d, &["news.jsonl"], "j", &[]);
    extract(d, &["news.csv"], "c", &[]);
    for t in &TABLES[1..] {
        assert!(
            read(&d.join("j").join(t)) == read(&d.join("c").join(t)),
            "{t} differs"
        );
    }
    let (j, c) = (
        rows(&d.join("j/documents.csv")),
        rows(&d.join("c/documents.csv")),
    );
    assert_eq!(j.len(), c.len());
    for (i, (jr, cr)) in j.iter().zip(&c).enumerate() {
        assert_eq!(jr[0], cr[0]);
        assert_eq!(jr[2..], cr[2..], "title, url, date, counts");
        assert_eq!(
            cr[1],
            format!("news.csv:{}", starts[i]),
            "source of row {i}"
        );
    }

    // A spreadsheet export (BOM, CRLF) reads the same.
    let excel_starts = wikinews_csv_as(&d.join("excel.csv"), true, "text", true);
    assert_eq!(excel_starts, starts);
    extract(d, &["excel.csv"], "x", &[]);
    for t in &TABLES[1..] {
        assert!(
            read(&d.join("j").join(t)) == read(&d.join("x").join(t)),
            "{t} differs for CRLF"
        );
    }
    let x = rows(&d.join("x/documents.csv"));
    assert_eq!(x[5][1], format!("excel.csv:{}", starts[5]));

    // Compressed CSV, no id column: ids are FILE:LINE of the row's first line.
    let plain = d.join("noid.csv");
    wikinews_csv(&plain, false, "text");
    fs::write(d.join("noid.csv.zst"), zstd(&read(&plain))).unwrap();
    extract(d, &["noid.csv.zst"], "z", &[]);
    let z = rows(&d.join("z/documents.csv"));
    for (i, r) in z.iter().enumerate() {
        assert_eq!(r[0], format!("noid.csv.zst:{}", starts[i]));
        assert_eq!(r[0], r[1]);
    }
}

#[test]
fn field_and_column_overrides() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let mut renamed = String::new();
    for line in wikinews().lines().take(20) {
        let v: Value = serde_json::from_str(line).unwrap();
        let r = serde_json::json!({"uid": v["id"], "article": v["text"], "text": "decoy"});
        renamed.push_str(&r.to_string());
        renamed.push('\n');
    }
    fs::write(d.join("r.jsonl"), &renamed).unwrap();
    fs::write(
        d.join("head.jsonl"),
        wikinews().lines().take(20).collect::<Vec<_>>().join("\n"),
    )
    .unwrap();
    extract(d, &["head.jsonl"], "want", &[]);
    extract(
        d,
        &["r.jsonl"],
        "got",
        &["--text-field", "article", "--id-field", "uid"],
    );
    for t in &TABLES[1..] {
        assert!(
            read(&d.join("want").join(t)) == read(&d.join("got").join(t)),
            "{t}"
        );
    }

    wikinews_csv(&d.join("r.csv"), true, "body");
    let o = whosaid(
        d,
        &[
            "extract",
            "r.csv",
            "--out",
            "csv",
            "-q",
            "--text-column",
            "body",
            "--id-column",
            "id",
        ],
    );
    assert!(o.status.success());
    let docs = rows(&d.join("csv/documents.csv"));
    assert_eq!(docs.len(), 293);
    assert!(docs.iter().all(|r| r[9] == "ok"));
    // The manifest records the overrides.
    let m: Value = serde_json::from_slice(&read(&d.join("csv/manifest.json"))).unwrap();
    assert_eq!(m["options"]["text_column"], "body");
    assert_eq!(m["options"]["id_column"], "id");
}

#[test]
fn missing_fields_and_columns_name_the_file_and_what_exists() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    wikinews_csv(&d.join("n.csv"), true, "text");
    let o = whosaid(
        d,
        &[
            "extract",
            "n.csv",
            "--out",
            "o1",
            "--text-column",
            "article",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "n.csv: no text column (article); the header has: `id`, `title`, `url`, `date`, `text`"
        ),
        "{err}"
    );
    let docs = rows(&d.join("o1/documents.csv"));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0][9], "error");

    let o = whosaid(
        d,
        &[
            "extract",
            "n.csv",
            "--out",
            "o2",
            "--id-column",
            "key",
            "--strict",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no id column `key`"));

    fs::write(
        d.join("n.jsonl"),
        wikinews().lines().take(3).collect::<Vec<_>>().join("\n"),
    )
    .unwrap();
    let o = whosaid(
        d,
        &[
            "extract",
            "n.jsonl",
            "--out",
            "o3",
            "--text-field",
            "maintext",
        ],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    for line in 1..=3 {
        assert!(
            err.contains(&format!("n.jsonl:{line}: no text field (maintext); the record has: date, id, text, title, url")),
            "{err}"
        );
    }
    let o = whosaid(
        d,
        &["extract", "n.jsonl", "--out", "o4", "--id-field", "uid"],
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("n.jsonl:2: id field `uid` is missing; the record has: date, id"),
        "{err}"
    );
}

/// Character offsets of `doc_id` rows, keyed by table row, from the CSV and the JSONL.
#[test]
fn jsonl_output_agrees_with_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join("moscow.txt"), moscow()).unwrap();
    fs::write(d.join("news.jsonl"), wikinews()).unwrap();
    extract(
        d,
        &["moscow.txt", "news.jsonl"],
        "out",
        &["--format", "csv,jsonl"],
    );
    let out = d.join("out");
    let mut texts: std::collections::HashMap<String, String> = Default::default();
    texts.insert("moscow.txt".into(), moscow());
    for line in wikinews().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        texts.insert(
            v["id"].as_str().unwrap().into(),
            v["text"].as_str().unwrap().into(),
        );
    }
    let unguard = |s: &str| -> String {
        match s.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.into(),
            _ => s.into(),
        }
    };
    let chars = |id: &str, a: u64, b: u64| -> String {
        texts[id]
            .chars()
            .skip(a as usize)
            .take((b - a) as usize)
            .collect()
    };
    let docs: Vec<Value> = fs::read_to_string(out.join("documents.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 294);
    let mut sentences = Vec::new();
    let mut entities = Vec::new();
    let mut quotes = Vec::new();
    for doc in &docs {
        let id = doc["doc_id"].as_str().unwrap();
        for s in doc["sentences"].as_array().unwrap() {
            let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
            assert_eq!(chars(id, a, b), s["text"].as_str().unwrap());
            sentences.push(vec![
                id.to_string(),
                s["sentence"].to_string(),
                a.to_string(),
                b.to_string(),
                s["text"].as_str().unwrap().to_string(),
            ]);
        }
        for e in doc["entities"].as_array().unwrap() {
            let (a, b) = (e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap());
            assert_eq!(chars(id, a, b), e["text"].as_str().unwrap());
            entities.push(vec![
                id.to_string(),
                e["sentence"].to_string(),
                a.to_string(),
                b.to_string(),
                e["text"].as_str().unwrap().to_string(),
                e["type"].as_str().unwrap().to_string(),
                e["canonical"].as_str().unwrap().to_string(),
            ]);
        }
        for q in doc["quotes"].as_array().unwrap() {
            let (a, b) = (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap());
            assert_eq!(chars(id, a, b), q["text"].as_str().unwrap());
            if let (Some(sa), Some(sb)) = (q["speaker_start"].as_u64(), q["speaker_end"].as_u64()) {
                assert_eq!(chars(id, sa, sb), q["speaker"].as_str().unwrap());
            }
            quotes.push(vec![
                id.to_string(),
                q["quote"].to_string(),
                a.to_string(),
                b.to_string(),
                q["text"].as_str().unwrap().to_string(),
                q["speaker_start"].to_string().replace("null", ""),
                q["speaker_end"].to_string().replace("null", ""),
                q["speaker_entity"].as_str().unwrap_or("").to_string(),
            ]);
        }
    }
    let pick = |table: &str, cols: &[usize]| -> Vec<Vec<String>> {
        rows(&out.join(table))
            .into_iter()
            .map(|r| cols.iter().map(|&c| unguard(&r[c])).collect())
            .collect()
    };
    assert_eq!(pick("sentences.csv", &[0, 1, 2, 3, 4]), sentences);
    assert_eq!(pick("entities.csv", &[0, 1, 2, 3, 4, 5, 6]), entities);
    assert_eq!(pick("quotes.csv", &[0, 1, 2, 3, 4, 7, 8, 9]), quotes);
    assert!(quotes.len() > 100 && sentences.len() > 1000);
}

#[test]
fn stdout_streams_jsonl_or_one_table() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join("news.jsonl"), wikinews()).unwrap();
    extract(d, &["news.jsonl"], "out", &["--format", "jsonl,csv"]);
    let o = whosaid(d, &["extract", "news.jsonl", "--stdout", "-q"]);
    assert!(o.status.success());
    assert!(o.stdout == read(&d.join("out/documents.jsonl")));
    for t in ["quotes", "documents"] {
        let o = whosaid(
            d,
            &["extract", "news.jsonl", "--stdout", "--table", t, "-q"],
        );
        assert!(o.status.success());
        assert!(o.stdout == read(&d.join(format!("out/{t}.csv"))), "{t}");
    }
    // Standard input in, standard output out.
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .current_dir(d)
        .args(["extract", "-", "--stdout", "--table", "entities", "-q"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let data = wikinews();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(data.as_bytes()));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(o.status.success());
    assert!(o.stdout == read(&d.join("out/entities.csv")));

    // CSV on standard input.
    wikinews_csv(&d.join("news.csv"), true, "text");
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .current_dir(d)
        .args([
            "extract",
            "-",
            "--stdin-format",
            "csv",
            "--stdout",
            "--table",
            "quotes",
            "-q",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let data = read(&d.join("news.csv"));
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(o.status.success());
    assert!(o.stdout == read(&d.join("out/quotes.csv")));

    let o = whosaid(d, &["extract", "news.jsonl", "--table", "quotes"]);
    assert_eq!(o.status.code(), Some(2), "--table needs --stdout");
    let o = whosaid(
        d,
        &["extract", "news.jsonl", "--stdout", "--table", "people"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(!d.join("out/people.csv").exists());
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn manifest_counts_and_checksums() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    fs::write(d.join("moscow.txt"), moscow()).unwrap();
    let data = wikinews();
    fs::write(d.join("news.jsonl.gz"), gzip(data.as_bytes())).unwrap();
    fs::write(
        d.join("lex.tsv"),
        "canonical\ttype\taliases\tid\nLidiya Silina\tPERSON\t\tsilina\n",
    )
    .unwrap();
    extract(
        d,
        &["moscow.txt", "news.jsonl.gz", "missing.txt"],
        "out",
        &["--format", "csv,jsonl", "--lexicon", "lex.tsv"],
    );
    let out = d.join("out");
    let m: Value = serde_json::from_slice(&read(&out.join("manifest.json"))).unwrap();
    assert_eq!(m["whosaid"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["command"], "extract");
    let inputs = m["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 3);
    assert_eq!(
        (inputs[0]["input"].as_str(), inputs[0]["records"].as_u64()),
        (Some("moscow.txt"), Some(1))
    );
    assert_eq!(inputs[1]["records"], 293);
    assert_eq!(
        (
            inputs[2]["records"].as_u64(),
            inputs[2]["rejected"].as_u64()
        ),
        (Some(1), Some(1))
    );
    let lex = m["lexicons"].as_array().unwrap();
    assert_eq!(
        lex.last().unwrap()["sha256"],
        sha256(&read(&d.join("lex.tsv")))
    );
    assert_eq!(lex.last().unwrap()["bundled"], false);
    assert_eq!(lex.len(), whosaid::DEFAULT_LEXICONS.len() + 1);
    for (l, (name, content)) in lex.iter().zip(whosaid::DEFAULT_LEXICONS) {
        assert_eq!(l["name"], *name);
        assert_eq!(l["sha256"], sha256(content.as_bytes()));
    }
    let outputs = m["outputs"].as_array().unwrap();
    let names: Vec<&str> = outputs
        .iter()
        .map(|o| o["file"].as_str().unwrap())
        .collect();
    assert_eq!(names, [&TABLES[..], &["documents.jsonl"]].concat());
    for o in outputs {
        let name = o["file"].as_str().unwrap();
        let bytes = read(&out.join(name));
        assert_eq!(o["sha256"], sha256(&bytes), "{name}");
        assert_eq!(o["bytes"], bytes.len(), "{name}");
        let n = if name.ends_with(".csv") {
            rows(&out.join(name)).len()
        } else {
            bytes.iter().filter(|&&b| b == b'\n').count()
        };
        assert_eq!(o["rows"], n, "{name}");
    }
    assert_eq!(outputs[0]["rows"], 295);
    assert_eq!(m["totals"]["documents"], 295);
    assert_eq!(m["totals"]["rejected"], 1);
    assert_eq!(m["totals"]["quotes"], outputs[3]["rows"]);
}

#[test]
fn merge_of_shards_equals_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let data = wikinews();
    let lines: Vec<&str> = data.lines().collect();
    let mut shards = vec!["s0.txt".to_string()];
    fs::write(d.join("s0.txt"), moscow()).unwrap();
    for (i, chunk) in lines.chunks(100).enumerate() {
        let name = format!("s{}.jsonl{}", i + 1, [".gz", "", ".bz2"][i % 3]);
        let body = chunk.join("\n") + "\n";
        let bytes = match i % 3 {
            0 => gzip(body.as_bytes()),
            1 => body.into_bytes(),
            _ => bzip(body.as_bytes()),
        };
        fs::write(d.join(&name), bytes).unwrap();
        shards.push(name);
    }
    let names: Vec<&str> = shards.iter().map(String::as_str).collect();
    extract(d, &names, "single", &["--format", "csv,jsonl"]);
    let mut outs = Vec::new();
    for (i, s) in names.iter().enumerate() {
        let out = format!("part-{i}");
        extract(d, &[s], &out, &["--format", "csv,jsonl"]);
        outs.push(out);
    }
    let mut args = vec!["merge"];
    args.extend(outs.iter().map(String::as_str));
    args.extend(["--out", "merged", "-q"]);
    let o = whosaid(d, &args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for t in TABLES.iter().chain(&["documents.jsonl"]) {
        assert!(
            read(&d.join("single").join(t)) == read(&d.join("merged").join(t)),
            "{t} differs"
        );
    }
    let single: Value = serde_json::from_slice(&read(&d.join("single/manifest.json"))).unwrap();
    let merged: Value = serde_json::from_slice(&read(&d.join("merged/manifest.json"))).unwrap();
    for k in [
        "outputs", "inputs", "totals", "options", "lexicons", "whosaid",
    ] {
        assert_eq!(single[k], merged[k], "{k}");
    }
    assert_eq!(merged["command"], "merge");
    assert_eq!(merged["shards"].as_array().unwrap().len(), 4);

    // A changed shard, or one made with other options, is refused.
    let quotes = d.join("part-2/quotes.csv");
    let mut q = read(&quotes);
    q.truncate(q.len() - 10);
    fs::write(&quotes, q).unwrap();
    let o = whosaid(d, &["merge", "part-1", "part-2", "--out", "m2"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("part-2/quotes.csv") && err.contains("does not match its manifest"),
        "{err}"
    );
    assert!(!d.join("m2/quotes.csv").exists());

    extract(d, &["s1.jsonl.gz"], "other", &["--format", "csv"]);
    let o = whosaid(d, &["merge", "part-1", "other", "--out", "m3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("options differ"));
}

#[test]
fn merge_keeps_excel_files_and_rejects_files_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let lines: Vec<String> = wikinews().lines().take(40).map(String::from).collect();
    fs::write(d.join("a.jsonl"), lines[..20].join("\n") + "\n{broken\n").unwrap();
    fs::write(
        d.join("b.jsonl"),
        lines[20..].join("\n") + "\n\"not an object\"\n",
    )
    .unwrap();
    let opts = |out: &str| {
        vec![
            "--excel".to_string(),
            "--rejects".to_string(),
            format!("{out}/rejects.csv"),
        ]
    };
    let run = |inputs: &[&str], out: &str| {
        let o = opts(out);
        let o: Vec<&str> = o.iter().map(String::as_str).collect();
        extract(d, inputs, out, &o);
    };
    run(&["a.jsonl", "b.jsonl"], "single");
    run(&["a.jsonl"], "pa");
    run(&["b.jsonl"], "pb");
    let o = whosaid(d, &["merge", "pa", "pb", "--out", "merged", "-q"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for t in TABLES.iter().chain(&["rejects.csv"]) {
        let single = read(&d.join("single").join(t));
        assert!(single.starts_with("\u{feff}".as_bytes()), "{t} has the BOM");
        assert!(single == read(&d.join("merged").join(t)), "{t} differs");
    }
    assert_eq!(rows(&d.join("merged/rejects.csv")).len(), 2);
    let m: Value = serde_json::from_slice(&read(&d.join("merged/manifest.json"))).unwrap();
    assert_eq!(m["options"]["excel"], true);
}

#[test]
fn ids_are_stable_across_runs_and_shards() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let mut noid = String::new();
    for line in wikinews().lines().take(10) {
        let mut v: Value = serde_json::from_str(line).unwrap();
        v.as_object_mut().unwrap().remove("id");
        noid.push_str(&v.to_string());
        noid.push('\n');
    }
    fs::write(d.join("a.jsonl"), &noid).unwrap();
    fs::write(d.join("b.jsonl"), &noid).unwrap();
    extract(d, &["a.jsonl", "b.jsonl"], "both", &[]);
    extract(d, &["b.jsonl"], "b", &[]);
    let both = rows(&d.join("both/documents.csv"));
    let b = rows(&d.join("b/documents.csv"));
    assert_eq!(both[10..], b[..]);
    assert_eq!(b[0][0], "b.jsonl:1");
    assert_eq!(b[9][0], "b.jsonl:10");
}
