//! End-to-end tests of the summaries (`speakers.csv`, `entity_summary.csv`)
//! and the HTML report: on hand-made tables with known counts and on a run of
//! the bundled corpus.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn whosaid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn run_ok(cmd: &mut Command) {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{:?} failed: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Reads a CSV file into header-keyed rows.
fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(String::from))
                .collect()
        })
        .collect()
}

fn write(dir: &Path, name: &str, rows: &[&[&str]]) {
    let mut w = csv::Writer::from_path(dir.join(name)).unwrap();
    for r in rows {
        w.write_record(*r).unwrap();
    }
    w.flush().unwrap();
}

/// A small run written by hand, with known counts. The cells are as the CSV
/// sink writes them: `'=cmd` is the guarded form of `=cmd`.
fn hand_made(dir: &Path) {
    write(
        dir,
        "documents.csv",
        &[
            &[
                "doc_id",
                "source",
                "title",
                "url",
                "date",
                "chars",
                "sentences",
                "entities",
                "quotes",
                "status",
                "error",
            ],
            &[
                "a",
                "in.jsonl:1",
                "Alpha <b>news</b>",
                "https://example.org/a",
                "2020-03-05",
                "100",
                "4",
                "3",
                "3",
                "ok",
                "",
            ],
            &[
                "b",
                "in.jsonl:2",
                "Beta",
                "javascript:alert(1)",
                "2019-01-02T10:00:00Z",
                "50",
                "2",
                "2",
                "2",
                "ok",
                "",
            ],
            &["c", "in.jsonl:3", "", "", "", "10", "1", "0", "1", "ok", ""],
            &[
                "d",
                "in.jsonl:4",
                "",
                "",
                "",
                "",
                "0",
                "0",
                "0",
                "error",
                "bad line",
            ],
        ],
    );
    let quote_header: &[&str] = whosaid::export::QUOTE_COLUMNS;
    write(
        dir,
        "quotes.csv",
        &[
            quote_header,
            &[
                "a",
                "0",
                "1",
                "5",
                "We will win.",
                "direct",
                "Liz Truss",
                "10",
                "19",
                "Liz Truss",
                "said",
                "0",
            ],
            &[
                "a",
                "1",
                "20",
                "25",
                "a running sore",
                "partial",
                "she",
                "30",
                "33",
                "Liz Truss",
                "wrote",
                "1",
            ],
            &[
                "a",
                "2",
                "40",
                "60",
                "<script>alert('x')</script>",
                "direct",
                "'=cmd",
                "61",
                "65",
                "",
                "Said",
                "2",
            ],
            &[
                "b",
                "0",
                "1",
                "5",
                "'=HYPERLINK(\"http://evil\")",
                "direct",
                "Truss",
                "6",
                "11",
                "Liz Truss",
                "told",
                "0",
            ],
            &[
                "b", "1", "12", "20", "no one", "direct", "", "", "", "", "", "1",
            ],
            &[
                "c",
                "0",
                "1",
                "5",
                "it was false",
                "indirect",
                "A senior  official",
                "6",
                "24",
                "",
                "said",
                "0",
            ],
        ],
    );
    let entity_header: &[&str] = whosaid::export::ENTITY_COLUMNS;
    write(
        dir,
        "entities.csv",
        &[
            entity_header,
            &[
                "a",
                "0",
                "10",
                "19",
                "Liz Truss",
                "PERSON",
                "Liz Truss",
                "per:liz_truss",
                "lexicon",
            ],
            &[
                "a",
                "1",
                "40",
                "46",
                "Russia",
                "LOC",
                "Russia",
                "loc:russia",
                "lexicon",
            ],
            &[
                "a",
                "2",
                "50",
                "56",
                "Russia",
                "LOC",
                "Russia",
                "loc:russia",
                "lexicon",
            ],
            &[
                "b",
                "0",
                "6",
                "11",
                "Truss",
                "PERSON",
                "Liz Truss",
                "per:liz_truss",
                "alias",
            ],
            &[
                "b", "1", "20", "24", "NATO", "ORG", "NATO", "org:nato", "lexicon",
            ],
        ],
    );
}

#[test]
fn summaries_of_hand_made_tables_have_the_known_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    hand_made(dir);
    run_ok(whosaid().arg("report").arg(dir));

    let speakers = fs::read_to_string(dir.join("speakers.csv")).unwrap();
    assert_eq!(
        speakers,
        "speaker,resolved,type,quotes,direct,partial,indirect,documents,first_date,last_date,top_cues,share\n\
         Liz Truss,yes,PERSON,3,2,1,0,2,2019-01-02,2020-03-05,said:1|told:1|wrote:1,0.5000\n\
         '=cmd,no,,1,1,0,0,1,2020-03-05,2020-03-05,said:1,0.1667\n\
         A senior official,no,,1,0,0,1,1,,,said:1,0.1667\n"
    );
    let entities = fs::read_to_string(dir.join("entity_summary.csv")).unwrap();
    assert_eq!(
        entities,
        "entity,type,entity_id,mentions,documents,quoted\n\
         Liz Truss,PERSON,per:liz_truss,2,2,3\n\
         Russia,LOC,loc:russia,2,1,0\n\
         NATO,ORG,org:nato,1,1,0\n"
    );
    // No temporary file is left behind.
    let names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".partial")), "{names:?}");
}

#[test]
fn summaries_do_not_depend_on_table_order() {
    // documents.csv in another order than quotes.csv: the lookup falls back
    // to an index and the dates still come out right.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    hand_made(dir);
    let text = fs::read_to_string(dir.join("documents.csv")).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[1..].reverse();
    fs::write(dir.join("documents.csv"), lines.join("\n") + "\n").unwrap();
    run_ok(whosaid().arg("report").arg(dir));
    let rows = read_csv(&dir.join("speakers.csv"));
    assert_eq!(rows[0]["speaker"], "Liz Truss");
    assert_eq!(rows[0]["first_date"], "2019-01-02");
    assert_eq!(rows[0]["last_date"], "2020-03-05");
    assert_eq!(rows[1]["first_date"], "2020-03-05");
}

#[test]
fn html_escapes_hostile_text_and_links_only_web_addresses() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    hand_made(dir);
    let html = dir.join("report.html");
    run_ok(whosaid().arg("report").arg(dir).arg("--html").arg(&html));
    let page = fs::read_to_string(&html).unwrap();
    // The only script element is the page's own.
    assert_eq!(page.matches("<script").count(), 1, "raw script in the page");
    assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(page.contains("Alpha &lt;b&gt;news&lt;/b&gt;"));
    assert!(!page.contains("<b>news</b>"));
    // The guard is undone for display: the speaker reads `=cmd`.
    assert!(page.contains(">=cmd<"));
    assert!(page.contains("=HYPERLINK(&quot;http://evil&quot;)"));
    assert!(page.contains("href=\"https://example.org/a\""));
    assert!(!page.contains("javascript:alert"));
    // No network: nothing is fetched from elsewhere.
    for needle in ["<link", "src=\"http", "@import", "url(http"] {
        assert!(!page.contains(needle), "{needle} in the page");
    }
    // Totals, chart and table with the known counts.
    assert!(page.contains("<b data-total=\"quotes\">6</b>"));
    assert!(page.contains("<b data-total=\"speakers\">3</b>"));
    assert!(page.contains("data-speaker=\"Liz Truss\" data-count=\"3\""));
    assert_eq!(page.matches("<g class=\"bar\"").count(), 3);
    assert_eq!(page.matches("<tr data-s=").count(), 6);
    assert!(page.contains("6 of 6 quotes shown"));
}

#[test]
fn html_caps_the_quotes_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    hand_made(dir);
    let html = dir.join("report.html");
    run_ok(
        whosaid()
            .arg("report")
            .arg(dir)
            .args(["--max-quotes", "4", "--html"])
            .arg(&html),
    );
    let page = fs::read_to_string(&html).unwrap();
    assert_eq!(page.matches("<tr data-s=").count(), 4);
    assert!(page.contains("embeds 4 of 6 quotes"));
    // The resolved speaker's three quotes, then the first speaker as written
    // (`=cmd`, ranked before `A senior official` by name); none unattributed.
    for (s, n) in [("0", 3), ("1", 1), ("2", 0), ("none", 0)] {
        let rows = page.matches(&format!("<tr data-s=\"{s}\"")).count();
        assert_eq!(rows, n, "speaker {s}");
    }
}

#[test]
fn report_of_a_missing_folder_fails_with_a_message() {
    let tmp = tempfile::tempdir().unwrap();
    let out = whosaid()
        .arg("report")
        .arg(tmp.path().join("nothing"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("documents.csv"), "{err}");
}

#[test]
fn corpus_run_summaries_agree_with_the_tables_and_are_deterministic() {
    let tmp = tempfile::tempdir().unwrap();
    let one = tmp.path().join("one");
    let two = tmp.path().join("two");
    for (dir, threads) in [(&one, "1"), (&two, "2")] {
        run_ok(
            whosaid()
                .arg("extract")
                .arg(corpus())
                .arg("--out")
                .arg(dir)
                .args(["--threads", threads, "--quiet"]),
        );
    }
    for name in ["speakers.csv", "entity_summary.csv"] {
        let a = fs::read(one.join(name)).unwrap();
        let b = fs::read(two.join(name)).unwrap();
        assert_eq!(a, b, "{name} differs between 1 and 2 threads");
    }

    // Recount speakers from quotes.csv independently: the resolved name, else
    // the speaker as written, case-folded.
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let quotes = read_csv(&one.join("quotes.csv"));
    let mut want: HashMap<(String, bool), u64> = HashMap::new();
    for q in &quotes {
        let key = if !q["speaker_entity"].trim().is_empty() {
            (squash(&q["speaker_entity"]), true)
        } else {
            (squash(&q["speaker"]).to_lowercase(), false)
        };
        if !key.0.is_empty() {
            *want.entry(key).or_default() += 1;
        }
    }
    let speakers = read_csv(&one.join("speakers.csv"));
    let mut got: HashMap<(String, bool), u64> = HashMap::new();
    for s in &speakers {
        let n: u64 = s["quotes"].parse().unwrap();
        let parts: u64 = ["direct", "partial", "indirect"]
            .iter()
            .map(|k| s[*k].parse::<u64>().unwrap())
            .sum();
        assert!(parts <= n);
        let key = if s["resolved"] == "yes" {
            (s["speaker"].clone(), true)
        } else {
            (s["speaker"].to_lowercase(), false)
        };
        assert!(
            got.insert(key, n).is_none(),
            "two rows for {:?}",
            s["speaker"]
        );
    }
    assert_eq!(got, want);
    let counts: Vec<u64> = speakers
        .iter()
        .map(|s| s["quotes"].parse().unwrap())
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "not sorted by count"
    );

    // Entity mentions add up to the rows of entities.csv, per canonical name.
    let entities = read_csv(&one.join("entities.csv"));
    let summary = read_csv(&one.join("entity_summary.csv"));
    let total: u64 = summary
        .iter()
        .map(|e| e["mentions"].parse::<u64>().unwrap())
        .sum();
    assert_eq!(total, entities.len() as u64);
    assert!(!summary.is_empty());
    let mentions: Vec<u64> = summary
        .iter()
        .map(|e| e["mentions"].parse().unwrap())
        .collect();
    assert!(
        mentions.windows(2).all(|w| w[0] >= w[1]),
        "not sorted by count"
    );
    for e in &summary {
        let docs: u64 = e["documents"].parse().unwrap();
        let m: u64 = e["mentions"].parse().unwrap();
        assert!(docs >= 1 && docs <= m, "{e:?}");
    }

    // The HTML report: same bytes twice, small, with the chart and the table.
    let h1 = tmp.path().join("r1.html");
    let h2 = tmp.path().join("r2.html");
    for h in [&h1, &h2] {
        run_ok(whosaid().arg("report").arg(&one).arg("--html").arg(h));
    }
    let page = fs::read_to_string(&h1).unwrap();
    assert_eq!(page.as_bytes(), fs::read(&h2).unwrap().as_slice());
    assert!(page.len() < 3_000_000, "report is {} bytes", page.len());
    let rows = page.matches("<tr data-s=").count();
    assert_eq!(rows, quotes.len().min(2000));
    assert!(page.contains(&format!(
        "<b data-total=\"quotes\">{}</b>",
        group(quotes.len())
    )));
    let bars = page.matches("<g class=\"bar\"").count();
    let charted = speakers
        .iter()
        .filter(|s| {
            let pronoun =
                whosaid::report::UNCHARTED_PRONOUNS.contains(&s["speaker"].to_lowercase().as_str());
            !(s["resolved"] == "no" && pronoun)
        })
        .count();
    assert_eq!(bars, charted.min(15));
    // Running `report` again rewrites identical summaries.
    let before = fs::read(one.join("speakers.csv")).unwrap();
    run_ok(whosaid().arg("report").arg(&one));
    assert_eq!(before, fs::read(one.join("speakers.csv")).unwrap());
}

/// `1274` → `1,274`, as the page prints counts.
fn group(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

mod hostile {
    use super::*;
    use proptest::prelude::*;
    use whosaid::report::{summarize, write_html, write_summaries, HtmlOptions};

    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            "[=+@<>&\"' a-zA-Zé\\-\\t\\r\\n]{0,12}",
            Just("<script>alert(1)</script>".to_string()),
            Just("=cmd|' /C calc'!A0".to_string()),
            Just("javascript:alert(1)".to_string()),
            any::<String>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        /// Any cell content: the summaries and the page are made, no markup
        /// from the data survives, every text cell of the summaries is guarded.
        #[test]
        fn any_text_is_summarised_and_escaped(
            cells in proptest::collection::vec((cell(), cell(), cell(), cell()), 1..8)
        ) {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path();
            let mut docs = csv::Writer::from_path(dir.join("documents.csv")).unwrap();
            docs.write_record(["doc_id", "title", "url", "date", "status"]).unwrap();
            let mut quotes = csv::Writer::from_path(dir.join("quotes.csv")).unwrap();
            quotes.write_record(["doc_id", "text", "kind", "speaker", "speaker_entity", "cue"]).unwrap();
            let mut ents = csv::Writer::from_path(dir.join("entities.csv")).unwrap();
            ents.write_record(["doc_id", "text", "type", "canonical", "entity_id"]).unwrap();
            for (i, (a, b, c, d)) in cells.iter().enumerate() {
                let id = format!("{i}{a}");
                docs.write_record([id.as_str(), b, c, d, "ok"]).unwrap();
                quotes.write_record([id.as_str(), a, b, c, d, a]).unwrap();
                ents.write_record([id.as_str(), b, "PERSON", c, d]).unwrap();
            }
            docs.flush().unwrap();
            quotes.flush().unwrap();
            ents.flush().unwrap();

            let summary = summarize(dir).unwrap();
            write_summaries(dir, &summary).unwrap();
            let html = dir.join("r.html");
            write_html(dir, &summary, &HtmlOptions::default(), &html).unwrap();
            let page = fs::read_to_string(&html).unwrap();
            prop_assert_eq!(page.matches("<script").count(), 1);
            prop_assert!(!page.contains("<script>alert"));
            prop_assert!(!page.contains("href=\"javascript"));
            prop_assert_eq!(page.matches("<tr data-s=").count(), cells.len());
            for name in ["speakers.csv", "entity_summary.csv"] {
                let mut r = csv::Reader::from_path(dir.join(name)).unwrap();
                for rec in r.records() {
                    for cell in rec.unwrap().iter() {
                        let first = cell.chars().next();
                        prop_assert!(
                            !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
                            "unguarded cell {:?} in {}", cell, name
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn unresolved_speakers_fold_case_and_pronouns_stay_off_the_chart() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    hand_made(dir);
    let mut text = fs::read_to_string(dir.join("quotes.csv")).unwrap();
    for (i, who) in ["We", "we", "We"].iter().enumerate() {
        text.push_str(&format!(
            "c,{},1,5,more,indirect,{who},6,8,,think,0\n",
            i + 1
        ));
    }
    fs::write(dir.join("quotes.csv"), text).unwrap();
    let html = dir.join("report.html");
    run_ok(whosaid().arg("report").arg(dir).arg("--html").arg(&html));
    let rows = read_csv(&dir.join("speakers.csv"));
    let we: Vec<_> = rows
        .iter()
        .filter(|r| r["speaker"].eq_ignore_ascii_case("we"))
        .collect();
    assert_eq!(we.len(), 1, "{rows:?}");
    assert_eq!(we[0]["speaker"], "We", "the most frequent form is shown");
    assert_eq!(we[0]["quotes"], "3");
    assert_eq!(we[0]["top_cues"], "think:3");
    assert_eq!(rows[1]["speaker"], "We", "sorted second, after Liz Truss");
    let page = fs::read_to_string(&html).unwrap();
    assert_eq!(page.matches("<g class=\"bar\"").count(), 3);
    assert!(!page.contains("data-speaker=\"We\""));
    assert!(page.contains("Not charted: 1 speaker left as a pronoun"));
    // The quote table still lists and filters them.
    assert_eq!(page.matches("<tr data-s=\"1\"").count(), 3);
}
