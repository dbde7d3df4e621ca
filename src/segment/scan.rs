//! The boundary scan: a byte-level search for candidate positions (`.`, `!`,
//! `?`, line breaks and the lead byte of `…`, bullets and Unicode line
//! separators) with the rules applied only there.

use memchr::{memchr, memchr3, memmem};

use super::chars::{char_at, char_before, is_bullet, is_hard_break};
use super::lexicon::Lexicon;
use crate::document::Span;

/// How far a list marker search looks ahead, in bytes.
const LIST_WINDOW: usize = 4096;

/// A numbered or lettered list found at a sentence start: the next marker's position.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ListState {
    /// Byte where the next item's marker starts (a boundary goes there).
    pub(crate) next_pos: usize,
    /// The next item's number (letters count from `a` = 1).
    pub(crate) value: u32,
    /// Letters instead of numbers, and their case.
    pub(crate) letter: Option<bool>,
    /// The marker's punctuation: `.`, `)` or `.)`.
    pub(crate) style: &'static str,
}

/// One run of the segmenter over one text.
pub(crate) struct Scanner<'a> {
    pub(crate) text: &'a str,
    pub(crate) b: &'a [u8],
    pub(crate) lex: &'a Lexicon,
    pub(crate) out: Vec<Span>,
    /// Where the current sentence starts (just after the last boundary).
    pub(crate) sent_start: usize,
    /// End of the last terminator cluster the rules decided on.
    pub(crate) last_cluster_end: usize,
    /// Cached answer for a run of wrapped lines: valid for line feeds before `chain_until`.
    pub(crate) chain_until: usize,
    pub(crate) chain_result: bool,
    pub(crate) list: Option<ListState>,
    /// Running count of straight double quotes in the current sentence.
    pub(crate) quote_count_start: usize,
    pub(crate) quote_count_pos: usize,
    pub(crate) quote_count: usize,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str, lex: &'a Lexicon) -> Self {
        Scanner {
            text,
            b: text.as_bytes(),
            lex,
            out: Vec::with_capacity(text.len() / 100 + 1),
            sent_start: 0,
            last_cluster_end: usize::MAX,
            chain_until: 0,
            chain_result: false,
            list: None,
            quote_count_start: 0,
            quote_count_pos: 0,
            quote_count: 0,
        }
    }

    /// Runs the scan and returns the sentence spans.
    pub(crate) fn run(mut self) -> Vec<Span> {
        let n = self.b.len();
        self.start_list(0);
        let mut pos = 0;
        let mut next_term = memchr3(b'.', b'!', b'?', self.b).unwrap_or(n);
        let mut next_other = memchr3(b'\n', b'\r', 0xE2, self.b).unwrap_or(n);
        loop {
            let c = next_term.min(next_other);
            if let Some(list) = self.list {
                if list.next_pos <= c {
                    self.take_list_item(list);
                    continue;
                }
            }
            if c >= n {
                break;
            }
            let resume = if c == next_term {
                self.terminator(c)
            } else {
                self.other(c)
            };
            pos = resume.max(pos).max(c + 1);
            if next_term < pos {
                next_term = memchr3(b'.', b'!', b'?', &self.b[pos..]).map_or(n, |x| x + pos);
            }
            if next_other < pos {
                next_other = memchr3(b'\n', b'\r', 0xE2, &self.b[pos..]).map_or(n, |x| x + pos);
            }
        }
        let start = self.sent_start;
        self.push_trimmed(start, n);
        self.out
    }

    /// Ends the current sentence at byte `at` (a character boundary).
    pub(crate) fn emit(&mut self, at: usize) {
        if at <= self.sent_start {
            return;
        }
        self.push_trimmed(self.sent_start, at);
        self.sent_start = at;
        if self.list.is_none() {
            self.start_list(at);
        }
    }

    fn push_trimmed(&mut self, start: usize, end: usize) {
        if let Some(piece) = self.text.get(start..end) {
            let trimmed = piece.trim_start();
            let lead = piece.len() - trimmed.len();
            let trimmed = trimmed.trim_end();
            if !trimmed.is_empty() {
                self.out
                    .push(Span::new(start + lead, start + lead + trimmed.len()));
            }
        } else {
            debug_assert!(false, "boundary off a character boundary: {start}..{end}");
        }
    }

    /// A candidate that is not `.`, `!` or `?`: a line break or a character
    /// whose UTF-8 lead byte is 0xE2 (ellipsis, bullets, line separators).
    fn other(&mut self, i: usize) -> usize {
        match self.b[i] {
            b'\n' => self.newline(i),
            b'\r' => {
                if self.b.get(i + 1) == Some(&b'\n') {
                    i + 1
                } else {
                    self.newline(i)
                }
            }
            _ => match char_at(self.text, i) {
                Some('…') => self.terminator(i),
                Some(c) if is_hard_break(c) => {
                    self.emit(i);
                    i + 3
                }
                Some(c) if is_bullet(c) => {
                    let after_space = char_before(self.text, i).is_none_or(char::is_whitespace);
                    if after_space {
                        self.emit(i);
                    }
                    i + c.len_utf8()
                }
                _ => i + 1,
            },
        }
    }

    // ---------------------------------------------------------------- lists

    /// Looks for a list marker (`1.`, `2)`, `3.)`, `a.`) at a sentence start and,
    /// when the next marker follows on the same line, remembers where.
    fn start_list(&mut self, from: usize) {
        let mut p = from;
        while p < self.b.len() && self.b[p].is_ascii_whitespace() {
            p += 1;
        }
        let Some((value, letter, style, end)) = parse_marker(self.b, p) else {
            return;
        };
        if letter.is_some() && value != 1 {
            return;
        }
        self.find_next_marker(value + 1, letter, style, end);
    }

    fn find_next_marker(
        &mut self,
        value: u32,
        letter: Option<bool>,
        style: &'static str,
        from: usize,
    ) {
        let n = self.b.len();
        let limit = (from + LIST_WINDOW).min(n);
        let window = &self.b[from.min(limit)..limit];
        let window = match memchr(b'\n', window) {
            Some(x) => &window[..x],
            None => window,
        };
        let mut needle = Vec::with_capacity(8);
        needle.push(b' ');
        match letter {
            Some(upper) => {
                let base = if upper { b'A' } else { b'a' };
                match u8::try_from(value - 1).ok().filter(|v| *v < 26) {
                    Some(v) => needle.push(base + v),
                    None => return,
                }
            }
            None => needle.extend_from_slice(value.to_string().as_bytes()),
        }
        needle.extend_from_slice(style.as_bytes());
        needle.push(b' ');
        if let Some(x) = memmem::find(window, &needle) {
            self.list = Some(ListState {
                next_pos: from + x + 1,
                value,
                letter,
                style,
            });
        }
    }

    fn take_list_item(&mut self, list: ListState) {
        self.list = None;
        self.emit(list.next_pos);
        self.list = None;
        let marker_end = list.next_pos
            + match list.letter {
                Some(_) => 1,
                None => list.value.to_string().len(),
            }
            + list.style.len();
        self.find_next_marker(list.value + 1, list.letter, list.style, marker_end);
    }
}

/// A list marker at `p`: one or two digits or one ASCII letter, then `.`, `)`
/// or `.)`, then a space and a non-space. Returns (value, letter case, style, end).
pub(crate) fn parse_marker(b: &[u8], p: usize) -> Option<(u32, Option<bool>, &'static str, usize)> {
    let mut q = p;
    let mut value = 0u32;
    while q < b.len() && q - p < 2 && b[q].is_ascii_digit() {
        value = value * 10 + u32::from(b[q] - b'0');
        q += 1;
    }
    let letter = if q == p {
        let c = *b.get(p)?;
        if !c.is_ascii_alphabetic() {
            return None;
        }
        q += 1;
        value = u32::from(c.to_ascii_lowercase() - b'a') + 1;
        Some(c.is_ascii_uppercase())
    } else {
        None
    };
    let rest = b.get(q..)?;
    let style = if rest.starts_with(b".)") {
        ".)"
    } else if rest.starts_with(b".") {
        "."
    } else if rest.starts_with(b")") {
        ")"
    } else {
        return None;
    };
    let end = q + style.len();
    if b.get(end) != Some(&b' ') || b.get(end + 1).is_none_or(|c| c.is_ascii_whitespace()) {
        return None;
    }
    Some((value, letter, style, end))
}
