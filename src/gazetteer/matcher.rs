//! The name matcher: a trie over case-folded token hashes.
//!
//! Names are tokenized like the text (words and single punctuation marks,
//! whitespace ignored), so a lookup walks token by token from a capitalised
//! word and every match ends on a token boundary: word boundaries come for
//! free, and the cost is one hash-map probe per token walked, not per byte.
//! The walk reports every name ending along the path, so the caller can take
//! the longest one whose letter case fits the text.

use super::table::FlatMap;
use super::tokens::{tokenize, Tok, CAP, LOWER, NEWLINE_BEFORE, UPPER};

/// How a name's word is written in the lexicon, for checking the text's case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CaseClass {
    /// `of`, `de`: any case in the text.
    Lower,
    /// `Putin`: capitalised (or in capitals in a headline).
    Cap,
    /// `NATO`, `U`: capitals (or capitalised when four letters or more: `Nato`).
    Upper,
    /// `iPhone`: must be written exactly so.
    Exact,
    /// Digits or punctuation.
    Other,
}

/// One name of one lexicon entry.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    pub entry: u32,
    pub classes: Box<[CaseClass]>,
    /// The name as written, for `Exact` words.
    pub text: Box<str>,
}

const ROOT_BITS: usize = 1 << 16;

#[inline]
fn root_bit(h: u64) -> (usize, u64) {
    let b = (h >> 20) as usize & (ROOT_BITS - 1);
    (b / 64, 1u64 << (b % 64))
}

/// The trie.
#[derive(Debug, Default, Clone)]
pub(crate) struct NameTrie {
    edges: FlatMap<(u32, u64), u32>,
    /// A 2^16-bit filter of first-word hashes: most capitalised words start
    /// no name and are turned away here without a hash-map probe.
    root_bits: Vec<u64>,
    /// Node → 1 + index into `terminals` (0: not a name end).
    terminal: Vec<u32>,
    /// Pattern ids ending at a node, in insertion order.
    terminals: Vec<Vec<u32>>,
    pub patterns: Vec<Pattern>,
}

fn class_of(tok: &Tok, word: &str) -> CaseClass {
    if !tok.is_word() || tok.flags & (CAP | LOWER | UPPER) == 0 {
        return CaseClass::Other;
    }
    if tok.flags & UPPER != 0 {
        return CaseClass::Upper;
    }
    if tok.flags & CAP != 0 {
        return CaseClass::Cap;
    }
    if word.chars().any(char::is_uppercase) {
        CaseClass::Exact
    } else {
        CaseClass::Lower
    }
}

impl NameTrie {
    pub(crate) fn new() -> Self {
        NameTrie {
            terminal: vec![0],
            root_bits: vec![0; ROOT_BITS / 64],
            ..NameTrie::default()
        }
    }

    /// Adds `name` for `entry`; returns the ids of patterns already ending at
    /// the same node (same folded name), or `None` when the name is empty.
    pub(crate) fn insert(
        &mut self,
        name: &str,
        entry: u32,
        scratch: &mut Vec<Tok>,
    ) -> Option<Vec<u32>> {
        tokenize(name, scratch);
        if scratch.is_empty() || !scratch[0].is_word() {
            return None;
        }
        let mut node = 0u32;
        let (w, bit) = root_bit(scratch[0].h(name));
        self.root_bits[w] |= bit;
        let mut classes = Vec::with_capacity(scratch.len());
        for t in scratch.iter() {
            classes.push(class_of(t, t.text(name)));
            let next = self.terminal.len() as u32;
            node = self.edges.get_or_insert((node, t.h(name)), next);
            if node == next {
                self.terminal.push(0);
            }
        }
        let pid = self.patterns.len() as u32;
        self.patterns.push(Pattern {
            entry,
            classes: classes.into_boxed_slice(),
            text: name.into(),
        });
        let slot = self.terminal[node as usize];
        if slot == 0 {
            self.terminals.push(vec![pid]);
            self.terminal[node as usize] = self.terminals.len() as u32;
            Some(Vec::new())
        } else {
            let list = &mut self.terminals[slot as usize - 1];
            let before = list.clone();
            list.push(pid);
            Some(before)
        }
    }

    /// False when no name starts with a word of folded hash `h` (a bit
    /// filter, checked before anything else).
    #[inline]
    pub(crate) fn may_start(&self, h: u64) -> bool {
        let (w, bit) = root_bit(h);
        self.root_bits.get(w).is_some_and(|x| x & bit != 0)
    }

    /// Walks from token `i`, calling `found(end, patterns)` for every name
    /// ending at token `end - 1`, shortest first. Stops at a line break.
    #[inline]
    pub(crate) fn walk<'s>(
        &'s self,
        toks: &[Tok],
        text: &str,
        i: usize,
        mut found: impl FnMut(usize, &'s [u32]),
    ) {
        let mut node = 0u32;
        let mut j = i;
        match toks.get(i) {
            Some(t) => {
                let (w, bit) = root_bit(t.h(text));
                if self.root_bits.get(w).is_none_or(|x| x & bit == 0) {
                    return;
                }
            }
            None => return,
        }
        while j < toks.len() {
            if j > i && toks[j].flags & NEWLINE_BEFORE != 0 {
                break;
            }
            match self.edges.get((node, toks[j].h(text))) {
                Some(n) => node = n,
                None => break,
            }
            j += 1;
            let slot = self.terminal[node as usize];
            if slot != 0 {
                found(j, &self.terminals[slot as usize - 1]);
            }
        }
    }

    pub(crate) fn node_count(&self) -> usize {
        self.terminal.len()
    }
}

/// True when the text tokens `toks` (one per pattern class) are written in a
/// case that fits the pattern. `caps` says the line is in capitals.
pub(crate) fn case_fits(p: &Pattern, toks: &[Tok], text: &str, caps: bool, title: bool) -> bool {
    if p.classes.len() != toks.len() {
        return false;
    }
    let mut pat_words = None;
    for (k, (c, t)) in p.classes.iter().zip(toks).enumerate() {
        let f = t.flags;
        let ok = match c {
            CaseClass::Other => true,
            CaseClass::Lower => {
                f & LOWER != 0
                    || (k > 0 && f & CAP != 0)
                    || (caps && f & UPPER != 0)
                    || (title && f & CAP != 0)
            }
            CaseClass::Cap => f & CAP != 0 && (f & UPPER == 0 || t.len() == 1 || caps),
            CaseClass::Upper => f & UPPER != 0 || (f & CAP != 0 && t.len() >= 4),
            CaseClass::Exact => {
                // Compare with the pattern's word of the same index.
                let words = pat_words.get_or_insert_with(|| {
                    let mut v = Vec::new();
                    tokenize(&p.text, &mut v);
                    v
                });
                words
                    .get(k)
                    .is_some_and(|w| w.text(&p.text) == t.text(text))
                    || (caps && f & UPPER != 0)
            }
        };
        if !ok {
            return false;
        }
    }
    true
}
