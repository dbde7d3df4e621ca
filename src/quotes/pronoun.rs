//! Linking speakers to names: entity canonical names, proper names in no lexicon,
//! surnames after a full name, and pronouns resolved with gender evidence
//! (titles, first names, earlier pronouns).

use std::collections::HashMap;

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
    match word.trim_end_matches('.').to_ascii_lowercase().as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "congressman" | "chairman" | "spokesman"
        | "father" | "husband" | "son" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "congresswoman"
        | "chairwoman" | "spokeswoman" | "mother" | "wife" | "daughter" => Some(Gender::Female),
        _ => None,
    }
}

/// A speaker label opening a transcript line (`((WN)) Why …`, `(Q) …`, `WN: …`):
/// it marks who asks, it is no antecedent for a pronoun.
pub fn is_transcript_label(text: &str, span: Span) -> bool {
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

#[derive(Debug, Clone)]
struct Mention {
    start: usize,
    name: String,
}

/// Resolves speaker phrases to names in one pass over a document, in text order.
pub struct Resolver<'a> {
    text: &'a str,
    persons: Vec<Mention>,
    groups: Vec<Mention>,
    genders: HashMap<String, Gender>,
    surnames: HashMap<String, String>,
}

fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

impl<'a> Resolver<'a> {
    /// A resolver over `text` with the entity mentions outside the `quoted` spans.
    pub fn new(text: &'a str, entities: &[Entity], quoted: &[Span]) -> Self {
        let mut r = Resolver {
            text,
            persons: Vec::new(),
            groups: Vec::new(),
            genders: HashMap::new(),
            surnames: HashMap::new(),
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
            let k = by_start.partition_point(|q| q.start <= e.span.start);
            if k > 0 && reach[k - 1] >= e.span.end {
                continue;
            }
            if is_transcript_label(text, e.span) {
                continue;
            }
            match e.kind {
                EntityType::Person => {
                    r.add_person(e.span, &e.canonical);
                }
                EntityType::Org | EntityType::Norp => r.groups.push(Mention {
                    start: e.span.start,
                    name: e.canonical.to_string(),
                }),
                _ => {}
            }
        }
        r
    }

    /// Records a person mention (an entity or a proper-name speaker) at `span`.
    pub fn add_person(&mut self, span: Span, name: &str) {
        let name = self.full_name(name);
        if !self.genders.contains_key(&name) {
            // A title is a word or two before the name: look back a bounded
            // window so text without whitespace stays linear.
            let mut from = span.start.saturating_sub(64);
            while !self.text.is_char_boundary(from) {
                from += 1;
            }
            let before = self.text.get(from..span.start).unwrap_or("").trim_end();
            let title = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let g = title_gender(title)
                .or_else(|| first_name_gender(name.split(' ').next().unwrap_or("")));
            if let Some(g) = g {
                self.genders.insert(name.clone(), g);
            }
        }
        if name.contains(' ') {
            self.surnames
                .insert(last_word(&name).to_string(), name.clone());
        }
        let at = self.persons.partition_point(|m| m.start <= span.start);
        self.persons.insert(
            at,
            Mention {
                start: span.start,
                name,
            },
        );
    }

    /// The fullest earlier form of a name (`Zelenskiy` → `Volodymyr Zelenskiy`).
    pub fn full_name(&self, name: &str) -> String {
        if !name.contains(' ') {
            if let Some(full) = self.surnames.get(name) {
                return full.clone();
            }
        }
        name.to_string()
    }

    /// The person a pronoun at `pos` refers to.
    pub fn resolve_pronoun(&mut self, pronoun: &str, pos: usize) -> Option<String> {
        let p = pronoun.to_ascii_lowercase();
        let want = match p.as_str() {
            "he" | "him" | "his" => Some(Gender::Male),
            "she" | "her" => Some(Gender::Female),
            "they" | "it" | "we" => None,
            _ => return None,
        };
        let Some(want) = want else {
            let at = self.groups.partition_point(|m| m.start < pos);
            return self.groups[..at].last().map(|m| m.name.clone());
        };
        let at = self.persons.partition_point(|m| m.start < pos);
        let mut fallback = None;
        for m in self.persons[..at].iter().rev().take(12) {
            match self.genders.get(&m.name) {
                Some(&g) if g == want => return Some(m.name.clone()),
                Some(_) => {}
                None => {
                    if fallback.is_none() {
                        fallback = Some(m.name.clone());
                    }
                }
            }
        }
        if let Some(name) = &fallback {
            // Pronoun history: remember the gender we just used.
            self.genders.insert(name.clone(), want);
        }
        fallback
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
    fn first_names_and_titles_give_gender() {
        assert_eq!(first_name_gender("Liz"), Some(Gender::Female));
        assert_eq!(first_name_gender("Volodymyr"), Some(Gender::Male));
        assert_eq!(first_name_gender("Xq"), None);
        assert_eq!(title_gender("Mrs."), Some(Gender::Female));
    }
}
