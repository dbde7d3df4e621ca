//! Byte → character offset conversion, built once per document.

/// Maps byte offsets of one text to character (Unicode scalar) offsets.
///
/// Built with one pass over the text; each lookup is a binary search over the
/// positions of multi-byte characters (pure ASCII texts need no table at all).
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offsets of every character that is longer than one byte.
    multibyte: Vec<(usize, usize)>,
}

impl CharOffsets {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let len = c.len_utf8();
                if len > 1 {
                    extra += len - 1;
                    // Bytes before the next char that do not count as chars.
                    multibyte.push((i + len, extra));
                }
            }
        }
        CharOffsets { multibyte }
    }

    /// The character offset of byte offset `byte` (which must lie on a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        let idx = self.multibyte.partition_point(|&(end, _)| end <= byte);
        let extra = if idx == 0 {
            0
        } else {
            self.multibyte[idx - 1].1
        };
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_count_at_every_boundary() {
        for text in ["", "abc", "é", "a€b😀c", "Zelenskiy’s «mot» — ok"] {
            let t = CharOffsets::new(text);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                assert_eq!(t.char_of(bi), ci, "{text:?} at byte {bi}");
            }
            assert_eq!(t.char_of(text.len()), text.chars().count());
        }
    }
}
