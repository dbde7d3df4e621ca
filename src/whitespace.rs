//! Collapsing white space: runs of white space become one space, ends are
//! trimmed. Entity names made by the rules and the summary tables' keys are
//! written this way.

/// True when `s` is plainly collapsed already: printable ASCII words
/// separated by single spaces (`false` does not say it is not).
pub(crate) fn is_squashed(s: &str) -> bool {
    let b = s.as_bytes();
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter().all(|&c| c > b' ' && c < 0x7f || c == b' ')
        && !b.windows(2).any(|w| w == b"  ")
}

/// Appends `s` to `out` with its white space collapsed.
pub(crate) fn squash_into(out: &mut String, s: &str) {
    if is_squashed(s) {
        out.push_str(s);
        return;
    }
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// `s` with its white space collapsed.
pub(crate) fn squash(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    squash_into(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squash_agrees_with_split_whitespace_and_the_fast_check_is_safe() {
        for s in [
            "",
            " ",
            "Ann Lee",
            " Ann  Lee ",
            "Ann\tLee",
            "Ann\x0bLee",
            "Ann\u{a0}Lee",
            "Ann\u{3000}Lee\n",
            "A\x01B",
            "Zoë Ball",
            "x\x7fy",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(squash(s), want, "{s:?}");
            if is_squashed(s) {
                assert_eq!(s, want, "{s:?}");
            }
        }
        assert!(is_squashed("Ann Lee") && !is_squashed("Ann\x0bLee"));
    }
}
