//! A one-pass byte-level tokenizer: words (letters and digits) and single
//! punctuation marks, with case flags and folded hashes.
//!
//! Whitespace is not a token; `SPACE_BEFORE` and `NEWLINE_BEFORE` record it.
//! Apostrophes and hyphens are their own tokens, so `Putin's` is `Putin`,
//! `'`, `s` and a name span never includes a possessive.

use super::hash::{fold_char, fold_hash};

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
        !self.is_word()
            && text
                .get(self.start..self.end)
                .and_then(|s| s.chars().next())
                .is_some_and(|x| fold_char(x) == c)
    }
    /// Number of bytes (letters) in a word.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenizes `text` into `out` (cleared first).
pub(crate) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut pending: u16 = 0;
    let mut newlines = 0u8;
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() {
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
            if !b.is_ascii_alphanumeric() {
                let s = &text[i..i + 1];
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    hash: fold_hash(s),
                    flags: pending,
                });
                pending = 0;
                newlines = 0;
                i += 1;
                continue;
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            let len = c.len_utf8();
            if c.is_whitespace() {
                pending |= SPACE_BEFORE;
                if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                    pending |= NEWLINE_BEFORE;
                }
                i += len;
                continue;
            }
            if !is_word_char(c) {
                let s = &text[i..i + len];
                out.push(Tok {
                    start: i,
                    end: i + len,
                    hash: fold_hash(s),
                    flags: pending,
                });
                pending = 0;
                newlines = 0;
                i += len;
                continue;
            }
        }
        // A word: ASCII alphanumerics and non-ASCII alphanumeric characters.
        let start = i;
        let mut ascii = true;
        let mut has_upper = false;
        let mut has_lower = false;
        let mut h_flags = WORD | pending;
        let first = if b < 0x80 {
            b as char
        } else {
            text[i..].chars().next().unwrap_or(' ')
        };
        if first.is_uppercase() {
            h_flags |= CAP;
        } else if first.is_lowercase() {
            h_flags |= LOWER;
        } else if first.is_ascii_digit() {
            h_flags |= DIGIT;
        }
        while i < n {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    has_upper |= b.is_ascii_uppercase();
                    has_lower |= b.is_ascii_lowercase();
                    i += 1;
                    continue;
                }
                break;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            if !is_word_char(c) {
                break;
            }
            ascii = false;
            has_upper |= c.is_uppercase();
            has_lower |= c.is_lowercase();
            i += c.len_utf8();
        }
        let _ = ascii;
        if has_upper && !has_lower {
            h_flags |= UPPER;
        }
        out.push(Tok {
            start,
            end: i,
            hash: fold_hash(&text[start..i]),
            flags: h_flags,
        });
        pending = 0;
        newlines = 0;
    }
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
}
