//! Linking speakers to names: entity canonical names, proper names in no lexicon,
//! surnames after a full name, and pronouns resolved with gender evidence
//! (titles, first names, earlier pronouns).

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::{Entity, EntityType, Span};

/// Grammatical gender evidence for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Referred to as `she`, `Mrs.`, a female first name.
    Female,
    /// Referred to as `he`, `Mr.`, a male first name.
    Male,
}

/// Gender of a first name, when known (from the entity stage's name lists).
pub fn first_name_gender(name: &str) -> Option<Gender> {
    use crate::gazetteer::names;
    match names::first_name_gender(name.trim_end_matches('.')) {
        Some(names::Gender::Female) => Some(Gender::Female),
        Some(names::Gender::Male) => Some(Gender::Male),
        _ => None,
    }
}

/// Gender a title implies (`Mr.` → male, `Mrs.`/`Ms.` → female).
pub fn title_gender(word: &str) -> Option<Gender> {
    let word = word.trim_end_matches('.').as_bytes();
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    match &*lower {
        b"mr" | b"sir" | b"lord" | b"king" | b"prince" | b"congressman" | b"chairman"
        | b"spokesman" | b"father" | b"husband" | b"son" => Some(Gender::Male),
        b"mrs" | b"ms" | b"miss" | b"dame" | b"lady" | b"queen" | b"princess"
        | b"congresswoman" | b"chairwoman" | b"spokeswoman" | b"mother" | b"wife" | b"daughter" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// A speaker label opening a transcript line (`((WN)) Why …`, `(Q) …`, `WN: …`):
/// it marks who asks, it is no antecedent for a pronoun.
pub fn is_transcript_label(text: &str, span: Span) -> bool {
    // Both readings need `)` or `:` right after the name (a byte off a
    // character boundary is neither).
    if !matches!(text.as_bytes().get(span.end), Some(b')' | b':')) {
        return false;
    }
    let mut from = span.start.saturating_sub(4);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..span.start).unwrap_or("");
    let line_start = |s: &str| s.is_empty() || s.ends_with('\n');
    let after = text.get(span.end..).unwrap_or("");
    let opened = before.trim_end_matches('(');
    let bracketed = opened.len() < before.len() && line_start(opened) && after.starts_with(')');
    let labelled = line_start(before) && after.starts_with(':');
    bracketed || labelled
}

#[derive(Debug, Clone, Copy)]
struct Mention<T> {
    start: usize,
    name: T,
}

/// A multiply-rotate hasher for the short name keys of one document (no
/// protection against chosen collisions is needed there, and SipHash costs
/// more than the rest of a lookup).
#[derive(Debug, Default, Clone, Copy)]
pub struct NameHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl NameHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.mix(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type Names<'a> = HashMap<Cow<'a, str>, u32, BuildHasherDefault<NameHasher>>;

/// Resolves speaker phrases to names in one pass over a document, in text order.
///
/// Person names are interned once (borrowed from the entities or the text when
/// they can be), and gender evidence and surnames refer to them by index.
pub struct Resolver<'a> {
    text: &'a str,
    /// Person mentions by start: the index of their (full) name.
    persons: Vec<Mention<u32>>,
    groups: Vec<Mention<&'a str>>,
    /// Interned person names, with the gender evidence for each.
    names: Vec<(Cow<'a, str>, Option<Gender>)>,
    ids: Names<'a>,
    /// Last word of a full name → the index of the latest full name ending so.
    surnames: Names<'a>,
}

/// The last whitespace-separated word of `text[from..to]` with trailing
/// whitespace trimmed (`""` when `from..to` is no slice of `text`). Read byte
/// by byte while the bytes are ASCII; other text takes the `char` reading.
fn word_before(text: &str, from: usize, to: usize) -> &str {
    fn slow(text: &str, from: usize, to: usize) -> &str {
        let before = text.get(from..to).unwrap_or("").trim_end();
        before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
    }
    let bytes = text.as_bytes();
    if from > to || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
        return slow(text, from, to);
    }
    // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed,
    // carriage return and space.
    let space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let mut e = to;
    while e > from && space(bytes[e - 1]) {
        e -= 1;
    }
    let mut s = e;
    while s > from && bytes[s - 1].is_ascii() && !space(bytes[s - 1]) {
        s -= 1;
    }
    if s > from && !bytes[s - 1].is_ascii() {
        return slow(text, from, to);
    }
    &text[s..e]
}

fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

impl<'a> Resolver<'a> {
    /// A resolver over `text` with the entity mentions outside the `quoted` spans.
    pub fn new(text: &'a str, entities: &'a [Entity], quoted: &[Span]) -> Self {
        // Sized once for every person the entities may add (speaker names
        // found later are few), so that nothing regrows per mention.
        let n = entities
            .iter()
            .filter(|e| e.kind == EntityType::Person)
            .count();
        let mut r = Resolver {
            text,
            persons: Vec::with_capacity(n + 8),
            groups: Vec::new(),
            names: Vec::with_capacity(n + 8),
            ids: Names::with_capacity_and_hasher(n + 8, Default::default()),
            surnames: Names::with_capacity_and_hasher(n + 8, Default::default()),
        };
        // Quoted spans by start, with the furthest end so far: an entity lies in
        // some quoted span when one starting at or before it ends at or after it.
        let mut by_start: Vec<Span> = quoted.to_vec();
        by_start.sort_unstable_by_key(|q| q.start);
        let mut reach: Vec<usize> = Vec::with_capacity(by_start.len());
        let mut far = 0;
        for q in &by_start {
            far = far.max(q.end);
            reach.push(far);
        }
        for e in entities {
            if !matches!(
                e.kind,
                EntityType::Person | EntityType::Org | EntityType::Norp
            ) {
                continue;
            }
            let k = by_start.partition_point(|q| q.start <= e.span.start);
            if k > 0 && reach[k - 1] >= e.span.end {
                continue;
            }
            if is_transcript_label(text, e.span) {
                continue;
            }
            let name: &'a str = &e.canonical[..];
            if e.kind == EntityType::Person {
                r.add(e.span, Cow::Borrowed(name));
            } else {
                r.groups.push(Mention {
                    start: e.span.start,
                    name,
                });
            }
        }
        r
    }

    /// The index of the full name a lone surname stands for, if any.
    fn surname_of(&self, name: &str) -> Option<u32> {
        if name.contains(' ') {
            return None;
        }
        self.surnames.get(name).copied()
    }

    fn intern(&mut self, name: Cow<'a, str>) -> u32 {
        if let Some(&id) = self.ids.get(&*name) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push((name.clone(), None));
        self.ids.insert(name, id);
        id
    }

    fn add(&mut self, span: Span, name: Cow<'a, str>) {
        let id = match self.surname_of(&name) {
            Some(id) => id,
            None => self.intern(name),
        };
        let text = self.text;
        let (full, gender) = &mut self.names[id as usize];
        if gender.is_none() {
            // A title is a word or two before the name: look back a bounded
            // window so text without whitespace stays linear.
            let mut from = span.start.saturating_sub(64);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let title = word_before(text, from, span.start);
            let first = full.as_bytes().iter().position(|&b| b == b' ');
            let first = first.map_or(&full[..], |k| &full[..k]);
            *gender = title_gender(title).or_else(|| first_name_gender(first));
        }
        if full.contains(' ') {
            let last = match full {
                Cow::Borrowed(s) => Cow::Borrowed(last_word(s)),
                Cow::Owned(s) => Cow::Owned(last_word(s).to_string()),
            };
            self.surnames.insert(last, id);
        }
        let at = self.persons.partition_point(|m| m.start <= span.start);
        self.persons.insert(
            at,
            Mention {
                start: span.start,
                name: id,
            },
        );
    }

    /// Records a person mention (an entity or a proper-name speaker) at `span`.
    pub fn add_person(&mut self, span: Span, name: &str) {
        self.add(span, Cow::Owned(name.to_string()));
    }

    /// Like [`Resolver::add_person`] for a name that is a slice of the text.
    pub fn add_person_in_text(&mut self, span: Span, name: &'a str) {
        self.add(span, Cow::Borrowed(name));
    }

    /// The fullest earlier form of a name (`Zelenskiy` → `Volodymyr Zelenskiy`).
    pub fn full_name(&self, name: &str) -> String {
        match self.surname_of(name) {
            Some(id) => self.names[id as usize].0.to_string(),
            None => name.to_string(),
        }
    }

    /// The person a pronoun at `pos` refers to.
    pub fn resolve_pronoun(&mut self, pronoun: &str, pos: usize) -> Option<String> {
        let is = |w: &str| pronoun.eq_ignore_ascii_case(w);
        let want = if is("he") || is("him") || is("his") {
            Gender::Male
        } else if is("she") || is("her") {
            Gender::Female
        } else if is("they") || is("it") || is("we") {
            let at = self.groups.partition_point(|m| m.start < pos);
            return self.groups[..at].last().map(|m| m.name.to_string());
        } else {
            return None;
        };
        let at = self.persons.partition_point(|m| m.start < pos);
        let mut fallback = None;
        for m in self.persons[..at].iter().rev().take(12) {
            match self.names[m.name as usize].1 {
                Some(g) if g == want => return Some(self.names[m.name as usize].0.to_string()),
                Some(_) => {}
                None => {
                    if fallback.is_none() {
                        fallback = Some(m.name);
                    }
                }
            }
        }
        let id = fallback?;
        // Pronoun history: remember the gender we just used.
        let (name, gender) = &mut self.names[id as usize];
        *gender = Some(want);
        Some(name.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_pick_the_last_compatible_person() {
        let text = "Mr. Smith met Liz Truss and Mrs. Jones. Later Taylor Kim spoke. she said";
        let mut r = Resolver::new(text, &[], &[]);
        r.add_person(Span::new(4, 9), "Smith");
        r.add_person(Span::new(14, 23), "Liz Truss");
        r.add_person(Span::new(33, 38), "Jones");
        r.add_person(Span::new(46, 56), "Taylor Kim");
        let she = text.rfind("she").unwrap();
        // Taylor Kim has no gender evidence; a person known to be female wins.
        assert_eq!(r.resolve_pronoun("she", she).as_deref(), Some("Jones"));
        assert_eq!(r.resolve_pronoun("he", she).as_deref(), Some("Smith"));
        assert_eq!(r.full_name("Truss"), "Liz Truss");
    }

    #[test]
    fn transcript_labels_are_no_antecedents() {
        let text = "Intro.\n((QX)) Why?\nAnswer.\nQX: And then?";
        let a = text.find("QX").unwrap();
        assert!(is_transcript_label(text, Span::new(a, a + 2)));
        let b = text.rfind("QX").unwrap();
        assert!(is_transcript_label(text, Span::new(b, b + 2)));
        let c = text.find("Why").unwrap();
        assert!(!is_transcript_label(text, Span::new(c, c + 3)));
        assert!(!is_transcript_label("The (UN) said", Span::new(5, 7)));
    }

    #[test]
    fn word_before_agrees_with_the_char_reading() {
        let text = "Mr. Smith,\u{a0}Dr.\tJones  said x\u{e9}y Mrs.\u{2003} \x0b Ms. Lee";
        for from in 0..=text.len() + 1 {
            for to in 0..=text.len() + 1 {
                let slow = text.get(from..to).unwrap_or("").trim_end();
                let slow = slow
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                assert_eq!(word_before(text, from, to), slow, "{from}..{to}");
            }
        }
    }

    #[test]
    fn first_names_and_titles_give_gender() {
        assert_eq!(first_name_gender("Liz"), Some(Gender::Female));
        assert_eq!(first_name_gender("Volodymyr"), Some(Gender::Male));
        assert_eq!(first_name_gender("Xq"), None);
        assert_eq!(title_gender("Mrs."), Some(Gender::Female));
    }
}
