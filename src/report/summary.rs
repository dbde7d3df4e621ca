//! Aggregation: totals, speakers and entities from a run's CSV tables.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::path::Path;

use super::read::{normalize_date, CsvTable, DocCursor};
use super::{EntitySummary, ReportError, RunSummary, SpeakerSummary, Totals};

const DOC_COLUMNS: &[&str] = &["doc_id", "date", "chars", "sentences", "status"];
pub(crate) const QUOTE_READ_COLUMNS: &[&str] = &[
    "doc_id",
    "text",
    "kind",
    "speaker",
    "speaker_entity",
    "cue",
    "quote",
];
const ENTITY_READ_COLUMNS: &[&str] = &["doc_id", "text", "type", "canonical", "entity_id"];

/// How many cue verbs `top_cues` lists.
pub const TOP_CUES: usize = 3;

/// Collapses runs of whitespace into one space and trims.
pub(crate) fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The speaker key of a quote row: the resolved entity, else the speaker text
/// (lower-cased, so `We` and `we` are one speaker); `None` when the quote has
/// no speaker. Also returns the form as written.
pub(crate) fn speaker_key(speaker: &str, entity: &str) -> Option<((String, bool), String)> {
    let entity = squash(entity);
    if !entity.is_empty() {
        return Some(((entity.clone(), true), entity));
    }
    let speaker = squash(speaker);
    (!speaker.is_empty()).then(|| ((speaker.to_lowercase(), false), speaker))
}

/// The key of a summary row, as [`speaker_key`] makes it.
pub(crate) fn summary_key(s: &SpeakerSummary) -> (String, bool) {
    if s.resolved {
        (s.speaker.clone(), true)
    } else {
        (s.speaker.to_lowercase(), false)
    }
}

#[derive(Default)]
struct SpeakerAcc {
    quotes: u64,
    direct: u64,
    partial: u64,
    indirect: u64,
    documents: u64,
    last_doc: u64,
    first_date: Option<String>,
    last_date: Option<String>,
    cues: HashMap<String, u64>,
    /// Written forms of an unresolved speaker, with counts.
    forms: HashMap<String, u64>,
}

#[derive(Default)]
struct EntityAcc {
    mentions: u64,
    documents: u64,
    last_doc: u64,
    entity_id: String,
}

fn widen(first: &mut Option<String>, last: &mut Option<String>, date: &str) {
    if first.as_deref().is_none_or(|f| date < f) {
        *first = Some(date.to_string());
    }
    if last.as_deref().is_none_or(|l| date > l) {
        *last = Some(date.to_string());
    }
}

/// Which type gets the "quoted as speaker" count when one name has several types.
fn type_rank(t: &str) -> u8 {
    match t {
        "PERSON" => 0,
        "ORG" => 1,
        "NORP" => 2,
        "LOC" => 3,
        "EVENT" => 4,
        "MISC" => 5,
        _ => 6,
    }
}

/// Totals from `dir/documents.csv` and speakers from `dir/quotes.csv` (with
/// dates from the documents), and notes on what is missing.
fn read_speakers(dir: &Path) -> Result<(Totals, SpeakerMap, Vec<String>), ReportError> {
    let mut totals = Totals::default();
    let mut notes = Vec::new();
    let docs_path = dir.join("documents.csv");
    let mut docs = CsvTable::open(&docs_path, DOC_COLUMNS, &["doc_id"])?;
    while docs.advance()? {
        totals.documents += 1;
        if docs.get(4) == "error" {
            totals.rejected += 1;
        }
        totals.chars += docs.count(2);
        totals.sentences += docs.count(3);
        if let Some(d) = normalize_date(&docs.get(1)) {
            totals.dated_documents += 1;
            widen(&mut totals.first_date, &mut totals.last_date, &d);
        }
    }

    // Speakers, from quotes.csv, with dates from documents.csv.
    let mut speakers = SpeakerMap::new();
    let quotes_path = dir.join("quotes.csv");
    if quotes_path.exists() {
        let mut quotes = CsvTable::open(&quotes_path, QUOTE_READ_COLUMNS, &["doc_id"])?;
        let mut cursor = DocCursor::open(&docs_path)?;
        let mut doc_ordinal = 0u64;
        let mut last_id: Option<String> = None;
        let mut date: Option<String> = None;
        while quotes.advance()? {
            totals.quotes += 1;
            let kind = quotes.get(2);
            match kind.as_ref() {
                "direct" => totals.direct += 1,
                "partial" => totals.partial += 1,
                "indirect" => totals.indirect += 1,
                _ => {}
            }
            let id = quotes.get(0);
            if last_id.as_deref() != Some(id.as_ref()) {
                doc_ordinal += 1;
                totals.quoting_documents += 1;
                date = cursor.find(&id)?.and_then(|d| d.date.clone());
                last_id = Some(id.into_owned());
            }
            let Some((key, form)) = speaker_key(&quotes.get(3), &quotes.get(4)) else {
                continue;
            };
            totals.attributed += 1;
            let resolved = key.1;
            let acc = speakers.entry(key).or_default();
            acc.quotes += 1;
            if !resolved {
                *acc.forms.entry(form).or_default() += 1;
            }
            match kind.as_ref() {
                "direct" => acc.direct += 1,
                "partial" => acc.partial += 1,
                "indirect" => acc.indirect += 1,
                _ => {}
            }
            if acc.last_doc != doc_ordinal {
                acc.last_doc = doc_ordinal;
                acc.documents += 1;
            }
            if let Some(d) = &date {
                widen(&mut acc.first_date, &mut acc.last_date, d);
            }
            let cue = squash(&quotes.get(5)).to_lowercase();
            if !cue.is_empty() {
                *acc.cues.entry(cue).or_default() += 1;
            }
        }
    } else {
        notes.push("quotes.csv is missing: no quotes counted".to_string());
    }

    Ok((totals, speakers, notes))
}

/// Entity mentions from `dir/entities.csv`: the accumulators by (name, type)
/// and the number of mentions, or a note when the file is missing.
fn read_entities(dir: &Path) -> Result<(EntityMap, u64, Option<String>), ReportError> {
    let mut entities = EntityMap::new();
    let mut mentions = 0;
    let entities_path = dir.join("entities.csv");
    if !entities_path.exists() {
        let note = "entities.csv is missing: no entities counted".to_string();
        return Ok((entities, 0, Some(note)));
    }
    let mut table = CsvTable::open(&entities_path, ENTITY_READ_COLUMNS, &["doc_id"])?;
    let mut doc_ordinal = 0u64;
    let mut last_id: Option<String> = None;
    while table.advance()? {
        mentions += 1;
        let id = table.get(0);
        if last_id.as_deref() != Some(id.as_ref()) {
            doc_ordinal += 1;
            last_id = Some(id.into_owned());
        }
        let mut name = squash(&table.get(3));
        if name.is_empty() {
            name = squash(&table.get(1));
        }
        if name.is_empty() {
            continue;
        }
        let kind = squash(&table.get(2)).to_uppercase();
        let acc = entities.entry((name, kind)).or_default();
        acc.mentions += 1;
        if acc.last_doc != doc_ordinal {
            acc.last_doc = doc_ordinal;
            acc.documents += 1;
        }
        if acc.entity_id.is_empty() {
            acc.entity_id = squash(&table.get(4));
        }
    }
    Ok((entities, mentions, None))
}

/// Speaker accumulators by (key, resolved), see [`speaker_key`].
type SpeakerMap = HashMap<(String, bool), SpeakerAcc>;

/// Entity accumulators by (name, type).
type EntityMap = HashMap<(String, String), EntityAcc>;

/// Reads `documents.csv`, `quotes.csv` and `entities.csv` in `dir` and
/// aggregates them. A missing `quotes.csv` or `entities.csv` counts as empty
/// (and is said in [`RunSummary::notes`]); `documents.csv` is required.
pub fn summarize(dir: &Path) -> Result<RunSummary, ReportError> {
    // entities.csv is read on another thread while documents and quotes are read here.
    let (entities, speakers) = rayon::join(|| read_entities(dir), || read_speakers(dir));
    let (entities, mentions, entity_note) = entities?;
    let (mut totals, speakers, mut notes) = speakers?;
    totals.mentions = mentions;
    notes.extend(entity_note);

    // Each name's main type: the one that gets the speaker count.
    let mut main_type: HashMap<&str, &str> = HashMap::new();
    for (name, kind) in entities.keys() {
        let slot = main_type.entry(name).or_insert(kind);
        if (type_rank(kind), kind.as_str()) < (type_rank(slot), *slot) {
            *slot = kind;
        }
    }
    let quoted_of = |name: &str| {
        speakers
            .get(&(name.to_string(), true))
            .map_or(0, |s| s.quotes)
    };

    let mut entity_rows: Vec<EntitySummary> = entities
        .iter()
        .map(|((name, kind), acc)| EntitySummary {
            entity: name.clone(),
            kind: kind.clone(),
            entity_id: acc.entity_id.clone(),
            mentions: acc.mentions,
            documents: acc.documents,
            quoted: if main_type.get(name.as_str()) == Some(&kind.as_str()) {
                quoted_of(name)
            } else {
                0
            },
        })
        .collect();
    entity_rows.sort_by(|a, b| {
        (Reverse(a.mentions), &a.entity, &a.kind).cmp(&(Reverse(b.mentions), &b.entity, &b.kind))
    });

    let total_quotes = totals.quotes;
    let mut speaker_rows: Vec<SpeakerSummary> = speakers
        .into_iter()
        .map(|((key, resolved), acc)| {
            // An unresolved speaker is shown in its most frequent written form.
            let name = acc
                .forms
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map_or(key, |(form, _)| form.clone());
            let mut cues: Vec<(String, u64)> = acc.cues.into_iter().collect();
            cues.sort_by(|a, b| (Reverse(a.1), &a.0).cmp(&(Reverse(b.1), &b.0)));
            cues.truncate(TOP_CUES);
            let kind = if resolved {
                main_type.get(name.as_str()).map(|s| s.to_string())
            } else {
                None
            };
            SpeakerSummary {
                share: if total_quotes == 0 {
                    0.0
                } else {
                    acc.quotes as f64 / total_quotes as f64
                },
                speaker: name,
                resolved,
                kind: kind.unwrap_or_default(),
                quotes: acc.quotes,
                direct: acc.direct,
                partial: acc.partial,
                indirect: acc.indirect,
                documents: acc.documents,
                first_date: acc.first_date,
                last_date: acc.last_date,
                top_cues: cues,
            }
        })
        .collect();
    speaker_rows.sort_by(|a, b| {
        (Reverse(a.quotes), &a.speaker, Reverse(a.resolved)).cmp(&(
            Reverse(b.quotes),
            &b.speaker,
            Reverse(b.resolved),
        ))
    });
    totals.speakers = speaker_rows.len() as u64;
    totals.entities = entity_rows.len() as u64;
    Ok(RunSummary {
        totals,
        speakers: speaker_rows,
        entities: entity_rows,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_key_prefers_the_entity() {
        assert_eq!(
            speaker_key("she", "Liz  Truss"),
            Some((("Liz Truss".to_string(), true), "Liz Truss".to_string()))
        );
        assert_eq!(
            speaker_key(" A senior\nofficial ", ""),
            Some((
                ("a senior official".to_string(), false),
                "A senior official".to_string()
            ))
        );
        assert_eq!(speaker_key(" ", ""), None);
    }

    #[test]
    fn person_type_wins_the_speaker_count() {
        assert!(type_rank("PERSON") < type_rank("LOC"));
        assert!(type_rank("ORG") < type_rank("LOC"));
        assert!(type_rank("LOC") < type_rank("whatever"));
    }
}
