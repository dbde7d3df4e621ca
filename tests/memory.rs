//! Memory stays bounded by the batch, not by the corpus: the peak resident
//! memory that `whosaid extract` reports in its summary line (Linux) hardly
//! moves when the input grows 32-fold.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Writes the bundled Wikinews JSONL `copies` times (each copy with its own
/// ids) into `path`; returns the bytes written.
fn replicate(path: &Path, copies: usize) -> usize {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let lines = fs::read_to_string(root.join("corpus/wikinews_en_2019_2020.jsonl")).unwrap();
    let mut out = std::io::BufWriter::new(fs::File::create(path).unwrap());
    let mut bytes = 0;
    for copy in 0..copies {
        for (i, line) in lines.lines().enumerate() {
            let mut rec: serde_json::Value = serde_json::from_str(line).unwrap();
            rec["id"] = format!("{copy}-{i}").into();
            let line = format!("{rec}\n");
            bytes += line.len();
            out.write_all(line.as_bytes()).unwrap();
        }
    }
    out.flush().unwrap();
    bytes
}

/// Runs `whosaid extract` on `input` and returns the peak memory (MB) from
/// its summary line, or `None` where the OS does not report it.
fn peak_mb(input: &Path, out: &Path) -> Option<f64> {
    let run = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", "--threads", "2", "--out"])
        .arg(out)
        .arg(input)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    let line = stderr.lines().find(|l| l.contains(" documents ("))?;
    let rest = &line[line.find("peak memory ")? + "peak memory ".len()..];
    rest.split_whitespace().next()?.parse().ok()
}

#[test]
fn peak_memory_does_not_grow_with_the_corpus() {
    let tmp = tempfile::tempdir().unwrap();
    let small = tmp.path().join("small.jsonl");
    let large = tmp.path().join("large.jsonl");
    let small_bytes = replicate(&small, 1);
    let large_bytes = replicate(&large, 32);
    assert!(large_bytes > 30 * small_bytes);
    let (Some(small_mb), Some(large_mb)) = (
        peak_mb(&small, &tmp.path().join("out_small")),
        peak_mb(&large, &tmp.path().join("out_large")),
    ) else {
        eprintln!("peak memory is not reported on this OS; nothing to compare");
        return;
    };
    eprintln!(
        "peak memory: {small_mb} MB for {:.1} MB of input, {large_mb} MB for {:.1} MB",
        small_bytes as f64 / 1e6,
        large_bytes as f64 / 1e6
    );
    // Holding the documents or the rows would add about 40 MB of text alone.
    assert!(
        large_mb <= small_mb + 20.0,
        "peak memory grew from {small_mb} MB to {large_mb} MB"
    );
    assert!(large_mb < 300.0, "{large_mb} MB");
}
