//! Small character helpers shared by the rules. Every function takes byte
//! positions and never panics: a position that is out of range or not on a
//! character boundary reads as "no character".

/// The character starting at byte `pos`.
#[inline]
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// The character ending at byte `pos`.
#[inline]
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// Closing quotation marks.
#[inline]
pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›')
}

/// Closing quotation marks and brackets that may follow a sentence's final mark.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    is_closing_quote(c) || matches!(c, ')' | ']' | '}')
}

/// Opening quotation marks and brackets (and Spanish inverted marks) that may
/// precede a sentence's first word.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '¿' | '¡'
    )
}

/// Bullet characters that start a list item.
#[inline]
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '‣' | '⁃' | '◦' | '▪' | '▫' | '●' | '■' | '□' | '◆' | '►' | '▸' | '∙'
    )
}

/// Whitespace other than a line feed.
#[inline]
pub(crate) fn is_hspace(c: char) -> bool {
    c != '\n' && c.is_whitespace()
}

/// Position of the first character at or after `pos` that is not horizontal
/// whitespace (a line feed stops the skip).
pub(crate) fn skip_hspace(text: &str, mut pos: usize) -> usize {
    let b = text.as_bytes();
    while pos < b.len() {
        match b[pos] {
            b' ' | b'\t' | b'\r' | 0x0b | 0x0c => pos += 1,
            x if x < 0x80 => break,
            _ => match char_at(text, pos) {
                Some(c) if is_hspace(c) && !is_hard_break(c) => pos += c.len_utf8(),
                _ => break,
            },
        }
    }
    pos
}

/// Position just after the last character before `pos` that is not horizontal
/// whitespace, not going below `floor`.
pub(crate) fn trim_back_hspace(text: &str, mut pos: usize, floor: usize) -> usize {
    while pos > floor {
        match char_before(text, pos) {
            Some(c) if c != '\n' && c.is_whitespace() => pos -= c.len_utf8(),
            _ => break,
        }
    }
    pos
}

/// Line and paragraph separators that always end a sentence.
#[inline]
pub(crate) fn is_hard_break(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Currency signs that may precede a number.
#[inline]
pub(crate) fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₴')
}
