//! Gazetteer entity matching: lexicons loaded into one aho-corasick automaton.

use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::document::{Document, Entity, EntitySource, EntityType, Span};
use crate::pipeline::{Stage, StageError};

/// One lexicon entry: a canonical name, its type, aliases and a stable id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconEntry {
    /// The canonical name.
    pub canonical: String,
    /// The entity type.
    pub kind: EntityType,
    /// Other spellings that refer to the same entity.
    pub aliases: Vec<String>,
    /// A stable identifier.
    pub id: String,
}

/// A lexicon line that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LexiconError {
    /// The lexicon file.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Parses a lexicon TSV (`canonical`, `type`, `aliases` separated by `|`, optional `id`) with a header line.
pub fn parse_lexicon(file: &str, content: &str) -> Result<Vec<LexiconEntry>, LexiconError> {
    let mut out = Vec::new();
    for (n, line) in content.lines().enumerate().skip(1) {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |reason: String| LexiconError {
            file: file.to_string(),
            line: n + 1,
            reason,
        };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 {
            return Err(err("expected at least 2 tab-separated columns".into()));
        }
        let kind = EntityType::parse(cols[1])
            .ok_or_else(|| err(format!("unknown entity type {:?}", cols[1])))?;
        let canonical = cols[0].trim().to_string();
        if canonical.is_empty() {
            return Err(err("empty canonical name".into()));
        }
        let aliases = cols
            .get(2)
            .map(|a| {
                a.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        let id = cols
            .get(3)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| canonical.clone());
        out.push(LexiconEntry {
            canonical,
            kind,
            aliases,
            id,
        });
    }
    Ok(out)
}

/// An immutable, cheaply cloneable matcher over all lexicon names.
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

struct Inner {
    automaton: AhoCorasick,
    /// Pattern index → entry index.
    pattern_entry: Vec<usize>,
    entries: Vec<LexiconEntry>,
}

impl Gazetteer {
    /// Builds the matcher from entries.
    pub fn new(entries: Vec<LexiconEntry>) -> Self {
        let mut patterns = Vec::new();
        let mut pattern_entry = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            for name in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                patterns.push(name.clone());
                pattern_entry.push(i);
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("automaton builds");
        Gazetteer {
            inner: Arc::new(Inner {
                automaton,
                pattern_entry,
                entries,
            }),
        }
    }

    /// Entity mentions in `text`, at word boundaries.
    pub fn find(&self, text: &str) -> Vec<Entity> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        for m in self.inner.automaton.find_iter(text) {
            let before_ok = m.start() == 0 || !is_word_byte(bytes[m.start() - 1]);
            let after_ok = m.end() == bytes.len() || !is_word_byte(bytes[m.end()]);
            if !(before_ok && after_ok) {
                continue;
            }
            let e = &self.inner.entries[self.inner.pattern_entry[m.pattern().as_usize()]];
            out.push(Entity {
                span: Span::new(m.start(), m.end()),
                kind: e.kind,
                canonical: e.canonical.clone(),
                id: e.id.clone(),
                source: EntitySource::Lexicon,
            });
        }
        out
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The entity stage: gazetteer matching.
#[derive(Clone)]
pub struct EntityRecognizer {
    gazetteer: Gazetteer,
}

impl EntityRecognizer {
    /// A recognizer over the given gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Self {
        EntityRecognizer { gazetteer }
    }
}

impl Stage for EntityRecognizer {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.entities = self.gazetteer.find(&doc.text);
        Ok(())
    }
}
