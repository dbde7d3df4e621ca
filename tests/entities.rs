//! End-to-end tests of the entity stage through the default pipeline:
//! the bundled Moscow Times article, aliases, possessives, case handling,
//! user lexicons and robustness on arbitrary text.

use std::io::Write;

use proptest::prelude::*;
use whosaid::gazetteer::names::{first_name_gender, Gender};
use whosaid::gazetteer::GazetteerBuilder;
use whosaid::{default_pipeline, Document, Entity, EntitySource, EntityType};

fn gazetteer() -> &'static whosaid::gazetteer::Gazetteer {
    static G: std::sync::OnceLock<whosaid::gazetteer::Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(|| GazetteerBuilder::new().with_defaults().build().unwrap())
}

fn run(text: &str) -> Document {
    let pipeline = default_pipeline(&[]).expect("default lexicons load");
    let mut doc = Document::new("t", text);
    pipeline.process(&mut doc);
    assert!(doc.is_ok(), "{:?}", doc.error);
    doc
}

fn mentions<'a>(doc: &'a Document, text: &str) -> Vec<&'a Entity> {
    doc.entities
        .iter()
        .filter(|e| doc.slice(e.span) == text)
        .collect()
}

fn assert_sorted_non_overlapping(doc: &Document) {
    for w in doc.entities.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "{:?} {:?}", w[0], w[1]);
    }
}

#[test]
fn moscow_times_article_names() {
    let text = std::fs::read_to_string("corpus/moscow_times_2022_troop_pullback.txt").unwrap();
    let doc = run(&text);
    assert_sorted_non_overlapping(&doc);
    let expect: &[(&str, EntityType)] = &[
        ("Vladimir Putin", EntityType::Person),
        ("Liz Truss", EntityType::Person),
        ("Jens Stoltenberg", EntityType::Person),
        ("Volodymyr Zelenskiy", EntityType::Person),
        ("Sergei Lavrov", EntityType::Person),
        ("Kamala Harris", EntityType::Person),
        ("Lidiya Silina", EntityType::Person),
        ("NATO", EntityType::Org),
        ("TASS", EntityType::Org),
        ("AFP", EntityType::Org),
        ("White House", EntityType::Org),
        ("European Union", EntityType::Org),
        ("UN Security Council", EntityType::Org),
        ("Russia", EntityType::Loc),
        ("Ukraine", EntityType::Loc),
        ("Crimea", EntityType::Loc),
        ("Moscow", EntityType::Loc),
        ("Kyiv", EntityType::Loc),
        ("Mariupol", EntityType::Loc),
        ("Lviv", EntityType::Loc),
        ("Belarus", EntityType::Loc),
        ("Brussels", EntityType::Loc),
    ];
    for (name, kind) in expect {
        let found = mentions(&doc, name);
        assert!(!found.is_empty(), "{name} not found");
        assert!(found.iter().all(|e| e.kind == *kind), "{name}: {found:?}");
    }
    // later mentions point back to the full name
    let z = mentions(&doc, "Zelenskiy");
    assert!(!z.is_empty());
    assert!(z
        .iter()
        .all(|e| e.canonical.contains("Zelensk") && e.source == EntitySource::Alias));
    let p = mentions(&doc, "Putin");
    assert!(p
        .iter()
        .all(|e| e.source == EntitySource::Alias && e.kind == EntityType::Person));
}

#[test]
fn possessives_and_curly_apostrophes() {
    let doc = run("Putin's army and Putin\u{2019}s aides met NATO's chief. Jess' bag is here.");
    let p = mentions(&doc, "Putin");
    assert_eq!(p.len(), 2, "{:?}", doc.entities);
    assert_eq!(mentions(&doc, "NATO").len(), 1);
    assert!(doc
        .entities
        .iter()
        .all(|e| !doc.slice(e.span).ends_with("'s")));
}

#[test]
fn case_handling() {
    // all-caps headline, then body text
    let doc = run(
        "UKRAINE SAYS RUSSIA IS STILL MASSING TROOPS\n\nKyiv said on Monday that Russia had not pulled back.",
    );
    assert_eq!(mentions(&doc, "UKRAINE")[0].kind, EntityType::Loc);
    assert_eq!(mentions(&doc, "RUSSIA")[0].kind, EntityType::Loc);
    assert!(mentions(&doc, "TROOPS").is_empty());
    // lower-case words are never names
    let doc = run("the russia question and nice weather in reading rooms.");
    assert!(doc.entities.is_empty(), "{:?}", doc.entities);
}

#[test]
fn hyphen_variants() {
    let doc = run("A US-based group and a Moscow-annexed region.");
    assert_eq!(mentions(&doc, "US")[0].kind, EntityType::Loc);
    assert_eq!(mentions(&doc, "Moscow")[0].kind, EntityType::Loc);
}

#[test]
fn acronym_defined_in_text() {
    let doc = run(
        "The Zemblan Nuclear Safety Authority (ZNSA) inspected the plant. \
         Officials at the ZNSA said the reactor was safe.",
    );
    let acr = mentions(&doc, "ZNSA");
    assert_eq!(acr.len(), 2, "{:?}", doc.entities);
    assert!(acr.iter().all(|e| e.kind == EntityType::Org
        && e.source == EntitySource::Alias
        && *e.canonical == *"Zemblan Nuclear Safety Authority"));
}

#[test]
fn user_lexicon_file_adds_names() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    writeln!(f, "canonical\ttype\taliases\tid").unwrap();
    writeln!(f, "Zorblax Widgets\tORG\tZorblax\torg:zorblax").unwrap();
    let pipeline = default_pipeline(&[f.path().to_path_buf()]).unwrap();
    let mut doc = Document::new("t", "Shares of Zorblax fell after Zorblax Widgets warned.");
    pipeline.process(&mut doc);
    let z: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| *e.id == *"org:zorblax")
        .collect();
    assert_eq!(z.len(), 2, "{:?}", doc.entities);
}

#[test]
fn bad_user_lexicon_names_file_and_line() {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    writeln!(f, "canonical\ttype\taliases\tid").unwrap();
    writeln!(f, "Fine Name\tORG\t\torg:fine").unwrap();
    writeln!(f, "Broken\tPLANET\t\tx:broken").unwrap();
    let err = match default_pipeline(&[f.path().to_path_buf()]) {
        Err(e) => e,
        Ok(_) => panic!("a bad lexicon must be refused"),
    };
    assert_eq!(err.line, 3);
    assert!(err.to_string().contains(&f.path().display().to_string()));
}

#[test]
fn default_lexicons_build_and_report_conflicts() {
    let g = GazetteerBuilder::new().with_defaults().build().unwrap();
    assert!(g.len() > 1000, "{}", g.len());
    for c in g.conflicts() {
        assert_ne!(c.first, c.second);
    }
}

#[test]
fn first_name_genders() {
    assert_eq!(first_name_gender("Mary"), Some(Gender::Female));
    assert_eq!(first_name_gender("john"), Some(Gender::Male));
    assert_eq!(first_name_gender("Qxzpt"), None);
}

#[test]
fn wikinews_corpus_spans_are_valid() {
    let docs = whosaid::input::read_inputs(
        vec![whosaid::input::Input::from_arg("corpus")],
        whosaid::input::ReadOptions::default(),
    );
    let pipeline = default_pipeline(&[]).unwrap();
    let mut total = 0;
    for mut doc in docs.filter(|d| d.is_ok()) {
        pipeline.process(&mut doc);
        assert_sorted_non_overlapping(&doc);
        for e in &doc.entities {
            assert!(!doc.slice(e.span).is_empty(), "{e:?}");
            assert!(!e.canonical.is_empty() && !e.id.is_empty());
        }
        total += doc.entities.len();
    }
    assert!(total > 1000, "{total}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn never_panics_and_spans_are_valid(text in "\\PC{0,300}") {
        let found = gazetteer().find(&text);
        for w in found.windows(2) {
            prop_assert!(w[0].span.end <= w[1].span.start);
        }
        for e in &found {
            prop_assert!(text.get(e.span.range()).is_some());
            prop_assert!(!e.span.is_empty());
        }
    }

    #[test]
    fn capitalised_word_soup_is_safe(words in prop::collection::vec("(Mr\\.|[A-Z][a-z]{0,6}|of|von|\\(|\\)|'s|-|\\.|,|\u{2019}|[A-Z]{2,4}|\n)", 0..60)) {
        let text = words.join(" ");
        let found = gazetteer().find(&text);
        for w in found.windows(2) {
            prop_assert!(w[0].span.end <= w[1].span.start);
        }
        for e in &found {
            prop_assert!(text.get(e.span.range()).is_some());
        }
    }
}
