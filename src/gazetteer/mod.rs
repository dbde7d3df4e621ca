//! Entity recognition: lexicon matching plus rules for names in no lexicon.
//!
//! A [`GazetteerBuilder`] reads lexicon TSV files (see [`parse_lexicon`]) into
//! an immutable, cheaply cloneable [`Gazetteer`]; the [`EntityRecognizer`]
//! stage runs it over each document after sentence segmentation.
//!
//! How a document is read (one pass over its tokens):
//!
//! 1. a byte-level tokenizer (eight bytes at a time on ASCII text) splits
//!    words and punctuation, hashes words (lower-case ones only when a rule
//!    looks them up), marks lines in capitals
//!    (headlines) and title-case lines, and lists the capitalised words;
//! 2. at every capitalised word, a trie over case-folded token hashes looks for
//!    the longest lexicon name whose letter case fits; names that are ordinary
//!    words (`Nice`, `Reading`) need evidence at a sentence start or in a
//!    headline;
//! 3. capitalised sequences not in a lexicon are typed by rules: titles and
//!    roles, first names, organisation and place words, reporting verbs,
//!    appositives, place prepositions (one table lookup tells every word list
//!    holding a word);
//! 4. per-document resolution gives one name one type and one canonical
//!    entity: surnames and acronyms point back to the full mention
//!    (`source = alias`).
//!
//! ```
//! use whosaid::gazetteer::GazetteerBuilder;
//! use whosaid::EntityType;
//!
//! let g = GazetteerBuilder::new()
//!     .lexicon_str("my.tsv", "canonical\ttype\taliases\tid\nKyiv\tLOC\tKiev\tloc:kyiv\n")
//!     .build()
//!     .unwrap();
//! let found = g.find("Shelling near Kiev. Foreign Minister Dmytro Kuleba said.");
//! assert_eq!(&*found[0].canonical, "Kyiv");
//! assert_eq!(found[1].kind, EntityType::Person);
//! ```

mod hash;
mod lexicon;
mod matcher;
pub mod names;
mod recognize;
pub mod rules;
mod table;
mod tokens;
mod word_class;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

pub use lexicon::{derived_id, parse_lexicon, parse_lexicon_lines, LexiconEntry, LexiconError};

use crate::document::{Document, Entity, EntityType, Span};
use crate::pipeline::{Stage, StageError};
use matcher::NameTrie;
use names::NameLists;
use rules::RuleLists;
use word_class::WordClasses;

/// Two entries of different ids that share a name (after case folding).
/// Both stay candidates; the document decides which one is meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasConflict {
    /// The shared name as written in the later entry.
    pub name: String,
    /// `file:line` and id of the earlier entry.
    pub first: String,
    /// `file:line` and id of the later entry.
    pub second: String,
}

impl std::fmt::Display for AliasConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "name {:?} is used by {} and by {}",
            self.name, self.first, self.second
        )
    }
}

/// Builds a [`Gazetteer`] from lexicon files.
///
/// Later lexicons win ties between entries sharing a name (so a user's
/// `--lexicon` overrides the bundled ones); inside one file, earlier lines win.
/// Entries with the same id are one entity (their aliases are merged).
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    lexicons: Vec<(String, String)>,
    strict: bool,
}

impl GazetteerBuilder {
    /// A builder with no lexicons.
    pub fn new() -> Self {
        GazetteerBuilder::default()
    }

    /// Adds the bundled default lexicons ([`crate::DEFAULT_LEXICONS`]).
    pub fn with_defaults(mut self) -> Self {
        for (name, content) in crate::DEFAULT_LEXICONS {
            self.lexicons.push((name.to_string(), content.to_string()));
        }
        self
    }

    /// Adds a lexicon given as text; `name` is used in error messages.
    pub fn lexicon_str(mut self, name: &str, content: &str) -> Self {
        self.lexicons.push((name.to_string(), content.to_string()));
        self
    }

    /// Adds a lexicon file.
    pub fn lexicon_file(mut self, path: &Path) -> Result<Self, LexiconError> {
        let name = path.display().to_string();
        let content = std::fs::read_to_string(path).map_err(|e| LexiconError {
            file: name.clone(),
            line: 0,
            reason: format!("cannot read: {e}"),
        })?;
        self.lexicons.push((name, content));
        Ok(self)
    }

    /// With `true`, a name shared by two entries of different ids is an error
    /// instead of a reported [`AliasConflict`].
    pub fn strict(mut self, strict: bool) -> Self {
        self.strict = strict;
        self
    }

    /// Parses every lexicon and builds the matcher.
    pub fn build(self) -> Result<Gazetteer, LexiconError> {
        let mut entries: Vec<LexiconEntry> = Vec::new();
        // (lexicon index, line): `FILE:LINE` is only written for a message
        let mut origin: Vec<(u16, usize)> = Vec::new();
        let lexicons = &self.lexicons;
        let at = |o: (u16, usize)| format!("{}:{}", lexicons[o.0 as usize].0, o.1);
        let mut by_id: HashMap<String, usize> = HashMap::new();
        for (li, (file, content)) in self.lexicons.iter().enumerate() {
            for (line, e) in parse_lexicon_lines(file, content)? {
                if let Some(&k) = by_id.get(&e.id) {
                    if entries[k].kind != e.kind {
                        return Err(LexiconError {
                            file: file.clone(),
                            line,
                            reason: format!(
                                "id {:?} has type {} here but {} at {}",
                                e.id,
                                e.kind.as_str(),
                                entries[k].kind.as_str(),
                                at(origin[k])
                            ),
                        });
                    }
                    let known = &mut entries[k];
                    for a in std::iter::once(e.canonical).chain(e.aliases) {
                        if a != known.canonical && !known.aliases.contains(&a) {
                            known.aliases.push(a);
                        }
                    }
                    continue;
                }
                by_id.insert(e.id.clone(), entries.len());
                origin.push((li as u16, line));
                entries.push(e);
            }
        }
        let mut trie = NameTrie::new();
        let mut conflicts = Vec::new();
        let mut scratch = Vec::new();
        for (k, e) in entries.iter().enumerate() {
            for name in std::iter::once(&e.canonical).chain(e.aliases.iter()) {
                let Some(before) = trie.insert(name, k as u32, &mut scratch) else {
                    continue;
                };
                let mut seen = false;
                for pid in before {
                    let other = trie.patterns[pid as usize].entry as usize;
                    if other != k && !seen {
                        seen = true;
                        let c = AliasConflict {
                            name: name.clone(),
                            first: format!("{} ({})", at(origin[other]), entries[other].id),
                            second: format!("{} ({})", at(origin[k]), e.id),
                        };
                        if self.strict {
                            return Err(LexiconError {
                                file: self.lexicons[origin[k].0 as usize].0.clone(),
                                line: origin[k].1,
                                reason: c.to_string(),
                            });
                        }
                        conflicts.push(c);
                    }
                }
            }
        }
        let priority = origin.iter().map(|o| o.0).collect();
        let rules = RuleLists::bundled();
        let country = origin
            .iter()
            .map(|o| {
                let file = &self.lexicons[o.0 as usize].0;
                file.rsplit(['/', '\\'])
                    .next()
                    .unwrap_or("")
                    .starts_with("countries")
            })
            .collect();
        let shared = entries
            .iter()
            .map(|e| (Arc::from(e.canonical.as_str()), Arc::from(e.id.as_str())))
            .collect();
        Ok(Gazetteer {
            inner: Arc::new(Inner {
                trie,
                entries,
                shared,
                priority,
                country,
                conflicts,
                words: WordClasses::build(&rules, NameLists::bundled(), recognize::COMMON_RANK_MAX),
                names: NameLists::bundled(),
            }),
        })
    }
}

/// An immutable, cheaply cloneable matcher over all lexicon names plus the
/// recognition rules.
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.len())
            .field("names", &self.name_count())
            .field("conflicts", &self.conflicts().len())
            .finish()
    }
}

pub(crate) struct Inner {
    pub(crate) trie: NameTrie,
    pub(crate) entries: Vec<LexiconEntry>,
    /// Entry → its canonical name and id, shared by every mention.
    pub(crate) shared: Vec<(Arc<str>, Arc<str>)>,
    /// Entry → lexicon index (higher wins ties).
    pub(crate) priority: Vec<u16>,
    /// Entry → it comes from a `countries*.tsv` lexicon (national teams in
    /// results tables stay places; towns become their clubs).
    pub(crate) country: Vec<bool>,
    pub(crate) conflicts: Vec<AliasConflict>,
    /// The bundled name lists (built once per process, shared).
    pub(crate) names: &'static NameLists,
    /// Every rule and name list in one lookup.
    pub(crate) words: WordClasses,
}

impl Gazetteer {
    /// Builds a gazetteer from entries (no conflict checking beyond reporting).
    pub fn new(entries: Vec<LexiconEntry>) -> Self {
        let mut tsv = String::from("canonical\ttype\taliases\tid\n");
        for e in &entries {
            let clean = |s: &str| s.replace(['\t', '\n', '\r', '|'], " ");
            tsv.push_str(&format!(
                "{}\t{}\t{}\t{}\n",
                clean(&e.canonical),
                e.kind.as_str(),
                e.aliases
                    .iter()
                    .map(|a| clean(a))
                    .collect::<Vec<_>>()
                    .join("|"),
                clean(&e.id)
            ));
        }
        GazetteerBuilder::new()
            .lexicon_str("<entries>", &tsv)
            .build()
            .unwrap_or_else(|_| {
                GazetteerBuilder::new()
                    .build()
                    .expect("empty gazetteer builds")
            })
    }

    /// Entity mentions in `text` (lines are taken as sentences).
    pub fn find(&self, text: &str) -> Vec<Entity> {
        recognize::recognize(&self.inner, text, &[])
    }

    /// Entity mentions in `text` with known sentence spans.
    pub fn find_with_sentences(&self, text: &str, sentences: &[Span]) -> Vec<Entity> {
        recognize::recognize(&self.inner, text, sentences)
    }

    /// Names shared by entries of different ids, found while building.
    pub fn conflicts(&self) -> &[AliasConflict] {
        &self.inner.conflicts
    }

    /// Number of lexicon entries.
    pub fn len(&self) -> usize {
        self.inner.entries.len()
    }

    /// True when no lexicon entry was loaded.
    pub fn is_empty(&self) -> bool {
        self.inner.entries.is_empty()
    }

    /// Number of names (canonical names and aliases) in the matcher.
    pub fn name_count(&self) -> usize {
        self.inner.trie.patterns.len()
    }

    /// Number of entries of each type.
    pub fn type_counts(&self) -> Vec<(EntityType, usize)> {
        let mut counts: Vec<(EntityType, usize)> = Vec::new();
        for e in &self.inner.entries {
            match counts.iter_mut().find(|c| c.0 == e.kind) {
                Some(c) => c.1 += 1,
                None => counts.push((e.kind, 1)),
            }
        }
        counts.sort();
        counts
    }

    /// Trie size in nodes (for diagnostics).
    pub fn node_count(&self) -> usize {
        self.inner.trie.node_count()
    }
}

/// The entity stage: lexicon matching, rules and per-document resolution.
#[derive(Clone)]
pub struct EntityRecognizer {
    gazetteer: Gazetteer,
}

impl EntityRecognizer {
    /// A recognizer over the given gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Self {
        EntityRecognizer { gazetteer }
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

impl Stage for EntityRecognizer {
    fn name(&self) -> &'static str {
        "entities"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.entities = recognize::recognize(&self.gazetteer.inner, &doc.text, &doc.sentences);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<Gazetteer>();
        assert_send_sync::<EntityRecognizer>();
    }

    #[test]
    fn conflicting_aliases_are_reported_or_refused() {
        let tsv = "canonical\ttype\taliases\tid\nWashington\tLOC\t\tloc:dc\nGeorge Washington\tPERSON\tWashington\tper:gw\n";
        let g = GazetteerBuilder::new()
            .lexicon_str("a.tsv", tsv)
            .build()
            .unwrap();
        assert_eq!(g.conflicts().len(), 1);
        assert!(g.conflicts()[0].first.starts_with("a.tsv:2"));
        assert!(g.conflicts()[0].second.starts_with("a.tsv:3"));
        let e = GazetteerBuilder::new()
            .lexicon_str("a.tsv", tsv)
            .strict(true)
            .build()
            .unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("a.tsv", 3));
    }

    #[test]
    fn same_id_merges_aliases_but_not_types() {
        let a = "canonical\ttype\taliases\tid\nKyiv\tLOC\tKiev\tloc:kyiv\n";
        let b = "canonical\ttype\taliases\tid\nKyiv\tLOC\tKyjiw\tloc:kyiv\n";
        let g = GazetteerBuilder::new()
            .lexicon_str("a", a)
            .lexicon_str("b", b)
            .build()
            .unwrap();
        assert_eq!(g.len(), 1);
        assert!(g.conflicts().is_empty());
        assert_eq!(g.find("in Kyjiw")[0].canonical.as_ref(), "Kyiv");
        let c = "canonical\ttype\taliases\tid\nKyiv\tORG\t\tloc:kyiv\n";
        let e = GazetteerBuilder::new()
            .lexicon_str("a", a)
            .lexicon_str("c", c)
            .build()
            .unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("c", 2));
    }
}
