//! End-to-end acceptance test on the bundled Moscow Times article: runs the built
//! binary into a temporary folder and checks quotes.csv.

use std::collections::HashMap;
use std::process::Command;

struct Row {
    text: String,
    kind: String,
    speaker: String,
    speaker_entity: String,
    cue: String,
    start: usize,
    end: usize,
}

fn quotes() -> Vec<Row> {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/moscow_times_2022_troop_pullback.txt"
    );
    let status = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", input, "--out"])
        .arg(dir.path())
        .status()
        .expect("binary runs");
    assert!(status.success());
    let mut rdr = csv::Reader::from_path(dir.path().join("quotes.csv")).expect("quotes.csv");
    let headers = rdr.headers().expect("header").clone();
    let col: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, h)| (h, i)).collect();
    rdr.records()
        .map(|r| {
            let r = r.expect("row");
            let get = |name: &str| r.get(col[name]).unwrap_or("").to_string();
            Row {
                text: get("text"),
                kind: get("kind"),
                speaker: get("speaker"),
                speaker_entity: get("speaker_entity"),
                cue: get("cue"),
                start: get("start").parse().expect("start"),
                end: get("end").parse().expect("end"),
            }
        })
        .collect()
}

fn find<'a>(rows: &'a [Row], text: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.kind != "indirect" && r.text.trim() == text)
        .unwrap_or_else(|| panic!("no quote {text:?}"))
}

#[test]
fn moscow_times_quotes_and_speakers() {
    let rows = quotes();
    // (quote text, kind, speaker as written, speaker_entity, cue); "" = not checked.
    let want: &[(&str, &str, &str, &str, &str)] = &[
        ("We are not afraid of anyone, of any enemies,", "direct", "Zelenskiy", "Volodymyr Zelenskiy", "said"),
        ("We will defend ourselves.", "direct", "", "Volodymyr Zelenskiy", ""),
        (
            "The Ukrainians could start something, thanks to the Americans and the British, who brought all their weapons here,",
            "direct",
            "87-year-old Lidiya Silina",
            "Lidiya Silina",
            "told",
        ),
        ("For them, Ukraine is just a field of battle with Russia.", "direct", "", "Lidiya Silina", ""),
        ("a running sore.", "partial", "British Foreign Secretary Liz Truss", "Liz Truss", "warned"),
        ("small rotations", "partial", "Ukrainian President Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "said"),
        ("false,", "partial", "A senior White House official", "", "said"),
        ("as many as 7,000 troops.", "partial", "A senior White House official", "", ""),
        ("hysteria", "partial", "Russian officials", "", "accused"),
        ("at any time.", "partial", "Washington", "", "says"),
    ];
    for &(text, kind, speaker, entity, cue) in want {
        let r = find(&rows, text);
        assert_eq!(r.kind, kind, "kind of {text:?}");
        if !speaker.is_empty() {
            assert_eq!(r.speaker, speaker, "speaker of {text:?}");
        }
        if !entity.is_empty() {
            assert_eq!(r.speaker_entity, entity, "speaker_entity of {text:?}");
        }
        if !cue.is_empty() {
            assert_eq!(r.cue, cue, "cue of {text:?}");
        }
    }
    // The split quote: both halves, and the second keeps the first one's speaker.
    let drag = rows
        .iter()
        .find(|r| r.text.starts_with("could drag this out much longer"))
        .expect("the Truss quote");
    assert_eq!(
        (
            drag.speaker.as_str(),
            drag.speaker_entity.as_str(),
            drag.cue.as_str()
        ),
        ("she", "Liz Truss", "wrote")
    );
    assert!(
        drag.text.ends_with("challenging Western unity,"),
        "{:?}",
        drag.text
    );
    // Names in quotes and scare quotes are not quotes.
    assert!(!rows
        .iter()
        .any(|r| r.text.contains("Day of Unity") && r.kind != "indirect"));
    assert!(!rows.iter().any(|r| r.text == "foreign agent"));
    // Spans are character offsets into the text, without the marks.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/moscow_times_2022_troop_pullback.txt"
    ))
    .expect("corpus file");
    let chars: Vec<char> = text.chars().collect();
    for r in &rows {
        let got: String = chars[r.start..r.end].iter().collect();
        assert_eq!(got, r.text);
    }
}

#[test]
fn moscow_times_reported_speech() {
    let rows = quotes();
    let reported: Vec<&Row> = rows.iter().filter(|r| r.kind == "indirect").collect();
    let has = |clause_start: &str, speaker: &str| {
        reported
            .iter()
            .any(|r| r.text.starts_with(clause_start) && r.speaker == speaker)
    };
    assert!(has(
        "units of the southern military district were returning",
        "The Russian Defense Ministry"
    ));
    assert!(has(
        "Moscow would send a reply",
        "Russian Foreign Minister Sergei Lavrov"
    ));
    assert!(has("its forces will go back to bases", "Russia"));
    // No reported speech comes from a headline.
    assert!(!reported.iter().any(|r| r.cue == "Says"));
}
