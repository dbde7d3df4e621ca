//! A one-pass byte-level tokenizer: words (letters and digits) and single
//! punctuation marks, with case flags and folded hashes.
//!
//! Whitespace is not a token; `SPACE_BEFORE` and `NEWLINE_BEFORE` record it.
//! Apostrophes and hyphens are their own tokens, so `Putin's` is `Putin`,
//! `'`, `s` and a name span never includes a possessive.

use crate::document::Span;

use super::hash::{
    fold_char, fold_hash, hash_ascii_at, hash_ascii_mark, is_caseless, mix, FoldHasher,
};
use crate::swar::{alnum_bytes, bytes_between, HIGH, LOWER_BITS};

/// First character is an upper-case letter.
pub(crate) const CAP: u16 = 1;
/// Every cased letter is upper case (and there is at least one letter).
pub(crate) const UPPER: u16 = 1 << 1;
/// First character is a lower-case letter.
pub(crate) const LOWER: u16 = 1 << 2;
/// First character is a digit.
pub(crate) const DIGIT: u16 = 1 << 3;
/// A word (not punctuation).
pub(crate) const WORD: u16 = 1 << 4;
/// Whitespace precedes the token.
pub(crate) const SPACE_BEFORE: u16 = 1 << 5;
/// A line break precedes the token.
pub(crate) const NEWLINE_BEFORE: u16 = 1 << 6;
/// First word of a sentence or line (or right after an opening quote or colon).
pub(crate) const SENT_START: u16 = 1 << 7;
/// In a line written in capitals (headline, dateline).
pub(crate) const ZONE_CAPS: u16 = 1 << 8;
/// In a line where (almost) every word is capitalised (title case headline).
pub(crate) const ZONE_TITLE: u16 = 1 << 9;
/// A blank line (paragraph break) precedes the token.
pub(crate) const PARA_BEFORE: u16 = 1 << 10;
/// A word of ASCII letters and digits whose hash is left to [`Tok::h`]
/// (lower-case words: most are never looked up).
pub(crate) const LAZY: u16 = 1 << 11;

/// One token: byte range, folded hash and flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub hash: u64,
    pub flags: u16,
}

impl Tok {
    #[inline]
    pub(crate) fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }
    #[inline]
    pub(crate) fn is_word(&self) -> bool {
        self.has(WORD)
    }
    #[inline]
    pub(crate) fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// True for a punctuation token whose (folded) character is `c`.
    #[inline]
    pub(crate) fn is_punct(&self, text: &str, c: char) -> bool {
        if self.is_word() {
            return false;
        }
        if self.end == self.start + 1 {
            // an ASCII mark (folding leaves ASCII alone)
            return text
                .as_bytes()
                .get(self.start)
                .is_some_and(|&b| char::from(b) == c);
        }
        text.get(self.start..self.end)
            .and_then(|s| s.chars().next())
            .is_some_and(|x| fold_char(x) == c)
    }
    /// The folded hash (computed here when the tokenizer left it out).
    #[inline(always)]
    pub(crate) fn h(&self, text: &str) -> u64 {
        if self.hash != 0 {
            self.hash
        } else if self.flags & LAZY != 0 {
            hash_ascii_at(text.as_bytes(), self.start, self.end)
        } else {
            fold_hash(self.text(text))
        }
    }
    /// Number of bytes (letters) in a word.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Non-ASCII characters that are part of words: everything but spaces,
/// punctuation and symbol blocks (so combining marks stay inside words and
/// no Unicode table is consulted on the hot path).
/// A key for a sequence of tokens (the folded name).
#[inline]
pub(crate) fn seq_key(toks: &[Tok], text: &str) -> u64 {
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    for t in toks {
        h = (h.rotate_left(7) ^ t.h(text)).wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// [`seq_key`] of the tokens of `name` (`toks` is scratch space). ASCII
/// names are keyed straight from their bytes: white space between tokens,
/// runs of letters and digits as words, any other byte a mark (what
/// [`tokenize`] makes of them).
pub(crate) fn name_key(name: &str, toks: &mut Vec<Tok>) -> u64 {
    if !name.is_ascii() {
        tokenize(name, toks);
        return seq_key(toks, name);
    }
    let bytes = name.as_bytes();
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let cl = CLASS[b as usize];
        let th = if cl & C_SPACE != 0 {
            i += 1;
            continue;
        } else if cl & C_ALNUM != 0 {
            let start = i;
            while i < bytes.len() && CLASS[bytes[i] as usize] & C_ALNUM != 0 {
                i += 1;
            }
            hash_ascii_at(bytes, start, i)
        } else {
            i += 1;
            hash_ascii_mark(b)
        };
        h = (h.rotate_left(7) ^ th).wrapping_mul(0x100_0000_01b3);
    }
    h
}

#[inline]
fn is_word_char(c: char) -> bool {
    let u = u32::from(c);
    !(matches!(u, 0x80..=0xbf | 0xd7 | 0xf7 | 0x2000..=0x2bff | 0x3000..=0x303f | 0xfe30..=0xfe4f | 0xff00..=0xff0f | 0xff1a..=0xff20 | 0xfff0..=0xffff)
        || c.is_whitespace())
}

const C_ALNUM: u8 = 1;
const C_UPPER: u8 = 2;
const C_LOWER: u8 = 4;
const C_DIGIT: u8 = 8;
const C_SPACE: u8 = 16;

const fn byte_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            C_ALNUM | C_UPPER
        } else if c.is_ascii_lowercase() {
            C_ALNUM | C_LOWER
        } else if c.is_ascii_digit() {
            C_ALNUM | C_DIGIT
        } else if c.is_ascii_whitespace() {
            C_SPACE
        } else {
            0
        };
        b += 1;
    }
    t
}

static CLASS: [u8; 256] = byte_classes();

/// Token flags of a word by its first (ASCII) byte.
const fn word_flags() -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            WORD | CAP
        } else if c.is_ascii_lowercase() {
            WORD | LOWER
        } else if c.is_ascii_digit() {
            WORD | DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
}

static WORD_FLAGS: [u16; 256] = word_flags();

/// Tokenizes `text` into `out` (cleared first); lines are the sentences.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    tokenize_with(text, &[], out, None, false, &|_| false);
}

/// Collects tokens and marks sentence starts and headline zones as it goes.
struct Collector<'a> {
    out: &'a mut Vec<Tok>,
    /// Indices of the words that are capitalised or in capitals (when asked).
    starts: Option<&'a mut Vec<usize>>,
    is_common: &'a dyn Fn(u64) -> bool,
    bytes: &'a [u8],
    sentences: &'a [Span],
    /// Index of the first sentence ending after the last token.
    s_idx: usize,
    /// End of `sentences[s_idx]` (`usize::MAX` past the last one).
    s_end: usize,
    seg_start: usize,
    need_first: bool,
    upper: u32,
    cap: u32,
    lower: u32,
}

impl Collector<'_> {
    #[inline(always)]
    fn push(&mut self, mut t: Tok) {
        let mut new_seg = t.flags & NEWLINE_BEFORE != 0 || self.out.is_empty();
        if t.start >= self.s_end {
            // the token lies in a later sentence
            while self.s_idx < self.sentences.len() && self.sentences[self.s_idx].end <= t.start {
                self.s_idx += 1;
            }
            self.s_end = self.sentences.get(self.s_idx).map_or(usize::MAX, |s| s.end);
            new_seg = true;
        }
        if new_seg {
            self.close_segment();
            self.seg_start = self.out.len();
            self.need_first = true;
        }
        if t.flags & WORD != 0 {
            if self.need_first {
                t.flags |= SENT_START;
                self.need_first = false;
            } else if let Some(p) = self.out.last() {
                if p.flags & WORD == 0 {
                    let pb = &self.bytes[p.start..p.end];
                    if opens_sentence(pb, p.flags) {
                        t.flags |= SENT_START;
                    }
                    // `… said. Later` when no sentence spans were given
                    if self.sentences.is_empty()
                        && t.flags & SPACE_BEFORE != 0
                        && matches!(pb, b"." | b"!" | b"?")
                        && self.out.len() >= 2
                        && {
                            let w = &self.out[self.out.len() - 2];
                            w.flags & (LOWER | DIGIT) != 0
                                || (w.flags & CAP != 0 && w.end - w.start >= 4)
                        }
                    {
                        t.flags |= SENT_START;
                    }
                }
            }
            if t.flags & (CAP | UPPER) != 0 {
                if let Some(starts) = self.starts.as_mut() {
                    starts.push(self.out.len());
                }
            }
            if t.flags & UPPER != 0 && t.end - t.start >= 2 {
                self.upper += 1;
            } else if t.flags & CAP != 0 {
                self.cap += 1;
            } else if t.flags & LOWER != 0 {
                self.lower += 1;
            }
        }
        self.out.push(t);
    }

    /// [`Self::push`] for a word starting with an ASCII lower-case letter.
    #[inline(always)]
    fn push_lower(&mut self, mut t: Tok) {
        if t.flags & NEWLINE_BEFORE != 0 || t.start >= self.s_end || self.out.is_empty() {
            return self.push(t);
        }
        if self.need_first {
            t.flags |= SENT_START;
            self.need_first = false;
        } else if let Some(p) = self.out.last() {
            if p.flags & WORD == 0 && opens_sentence(&self.bytes[p.start..p.end], p.flags) {
                t.flags |= SENT_START;
            }
        }
        self.lower += 1;
        self.out.push(t);
    }

    /// [`Self::push_lower`] for a lower-case word right after a word pushed
    /// by `push_lower` or `push_lower_next` (or the gap that followed it)
    /// and one space: no line break precedes it, the segment's first word
    /// is behind, and a word or a gap opens no sentence, so only a new
    /// sentence span needs the full [`Self::push`].
    #[inline(always)]
    fn push_lower_next(&mut self, t: Tok) {
        if t.start >= self.s_end {
            return self.push(t);
        }
        self.lower += 1;
        self.out.push(t);
    }

    /// A zero-width token where text was skipped.
    fn push_gap(&mut self, at: usize) {
        self.out.push(Tok {
            start: at,
            end: at,
            hash: 0,
            flags: 0,
        });
    }

    fn close_segment(&mut self) {
        let (upper, cap, lower) = (self.upper, self.cap, self.lower);
        if upper == 0 && cap < 3 {
            self.lower = 0;
            self.cap = 0;
            return;
        }
        let flag = if upper > 0 && lower == 0 && upper >= cap
            || upper >= 3 && upper > 2 * (lower + cap)
        {
            ZONE_CAPS
        } else if cap >= 3 && lower * 4 <= cap && upper <= cap && {
            // title case only when many capitalised words are ordinary words
            let common = self.out[self.seg_start..]
                .iter()
                .filter(|t| t.flags & CAP != 0 && t.flags & UPPER == 0 && (self.is_common)(t.hash))
                .count() as u32;
            common * 2 >= cap
        } {
            ZONE_TITLE
        } else {
            0
        };
        if flag != 0 {
            for t in &mut self.out[self.seg_start..] {
                t.flags |= flag;
            }
        }
        self.upper = 0;
        self.cap = 0;
        self.lower = 0;
    }
}

/// After an opening quote, a bracket, a colon or a dash, a capital starts a sentence.
#[inline]
fn opens_sentence(p: &[u8], flags: u16) -> bool {
    matches!(
        p,
        b"\"" | b":" | b"(" | [0xe2, 0x80, 0x9c] | [0xe2, 0x80, 0x98] | [0xe2, 0x80, 0x94]
    ) || (p == b"'" && flags & SPACE_BEFORE != 0)
}

/// After this many lower-case words in a row, runs of plain lower-case text
/// are skipped without making tokens (see [`skip_lower_case`]).
const QUIET_WORDS: u32 = 6;

/// Index of the first byte at or after `j` that ends a skip: a capital, a
/// digit, a non-ASCII byte or a line break (eight bytes at a time).
#[inline]
fn find_stop(bytes: &[u8], mut j: usize) -> usize {
    while let Some(s) = bytes.get(j..j + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(s);
        let w = u64::from_le_bytes(w);
        let a = w & !HIGH;
        let stop = (w & HIGH)
            | bytes_between(a, b'A', b'Z')
            | bytes_between(a, b'0', b'9')
            | bytes_between(a, b'\n', b'\n')
            | bytes_between(a, b'\r', b'\r');
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < bytes.len() && !is_stop(bytes[j]) {
        j += 1;
    }
    j
}

#[inline]
fn is_stop(c: u8) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit() || c >= 0x80 || c == b'\n' || c == b'\r'
}

/// Counts one more lower-case word in a row ending at `i`; after
/// [`QUIET_WORDS`] of them (when skipping is on) jumps over the lower-case
/// run that follows. Returns where to read on.
#[inline(always)]
fn after_lower_word(
    bytes: &[u8],
    i: usize,
    quiet: &mut u32,
    skip: bool,
    out: &mut Collector,
) -> usize {
    *quiet += 1;
    if *quiet >= QUIET_WORDS && skip {
        *quiet = 0;
        return skip_lower_case(bytes, i, out);
    }
    i
}

/// Skips plain lower-case text from `i` (just after a word) up to the next
/// capital, digit, non-ASCII character or line break, then backs up three
/// words so the rules still see the words before a name. Returns the new
/// position; when something was skipped, a gap token marks the hole.
fn skip_lower_case(bytes: &[u8], i: usize, out: &mut Collector) -> usize {
    let j = find_stop(bytes, i);
    // back up over up to three words (and what is between them)
    let mut k = j;
    let mut words = 0;
    while k > i && words < 3 {
        while k > i && CLASS[bytes[k - 1] as usize] & C_ALNUM == 0 {
            k -= 1;
        }
        if k > i {
            words += 1;
        }
        while k > i && CLASS[bytes[k - 1] as usize] & C_ALNUM != 0 {
            k -= 1;
        }
    }
    // keep what lies before the first backed-up word's separators
    while k > i && CLASS[bytes[k - 1] as usize] & C_ALNUM == 0 {
        k -= 1;
    }
    if k > i {
        out.push_gap(k);
        k
    } else {
        i
    }
}

/// Tokenizes a document; `sentences` (sorted spans, may be empty) and line
/// breaks delimit the segments used for sentence starts and headline zones.
/// `is_common` tells ordinary words (by folded hash): a line is in title case
/// only when many of its capitalised words are ordinary words. `starts`
/// receives the indices of the words that are capitalised or in capitals
/// (the only places where a name can start).
pub(crate) fn tokenize_doc(
    text: &str,
    sentences: &[Span],
    out: &mut Vec<Tok>,
    starts: &mut Vec<usize>,
    is_common: &dyn Fn(u64) -> bool,
) {
    starts.clear();
    tokenize_with(text, sentences, out, Some(starts), true, is_common);
}

/// The tokenizer: one pass over the bytes. ASCII words, spaces and marks
/// are read from a byte-class table; only non-ASCII bytes are decoded. Words
/// that can start a name (and words with non-ASCII letters) get their folded
/// hash here; lower-case ASCII words, most of which are never looked up, are
/// hashed by [`Tok::h`] when a rule asks.
fn tokenize_with(
    text: &str,
    sentences: &[Span],
    out: &mut Vec<Tok>,
    starts: Option<&mut Vec<usize>>,
    skip: bool,
    is_common: &dyn Fn(u64) -> bool,
) {
    out.clear();
    if out.capacity() < text.len() / 4 + 1 {
        // a fresh buffer: growing would copy the old one's (dead) contents
        *out = Vec::with_capacity(text.len() / 4 + 1);
    }
    let mut out = Collector {
        out,
        starts,
        is_common,
        bytes: text.as_bytes(),
        sentences,
        s_idx: 0,
        s_end: sentences.first().map_or(usize::MAX, |s| s.end),
        seg_start: 0,
        need_first: true,
        upper: 0,
        cap: 0,
        lower: 0,
    };
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut pending: u16 = 0;
    let mut newlines = 0u8;
    let mut quiet = 0u32;
    'bytes: while i < n {
        let b = bytes[i];
        let cl = CLASS[b as usize];
        if cl & C_SPACE != 0 {
            pending |= SPACE_BEFORE;
            if b == b'\n' {
                pending |= NEWLINE_BEFORE;
                newlines = newlines.saturating_add(1);
                if newlines >= 2 {
                    pending |= PARA_BEFORE;
                }
            }
            i += 1;
            continue;
        }
        let start = i;
        let mut flags = pending;
        if cl & C_LOWER != 0 {
            // lower-case ASCII words (one after another while a single space
            // separates them): only their ends are needed here
            let (mut start, mut flags) = (start, flags);
            // a word after a word of this loop (and a single space)
            let mut next = false;
            loop {
                i = lower_word_end(bytes, start);
                flags |= WORD | LOWER;
                pending = 0;
                newlines = 0;
                if i < n && bytes[i] >= 0x80 && next_is_word_char(text, i) {
                    // a word with non-ASCII letters further on (never in capitals)
                    quiet = 0;
                    let (_, _, hash) = scan_word(text, start, &mut i);
                    out.push(Tok {
                        start,
                        end: i,
                        hash,
                        flags,
                    });
                    continue 'bytes;
                }
                let t = Tok {
                    start,
                    end: i,
                    hash: 0,
                    flags: flags | LAZY,
                };
                if next {
                    out.push_lower_next(t);
                } else {
                    out.push_lower(t);
                }
                i = after_lower_word(bytes, i, &mut quiet, skip, &mut out);
                if bytes.get(i) == Some(&b' ') {
                    pending = SPACE_BEFORE;
                    i += 1;
                    if bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
                        start = i;
                        flags = pending;
                        next = true;
                        continue;
                    }
                }
                continue 'bytes;
            }
        }
        if cl & C_ALNUM != 0 {
            // ASCII word: eight bytes at a time (classes and hash together).
            let (end, has_up, has_low, hash) = ascii_word(bytes, start);
            i = end;
            flags |= WORD_FLAGS[b as usize];
            pending = 0;
            newlines = 0;
            if i < n && bytes[i] >= 0x80 && next_is_word_char(text, i) {
                // a word with non-ASCII letters further on
                quiet = 0;
                let (u, l, hash) = scan_word(text, start, &mut i);
                if (has_up || u) && !(has_low || l) {
                    flags |= UPPER;
                }
                out.push(Tok {
                    start,
                    end: i,
                    hash,
                    flags,
                });
                continue;
            }
            if has_up && !has_low {
                flags |= UPPER;
            }
            out.push(Tok {
                start,
                end: i,
                hash,
                flags,
            });
            if cl & C_LOWER == 0 {
                quiet = 0;
            } else {
                i = after_lower_word(bytes, i, &mut quiet, skip, &mut out);
            }
            // the usual single space before the next word
            if bytes.get(i) == Some(&b' ') {
                pending = SPACE_BEFORE;
                i += 1;
            }
            continue;
        }
        pending = 0;
        if b < 0x80 {
            out.push(Tok {
                start,
                end: i + 1,
                hash: hash_ascii_mark(b),
                flags,
            });
            newlines = 0;
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_whitespace() {
            pending = flags | SPACE_BEFORE;
            if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                pending |= NEWLINE_BEFORE;
            }
            i += len;
            continue;
        }
        newlines = 0;
        if !is_word_char(c) {
            // non-ASCII marks are hashed only when a lookup asks (`Tok::h`)
            out.push(Tok {
                start,
                end: i + len,
                hash: 0,
                flags,
            });
            i += len;
            continue;
        }
        flags |= WORD;
        quiet = 0;
        let u = u32::from(c);
        if is_caseless(u) {
            if c.is_numeric() {
                flags |= DIGIT;
            }
        } else if c.is_uppercase() {
            flags |= CAP;
        } else if c.is_lowercase() {
            flags |= LOWER;
        } else if c.is_numeric() {
            flags |= DIGIT;
        }
        let (u, l, hash) = scan_word(text, start, &mut i);
        if u && !l {
            flags |= UPPER;
        }
        out.push(Tok {
            start,
            end: i,
            hash,
            flags,
        });
    }
    out.close_segment();
}

/// Reads the ASCII word (letters and digits) starting at `start`, eight
/// bytes at a time; returns its end, whether it has upper-case and
/// lower-case letters, and its folded hash (as [`hash_ascii_at`]).
#[inline(always)]
fn ascii_word(bytes: &[u8], start: usize) -> (usize, bool, bool, u64) {
    let mut p = start;
    let mut h = 0u64;
    let (mut up, mut low) = (0u64, 0u64);
    while let Some(s) = bytes.get(p..p + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(s);
        let x = u64::from_le_bytes(w);
        let a = x & !HIGH;
        let u = bytes_between(a, b'A', b'Z');
        let l = bytes_between(a, b'a', b'z');
        let d = bytes_between(a, b'0', b'9');
        // non-ASCII bytes (high bit set in `x`) end the word
        let stop = !((u | l | d) & !x) & HIGH;
        if stop == 0 {
            up |= u;
            low |= l;
            h = mix(h, x | LOWER_BITS);
            p += 8;
            continue;
        }
        let len = stop.trailing_zeros() / 8;
        let keep = (1u64 << (8 * len)) - 1;
        if len > 0 {
            up |= u & keep;
            low |= l & keep;
            h = mix(h, (x | LOWER_BITS) & keep);
        }
        p += len as usize;
        let h = mix(h, ((p - start) as u64) << 8 | 0xfe);
        return (p, up != 0, low != 0, h);
    }
    // fewer than eight bytes left
    let (mut has_up, mut has_low) = (up != 0, low != 0);
    while p < bytes.len() {
        let k = CLASS[bytes[p] as usize];
        if k & C_ALNUM == 0 {
            break;
        }
        has_up |= k & C_UPPER != 0;
        has_low |= k & C_LOWER != 0;
        p += 1;
    }
    (p, has_up, has_low, hash_ascii_at(bytes, start, p))
}

/// The end of the ASCII word (letters and digits) starting at `start`,
/// eight bytes at a time.
#[inline(always)]
fn lower_word_end(bytes: &[u8], start: usize) -> usize {
    let mut p = start;
    while let Some(s) = bytes.get(p..p + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(s);
        let x = u64::from_le_bytes(w);
        // non-ASCII bytes end the word
        let stop = !alnum_bytes(x) & HIGH;
        if stop != 0 {
            return p + (stop.trailing_zeros() / 8) as usize;
        }
        p += 8;
    }
    while p < bytes.len() && CLASS[bytes[p] as usize] & C_ALNUM != 0 {
        p += 1;
    }
    p
}

/// True when the character starting at byte `i` belongs to a word.
#[inline]
fn next_is_word_char(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(is_word_char)
}

/// Scans the rest of a word from `i` (any mix of ASCII and other letters)
/// that started at `start` and holds a non-ASCII character; returns whether
/// it has upper- and lower-case letters, and its folded hash.
fn scan_word(text: &str, start: usize, i: &mut usize) -> (bool, bool, u64) {
    let bytes = text.as_bytes();
    let mut hash = FoldHasher::new();
    for &b in &bytes[start..*i] {
        hash.push_ascii(b);
    }
    let (mut up, mut low) = (false, false);
    while *i < bytes.len() {
        let b = bytes[*i];
        if b < 0x80 {
            let k = CLASS[b as usize];
            if k & C_ALNUM == 0 {
                break;
            }
            up |= k & C_UPPER != 0;
            low |= k & C_LOWER != 0;
            hash.push_ascii(b);
            *i += 1;
            continue;
        }
        let c = text[*i..].chars().next().unwrap_or(' ');
        if !is_word_char(c) {
            break;
        }
        if !is_caseless(u32::from(c)) {
            up |= c.is_uppercase();
            low |= c.is_lowercase();
        }
        hash.push_char(c);
        *i += c.len_utf8();
    }
    (up, low, hash.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, u16)> {
        let mut v = Vec::new();
        tokenize(text, &mut v);
        v.iter().map(|t| (t.text(text), t.flags)).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        let w = words("Putin’s U.S.-based Zürich 87-year-old");
        let texts: Vec<&str> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            vec![
                "Putin", "’", "s", "U", ".", "S", ".", "-", "based", "Zürich", "87", "-", "year",
                "-", "old"
            ]
        );
        assert!(w[0].1 & CAP != 0 && w[0].1 & UPPER == 0);
        assert!(w[3].1 & UPPER != 0);
        assert!(w[8].1 & LOWER != 0 && w[8].1 & SPACE_BEFORE == 0);
        assert!(w[9].1 & CAP != 0 && w[9].1 & SPACE_BEFORE != 0);
        assert!(w[10].1 & DIGIT != 0);
    }

    #[test]
    fn records_line_breaks() {
        let w = words("A\nB\n\nC");
        assert!(w[1].1 & NEWLINE_BEFORE != 0 && w[1].1 & PARA_BEFORE == 0);
        assert!(w[2].1 & PARA_BEFORE != 0);
    }

    #[test]
    fn block_scanner_finds_word_ends_and_classes() {
        // lengths around the eight-byte block size, in the text and at its end
        for len in 1..=20 {
            for tail in ["", " x", "-", "\u{e9}t\u{e9}", "\u{2019}s"] {
                for word in [
                    "a".repeat(len),
                    "A".repeat(len),
                    format!("B{}", "c".repeat(len - 1)),
                    "7".repeat(len),
                ] {
                    let text = format!("{word}{tail}");
                    let (end, has_up, has_low, hash) = ascii_word(text.as_bytes(), 0);
                    assert_eq!(end, len, "{text:?}");
                    assert_eq!(lower_word_end(text.as_bytes(), 0), len, "{text:?}");
                    assert_eq!(hash, fold_hash(&word), "{text:?}");
                    let up = word.bytes().any(|b| b.is_ascii_uppercase());
                    let low = word.bytes().any(|b| b.is_ascii_lowercase());
                    assert_eq!((has_up, has_low), (up, low), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn non_ascii_words_marks_apostrophes_and_hyphens() {
        let text = "e\u{301}cole \u{c9}COLE M\u{fc}ller \u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430} \u{928}\u{92e}\u{938}\u{94d}\u{924}\u{947} O'Brien Jean\u{2011}Claude l\u{2019}\u{e9}t\u{e9} 3M";
        let w = words(text);
        let texts: Vec<&str> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            vec![
                "e\u{301}cole",
                "\u{c9}COLE",
                "M\u{fc}ller",
                "\u{41c}\u{43e}\u{441}\u{43a}\u{432}\u{430}",
                "\u{928}\u{92e}\u{938}\u{94d}\u{924}\u{947}",
                "O",
                "'",
                "Brien",
                "Jean",
                "\u{2011}",
                "Claude",
                "l",
                "\u{2019}",
                "\u{e9}t\u{e9}",
                "3M"
            ]
        );
        assert!(w[0].1 & LOWER != 0 && w[0].1 & UPPER == 0);
        assert!(w[1].1 & CAP != 0 && w[1].1 & UPPER != 0);
        assert!(w[2].1 & CAP != 0 && w[2].1 & UPPER == 0);
        assert!(w[3].1 & CAP != 0);
        // a script without letter case: a word, neither capitalised nor lower case
        assert!(w[4].1 & WORD != 0 && w[4].1 & (CAP | LOWER | UPPER) == 0);
        assert!(w[6].1 & WORD == 0 && w[6].1 & SPACE_BEFORE == 0);
        assert!(w[14].1 & DIGIT != 0 && w[14].1 & UPPER != 0);
        // every token's hash is the folded hash of its text
        let mut v = Vec::new();
        tokenize(text, &mut v);
        for t in &v {
            assert_eq!(t.h(text), fold_hash(t.text(text)), "{:?}", t.text(text));
        }
        assert_eq!(fold_hash("\u{c9}COLE"), fold_hash("\u{e9}cole"));
    }

    #[test]
    fn name_keys_match_token_keys() {
        let mut v = Vec::new();
        for name in [
            "",
            " ",
            "Bad Homburg vor der Höhe",
            "St. John's",
            "Stratford-upon-Avon",
            "  Ho\tChi  Minh\x0bCity ",
            "A&B (north)",
            "abcdefghijklmnopqrstuvwxyz 0123456789ABCDEFGHIJ",
        ] {
            tokenize(name, &mut v);
            let want = seq_key(&v, name);
            assert_eq!(name_key(name, &mut v), want, "{name:?}");
        }
    }

    #[test]
    fn long_lower_case_runs_are_skipped_up_to_three_words_before_a_capital() {
        let text = "one two three four five six seven eight nine ten, eleven twelve Smith said";
        let (mut v, mut starts) = (Vec::new(), Vec::new());
        tokenize_doc(text, &[], &mut v, &mut starts, &|_| false);
        assert_eq!(starts, vec![11]);
        let texts: Vec<&str> = v.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            texts,
            vec![
                "one", "two", "three", "four", "five", "six", "", "ten", ",", "eleven", "twelve",
                "Smith", "said"
            ]
        );
        for t in &v {
            assert_eq!(t.h(text), fold_hash(t.text(text)), "{:?}", t.text(text));
        }
        assert_eq!(find_stop(text.as_bytes(), 0), text.find('S').unwrap());
        for (k, b) in text.bytes().enumerate() {
            if is_stop(b) {
                assert_eq!(find_stop(text.as_bytes(), k), k);
            }
        }
        assert_eq!(find_stop(b"abc\rdef", 0), 3);
        assert_eq!(find_stop(b"abcdefghijk\xc3\xa9", 0), 11);
        assert_eq!(find_stop(b"abc", 0), 3);
    }
}
