//! Sentence segmentation end to end: span properties on arbitrary text
//! (proptest), the bundled corpus, and the `--abbreviations` option of the CLI.

use std::process::Command;

use proptest::prelude::*;
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::segment::SentenceSegmenter;
use whosaid::{Document, Span};

/// Checks the span contract; returns a description of the first violation.
fn check_spans(text: &str, spans: &[Span]) -> Result<(), String> {
    for (k, s) in spans.iter().enumerate() {
        if s.start >= s.end || s.end > text.len() {
            return Err(format!("span {k} {s:?} is empty or out of bounds"));
        }
        if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(format!("span {k} {s:?} is not on char boundaries"));
        }
        let piece = &text[s.range()];
        if piece.trim() != piece {
            return Err(format!("span {k} {piece:?} is not trimmed"));
        }
        if let Some(next) = spans.get(k + 1) {
            if s.end > next.start {
                return Err(format!(
                    "spans {k} {s:?} and {next:?} overlap or are unsorted"
                ));
            }
        }
    }
    let mut idx = 0;
    for (pos, c) in text.char_indices() {
        while idx < spans.len() && spans[idx].end <= pos {
            idx += 1;
        }
        let covered = idx < spans.len() && spans[idx].start <= pos;
        if !c.is_whitespace() && !covered {
            return Err(format!("char {c:?} at {pos} is not in any sentence"));
        }
    }
    Ok(())
}

/// Pieces that exercise the rules: marks, abbreviations, quotes, lists, breaks.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        "a.m.",
        "Co.",
        "No.",
        "E.",
        "p.",
        "etc.",
        "e.g.",
        "word",
        "The",
        "He",
        "said",
        "asked",
        "1.",
        "2.",
        "2)",
        "a.",
        "b.",
        "10",
        "1,000.",
        "$3.2",
        "...",
        ". . .",
        "…",
        "?",
        "!",
        "?!",
        ".",
        ". ",
        "\"",
        "'",
        "“",
        "”",
        "’",
        "(",
        ")",
        "[...]",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "  ",
        "\t",
        "•",
        "⁃",
        "- ",
        "é",
        "日本",
        "\u{a0}",
        "\u{2028}",
        "\u{2029}",
        "https://x.com/a.html",
        "a@b.org",
        "world.Today",
        "LONDON 1996-08-30",
        "Ph.D.",
        "I.",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_hold_on_arbitrary_strings(text in any::<String>()) {
        let spans = SentenceSegmenter::new().segment(&text);
        prop_assert_eq!(check_spans(&text, &spans), Ok(()));
    }

    #[test]
    fn spans_hold_on_news_like_text(text in newsy()) {
        let spans = SentenceSegmenter::new().segment(&text);
        prop_assert_eq!(check_spans(&text, &spans), Ok(()));
    }

    #[test]
    fn spans_hold_on_punctuation_soup(text in "[a-zA-Z0-9 .!?\"'()\\[\\]\n\r…•,;:@/-]{0,120}") {
        let spans = SentenceSegmenter::new().segment(&text);
        prop_assert_eq!(check_spans(&text, &spans), Ok(()));
    }
}

fn corpus() -> Vec<Document> {
    let root = env!("CARGO_MANIFEST_DIR");
    read_inputs(
        vec![Input::from_arg(&format!("{root}/corpus"))],
        ReadOptions::default(),
    )
    .filter(|d| d.is_ok())
    .collect()
}

#[test]
fn corpus_spans_hold_and_look_like_sentences() {
    let docs = corpus();
    assert!(docs.len() > 100, "bundled corpus not found");
    let seg = SentenceSegmenter::new();
    let mut total = 0;
    for doc in &docs {
        let spans = seg.segment(&doc.text);
        assert_eq!(check_spans(&doc.text, &spans), Ok(()), "{}", doc.id);
        total += spans.len();
    }
    // Wikinews articles average roughly 25 sentences; a broken rule that never
    // splits (or splits at every full stop) moves this far away.
    let per_doc = total as f64 / docs.len() as f64;
    assert!(
        (15.0..60.0).contains(&per_doc),
        "{per_doc} sentences per article"
    );
}

#[test]
fn moscow_times_sentences() {
    let docs = corpus();
    let doc = docs
        .iter()
        .find(|d| d.id.contains("moscow_times"))
        .expect("Moscow Times article in corpus/");
    let seg = SentenceSegmenter::new();
    let sentences: Vec<&str> = seg
        .segment(&doc.text)
        .iter()
        .map(|s| s.text(&doc.text))
        .collect();
    for want in [
        "Support The Moscow Times!",
        "Russia Says Pulling Back More Troops Despite U.S. Claims",
        "\"We are not afraid of anyone, of any enemies,\" Zelenskiy said.",
        "\"We will defend ourselves.\"",
        "U.S. says pullback claims 'false'",
        "Russian Defense Ministry / TASS",
        "British Foreign Secretary Liz Truss, who was due in Kyiv on Thursday warned that the crisis risked becoming \"a running sore.\"",
    ] {
        assert!(sentences.contains(&want), "missing {want:?} in {sentences:#?}");
    }
    // No sentence ends in the middle of `U.S.` or starts with a closing quote.
    for s in &sentences {
        assert!(!s.starts_with("S. "), "{s:?}");
        assert!(!s.starts_with('"') || s.len() > 1, "{s:?}");
    }
}

#[test]
fn cli_reads_extra_abbreviations() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"x\", \"text\": \"We met Cllr. Morse. He was late.\"}\n",
    )
    .unwrap();
    let list = dir.path().join("abbr.txt");
    std::fs::write(&list, "# councillors\nCllr. prefix\n").unwrap();
    let run = |extra: &[&std::path::Path], out: &str| {
        let out = dir.path().join(out);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_whosaid"));
        cmd.arg("extract")
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .arg("-q");
        for path in extra {
            cmd.arg("--abbreviations").arg(path);
        }
        let status = cmd.status().unwrap();
        (status, out)
    };
    let count = |out: &std::path::Path| {
        let csv = std::fs::read_to_string(out.join("sentences.csv")).unwrap();
        csv.lines().count() - 1
    };
    let (status, plain) = run(&[], "plain");
    assert!(status.success());
    assert_eq!(count(&plain), 3);
    let (status, with) = run(&[&list], "with");
    assert!(status.success());
    assert_eq!(count(&with), 2);

    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "ok\nnot an abbreviation\n").unwrap();
    let (status, _) = run(&[&bad], "bad");
    assert_eq!(status.code(), Some(2));
}
