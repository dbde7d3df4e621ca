//! Robustness of the `whosaid extract` command on hostile input: a broken corpus
//! where every record must be accounted for, crash safety under `kill -9`,
//! determinism across thread counts and runs, and Excel-mode CSV read back by
//! a real CSV reader (Python's `csv` module).

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use flate2::write::GzEncoder;
use flate2::Compression;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_whosaid")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn extract(args: &[&str]) -> Output {
    let out = Command::new(bin())
        .arg("extract")
        .args(args)
        .current_dir(root())
        .output()
        .expect("whosaid runs");
    assert!(
        out.status.code().is_some(),
        "whosaid was killed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A CSV file as header + rows of strings.
fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// Rows as maps column → value.
fn read_table(path: &Path) -> Vec<HashMap<String, String>> {
    let (header, rows) = read_csv(path);
    rows.into_iter()
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

/// The `N documents (M rejected)` figures of the summary line on stderr.
fn summary_counts(stderr: &str) -> (u64, u64) {
    let line = stderr
        .lines()
        .find(|l| l.contains(" documents (") && l.contains(" rejected)"))
        .unwrap_or_else(|| panic!("no summary line in:\n{stderr}"));
    let nums: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(2)
        .map(|s| s.parse().unwrap())
        .collect();
    (nums[0], nums[1])
}

const OUTPUTS: &[&str] = &[
    "documents.csv",
    "sentences.csv",
    "entities.csv",
    "quotes.csv",
];

struct Expect {
    /// Matches the `doc_id` column.
    id: String,
    ok: bool,
    /// A fragment of the error message (for rejected records).
    error: &'static str,
    /// A fragment of the raw record in the rejects file.
    raw: &'static str,
    /// Line number expected in the rejects file.
    line: Option<usize>,
}

fn ok(id: &str) -> Expect {
    Expect {
        id: id.into(),
        ok: true,
        error: "",
        raw: "",
        line: None,
    }
}

fn bad(id: &str, line: Option<usize>, error: &'static str, raw: &'static str) -> Expect {
    Expect {
        id: id.into(),
        ok: false,
        error,
        raw,
        line,
    }
}

/// Writes `records.jsonl` of good and bad lines; returns the expectations.
fn write_records(path: &Path) -> Vec<Expect> {
    let p = path.display().to_string();
    let lines: Vec<(Vec<u8>, Expect)> = vec![
        (
            br#"{"id": "good-1", "title": "=HYPERLINK(\"http://x\")", "text": "\"We will win,\" she said. It rained."}"#.to_vec(),
            ok("good-1"),
        ),
        (
            b"{\"id\": \"bad-utf8\", \"text\": \"caf\xe9 au lait\"}".to_vec(),
            bad(&format!("{p}:2"), Some(2), "invalid UTF-8", "caf\u{FFFD} au lait"),
        ),
        (
            br#"{"id": "nul-escaped", "text": "a\u0000b"}"#.to_vec(),
            bad("nul-escaped", Some(3), "NUL", "nul-escaped"),
        ),
        (
            b"{\"id\": \"nul-raw\", \"text\": \"a\0b\"}".to_vec(),
            bad(&format!("{p}:4"), Some(4), "malformed JSON", "nul-raw"),
        ),
        (
            br#"{"id": "cut", "text": "unterminated"#.to_vec(),
            bad(&format!("{p}:5"), Some(5), "malformed JSON", "unterminated"),
        ),
        (
            br#"{"id": "num-text", "text": 42}"#.to_vec(),
            bad("num-text", Some(6), "is a number", "\"text\": 42"),
        ),
        (
            br#"{"id": "array-text", "text": ["a", "b"]}"#.to_vec(),
            bad("array-text", Some(7), "is an array", "[\"a\", \"b\"]"),
        ),
        (
            br#"{"id": {"nested": 1}, "text": "An object id falls back to the line."}"#.to_vec(),
            ok(&format!("{p}:8")),
        ),
        (
            b"[1, 2, 3]".to_vec(),
            bad(&format!("{p}:9"), Some(9), "expected a JSON object", "[1, 2, 3]"),
        ),
        (
            br#"{"id": "empty", "text": ""}"#.to_vec(),
            bad("empty", Some(10), "empty text", "\"empty\""),
        ),
        (
            br#"{"id": "blank", "text": " \n\t  "}"#.to_vec(),
            bad("blank", Some(11), "only whitespace", "\"blank\""),
        ),
        (
            br#"{"id": "good-1", "text": "Same id again."}"#.to_vec(),
            bad("good-1", Some(12), "duplicate id", "Same id again."),
        ),
        (
            br#"{"id": "no-text", "title": "x"}"#.to_vec(),
            bad("no-text", Some(13), "no text field", "no-text"),
        ),
        (
            br#"{"id": "-2+3", "text": "@SUM(A1) is not a formula here."}"#.to_vec(),
            ok("'-2+3"),
        ),
    ];
    let mut f = fs::File::create(path).unwrap();
    let mut want = Vec::new();
    for (i, (line, expect)) in lines.into_iter().enumerate() {
        f.write_all(&line).unwrap();
        f.write_all(b"\n").unwrap();
        if i == 3 {
            // A blank line is not a record and gets no row.
            f.write_all(b"   \n").unwrap();
        }
        want.push(expect);
    }
    // Lines after the blank one are numbered one more.
    for (i, e) in want.iter_mut().enumerate() {
        if i >= 4 {
            if let Some(l) = e.line.as_mut() {
                *l += 1;
            }
            if e.id.starts_with(&p) {
                let n: usize = e.id.rsplit(':').next().unwrap().parse().unwrap();
                e.id = format!("{p}:{}", n + 1);
            }
        }
    }
    want
}

/// A gzip file whose end is cut off after `complete` whole records.
fn write_truncated_gz(path: &Path, complete: usize) -> Vec<Expect> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    let mut want = Vec::new();
    for i in 0..complete {
        writeln!(
            enc,
            r#"{{"id": "gz-{i}", "text": "Record {i} survived the cut. It was compressed."}}"#
        )
        .unwrap();
        want.push(ok(&format!("gz-{i}")));
    }
    // A sync flush ends the deflate block on a byte boundary: everything so far
    // can be decoded from the bytes written so far.
    enc.flush().unwrap();
    let cut = enc.get_ref().len();
    for i in complete..complete + 50 {
        writeln!(enc, r#"{{"id": "gz-{i}", "text": "Lost in the cut."}}"#).unwrap();
    }
    let full = enc.finish().unwrap();
    fs::write(path, &full[..cut]).unwrap();
    let p = path.display().to_string();
    want.push(bad(
        &format!("{p}:{}", complete + 1),
        Some(complete + 1),
        "read error",
        "",
    ));
    want
}

#[test]
fn broken_corpus_every_record_accounted_for() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir_all(input.join("texts")).unwrap();
    let records = input.join("records.jsonl");
    let mut want = write_records(&records);

    let gz = input.join("cut.jsonl.gz");
    want.extend(write_truncated_gz(&gz, 4));

    // A 100 MB record, generated here.
    let big = input.join("big.jsonl");
    let unit = "lorem ipsum dolor sit amet, consectetur adipiscing elit ";
    let reps = 100_000_000 / unit.len() + 1;
    let big_text = unit.repeat(reps);
    let big_chars = big_text.len();
    fs::write(
        &big,
        format!("{{\"id\": \"big\", \"text\": \"{big_text}\"}}\n"),
    )
    .unwrap();
    drop(big_text);
    want.push(ok("big"));

    // Text files: a good one, invalid UTF-8, NUL bytes, empty, whitespace only.
    let texts = input.join("texts");
    fs::write(texts.join("a_good.txt"), "Plain text. Two sentences.").unwrap();
    fs::write(texts.join("b_latin1.txt"), b"Caf\xe9 cr\xe8me.").unwrap();
    fs::write(texts.join("c_nul.txt"), b"binary\0junk").unwrap();
    fs::write(texts.join("d_empty.txt"), b"").unwrap();
    fs::write(texts.join("e_space.md"), b" \n\n \t").unwrap();
    want.push(ok("a_good.txt"));
    want.push(bad(
        "b_latin1.txt",
        None,
        "invalid UTF-8",
        "Caf\u{FFFD} cr\u{FFFD}me.",
    ));
    want.push(bad("c_nul.txt", None, "NUL", "binary\0junk"));
    want.push(bad("d_empty.txt", None, "empty text", ""));
    want.push(bad("e_space.md", None, "only whitespace", " \n\n \t"));

    let missing = input.join("missing.jsonl");
    want.push(bad(
        &missing.display().to_string(),
        None,
        "no such file",
        "",
    ));

    let out = tmp.path().join("out");
    let rejects = tmp.path().join("rejects.csv");
    let args: Vec<String> = [&records, &gz, &big, &texts, &missing]
        .iter()
        .map(|p| p.display().to_string())
        .chain([
            "--out".into(),
            out.display().to_string(),
            "--rejects".into(),
            rejects.display().to_string(),
        ])
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = extract(&args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");

    let docs = read_table(&out.join("documents.csv"));
    println!("| record | expected | got |");
    println!("| --- | --- | --- |");
    for (w, d) in want.iter().zip(&docs) {
        let exp = if w.ok {
            "ok".to_string()
        } else {
            format!("error: …{}…", w.error)
        };
        let err: String = d["error"].chars().take(70).collect();
        println!(
            "| {} | {exp} | {} {err} |",
            w.id.rsplit('/').next().unwrap_or(&w.id),
            d["status"]
        );
    }
    assert_eq!(
        docs.len(),
        want.len(),
        "one documents.csv row per record:\n{stderr}"
    );
    for (w, d) in want.iter().zip(&docs) {
        assert_eq!(d["doc_id"], w.id, "row order/id");
        assert_eq!(d["status"], if w.ok { "ok" } else { "error" }, "{}", w.id);
        if w.ok {
            assert_eq!(d["error"], "", "{}", w.id);
            assert!(d["chars"].parse::<usize>().unwrap() > 0, "{}", w.id);
        } else {
            assert!(d["error"].contains(w.error), "{}: {}", w.id, d["error"]);
            assert_eq!(d["chars"], "", "{}", w.id);
            // Each rejected record is also named on stderr.
            assert!(
                stderr.contains(&d["source"]) && stderr.contains(w.error),
                "{} not reported on stderr",
                w.id
            );
        }
    }
    let big_row = docs.iter().find(|d| d["doc_id"] == "big").unwrap();
    assert_eq!(big_row["chars"], big_chars.to_string());
    // The title's formula is guarded; numbers never are.
    assert_eq!(docs[0]["title"], "'=HYPERLINK(\"http://x\")");

    // The rejects file: one row per error row, same order, raw record kept.
    let rej = read_table(&rejects);
    let bad_want: Vec<&Expect> = want.iter().filter(|w| !w.ok).collect();
    assert_eq!(rej.len(), bad_want.len());
    for (w, r) in bad_want.iter().zip(&rej) {
        assert!(r["reason"].contains(w.error), "{}: {}", w.id, r["reason"]);
        assert!(
            r["record"].contains(w.raw),
            "{}: raw {:?} lacks {:?}",
            w.id,
            r["record"],
            w.raw
        );
        assert_eq!(r["line"], w.line.map(|l| l.to_string()).unwrap_or_default());
        assert!(!r["file"].is_empty() && !r["file"].ends_with(char::is_numeric));
    }

    // The summary agrees with the files.
    let (n, rejected) = summary_counts(&stderr);
    assert_eq!(n as usize, docs.len());
    assert_eq!(rejected as usize, bad_want.len());
    assert!(stderr.contains(&format!("{} rejected records written to", bad_want.len())));
    // --strict turns rejected records into exit status 1.
    let strict = extract(&[
        &records.display().to_string(),
        "--out",
        &tmp.path().join("strict").display().to_string(),
        "--strict",
        "-q",
    ]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn rejects_as_jsonl_keep_raw_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("x.jsonl");
    fs::write(&input, b"{\"text\": \"fine.\"}\n{oops\n\xff\xfe\n").unwrap();
    let rejects = tmp.path().join("bad/rejects.jsonl");
    let run = extract(&[
        &input.display().to_string(),
        "--out",
        &tmp.path().join("out").display().to_string(),
        "--rejects",
        &rejects.display().to_string(),
    ]);
    assert_eq!(run.status.code(), Some(0));
    let text = fs::read_to_string(&rejects).unwrap();
    let rows: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["line"], 2);
    assert_eq!(rows[0]["record"], "{oops");
    assert!(rows[0]["reason"]
        .as_str()
        .unwrap()
        .contains("malformed JSON"));
    assert_eq!(rows[1]["line"], 3);
    assert_eq!(rows[1]["record"], "\u{FFFD}\u{FFFD}");
    assert_eq!(rows[1]["file"], input.display().to_string());
}

/// Generated JSONL articles for the crash test.
fn article(i: usize) -> String {
    format!(
        "{{\"id\": \"gen-{i}\", \"text\": \"\\\"We will not leave,\\\" Volodymyr Zelenskiy said in Kyiv on day {i}. \
         NATO and the European Union met in Brussels. Russia said the troops were pulling back. \
         \\\"It is a running sore,\\\" Liz Truss wrote. Officials in Moscow called it hysteria.\"}}\n"
    )
}

#[test]
fn kill_9_keeps_previous_complete_results() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    fs::create_dir_all(&out).unwrap();
    // A non-empty folder: foreign files stay untouched.
    fs::write(out.join("notes.txt"), "my notes").unwrap();
    let first = extract(&[
        "corpus/moscow_times_2022_troop_pullback.txt",
        "--out",
        &out.display().to_string(),
        "-q",
    ]);
    assert_eq!(first.status.code(), Some(0));
    // Every file of the complete run (the CSV files, and any manifest).
    let snapshot = || -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.to_string_lossy().ends_with(".partial"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, fs::read(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    };
    let before = snapshot();
    for f in OUTPUTS {
        assert!(before.iter().any(|(n, _)| n == f), "{f} missing");
    }

    // A run reading an endless generated stream from standard input: it is
    // certainly mid-way when killed.
    let mut child = Command::new(bin())
        .args(["extract", "-", "--out", &out.display().to_string(), "-q"])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        // Bounded: at most ~500 MB, normally cut short by the kill (broken pipe).
        for i in 0..1_500_000 {
            if stdin.write_all(article(i).as_bytes()).is_err() {
                return;
            }
        }
    });
    let partial = out.join(".sentences.csv.partial");
    let started = Instant::now();
    loop {
        let size = fs::metadata(&partial).map(|m| m.len()).unwrap_or(0);
        if size > 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the run never wrote its temporary output"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    feeder.join().unwrap();

    // The complete results (and notes.txt) are untouched, and whatever else is
    // there is a hidden temporary file that does not look like a result.
    let after = snapshot();
    let names: Vec<&String> = after.iter().map(|(n, _)| n).collect();
    assert_eq!(after.len(), before.len(), "files after the kill: {names:?}");
    for ((name, old), (name2, now)) in before.iter().zip(&after) {
        assert_eq!(name, name2);
        assert!(now == old, "{name} changed by the killed run");
    }
    for entry in fs::read_dir(&out).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !before.iter().any(|(n, _)| *n == name) {
            assert!(
                name.starts_with('.') && name.ends_with(".partial"),
                "unexpected file {name} after the kill"
            );
        }
    }
    assert!(partial.exists(), "the killed run's temporary file");

    // The next complete run writes into the same folder and replaces everything.
    let again = extract(&["corpus/", "--out", &out.display().to_string(), "-q"]);
    assert_eq!(again.status.code(), Some(0));
    let names: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.ends_with(".partial")),
        "temporary files left after a complete run: {names:?}"
    );
    let docs = read_table(&out.join("documents.csv"));
    assert!(docs.len() > 200);
    assert_eq!(
        fs::read_to_string(out.join("notes.txt")).unwrap(),
        "my notes"
    );
}

#[test]
fn output_is_identical_across_threads_and_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for (name, threads) in [("t1", "1"), ("t2", "2"), ("t2b", "2")] {
        let dir = tmp.path().join(name);
        let run = extract(&[
            "corpus/",
            "--out",
            &dir.display().to_string(),
            "--threads",
            threads,
            "-q",
        ]);
        assert_eq!(run.status.code(), Some(0));
        let files: Vec<Vec<u8>> = OUTPUTS
            .iter()
            .map(|f| fs::read(dir.join(f)).unwrap())
            .collect();
        outputs.push((name, files));
    }
    let (_, first) = &outputs[0];
    assert!(first[0].len() > 1000, "documents.csv too small");
    for (name, files) in &outputs[1..] {
        for (i, f) in OUTPUTS.iter().enumerate() {
            assert!(files[i] == first[i], "{f} of run {name} differs from t1");
        }
    }
}

/// Reads every CSV file given with Python's csv module and prints the rows as JSON.
const PY_READER: &str = r#"
import csv, json, sys
out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        out[path] = list(csv.reader(f))
json.dump(out, sys.stdout)
"#;

fn python3() -> Option<PathBuf> {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    ok.then(|| PathBuf::from("python3"))
}

fn utf16_cut(s: &str, max: usize) -> (String, bool) {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max {
            return (s[..i].to_string(), true);
        }
    }
    (s.to_string(), false)
}

#[test]
fn excel_mode_round_trips_through_python_csv() {
    let Some(python) = python3() else {
        eprintln!("SKIPPED excel_mode_round_trips_through_python_csv: python3 is not installed");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("hostile.jsonl");
    let long_sentence = format!("{} end.", "Ünïcödé 😀 text, \"quoted\" ".repeat(2000));
    let records = [
        serde_json::json!({"id": "=1+1", "title": "+SUM(A1)", "url": "-x", "date": "@now",
            "text": "=cmd|' /C calc'!A0. Next sentence."}),
        serde_json::json!({"id": "tab", "title": "\tTab", "url": "\rCR", "date": "＝full",
            "text": "Line one,\nline \"two\"; ＋three.\r\n－four ＠five."}),
        serde_json::json!({"id": "long", "title": "t", "text": long_sentence}),
        serde_json::json!({"id": "bad", "text": 5}),
    ];
    let body: String = records.iter().map(|r| format!("{r}\n")).collect();
    fs::write(&input, body).unwrap();

    let plain = tmp.path().join("plain");
    let excel = tmp.path().join("excel");
    for (dir, extra) in [(&plain, None), (&excel, Some("--excel"))] {
        let rejects = dir.join("rejects.csv");
        let mut args = vec![
            input.display().to_string(),
            "--out".into(),
            dir.display().to_string(),
            "--rejects".into(),
            rejects.display().to_string(),
            "-q".into(),
        ];
        args.extend(extra.map(String::from));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = extract(&args);
        assert_eq!(run.status.code(), Some(0));
    }
    let mut files: Vec<&str> = OUTPUTS.to_vec();
    files.push("rejects.csv");
    let paths: Vec<String> = files
        .iter()
        .map(|f| excel.join(f).display().to_string())
        .collect();
    let py = Command::new(python)
        .arg("-c")
        .arg(PY_READER)
        .args(&paths)
        .output()
        .unwrap();
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let parsed: HashMap<String, Vec<Vec<String>>> = serde_json::from_slice(&py.stdout).unwrap();

    let mut truncated_rows = 0;
    for (f, path) in files.iter().zip(&paths) {
        let raw = fs::read(path).unwrap();
        assert!(raw.starts_with("\u{FEFF}".as_bytes()), "{f}: no BOM");
        let first_line_end = raw.iter().position(|&b| b == b'\n').unwrap();
        assert_eq!(raw[first_line_end - 1], b'\r', "{f}: header not CRLF");
        assert!(raw.ends_with(b"\r\n"), "{f}: last row not CRLF");

        let (header, rows) = read_csv(&plain.join(f));
        let got = &parsed[path];
        assert_eq!(got[0][..header.len()], header[..], "{f}: header");
        assert_eq!(got[0].last().unwrap(), "truncated");
        assert_eq!(got.len() - 1, rows.len(), "{f}: row count");
        for (prow, xrow) in rows.iter().zip(&got[1..]) {
            assert_eq!(xrow.len(), prow.len() + 1, "{f}: columns");
            let mut any_cut = false;
            for (p, x) in prow.iter().zip(xrow) {
                let (cut, was) = utf16_cut(p, 32_767);
                any_cut |= was;
                assert_eq!(x, &cut, "{f}: cell differs");
                assert!(x.encode_utf16().count() <= 32_767);
            }
            assert_eq!(xrow.last().unwrap(), if any_cut { "true" } else { "false" });
            truncated_rows += any_cut as usize;
        }
    }
    assert!(truncated_rows >= 1, "the long sentence was not truncated");

    // Every text cell that starts like a formula is guarded, in both modes.
    let docs = &parsed[&paths[0]];
    assert_eq!(docs[1][0], "'=1+1");
    assert_eq!(docs[1][2..5], ["'+SUM(A1)", "'-x", "'@now"][..]);
    assert_eq!(docs[2][2..5], ["'\tTab", "'\rCR", "'＝full"][..]);
    for row in &parsed[&paths[1]][1..] {
        let text = &row[4];
        let first = text.chars().next().unwrap_or(' ');
        assert!(
            !"=+-@\t\r＝＋－＠".contains(first),
            "unguarded sentence cell {text:?}"
        );
    }
}

#[test]
fn excel_mode_warns_past_the_row_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("many.txt");
    // 1,048,600 sentences in one document: sentences.csv passes Excel's limit.
    fs::write(&input, "It rained. ".repeat(1_048_600)).unwrap();
    let out = tmp.path().join("out");
    let run = extract(&[
        &input.display().to_string(),
        "--out",
        &out.display().to_string(),
        "--excel",
    ]);
    assert_eq!(run.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&run.stderr);
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("sentences.csv") && warnings[0].contains("1048576"));
    let plain = extract(&[
        &input.display().to_string(),
        "--out",
        &tmp.path().join("plain").display().to_string(),
    ]);
    assert!(!String::from_utf8_lossy(&plain.stderr).contains("warning"));
}
