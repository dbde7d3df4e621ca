//! Line breaks: a blank line always ends a sentence; a single line break ends
//! one unless the two lines look like one wrapped paragraph.
//!
//! Two lines are joined when the next line starts in lower case (`This is a
//! sentence` / `cut off in the middle.`) or the previous one ends with a comma,
//! a dash or a function word (`the`, `of`, `and` …), and the run of lines joined
//! this way reaches a line that ends with a final mark. So a headline, a
//! dateline (`LONDON 1996-08-30`), a byline or a caption ends at its line break,
//! and a list of short lines without final marks (`features` / `contact
//! manager`) is one sentence per line.

use memchr::memchr;

use super::chars::{
    char_at, char_before, is_bullet, is_closer, is_hard_break, skip_hspace, trim_back_hspace,
};
use super::scan::{parse_marker, Scanner};

/// Words that cannot end an English sentence, so a line ending in one continues.
const FUNCTION_WORDS: &[&[u8]] = &[
    b"a", b"an", b"the", b"and", b"or", b"but", b"nor", b"of", b"in", b"on", b"at", b"to", b"for",
    b"with", b"by", b"from", b"as", b"into", b"onto", b"than", b"that", b"which", b"who", b"whose",
    b"whom", b"is", b"are", b"was", b"were", b"be", b"been", b"has", b"have", b"had", b"will",
    b"would", b"can", b"could", b"should", b"may", b"might", b"must", b"his", b"her", b"its",
    b"their", b"our", b"my", b"your", b"not", b"about", b"after", b"before", b"over", b"under",
    b"between", b"against", b"during", b"without", b"within", b"via", b"per", b"if", b"when",
    b"while", b"where", b"because", b"said", b"says",
];

impl Scanner<'_> {
    /// Decides at the line break at byte `p`; returns where the scan resumes.
    pub(crate) fn newline(&mut self, p: usize) -> usize {
        let text = self.text;
        let n = self.b.len();
        let s = skip_hspace(text, p + 1);
        if s >= n || self.b[s] == b'\n' || char_at(text, s).is_some_and(is_hard_break) {
            self.emit(p);
            return p + 1;
        }
        let q = trim_back_hspace(text, p, self.sent_start);
        if q <= self.sent_start || q == self.last_cluster_end {
            return p + 1;
        }
        if self.forced_line_start(s) || !self.joinable(q, s) || !self.chain_ok(p) {
            self.emit(p);
        }
        p + 1
    }

    /// A line that starts with a bullet, a dash or a list marker starts a sentence.
    fn forced_line_start(&self, s: usize) -> bool {
        match char_at(self.text, s) {
            Some(c) if is_bullet(c) => true,
            Some('-' | '*' | '+' | '–' | '—') => {
                let after = s + char_at(self.text, s).map_or(1, char::len_utf8);
                char_at(self.text, after).is_some_and(char::is_whitespace)
            }
            Some(c) if c.is_ascii_alphanumeric() => {
                parse_marker(self.b, s).is_some_and(|(_, letter, _, _)| letter.is_none())
            }
            _ => false,
        }
    }

    /// True when the line ending at `q` may continue on the line starting at `s`.
    fn joinable(&self, q: usize, s: usize) -> bool {
        if char_at(self.text, s).is_some_and(char::is_lowercase) {
            return true;
        }
        match char_before(self.text, q) {
            Some(',' | ';' | '-' | '–' | '—' | '(' | '&' | '/') => return true,
            Some(c) if c.is_ascii_alphabetic() => {}
            _ => return false,
        }
        let mut w = q;
        while w > 0 && q - w < 16 && self.b[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        if w > 0 && !self.b[w - 1].is_ascii_whitespace() {
            return false;
        }
        // As written: a capitalised `A` or `The` at a line end is not an article
        // in running text (`N / A`).
        FUNCTION_WORDS.contains(&&self.b[w..q])
    }

    /// True when the run of joinable lines that continues after the line break
    /// at `p` reaches a line ending with a final mark. Cached per run.
    fn chain_ok(&mut self, p: usize) -> bool {
        if p < self.chain_until {
            return self.chain_result;
        }
        let text = self.text;
        let n = self.b.len();
        let mut cur = p;
        let (until, result) = loop {
            let s = skip_hspace(text, cur + 1);
            let line_end = memchr(b'\n', &self.b[s.min(n)..]).map_or(n, |x| x + s);
            let q = trim_back_hspace(text, line_end, s);
            if self.ends_with_final_mark(s, q) {
                break (line_end, true);
            }
            if line_end >= n {
                break (n, false);
            }
            let s2 = skip_hspace(text, line_end + 1);
            if s2 >= n || self.b[s2] == b'\n' || self.forced_line_start(s2) || !self.joinable(q, s2)
            {
                break (line_end, false);
            }
            cur = line_end;
        };
        self.chain_until = until;
        self.chain_result = result;
        result
    }

    /// True when `s..q` ends with `.`, `!`, `?` or `…`, possibly followed by closers.
    fn ends_with_final_mark(&self, s: usize, mut q: usize) -> bool {
        while q > s {
            match char_before(self.text, q) {
                Some(c) if is_closer(c) => q -= c.len_utf8(),
                Some('.' | '!' | '?' | '…') => return true,
                _ => return false,
            }
        }
        false
    }
}
