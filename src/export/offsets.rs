//! Byte → character offset conversion, built once per document.

use crate::swar::HIGH;

/// Bytes per checkpoint of the table.
const BLOCK: usize = 64;

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -64
}

/// The number of characters that start in `bytes`: eight bytes at a time,
/// counting the continuation bytes (`10xxxxxx`) of each word with one
/// population count.
fn count_chars(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut continuation = 0;
    for w in words.by_ref() {
        let x = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        // Bit 7 set and bit 6 (moved up to bit 7) clear.
        continuation += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    let tail = words.remainder();
    bytes.len() - continuation - tail.len() + tail.iter().filter(|&&b| starts_char(b)).count()
}

/// The number of characters that start in one full block (a narrow
/// accumulator lets the compiler count 16 or 32 bytes per instruction).
fn count_block(block: &[u8]) -> usize {
    block.iter().fold(0u8, |n, &b| n + u8::from(starts_char(b))) as usize
}

/// Maps byte offsets of one text to character (Unicode scalar) offsets.
///
/// Built with one branch-free pass over the bytes that stores the character
/// count at every 64-byte checkpoint; a lookup adds the characters that start
/// between the checkpoint and the offset. Pure ASCII texts need no table.
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    text: &'a [u8],
    /// Characters before byte `i * BLOCK`; empty for ASCII text.
    checkpoints: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    /// Builds the table for `text`.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::new();
        if !text.is_ascii() {
            checkpoints.reserve(bytes.len() / BLOCK + 1);
            let mut chars = 0;
            checkpoints.push(0);
            for block in bytes.chunks_exact(BLOCK) {
                chars += count_block(block);
                checkpoints.push(chars);
            }
        }
        CharOffsets {
            text: bytes,
            checkpoints,
        }
    }

    /// The character offset of byte offset `byte` (which must lie on a char
    /// boundary, at most the text's length).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let from = block * BLOCK;
        self.checkpoints[block] + count_chars(&self.text[from..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_count_at_every_boundary() {
        let long = "Zelenskiy’s «mot» — ok. ".repeat(20);
        for text in ["", "abc", "é", "a€b😀c", "Zelenskiy’s «mot» — ok", &long] {
            let t = CharOffsets::new(text);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                assert_eq!(t.char_of(bi), ci, "{text:?} at byte {bi}");
            }
            assert_eq!(t.char_of(text.len()), text.chars().count());
        }
    }
}
