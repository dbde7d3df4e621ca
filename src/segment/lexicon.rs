//! The word lists the segmenter consults: abbreviations (with their kind),
//! common sentence openers and reporting verbs. All are data files under
//! `lexicons/segment/`, embedded at compile time and extendable at run time.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// The bundled abbreviation list (`lexicons/segment/abbreviations.txt`).
pub const DEFAULT_ABBREVIATIONS: &str = include_str!("../../lexicons/segment/abbreviations.txt");
/// The bundled sentence openers (`lexicons/segment/sentence_starters.txt`).
pub const DEFAULT_SENTENCE_STARTERS: &str =
    include_str!("../../lexicons/segment/sentence_starters.txt");
/// The bundled reporting verbs (`lexicons/segment/reporting_verbs.txt`).
pub const DEFAULT_REPORTING_VERBS: &str =
    include_str!("../../lexicons/segment/reporting_verbs.txt");

/// Longest word (in bytes) the lists hold; longer words never match.
pub(crate) const MAX_WORD: usize = 24;

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbreviationKind {
    /// Stands before a name or number and never ends a sentence (`Mr.`, `Gen.`, `vs.`, `e.g.`).
    Prefix,
    /// An abbreviation only before a number (`No. 5`, `p. 55`, `Fig. 3`); before
    /// anything else an ordinary word (`he said no.`).
    Number,
    /// Usually inside a sentence but may end one (`Inc.`, `U.S.`, `a.m.`, `etc.`): a boundary
    /// only before a common sentence opener.
    General,
}

impl AbbreviationKind {
    fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "prefix" | "title" => Some(AbbreviationKind::Prefix),
            "number" | "numeric" => Some(AbbreviationKind::Number),
            "general" | "" => Some(AbbreviationKind::General),
            _ => None,
        }
    }
}

/// A line of an abbreviation list that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbbreviationError {
    /// 1-based line number in the list.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for AbbreviationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for AbbreviationError {}

/// Lower-cases an ASCII word into `buf`; `None` when it is too long or not ASCII.
pub(crate) fn lower_key<'b>(word: &[u8], buf: &'b mut [u8; MAX_WORD]) -> Option<&'b [u8]> {
    if word.is_empty() || word.len() > MAX_WORD || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..word.len()])
}

/// FNV-1a: the keys are a few short ASCII words, looked up at every full
/// stop, so a simple fast hash beats the default one (no untrusted keys here:
/// the lists are ours or the user's).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastBuild = BuildHasherDefault<Fnv>;
type WordSet = HashSet<Box<[u8]>, FastBuild>;

/// The lists, keyed by lower-case ASCII bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    abbreviations: HashMap<Box<[u8]>, AbbreviationKind, FastBuild>,
    starters: WordSet,
    verbs: WordSet,
}

impl Lexicon {
    /// The bundled lists.
    pub(crate) fn bundled() -> Self {
        let mut lex = Lexicon::default();
        lex.add_abbreviations(DEFAULT_ABBREVIATIONS)
            .expect("bundled abbreviation list is well formed");
        add_words(&mut lex.starters, DEFAULT_SENTENCE_STARTERS);
        add_words(&mut lex.verbs, DEFAULT_REPORTING_VERBS);
        lex
    }

    /// Adds abbreviations in the list format (`abbr [prefix|number|general]`, `#` comments).
    pub(crate) fn add_abbreviations(&mut self, list: &str) -> Result<(), AbbreviationError> {
        for (n, raw) in list.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let word = parts.next().unwrap_or("");
            let kind_text = parts.next().unwrap_or("");
            let err = |reason: String| AbbreviationError {
                line: n + 1,
                reason,
            };
            if parts.next().is_some() {
                return Err(err(format!(
                    "expected `ABBREVIATION [prefix|number|general]`, got {line:?}"
                )));
            }
            let kind = AbbreviationKind::parse(kind_text).ok_or_else(|| {
                err(format!(
                    "unknown kind {kind_text:?} (use `prefix`, `number` or `general`)"
                ))
            })?;
            let word = word.trim_end_matches('.');
            if word.is_empty() || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.') {
                return Err(err(format!(
                    "{word:?} is not an abbreviation (ASCII letters and inner full stops)"
                )));
            }
            if word.len() > MAX_WORD {
                return Err(err(format!("{word:?} is longer than {MAX_WORD} bytes")));
            }
            self.abbreviations
                .insert(word.to_ascii_lowercase().into_bytes().into(), kind);
        }
        Ok(())
    }

    /// The kind of an abbreviation (without its final full stop), if listed.
    pub(crate) fn abbreviation(&self, word: &[u8]) -> Option<AbbreviationKind> {
        let mut buf = [0u8; MAX_WORD];
        let key = lower_key(word, &mut buf)?;
        self.abbreviations.get(key).copied()
    }

    /// True when `word` commonly opens a sentence.
    pub(crate) fn is_starter(&self, word: &[u8]) -> bool {
        let mut buf = [0u8; MAX_WORD];
        lower_key(word, &mut buf).is_some_and(|k| self.starters.contains(k))
    }

    /// True when `word` is a reporting verb.
    pub(crate) fn is_reporting_verb(&self, word: &[u8]) -> bool {
        let mut buf = [0u8; MAX_WORD];
        lower_key(word, &mut buf).is_some_and(|k| self.verbs.contains(k))
    }
}

fn add_words(set: &mut WordSet, list: &str) {
    for line in list.lines() {
        let w = line.trim();
        if !w.is_empty() && !w.starts_with('#') {
            set.insert(w.to_ascii_lowercase().into_bytes().into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_load() {
        let lex = Lexicon::bundled();
        assert_eq!(lex.abbreviation(b"Mr"), Some(AbbreviationKind::Prefix));
        assert_eq!(lex.abbreviation(b"INC"), Some(AbbreviationKind::General));
        assert_eq!(lex.abbreviation(b"a.m"), Some(AbbreviationKind::General));
        assert_eq!(lex.abbreviation(b"house"), None);
        assert!(lex.is_starter(b"He"));
        assert!(!lex.is_starter(b"Government"));
        assert!(lex.is_reporting_verb(b"asked"));
    }

    #[test]
    fn list_format_errors_name_the_line() {
        let cases: &[(&str, usize)] = &[
            ("ok\nfoo bar", 2),
            ("# c\n\nx y z", 3),
            ("abc-d", 1),
            ("é", 1),
        ];
        for &(list, line) in cases {
            let err = Lexicon::default().add_abbreviations(list).unwrap_err();
            assert_eq!(err.line, line, "{list:?}");
        }
        let mut lex = Lexicon::default();
        lex.add_abbreviations("Approx.\nDir. prefix\n# comment\n")
            .unwrap();
        assert_eq!(lex.abbreviation(b"approx"), Some(AbbreviationKind::General));
        assert_eq!(lex.abbreviation(b"DIR"), Some(AbbreviationKind::Prefix));
    }
}
