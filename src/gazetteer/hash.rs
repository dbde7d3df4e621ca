//! Case-folded token hashing and small hash maps keyed by those hashes.
//!
//! Every word is looked up by a 64-bit hash of its case-folded form, so the
//! hot path never allocates or lowercases into a buffer. Distinct words
//! colliding on 64 bits is vanishingly unlikely for vocabularies of millions.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::table::FlatMap;
use crate::swar::{alnum_bytes, HIGH, LOWER_BITS};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One mixing step of the folded hash.
#[inline(always)]
pub(crate) fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(SEED)
}

/// Folds one character for matching: lower case, curly apostrophes to `'`,
/// non-breaking hyphens to `-`.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        _ => c,
    }
}

/// Hash of the case-folded text.
///
/// Words made only of ASCII letters and digits (nearly all tokens) are hashed
/// eight bytes at a time: OR-ing `0x20` into such bytes lower-cases letters
/// and leaves digits unchanged. Other text is folded per character.
#[inline]
pub(crate) fn fold_hash(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = 0x5151u64;
    if all_ascii_alnum(b) {
        return hash_ascii_word(b);
    } else if s.is_ascii() {
        for &c in b {
            h = mix(h, u64::from(c.to_ascii_lowercase()) | 0x100);
        }
    } else {
        let mut f = FoldHasher::new();
        for c in s.chars() {
            f.push_char(c);
        }
        return f.finish();
    }
    mix(h, 0xff)
}

/// True when every byte is an ASCII letter or digit (eight bytes at a time).
#[inline]
fn all_ascii_alnum(b: &[u8]) -> bool {
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        if alnum_bytes(u64::from_le_bytes(w)) != HIGH {
            return false;
        }
    }
    chunks.remainder().iter().all(u8::is_ascii_alphanumeric)
}

/// [`fold_hash`] of text holding a non-ASCII character, fed one character
/// at a time (so a scanner can hash a word while it reads it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct FoldHasher(u64);

impl FoldHasher {
    /// An empty text.
    #[inline]
    pub(crate) fn new() -> Self {
        FoldHasher(0x5151)
    }
    /// Adds an ASCII byte.
    #[inline]
    pub(crate) fn push_ascii(&mut self, b: u8) {
        self.0 = mix(self.0, u64::from(b.to_ascii_lowercase()) | 0x100);
    }
    /// Adds a character.
    #[inline]
    pub(crate) fn push_char(&mut self, c: char) {
        let u = u32::from(c);
        if u < 0x80 {
            self.push_ascii(u as u8);
        } else if is_caseless(u) {
            self.0 = mix(self.0, u64::from(u) | 0x100);
        } else {
            for l in fold_char(c).to_lowercase() {
                self.0 = mix(self.0, u64::from(u32::from(l)) | 0x100);
            }
        }
    }
    /// The hash.
    #[inline]
    pub(crate) fn finish(self) -> u64 {
        mix(self.0, 0xff)
    }
}

/// [`fold_hash`] of a one-byte ASCII token that is not a letter or digit.
#[inline]
pub(crate) fn hash_ascii_mark(c: u8) -> u64 {
    mix(mix(0x5151, u64::from(c.to_ascii_lowercase()) | 0x100), 0xff)
}

/// True for characters of scripts without letter case (Hebrew and Arabic to
/// Sinhala, Thai, Lao, kana, CJK ideographs, Hangul syllables): they are
/// neither upper nor lower case and fold to themselves, so no Unicode table
/// needs to be consulted for them.
#[inline]
pub(crate) fn is_caseless(u: u32) -> bool {
    matches!(u, 0x0590..=0x0dff | 0x0e00..=0x0eff | 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3)
}

/// [`fold_hash`] of a word made only of ASCII letters and digits.
#[inline]
pub(crate) fn hash_ascii_word(b: &[u8]) -> u64 {
    hash_ascii_at(b, 0, b.len())
}

/// [`hash_ascii_word`] of `bytes[start..end]` (ASCII letters and digits).
///
/// Reads whole eight-byte blocks from `bytes` (also past `end` when the text
/// goes on, masking what lies beyond), so no bytes are copied.
#[inline]
pub(crate) fn hash_ascii_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    // Eight bytes at a time, little-endian; the last block is zero-padded.
    let mut h = 0u64;
    let mut p = start;
    while p + 8 <= end {
        h = mix(h, load8(bytes, p) | LOWER_BITS);
        p += 8;
    }
    if p < end {
        let rest = end - p;
        let w = if p + 8 <= bytes.len() {
            load8(bytes, p)
        } else {
            let mut w = [0u8; 8];
            w[..rest].copy_from_slice(&bytes[p..end]);
            u64::from_le_bytes(w)
        };
        let pad = u64::MAX >> (64 - 8 * rest as u32);
        h = mix(h, (w | LOWER_BITS) & pad);
    }
    mix(h, ((end - start) as u64) << 8 | 0xfe)
}

#[inline(always)]
fn load8(bytes: &[u8], p: usize) -> u64 {
    match bytes.get(p..p + 8) {
        Some(s) => {
            let mut w = [0u8; 8];
            w.copy_from_slice(s);
            u64::from_le_bytes(w)
        }
        None => 0,
    }
}

/// A small fast hasher for integer keys (the keys are already good hashes).
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u64::from(b));
        }
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = mix(self.0, n);
    }
    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.0 = mix(self.0, u64::from(n));
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.0 = mix(self.0, n as u64);
    }
}

/// A hash map with the fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A set of case-folded words (stored as hashes), with a value per word.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V> {
    map: FlatMap<u64, V>,
}

impl<V: Copy> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: FlatMap::default(),
        }
    }
}

impl<V: Copy> WordMap<V> {
    /// An empty map with room for `n` words before it grows.
    pub(crate) fn with_capacity(n: usize) -> Self {
        WordMap {
            map: FlatMap::with_capacity(n),
        }
    }
    /// Adds a word; an existing value is kept.
    pub(crate) fn insert(&mut self, word: &str, value: V) {
        self.map.get_or_insert(fold_hash(word), value);
    }
    /// Looks a word up by its text.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        self.get_hash(fold_hash(word))
    }
    /// Looks a word up by its folded hash.
    #[inline]
    pub(crate) fn get_hash(&self, h: u64) -> Option<V> {
        self.map.get(h)
    }
    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
    /// Every word (as its folded hash) and value.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u64, V)> + '_ {
        self.map.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_apostrophe_style() {
        assert_eq!(fold_hash("Putin"), fold_hash("PUTIN"));
        assert_eq!(fold_hash("Zürich"), fold_hash("ZÜRICH"));
        assert_eq!(fold_hash("\u{2019}"), fold_hash("'"));
        assert_ne!(fold_hash("Putin"), fold_hash("Putina"));
    }

    #[test]
    fn block_hash_matches_byte_by_byte() {
        let text = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        for len in 0..=text.len() {
            let b = &text.as_bytes()[..len];
            let (mut h, mut word, mut shift) = (0u64, 0u64, 0u32);
            for &c in b {
                word |= u64::from(c | 0x20) << shift;
                shift += 8;
                if shift == 64 {
                    h = mix(h, word);
                    word = 0;
                    shift = 0;
                }
            }
            if shift > 0 {
                h = mix(h, word);
            }
            let expected = mix(h, (len as u64) << 8 | 0xfe);
            assert_eq!(hash_ascii_word(b), expected, "length {len}");
        }
    }

    #[test]
    fn offset_hash_matches_slice_hash() {
        let text = b"ab Putin NATO Zelenskiyy 2022 x";
        for start in 0..text.len() {
            for end in start + 1..=text.len() {
                let w = &text[start..end];
                if w.iter().all(u8::is_ascii_alphanumeric) {
                    let s = std::str::from_utf8(w).unwrap();
                    assert_eq!(hash_ascii_at(text, start, end), fold_hash(s), "{s}");
                }
            }
        }
        for c in b"-.,'&()\"" {
            let s = [*c];
            assert_eq!(
                hash_ascii_mark(*c),
                fold_hash(std::str::from_utf8(&s).unwrap())
            );
        }
    }

    #[test]
    fn caseless_scripts_have_no_case() {
        for u in 0..=0x10ffffu32 {
            let Some(c) = char::from_u32(u) else { continue };
            if is_caseless(u) {
                assert!(!c.is_uppercase() && !c.is_lowercase(), "{u:x}");
                assert!(c.to_lowercase().eq(std::iter::once(c)), "{u:x}");
                assert_eq!(fold_char(c), c);
            }
        }
    }

    #[test]
    fn alnum_check_matches_bytewise() {
        for b in 0..=255u8 {
            for pos in 0..10 {
                let mut v = b"Ab3dEf9hIjK".to_vec();
                v[pos] = b;
                let want = v.iter().all(u8::is_ascii_alphanumeric);
                assert_eq!(all_ascii_alnum(&v), want, "{b} at {pos}");
            }
        }
        assert!(all_ascii_alnum(b""));
    }

    #[test]
    fn word_map_is_case_insensitive() {
        let mut m = WordMap::default();
        m.insert("Nice", 3u32);
        assert_eq!(m.get("NICE"), Some(3));
        assert_eq!(m.get("nice"), Some(3));
        assert_eq!(m.get("Nicer"), None);
        assert_eq!(m.len(), 1);
    }
}
