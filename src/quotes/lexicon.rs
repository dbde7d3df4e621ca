//! Word classes the quote stage needs, looked up per word with one hash probe.
//!
//! Cue verbs come from `lexicons/quotes/cue_verbs.tsv` (lemma, clause flag, every
//! inflected form), speaker nouns and titles from plain word lists; closed-class
//! words (determiners, pronouns, prepositions …) are listed here. Words are keyed
//! by their lowercase ASCII bytes read as two 8-byte words straight from the
//! text, in an open-addressing table, so a lookup never allocates; words longer
//! than 16 bytes or with non-ASCII letters are in no class. The byte scans the
//! quote stage shares (ASCII letter runs eight bytes at a time, the cue-word
//! filters) live here too.

use std::sync::OnceLock;

use crate::swar::{alnum_bytes, letter_bytes, HIGH, LOW7, ONES};

const CUE_VERBS: &str = include_str!("../../lexicons/quotes/cue_verbs.tsv");
const SPEAKER_NOUNS: &str = include_str!("../../lexicons/quotes/speaker_nouns.txt");
const TITLES: &str = include_str!("../../lexicons/quotes/titles.txt");
/// Nouns naming a document or measurement (`the poll shows …`).
const EVIDENCE_NOUNS: &str = include_str!("../../lexicons/quotes/evidence_nouns.txt");

/// A reporting verb form.
pub const CUE: u32 = 1;
/// The cue introduces a reported clause (`said that …`).
pub const CLAUSE: u32 = 1 << 1;
/// An `-ing` participle of a cue verb.
pub const ING: u32 = 1 << 2;
/// A base or `-s` form that can also be a noun (`report`, `claims`).
pub const NOUNISH: u32 = 1 << 3;
/// Determiners and possessive pronouns.
pub const DET: u32 = 1 << 4;
/// Personal pronouns that can be speakers.
pub const PRON: u32 = 1 << 5;
/// Closed-class words that end a noun phrase.
pub const STOP: u32 = 1 << 6;
/// Nouns heading a speaker phrase.
pub const SPEAKER_NOUN: u32 = 1 << 7;
/// Titles before a name.
pub const TITLE: u32 = 1 << 8;
/// Day, month and time words (`Thursday`, `week`).
pub const TIME: u32 = 1 << 9;
/// Auxiliaries and adverbs allowed between a speaker and its verb.
pub const AUX: u32 = 1 << 10;
/// Prepositions.
pub const PREP: u32 = 1 << 11;
/// `according` (with `to`).
pub const ACCORDING: u32 = 1 << 12;
/// Relative pronouns `who`, `which`.
pub const REL: u32 = 1 << 13;
/// Verbs of telling that take a hearer object (`told reporters`).
pub const TELL: u32 = 1 << 14;
/// The cue takes a reported clause without `that` (`said the plan failed`).
pub const BARE: u32 = 1 << 16;
/// Cue verbs whose object is not what was said (`continue the talks`).
pub const NO_OBJECT: u32 = 1 << 17;
/// Abbreviations whose full stop belongs to the word (`Mr.`, `Sen.`).
pub const ABBREV_DOT: u32 = 1 << 15;
/// Nouns naming a document or measurement (`poll`, `survey`), from
/// `lexicons/quotes/evidence_nouns.txt`.
pub const EVIDENCE: u32 = 1 << 18;

const DETS: &str =
    "a an the this these those his her its their our my your another some any each every \
                    one two three four five six several many most all both other no";
const PRONS: &str = "he she they i we it you";
const STOPS: &str = "and or but nor so yet that which who whom whose when where while as if because although though \
                     than then to of for with by from in on at into onto about over under after before since until \
                     during without within between against among through across per via not never also is are was \
                     were be been being has have had do does did will would can could may might must shall should \
                     there here however meanwhile also just only even still already now again too very it's he's she's \
                     what how why whether";
const TIMES: &str = "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow \
                     morning afternoon evening night week weekend month year day hour minute earlier later \
                     january february march april june july august september october november december \
                     jan feb mar apr jun jul aug sep sept oct nov dec";
const AUXES: &str = "has have had also later previously recently then again further repeatedly reportedly once \
                     publicly privately often earlier would will could did does do may might must should shall \
                     not never always frequently already first last separately similarly subsequently \
                     initially ultimately finally flatly bluntly simply openly just quickly immediately \
                    was were is are been has've";
const PREPS: &str =
    "in on at to from with by for of about into onto over under after before since during \
                     against among through across via near behind beside outside inside";
const ABBREVS: &str = "mr mrs ms mx dr prof sen rep gov gen lt col maj capt sgt adm cmdr del pres supt insp st \
                       jr sr rev fr atty mt ft vs inc corp ltd jan feb mar apr jun jul aug sep sept \
                       oct nov dec";
const NO_OBJECT_LEMMAS: &str = "continue repeat learn read post text email message speak talk chat answer echo sing \
                                chant thank welcome hail interject interrupt show find discover know understand \
                                feel hold figure determine calculate demonstrate prove reason quote recite tout";
const TELLS: &str = "tell tells told telling inform informs informed informing assure assures assured assuring \
                     remind reminds reminded reminding warn warns warned warning ask asks asked asking";

/// What a word is, as a bit set of the constants above.
pub type Class = u32;

/// The word-class table.
pub struct Lexicon {
    /// Open addressing with linear probing: `(key, classes)`, key `(0, 0)` = empty; a
    /// power of two long, at least twice the number of words.
    slots: Vec<(Key, Class)>,
    /// `slots.len() - 1`.
    mask: usize,
    /// Words in the table.
    words: usize,
    /// Quick reject before the table: `filter[len][first letter]` has bit `last letter`.
    filter: [[u32; 27]; 17],
    /// Quick reject for the cue words (`CUE` or `ACCORDING`): `cue_filter[len][first
    /// letter]` has bit `last letter`.
    cue_filter: [[u32; 27]; 17],
    /// A second one: `cue_pairs[first letter][second letter]` has bit `len`.
    cue_pairs: [[u32; 27]; 27],
    lemmas: usize,
}

/// The hash of a key (its top bits pick the slot).
#[inline]
fn hash_of(k: Key) -> usize {
    let x = k.0 ^ k.1.rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
}

#[inline]
fn letter_index(b: u8) -> usize {
    let l = b | 0x20;
    if l.is_ascii_lowercase() {
        (l - b'a') as usize
    } else {
        26
    }
}

/// An ASCII letter.
#[inline]
fn is_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// High bit of each byte of `x` (eight bytes, little-endian) that is an ASCII
/// letter (`letters_only`) or an ASCII letter or digit.
#[inline]
fn alnum_lanes(x: u64, letters_only: bool) -> u64 {
    if letters_only {
        letter_bytes(x)
    } else {
        alnum_bytes(x)
    }
}

/// End of the run of ASCII letters (`letters_only`) or letters and digits that
/// starts at `i`: eight bytes at a time.
#[inline]
pub fn ascii_run_end(bytes: &[u8], mut i: usize, letters_only: bool) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(arr) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let stop = !alnum_lanes(u64::from_le_bytes(arr), letters_only) & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let ok = |b: u8| {
        if letters_only {
            b.is_ascii_alphabetic()
        } else {
            b.is_ascii_alphanumeric()
        }
    };
    while i < bytes.len() && ok(bytes[i]) {
        i += 1;
    }
    i
}

/// The run of ASCII letters (`letters_only`) or letters and digits at `i`, when
/// it ends within the eight bytes from `i`: its length (1 to 7) and those
/// bytes as a little-endian word, zero past the run.
#[inline]
pub fn short_run(bytes: &[u8], i: usize, letters_only: bool) -> Option<(usize, u64)> {
    let chunk = bytes.get(i..i + 8)?;
    let mut b = [0u8; 8];
    b.copy_from_slice(chunk);
    let x = u64::from_le_bytes(b);
    let stop = !alnum_lanes(x, letters_only) & HIGH;
    let len = (stop.trailing_zeros() / 8) as usize;
    if len == 0 || len >= 8 {
        return None;
    }
    Some((len, x & (u64::MAX >> (64 - 8 * len))))
}

/// Like [`short_run`] for runs of 1 to 15 bytes, read as two 8-byte words
/// (the run must end within the 16 bytes from `i`): its length and its bytes
/// as two little-endian words, zero past the run.
#[inline]
pub fn run16(bytes: &[u8], i: usize, letters_only: bool) -> Option<(usize, u64, u64)> {
    let chunk = bytes.get(i..i + 16)?;
    let mut a = [0u8; 8];
    let mut b = [0u8; 8];
    a.copy_from_slice(&chunk[..8]);
    b.copy_from_slice(&chunk[8..]);
    let x = u64::from_le_bytes(a);
    let stop = !alnum_lanes(x, letters_only) & HIGH;
    if stop != 0 {
        let len = (stop.trailing_zeros() / 8) as usize;
        if len == 0 {
            return None;
        }
        return Some((len, x & (u64::MAX >> (64 - 8 * len)), 0));
    }
    let y = u64::from_le_bytes(b);
    let stop = !alnum_lanes(y, letters_only) & HIGH;
    if stop == 0 {
        return None;
    }
    let len = (stop.trailing_zeros() / 8) as usize;
    let y = if len == 0 {
        0
    } else {
        y & (u64::MAX >> (64 - 8 * len))
    };
    Some((8 + len, x, y))
}

/// A word's place in the table: its lowercase bytes as two little-endian
/// words (bytes 0..8 and 8..16, zero past the end of the word).
type Key = (u64, u64);

/// Bytes `start..start + n` of `text` (`n` ≤ 8) as a little-endian word, zero
/// past `n`, and the mask of the lanes they fill.
#[inline]
fn load(text: &[u8], start: usize, n: usize) -> (u64, u64) {
    if n == 0 {
        return (0, 0);
    }
    let used = u64::MAX >> (64 - 8 * n.min(8));
    let v = match text.get(start..start + 8) {
        Some(chunk) => {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            u64::from_le_bytes(b)
        }
        None => {
            let mut b = [0u8; 8];
            if let Some(src) = text.get(start..start + n) {
                b[..n].copy_from_slice(src);
            }
            u64::from_le_bytes(b)
        }
    };
    (v & used, used)
}

/// High bit of each lane of `x` that equals `byte`.
#[inline]
fn lanes_equal(x: u64, byte: u8) -> u64 {
    let y = x ^ (ONES * byte as u64);
    !((y & LOW7).wrapping_add(LOW7) | y) & HIGH
}

/// Lowercases the `used` lanes of `x`, or `None` when one of them can be in no
/// word of the table without being a letter or `'` after lowercasing (NUL and
/// 0x07, which would lowercase to a lane end or to `'`). Other bytes lowercase
/// to something no key holds, so the probe misses them.
#[inline]
fn lower(x: u64, used: u64) -> Option<u64> {
    let used_high = used & HIGH;
    if (lanes_equal(x, 0) | lanes_equal(x, 0x07)) & used_high != 0 {
        return None;
    }
    Some(x | ((ONES * 0x20) & used))
}

/// The key of `text[start..end]` (1 to 16 bytes), see [`lower`].
#[inline]
fn key_in(text: &[u8], start: usize, end: usize) -> Option<Key> {
    let n = end.checked_sub(start)?;
    if n == 0 || n > 16 {
        return None;
    }
    let (a, ua) = load(text, start, n);
    let (b, ub) = load(text, start + 8, n.saturating_sub(8));
    Some((lower(a, ua)?, lower(b, ub)?))
}

/// Packs a word's lowercase ASCII bytes into a key; `None` when it is longer than
/// 16 bytes or not ASCII letters (apostrophes allowed).
#[inline]
pub fn key(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, &b) in buf.iter_mut().zip(word) {
        let l = b | 0x20;
        if !(l.is_ascii_lowercase() || b == b'\'') {
            return None;
        }
        *d = l;
    }
    Some(u128::from_le_bytes(buf))
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut lex = Lexicon {
            slots: Vec::new(),
            mask: 0,
            words: 0,
            filter: [[0; 27]; 17],
            cue_filter: [[0; 27]; 17],
            cue_pairs: [[0; 27]; 27],
            lemmas: 0,
        };
        for line in CUE_VERBS.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            lex.lemmas += 1;
            let lemma = cols[0].trim();
            let clause = match cols[1].trim() {
                "y" => CLAUSE | BARE,
                "that" => CLAUSE,
                _ => 0,
            };
            let noun = cols[2].trim() == "y";
            for form in cols[3].split('|').map(str::trim) {
                let mut c = CUE | clause;
                if form.ends_with("ing") && form != lemma {
                    c |= ING;
                }
                if noun && (form == lemma || (form.ends_with('s') && !form.ends_with("ss"))) {
                    c |= NOUNISH;
                }
                if NO_OBJECT_LEMMAS.split_whitespace().any(|l| l == lemma) {
                    c |= NO_OBJECT;
                }
                lex.add(form, c);
            }
        }
        lex.add("according", ACCORDING);
        for (list, class) in [
            (DETS, DET),
            (PRONS, PRON),
            (STOPS, STOP),
            (TIMES, TIME),
            (AUXES, AUX),
            (PREPS, PREP),
            (TELLS, TELL),
            ("who which", REL),
            (ABBREVS, ABBREV_DOT),
        ] {
            for w in list.split_whitespace() {
                lex.add(w, class);
            }
        }
        for (list, class) in [
            (SPEAKER_NOUNS, SPEAKER_NOUN),
            (TITLES, TITLE),
            (EVIDENCE_NOUNS, EVIDENCE),
        ] {
            for line in list.lines().filter(|l| !l.starts_with('#')) {
                for w in line.split_whitespace() {
                    lex.add(w, class);
                }
            }
        }
        lex
    }

    fn add(&mut self, word: &str, class: Class) {
        let b = word.as_bytes();
        if key(b).is_none() {
            return;
        }
        let Some(k) = key_in(b, 0, b.len()) else {
            return;
        };
        if self.slots.len() < 2 * (self.words + 1) {
            self.grow();
        }
        let mut i = hash_of(k) & self.mask;
        while self.slots[i].0 != (0, 0) && self.slots[i].0 != k {
            i = (i + 1) & self.mask;
        }
        if self.slots[i].0 == (0, 0) {
            self.words += 1;
        }
        self.slots[i].0 = k;
        self.slots[i].1 |= class;
        let bit = 1 << letter_index(b[b.len() - 1]);
        self.filter[b.len()][letter_index(b[0])] |= bit;
        if class & (CUE | ACCORDING) != 0 {
            self.cue_filter[b.len()][letter_index(b[0])] |= bit;
            self.cue_pairs[letter_index(b[0])][b.get(1).map_or(26, |&c| letter_index(c))] |=
                1 << b.len();
        }
    }

    /// Doubles the table and puts every word back.
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        let len = (old.len() * 2).max(64);
        self.slots = vec![((0, 0), 0); len];
        self.mask = len - 1;
        for (k, c) in old.into_iter().filter(|s| s.0 != (0, 0)) {
            let mut i = hash_of(k) & self.mask;
            while self.slots[i].0 != (0, 0) {
                i = (i + 1) & self.mask;
            }
            self.slots[i] = (k, c);
        }
    }

    /// The classes of `word` (case-insensitive), 0 when it is in none.
    #[inline]
    pub fn class(&self, word: &[u8]) -> Class {
        self.class_in(word, 0, word.len())
    }

    /// The classes of the word `text[start..end]`, like [`Lexicon::class`].
    #[inline]
    pub fn class_in(&self, text: &[u8], start: usize, end: usize) -> Class {
        let n = end.wrapping_sub(start);
        let (Some(&first), Some(&last)) = (text.get(start), text.get(end.wrapping_sub(1))) else {
            return 0;
        };
        if n > 16 || self.filter[n][letter_index(first)] & (1 << letter_index(last)) == 0 {
            return 0;
        }
        match key_in(text, start, end) {
            Some(k) => self.get(k),
            None => 0,
        }
    }

    #[inline]
    fn get(&self, k: Key) -> Class {
        let mut i = hash_of(k) & self.mask;
        // The table is never more than half full, so an empty slot ends the probe.
        while let Some(&(key, class)) = self.slots.get(i) {
            if key == k {
                return class;
            }
            if key == (0, 0) {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
        0
    }

    /// The classes of a run found by [`short_run`] (`x` holds its `len` bytes,
    /// all ASCII letters or digits), like [`Lexicon::class`] of those bytes.
    #[inline]
    pub fn short_class(&self, x: u64, len: usize) -> Class {
        let used = u64::MAX >> (64 - 8 * len.clamp(1, 8));
        // Letters and digits: nothing to reject; a digit makes the probe miss.
        self.get((x | ((ONES * 0x20) & used), 0))
    }

    /// The classes of a run found by [`run16`] (`x`, `y` hold its `len` bytes,
    /// all ASCII letters or digits), like [`Lexicon::class`] of those bytes.
    #[inline]
    pub fn run_class(&self, x: u64, y: u64, len: usize) -> Class {
        if len <= 8 {
            return self.short_class(x, len);
        }
        let used = u64::MAX >> (64 - 8 * (len - 8));
        self.get((x | (ONES * 0x20), y | ((ONES * 0x20) & used)))
    }

    /// True when `word` may be a cue form (`CUE` or `ACCORDING`); false means
    /// it is surely not one. Costs no hashing.
    #[inline]
    pub fn may_be_cue(&self, word: &[u8]) -> bool {
        let n = word.len();
        n != 0
            && n <= 16
            && self.cue_filter[n][letter_index(word[0])] & (1 << letter_index(word[n - 1])) != 0
            && self.cue_pairs[letter_index(word[0])][word.get(1).map_or(26, |&c| letter_index(c))]
                & (1 << n)
                != 0
    }

    /// True when a maximal run of ASCII letters starting in `a..b` of `bytes`
    /// (it may run on past `b`) is a cue form (`CUE` or `ACCORDING`). A run
    /// already under way at `a` belongs to the text before and is skipped.
    /// Every cue word of the tokenizer is such a run, so a `false` here means
    /// that `a..b` holds no cue word.
    pub fn has_cue_run(&self, bytes: &[u8], a: usize, b: usize) -> bool {
        let n = bytes.len();
        let b = b.min(n);
        let mut i = a;
        if i > 0 && bytes.get(i - 1).is_some_and(|&x| is_letter(x)) {
            while i < n && is_letter(bytes[i]) {
                i += 1;
            }
        }
        loop {
            while i < b && !is_letter(bytes[i]) {
                i += 1;
            }
            if i >= b {
                return false;
            }
            let start = i;
            if let Some((len, x)) = short_run(bytes, i, true) {
                i += len;
                if self.may_be_cue(&bytes[start..i])
                    && self.short_class(x, len) & (CUE | ACCORDING) != 0
                {
                    return true;
                }
                continue;
            }
            i = ascii_run_end(bytes, i + 1, true);
            let w = &bytes[start..i];
            if self.may_be_cue(w) && self.class_in(bytes, start, i) & (CUE | ACCORDING) != 0 {
                return true;
            }
        }
    }

    /// Number of cue-verb lemmas loaded.
    pub fn cue_lemmas(&self) -> usize {
        self.lemmas
    }
}

/// The shared table, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_data_has_enough_lemmas_and_forms() {
        let lex = lexicon();
        assert!(lex.cue_lemmas() >= 150, "{}", lex.cue_lemmas());
        for (w, want) in [
            ("said", CUE | CLAUSE),
            ("Said", CUE | CLAUSE),
            ("tweeted", CUE),
            ("acknowledging", CUE | ING),
            ("says", CUE | CLAUSE | BARE),
            ("wrote", CUE),
            ("told", CUE | TELL | BARE),
            ("report", CUE | NOUNISH),
            ("insisted", CUE),
            ("sighed", CUE),
            ("according", ACCORDING),
            ("the", DET),
            ("she", PRON),
            ("spokeswoman", SPEAKER_NOUN),
            ("Thursday", TIME),
        ] {
            assert_eq!(lex.class(w.as_bytes()) & want, want, "{w}");
        }
        assert_eq!(lex.class(b"table") & CUE, 0);
        assert_eq!(lex.class("café".as_bytes()), 0);
        assert_eq!(lex.class(b"abcdefghijklmnopq"), 0);
    }

    #[test]
    fn ascii_runs_end_where_a_byte_by_byte_scan_ends() {
        let scalar = |v: &[u8], mut i: usize, letters: bool| {
            while i < v.len()
                && (if letters {
                    v[i].is_ascii_alphabetic()
                } else {
                    v[i].is_ascii_alphanumeric()
                })
            {
                i += 1;
            }
            i
        };
        for fill in [b'a', b'Z', b'7'] {
            for b in 0..=255u8 {
                for pos in 0..20 {
                    let mut v = vec![fill; 20];
                    v[pos] = b;
                    for letters in [true, false] {
                        for from in [0, 3, 13, 19, 20] {
                            assert_eq!(
                                ascii_run_end(&v, from, letters),
                                scalar(&v, from, letters),
                                "{v:?} {from} {letters}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn cue_runs_are_whole_ascii_letter_runs() {
        let lex = lexicon();
        let t = "He said; unsaid saidx r\u{e9}said".as_bytes();
        assert!(lex.has_cue_run(t, 0, 8));
        assert!(!lex.has_cue_run(t, 4, 8)); // `aid`: the run started before
        assert!(!lex.has_cue_run(t, 8, 22)); // `unsaid`, `saidx`
        assert!(lex.has_cue_run(t, 22, t.len())); // `said` after a non-ASCII letter
        assert!(lex.has_cue_run(b"x according", 1, 3)); // a run may end past `b`
        assert!(!lex.has_cue_run(b"said", 9, 20));
    }

    #[test]
    fn lookups_match_the_packed_keys() {
        let lex = lexicon();
        // The class of a word by its `key`, read off the table slot by slot.
        let by_key = |w: &[u8]| -> Class {
            key(w).map_or(0, |k| {
                let k = (k as u64, (k >> 64) as u64);
                lex.slots.iter().find(|s| s.0 == k).map_or(0, |s| s.1)
            })
        };
        let alphabet = b"sSaAiIdDtThHeE'@[`{09 \x00\x07\x80\xc3\xe9\xff\x5b\x7b\x40\x60";
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 19) as usize;
            let text: Vec<u8> = (0..len + 20)
                .map(|k| {
                    let r = (seed >> ((k * 5) % 60)) as usize;
                    // Mostly letters, so that some words are in the table.
                    if !r.is_multiple_of(3) {
                        b"saidthe"[r % 7]
                    } else {
                        alphabet[r % alphabet.len()]
                    }
                })
                .collect();
            for pad in [0, 3, 20] {
                let t = &text[..len + pad];
                assert_eq!(lex.class_in(t, 0, len), by_key(&t[..len]), "{t:?}");
            }
        }
        for w in [
            "said",
            "it's",
            "AccordING",
            "spokeswoman",
            "the",
            "it\x07s",
            "th\x00",
        ] {
            assert_eq!(lex.class(w.as_bytes()), by_key(w.as_bytes()), "{w}");
        }
        assert_ne!(lex.class(b"it's"), 0);
        assert_eq!(lex.class(b"it\x07s"), 0);
    }
}
