//! The JSONL reader on arbitrary bytes: every non-blank line becomes exactly one
//! document, ok or rejected with a reason (and the raw line), never a panic.
#![no_main]

use std::io::Write;
use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use whosaid::input::{document_from_json, read_inputs, Input, ReadOptions};

fn scratch() -> &'static PathBuf {
    static P: OnceLock<PathBuf> = OnceLock::new();
    P.get_or_init(|| std::env::temp_dir().join(format!("whosaid-fuzz-{}.jsonl", std::process::id())))
}

fuzz_target!(|data: &[u8]| {
    // The record parser alone, line by line.
    for line in data.split(|&b| b == b'\n') {
        if let Ok(line) = std::str::from_utf8(line) {
            let doc = document_from_json(line, "fuzz.jsonl:1", None);
            if doc.is_ok() {
                assert!(!doc.text.trim().is_empty() && !doc.text.contains('\0'));
            }
        }
    }
    // The file reader: one document per non-blank line.
    let path = scratch();
    std::fs::File::create(path).and_then(|mut f| f.write_all(data)).expect("scratch file");
    let docs: Vec<_> = read_inputs(vec![Input::Path(path.clone())], ReadOptions::default()).collect();
    let lines = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    assert_eq!(docs.len(), lines, "records lost or invented");
    for d in &docs {
        assert!(d.is_ok() || d.raw.is_some(), "rejected record without its raw line");
    }
});
