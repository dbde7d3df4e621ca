//! Aggregation: totals, speakers and entities from a run's CSV tables.

use rustc_hash::FxHashMap as HashMap;
use std::cmp::Reverse;
use std::path::Path;

use super::read::{normalize_date, CsvTable, DocCursor};
use super::{EntitySummary, ReportError, RunSummary, SpeakerSummary, Totals};
use crate::whitespace::{squash, squash_into};

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

/// Documents and quotes of `dir` (quotes dated through `documents.csv`)
/// into a builder.
fn read_speakers(dir: &Path) -> Result<SummaryBuilder, ReportError> {
    let mut sum = SummaryBuilder::default();
    let docs_path = dir.join("documents.csv");
    let mut docs = CsvTable::open(&docs_path, DOC_COLUMNS, &["doc_id"])?;
    while docs.advance()? {
        sum.document(
            &docs.get(1),
            docs.count(2),
            docs.count(3),
            docs.get(4) == "error",
        );
    }
    let Some(mut quotes) = open_table(dir, "quotes", QUOTE_READ_COLUMNS, &mut sum)? else {
        return Ok(sum);
    };
    let mut cursor = DocCursor::open(&docs_path)?;
    let mut last_id: Option<String> = None;
    let mut date: Option<String> = None;
    while quotes.advance()? {
        let id = quotes.get(0);
        if last_id.as_deref() != Some(id.as_ref()) {
            sum.quoting_document();
            date = cursor.find(&id)?.and_then(|d| d.date.clone());
            last_id = Some(id.into_owned());
        }
        sum.quote(
            date.as_deref(),
            &quotes.get(2),
            &quotes.get(3),
            &quotes.get(4),
            &quotes.get(5),
        );
    }
    Ok(sum)
}

/// Opens `dir/NAME.csv` for reading `columns`, or notes in `sum` that it is
/// missing (then nothing of it is counted).
fn open_table(
    dir: &Path,
    name: &str,
    columns: &[&str],
    sum: &mut SummaryBuilder,
) -> Result<Option<CsvTable>, ReportError> {
    let path = dir.join(format!("{name}.csv"));
    if !path.exists() {
        sum.notes
            .push(format!("{name}.csv is missing: no {name} counted"));
        return Ok(None);
    }
    CsvTable::open(&path, columns, &["doc_id"]).map(Some)
}

/// Entity mentions of `dir/entities.csv` into a builder.
fn read_entities(dir: &Path) -> Result<SummaryBuilder, ReportError> {
    let mut sum = SummaryBuilder::default();
    let Some(mut table) = open_table(dir, "entities", ENTITY_READ_COLUMNS, &mut sum)? else {
        return Ok(sum);
    };
    let mut last_id: Option<String> = None;
    while table.advance()? {
        let id = table.get(0);
        if last_id.as_deref() != Some(id.as_ref()) {
            sum.entity_document();
            last_id = Some(id.into_owned());
        }
        sum.entity(&table.get(1), &table.get(2), &table.get(3), &table.get(4));
    }
    Ok(sum)
}

/// Speaker accumulators by (key, resolved), see [`speaker_key`].
type SpeakerMap = HashMap<(String, bool), SpeakerAcc>;

/// Entity accumulators by `name<TAB>TYPE` (a squashed name holds no tab).
type EntityMap = HashMap<String, EntityAcc>;

/// The name and type of an [`EntityMap`] key.
fn split_key(key: &str) -> (&str, &str) {
    key.rsplit_once('\t').unwrap_or((key, ""))
}

/// Reads `documents.csv`, `quotes.csv` and `entities.csv` in `dir` and
/// aggregates them. A missing `quotes.csv` or `entities.csv` counts as empty
/// (and is said in [`RunSummary::notes`]); `documents.csv` is required.
pub fn summarize(dir: &Path) -> Result<RunSummary, ReportError> {
    // entities.csv is read on another thread while documents and quotes are read here.
    let (entities, speakers) = rayon::join(|| read_entities(dir), || read_speakers(dir));
    let mut sum = speakers?;
    sum.add_entities_of(entities?);
    Ok(sum.finish())
}

/// Aggregates a run into a [`RunSummary`], one row at a time: from the CSV
/// tables ([`summarize`]) or from the documents of a run as they are written
/// ([`SummarySink`](crate::report::SummarySink)). Memory grows with the number
/// of distinct speakers and entities, not with the corpus.
#[derive(Default)]
pub struct SummaryBuilder {
    totals: Totals,
    speakers: SpeakerMap,
    entities: EntityMap,
    notes: Vec<String>,
    /// Ordinal of the current document among those with quotes.
    quote_doc: u64,
    /// Ordinal of the current document among those with entities.
    entity_doc: u64,
    /// Scratch for the key of an entity mention.
    key: String,
}

impl SummaryBuilder {
    /// Counts one document (a `documents.csv` row): its date as given, its
    /// characters and sentences, and whether it was rejected.
    pub fn document(&mut self, date: &str, chars: u64, sentences: u64, rejected: bool) {
        let totals = &mut self.totals;
        totals.documents += 1;
        if rejected {
            totals.rejected += 1;
        }
        totals.chars += chars;
        totals.sentences += sentences;
        if let Some(d) = normalize_date(date) {
            totals.dated_documents += 1;
            widen(&mut totals.first_date, &mut totals.last_date, &d);
        }
    }

    /// Starts the quotes of a new document (call before its first [`SummaryBuilder::quote`]).
    pub fn quoting_document(&mut self) {
        self.quote_doc += 1;
        self.totals.quoting_documents += 1;
    }

    /// Counts one quote of the current document: the document's normalised
    /// date, the quote's kind, speaker text, speaker entity and cue.
    pub fn quote(
        &mut self,
        date: Option<&str>,
        kind: &str,
        speaker: &str,
        entity: &str,
        cue: &str,
    ) {
        let totals = &mut self.totals;
        totals.quotes += 1;
        match kind {
            "direct" => totals.direct += 1,
            "partial" => totals.partial += 1,
            "indirect" => totals.indirect += 1,
            _ => {}
        }
        let Some((key, form)) = speaker_key(speaker, entity) else {
            return;
        };
        totals.attributed += 1;
        let resolved = key.1;
        let acc = self.speakers.entry(key).or_default();
        acc.quotes += 1;
        if !resolved {
            *acc.forms.entry(form).or_default() += 1;
        }
        match kind {
            "direct" => acc.direct += 1,
            "partial" => acc.partial += 1,
            "indirect" => acc.indirect += 1,
            _ => {}
        }
        if acc.last_doc != self.quote_doc {
            acc.last_doc = self.quote_doc;
            acc.documents += 1;
        }
        if let Some(d) = date {
            widen(&mut acc.first_date, &mut acc.last_date, d);
        }
        let cue = squash(cue).to_lowercase();
        if !cue.is_empty() {
            *acc.cues.entry(cue).or_default() += 1;
        }
    }

    /// Starts the entities of a new document (call before its first [`SummaryBuilder::entity`]).
    pub fn entity_document(&mut self) {
        self.entity_doc += 1;
    }

    /// Counts one entity mention of the current document: its text, type,
    /// canonical name and id.
    pub fn entity(&mut self, text: &str, kind: &str, canonical: &str, entity_id: &str) {
        self.totals.mentions += 1;
        let key = &mut self.key;
        key.clear();
        squash_into(key, canonical);
        if key.is_empty() {
            squash_into(key, text);
        }
        if key.is_empty() {
            return;
        }
        key.push('\t');
        let at = key.len();
        squash_into(key, kind);
        key[at..].make_ascii_uppercase();
        if !key[at..].is_ascii() {
            let upper = key[at..].to_uppercase();
            key.truncate(at);
            key.push_str(&upper);
        }
        let acc = match self.entities.get_mut(key.as_str()) {
            Some(acc) => acc,
            None => self.entities.entry(key.clone()).or_default(),
        };
        acc.mentions += 1;
        if acc.last_doc != self.entity_doc {
            acc.last_doc = self.entity_doc;
            acc.documents += 1;
        }
        if acc.entity_id.is_empty() {
            acc.entity_id = squash(entity_id);
        }
    }

    /// Takes the entities (and their notes) of a builder that read only entities.
    fn add_entities_of(&mut self, other: SummaryBuilder) {
        self.totals.mentions += other.totals.mentions;
        self.entities = other.entities;
        self.notes.extend(other.notes);
    }

    /// The summary: speakers and entities sorted by count.
    pub fn finish(self) -> RunSummary {
        let SummaryBuilder {
            mut totals,
            speakers,
            entities,
            notes,
            ..
        } = self;
        // Each name's main type: the one that gets the speaker count.
        let mut main_type: HashMap<&str, &str> = HashMap::default();
        for (name, kind) in entities.keys().map(|k| split_key(k)) {
            let slot = main_type.entry(name).or_insert(kind);
            if (type_rank(kind), kind) < (type_rank(slot), *slot) {
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
            .map(|(key, acc)| (split_key(key), acc))
            .map(|((name, kind), acc)| EntitySummary {
                entity: name.to_string(),
                kind: kind.to_string(),
                entity_id: acc.entity_id.clone(),
                mentions: acc.mentions,
                documents: acc.documents,
                quoted: if main_type.get(name) == Some(&kind) {
                    quoted_of(name)
                } else {
                    0
                },
            })
            .collect();
        entity_rows.sort_by(|a, b| {
            (Reverse(a.mentions), &a.entity, &a.kind).cmp(&(
                Reverse(b.mentions),
                &b.entity,
                &b.kind,
            ))
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
        RunSummary {
            totals,
            speakers: speaker_rows,
            entities: entity_rows,
            notes,
        }
    }
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
