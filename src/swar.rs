//! Eight bytes at a time (SWAR): byte masks of a `u64` read little-endian
//! from text, shared by the scanners of every stage.

/// One in every byte of a word.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
/// The low seven bits of every byte of a word.
pub(crate) const LOW7: u64 = !HIGH;
/// The ASCII case bit of every byte of a word (set: lower case).
pub(crate) const LOWER_BITS: u64 = 0x2020_2020_2020_2020;

/// High bit set in every byte of `x` (all bytes below 0x80) that lies in `lo..=hi`.
#[inline(always)]
pub(crate) const fn bytes_between(x: u64, lo: u8, hi: u8) -> u64 {
    (x + ONES * (0x80 - lo as u64)) & !(x + ONES * (0x7f - hi as u64)) & HIGH
}

/// High bit set in every byte of `x` that is an ASCII letter or digit.
#[inline(always)]
pub(crate) const fn alnum_bytes(x: u64) -> u64 {
    let a = x & !HIGH;
    // a byte with its high bit set is never alphanumeric
    (bytes_between(a | LOWER_BITS, b'a', b'z') | bytes_between(a, b'0', b'9')) & !x
}

/// High bit set in every byte of `x` that is an ASCII letter.
#[inline(always)]
pub(crate) const fn letter_bytes(x: u64) -> u64 {
    bytes_between((x & !HIGH) | LOWER_BITS, b'a', b'z') & !x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_agree_with_byte_tests() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut w = [b'.'; 8];
                w[lane] = b;
                let x = u64::from_le_bytes(w);
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(alnum_bytes(x) & bit != 0, b.is_ascii_alphanumeric(), "{b}");
                assert_eq!(letter_bytes(x) & bit != 0, b.is_ascii_alphabetic(), "{b}");
            }
        }
    }
}
