//! Property tests through the public API: for any text, every stage's spans are
//! in bounds, on character boundaries and sorted; quote, speaker and cue spans
//! lie inside the document; no stage changes the text; nothing panics.

use std::sync::OnceLock;

use proptest::prelude::*;
use whosaid::export::CharOffsets;
use whosaid::gazetteer::{parse_lexicon, EntityRecognizer, Gazetteer};
use whosaid::input::document_from_json;
use whosaid::quotes::QuoteAttributor;
use whosaid::segment::SentenceSegmenter;
use whosaid::{default_pipeline, load_gazetteer, Document, Pipeline, Span, Stage};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| default_pipeline(&[]).expect("bundled lexicons load"))
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| load_gazetteer(&[]).expect("bundled lexicons load"))
}

/// Pieces news text is made of, hostile ones included: quote marks of every
/// kind, terminators, abbreviations, names from the bundled lexicons, cue
/// words, multi-byte characters, control characters.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    ".",
    "...",
    "…",
    "!",
    "?",
    "?!",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ",",
    ":",
    ";",
    "(",
    ")",
    "—",
    "-",
    "Mr.",
    "Dr.",
    "U.S.",
    "Jan.",
    "e.g.",
    "3.5",
    "1,000",
    "A.",
    "J.R.R.",
    "said",
    "says",
    "told AFP",
    "wrote",
    "according to",
    "she",
    "he",
    "they",
    "The",
    "officials",
    "We",
    "will",
    "defend",
    "ourselves",
    "Vladimir Putin",
    "Putin",
    "Putin's",
    "Putin’s",
    "Liz Truss",
    "Truss",
    "NATO",
    "Kyiv",
    "Russia",
    "Ukraine",
    "Volodymyr Zelenskiy",
    "Zelenskiy",
    "é",
    "ß",
    "😀",
    "中文",
    "\u{0301}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{0}",
    "\u{7F}",
    "=",
    "@",
    "＝",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

/// Arbitrary UTF-8 and news-like text, half and half.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), newsy(), "\\PC{0,300}"]
}

fn check_span(text: &str, s: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} out of bounds (len {})",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
    Ok(())
}

fn check_sentences(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for &s in spans {
        check_span(text, s, "sentence")?;
        prop_assert!(!s.is_empty(), "empty sentence {s:?}");
        prop_assert!(
            s.start >= prev_end,
            "sentence {s:?} overlaps or is out of order"
        );
        prev_end = s.end;
    }
    Ok(())
}

fn check_document(doc: &Document, text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(&doc.text, text, "a stage changed the text");
    if !doc.is_ok() {
        // A failed document carries no annotations.
        prop_assert!(doc.sentences.is_empty() && doc.entities.is_empty() && doc.quotes.is_empty());
        return Ok(());
    }
    check_sentences(text, &doc.sentences)?;
    let mut prev = 0;
    for e in &doc.entities {
        check_span(text, e.span, "entity")?;
        prop_assert!(!e.span.is_empty(), "empty entity {:?}", e.span);
        prop_assert!(e.span.start >= prev, "entities not sorted by start");
        prev = e.span.start;
        prop_assert!(!e.canonical.is_empty(), "entity without canonical name");
    }
    let mut prev = 0;
    for q in &doc.quotes {
        check_span(text, q.span, "quote")?;
        prop_assert!(q.span.start >= prev, "quotes not sorted by start");
        prev = q.span.start;
        if let Some(sp) = q.speaker {
            check_span(text, sp, "speaker")?;
        }
        if let Some(cue) = q.cue {
            check_span(text, cue, "cue")?;
        }
    }
    // Export offsets: byte → char conversion agrees with counting chars.
    let offsets = CharOffsets::new(text);
    let all = doc
        .sentences
        .iter()
        .copied()
        .chain(doc.entities.iter().map(|e| e.span))
        .chain(doc.quotes.iter().map(|q| q.span));
    for s in all {
        prop_assert_eq!(offsets.char_of(s.start), text[..s.start].chars().count());
        prop_assert_eq!(offsets.char_of(s.end), text[..s.end].chars().count());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn segmenter_spans_are_sorted_in_bounds_on_boundaries(text in any_text()) {
        check_sentences(&text, &SentenceSegmenter::new().segment(&text))?;
    }

    #[test]
    fn segmenter_stage_matches_segment(text in newsy()) {
        let mut doc = Document::new("p", text.clone());
        SentenceSegmenter::new().process(&mut doc).ok();
        prop_assert_eq!(&doc.text, &text);
        check_sentences(&text, &doc.sentences)?;
    }

    #[test]
    fn gazetteer_matches_are_sorted_in_bounds_on_boundaries(text in any_text()) {
        let found = gazetteer().find(&text);
        let mut prev = 0;
        for e in &found {
            check_span(&text, e.span, "entity")?;
            prop_assert!(!e.span.is_empty());
            prop_assert!(e.span.start >= prev, "entities not sorted");
            prev = e.span.start;
        }
    }

    #[test]
    fn entity_stage_alone_keeps_invariants(text in newsy()) {
        let mut doc = Document::new("p", text.clone());
        // The entity stage without sentences first must not fail or panic either.
        EntityRecognizer::new(gazetteer().clone()).process(&mut doc).ok();
        check_document(&doc, &text)?;
    }

    #[test]
    fn quote_stage_alone_keeps_invariants(text in newsy()) {
        let mut doc = Document::new("p", text.clone());
        // Run without sentences or entities: the stage must cope.
        QuoteAttributor::new().process(&mut doc).ok();
        check_document(&doc, &text)?;
    }

    #[test]
    fn whole_pipeline_never_panics_and_keeps_invariants(text in any_text()) {
        let mut doc = Document::new("p", text.clone());
        pipeline().process(&mut doc);
        check_document(&doc, &text)?;
    }

    #[test]
    fn any_lexicon_loads_or_fails_cleanly(lexicon in "(\\PC{0,20}(\t\\PC{0,12}){0,4}\n){0,6}", text in newsy()) {
        let content = format!("canonical\ttype\taliases\tid\n{lexicon}");
        match parse_lexicon("prop.tsv", &content) {
            Ok(entries) => {
                let g = Gazetteer::new(entries);
                for e in g.find(&text) {
                    check_span(&text, e.span, "entity")?;
                }
            }
            Err(e) => {
                prop_assert_eq!(&e.file, "prop.tsv");
                prop_assert!(e.line >= 2, "error line {} is the header or none", e.line);
                prop_assert!(!e.reason.is_empty());
            }
        }
    }

    #[test]
    fn any_json_line_becomes_one_document(line in prop_oneof![
        any::<String>(),
        "\\{\"(id|text|title|body)\": ?(\"\\PC{0,30}\"|[0-9]{1,5}|null|true|\\[\\]|\\{\\}),? ?(\"text\": \"\\PC{0,40}\")?\\}",
    ]) {
        let doc = document_from_json(&line, "p.jsonl:1", None);
        match &doc.error {
            None => {
                prop_assert!(!doc.text.trim().is_empty());
                prop_assert!(!doc.text.contains('\0'));
            }
            Some(e) => prop_assert!(!e.is_empty()),
        }
        prop_assert_eq!(&doc.meta.source, "p.jsonl:1");
    }
}
