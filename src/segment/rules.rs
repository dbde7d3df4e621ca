//! The rules applied at a terminator candidate (`.`, `!`, `?`, `…`): what the
//! cluster of marks is, what word precedes it and what follows it.

use super::chars::{
    char_at, char_before, is_bullet, is_closer, is_closing_quote, is_currency, is_opener,
};
use super::lexicon::AbbreviationKind;
use super::scan::Scanner;

/// How far back or forward the rules look for the token around a full stop.
const TOKEN_WINDOW: usize = 256;

/// What kind of final mark a cluster is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// One full stop.
    Period,
    /// Two full stops (`U.S. .` in tokenised text): a plain full stop.
    DoubleStop,
    /// `?`, `!` and runs of them (`?!`, `!!`).
    QuestionOrExclamation,
    /// `...`, `....`, `…`: an ellipsis written without spaces.
    Ellipsis,
    /// `. . .`: an omission inside a sentence.
    SpacedEllipsis,
    /// `word. . . .`: a full stop followed by an omission that opens the next sentence.
    StopThenEllipsis,
    /// `word . . . .`: an omission followed by the sentence's full stop.
    EllipsisThenStop,
}

/// A run of final marks and the closing quotes or brackets after it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cluster {
    /// First byte of the first mark.
    pub(crate) start: usize,
    /// One past the last byte of the cluster (closers included).
    pub(crate) end: usize,
    pub(crate) mark: Mark,
    /// A closing quotation mark follows the final mark.
    pub(crate) quote_closed: bool,
    /// A closing quote or bracket follows the final mark.
    pub(crate) closed: bool,
}

/// The word before a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
    /// A listed abbreviation.
    Abbreviation(AbbreviationKind),
    /// A single letter (`E.`, `p.`), usually an initial.
    Initial,
    /// Dotted groups of one or two letters (`U.S.A.`, `Ph.D.`).
    Dotted,
    /// An ordinary word of two or more letters.
    Plain,
    /// Digits with `,` or `.` inside (`1,000`, `3.5`).
    Number,
    /// A web address, e-mail address or path.
    Address,
    /// Nothing (` .` in tokenised text) or a mix of letters and symbols.
    Other,
}

/// The class of the first character of the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    Upper,
    Lower,
    Digit,
    Other,
}

/// What follows a cluster.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Follow {
    /// Line feeds in the whitespace after the cluster.
    pub(crate) newlines: usize,
    /// Bytes of whitespace after the cluster.
    pub(crate) gap: usize,
    /// Where the next word starts (after whitespace and opening marks).
    pub(crate) word: usize,
    pub(crate) class: Next,
}

impl Scanner<'_> {
    /// Decides at the terminator starting at byte `i`; returns where the scan resumes.
    pub(crate) fn terminator(&mut self, i: usize) -> usize {
        let mut cluster = self.cluster(i);
        self.absorb_detached_quote(&mut cluster);
        if let Some(at) = self.decide(&cluster) {
            self.emit(at);
        }
        self.last_cluster_end = cluster.end;
        cluster.end
    }

    /// Reads the marks starting at `i` and the closers after them.
    pub(crate) fn cluster(&self, i: usize) -> Cluster {
        let b = self.b;
        let n = b.len();
        let (mut dots, mut qe, mut ell, mut spaced) = (0usize, false, false, false);
        let mut j = i;
        loop {
            if j >= n {
                break;
            }
            match b[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    qe = true;
                    j += 1;
                }
                0xE2 if b[j..].starts_with("…".as_bytes()) => {
                    ell = true;
                    j += 3;
                }
                b' ' if dots >= 1
                    && !qe
                    && !ell
                    && (spaced || dots == 1)
                    && b.get(j + 1) == Some(&b'.')
                    && b.get(j + 2).is_none_or(|c| !c.is_ascii_alphanumeric()) =>
                {
                    spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        let attached = char_before(self.text, i).is_some_and(|c| !c.is_whitespace());
        let mark = if qe {
            Mark::QuestionOrExclamation
        } else if ell || (dots >= 3 && !spaced) {
            Mark::Ellipsis
        } else if spaced && dots >= 4 {
            if attached {
                Mark::StopThenEllipsis
            } else {
                Mark::EllipsisThenStop
            }
        } else if spaced && dots == 3 {
            Mark::SpacedEllipsis
        } else if dots == 2 {
            Mark::DoubleStop
        } else {
            Mark::Period
        };
        let (mut quote_closed, mut closed) = (false, false);
        while let Some(c) = char_at(self.text, j) {
            if is_closer(c) {
                quote_closed |= is_closing_quote(c);
                closed = true;
                j += c.len_utf8();
            } else if closed && matches!(c, '.' | '!' | '?') {
                j += 1;
            } else {
                break;
            }
        }
        Cluster {
            start: i,
            end: j,
            mark,
            quote_closed,
            closed,
        }
    }

    /// Tokenised text writes a closing quotation mark apart (`up front . "`):
    /// a straight `"` standing alone after the cluster belongs to it when it
    /// ends the line or when the sentence so far holds an odd number of them.
    fn absorb_detached_quote(&mut self, c: &mut Cluster) {
        let b = self.b;
        let mut p = c.end;
        while p < b.len() && matches!(b[p], b' ' | b'\t') {
            p += 1;
        }
        if p == c.end || b.get(p) != Some(&b'"') {
            return;
        }
        if b.get(p + 1).is_some_and(|x| !x.is_ascii_whitespace()) {
            return;
        }
        let mut e = p + 1;
        while e < b.len() && matches!(b[e], b' ' | b'\t' | b'\r') {
            e += 1;
        }
        let line_end = e >= b.len() || b[e] == b'\n';
        if line_end || self.straight_quotes_before(c.start) % 2 == 1 {
            c.end = p + 1;
            c.quote_closed = true;
            c.closed = true;
        }
    }

    /// Straight double quotes between the sentence start and `pos`, counted
    /// incrementally so the scan stays linear.
    fn straight_quotes_before(&mut self, pos: usize) -> usize {
        if self.quote_count_start != self.sent_start || self.quote_count_pos > pos {
            self.quote_count_start = self.sent_start;
            self.quote_count_pos = self.sent_start;
            self.quote_count = 0;
        }
        if let Some(seg) = self.b.get(self.quote_count_pos..pos) {
            self.quote_count += memchr::memchr_iter(b'"', seg).count();
            self.quote_count_pos = pos;
        }
        self.quote_count
    }

    /// Where the sentence ends for this cluster, if it ends here.
    fn decide(&self, c: &Cluster) -> Option<usize> {
        let f = self.follow(c.end)?;
        if f.newlines == 0 && self.sentence_empty_before(c.start) {
            // `... The view`, `? What`: marks that open a sentence do not end one.
            return None;
        }
        if f.newlines >= 2 {
            return Some(c.end);
        }
        if f.gap == 0 {
            return self.no_space(c);
        }
        let upper = f.class == Next::Upper;
        match c.mark {
            Mark::SpacedEllipsis => None,
            Mark::StopThenEllipsis => upper.then_some(c.start + 1),
            Mark::EllipsisThenStop => upper.then_some(c.end),
            Mark::Ellipsis => {
                let bracketed = matches!(char_before(self.text, c.start), Some('[' | '('));
                let ends = f.newlines > 0 || (upper && !self.speaker_follows(c, &f));
                (ends && !bracketed).then_some(c.end)
            }
            Mark::QuestionOrExclamation => match f.class {
                _ if f.newlines > 0 => Some(c.end),
                Next::Lower => None,
                Next::Other if self.continues(&f) => None,
                Next::Upper if self.speaker_follows(c, &f) => None,
                _ => Some(c.end),
            },
            Mark::DoubleStop => self.plain_stop(c, &f, Word::Other),
            Mark::Period => {
                let (word, word_start) = self.word_before(c.start);
                match word {
                    Word::Abbreviation(AbbreviationKind::Prefix) if !c.closed => {
                        (f.newlines >= 2).then_some(c.end)
                    }
                    Word::Abbreviation(AbbreviationKind::Number) if !c.closed => match f.class {
                        Next::Digit => None,
                        _ => self.plain_stop(c, &f, Word::Plain),
                    },
                    Word::Abbreviation(_) | Word::Initial | Word::Dotted if !c.closed => {
                        self.after_abbreviation(c, &f, word_start)
                    }
                    _ => self.plain_stop(c, &f, word),
                }
            }
        }
    }

    /// A full stop after an ordinary word, a number or a symbol.
    fn plain_stop(&self, c: &Cluster, f: &Follow, word: Word) -> Option<usize> {
        if self.marker_only(c.start) {
            return None;
        }
        match f.class {
            _ if f.newlines > 0 => Some(c.end),
            Next::Upper if self.speaker_follows(c, f) => None,
            Next::Other if self.continues(f) => None,
            Next::Upper | Next::Other => Some(c.end),
            Next::Lower => None,
            Next::Digit => {
                matches!(word, Word::Plain | Word::Number | Word::Address).then_some(c.end)
            }
        }
    }

    /// True when the next character is punctuation that continues a sentence
    /// (`Fla. , for`, `etc. ;`).
    fn continues(&self, f: &Follow) -> bool {
        matches!(
            char_at(self.text, f.word),
            Some(',' | ';' | ':' | ')' | ']' | '}' | '%')
        )
    }

    /// A full stop after an abbreviation that may end a sentence, an initial or
    /// dotted letters: a boundary before a common sentence opener when the
    /// sentence so far has at least three words before the abbreviation, or
    /// before a capitalised word on the next line.
    fn after_abbreviation(&self, c: &Cluster, f: &Follow, word_start: usize) -> Option<usize> {
        if f.class != Next::Upper {
            return None;
        }
        if f.newlines > 0 {
            return Some(c.end);
        }
        let (ws, we) = self.ascii_word(f.word);
        let next = &self.b[ws..we];
        let next_is_initial = next.len() == 1 && self.b.get(we) == Some(&b'.');
        if next_is_initial || !self.lex.is_starter(next) {
            return None;
        }
        if word_start + 1 == c.start && self.initial_in_name(word_start) {
            return None;
        }
        (self.words_between(self.sent_start, word_start, 3) >= 3).then_some(c.end)
    }

    /// A final mark with no space after it (`world.Today`): a boundary only
    /// before a capitalised word (`Today`, `Mr`) that is not part of an address.
    fn no_space(&self, c: &Cluster) -> Option<usize> {
        let word = match c.mark {
            Mark::Period | Mark::DoubleStop => self.word_before(c.start).0,
            Mark::QuestionOrExclamation => Word::Plain,
            _ => return None,
        };
        if !matches!(word, Word::Plain | Word::Number) {
            return None;
        }
        let first = char_at(self.text, c.end)?;
        let second = char_at(self.text, c.end + first.len_utf8())?;
        if !(first.is_uppercase() && second.is_lowercase()) {
            return None;
        }
        if self.in_address(c.start) {
            return None;
        }
        Some(c.end)
    }

    /// True when nothing but whitespace lies between the sentence start and `pos`.
    fn sentence_empty_before(&self, pos: usize) -> bool {
        self.b
            .get(self.sent_start..pos)
            .is_none_or(|s| s.iter().all(u8::is_ascii_whitespace))
    }

    /// True when an initial at `word_start` follows a capitalised word or
    /// punctuation (`Jonas E. Smith`, `; P. Such`): part of a name.
    fn initial_in_name(&self, word_start: usize) -> bool {
        let b = self.b;
        if word_start <= self.sent_start
            || char_before(self.text, word_start).is_some_and(|c| !c.is_whitespace())
        {
            return true;
        }
        let mut p = word_start;
        while p > self.sent_start && b[p - 1].is_ascii_whitespace() {
            p -= 1;
        }
        if p <= self.sent_start {
            return true;
        }
        let mut s = p;
        while s > self.sent_start && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        if char_before(self.text, p).is_some_and(|c| !c.is_alphanumeric()) {
            return true;
        }
        char_at(self.text, s).is_some_and(char::is_uppercase)
    }

    /// What follows byte `pos`: `None` at the end of the text.
    pub(crate) fn follow(&self, pos: usize) -> Option<Follow> {
        let text = self.text;
        let mut p = pos;
        let mut newlines = 0;
        loop {
            let c = char_at(text, p)?;
            if c == '\n' {
                newlines += 1;
            } else if c == '\u{2029}' || c == '\u{2028}' {
                newlines += 2;
            } else if !c.is_whitespace() {
                break;
            }
            p += c.len_utf8();
        }
        let gap = p - pos;
        let mut w = p;
        let mut class = Next::Other;
        while let Some(c) = char_at(text, w) {
            if is_opener(c) && gap > 0 {
                w += c.len_utf8();
                continue;
            }
            class = if c.is_uppercase() {
                Next::Upper
            } else if c.is_lowercase() {
                Next::Lower
            } else if c.is_ascii_digit()
                || (is_currency(c)
                    && char_at(text, w + c.len_utf8()).is_some_and(|d| d.is_ascii_digit()))
            {
                Next::Digit
            } else {
                Next::Other
            };
            break;
        }
        Some(Follow {
            newlines,
            gap,
            word: w,
            class,
        })
    }

    /// Classifies the token that ends at the full stop at `dot`; also returns
    /// where its letters start.
    pub(crate) fn word_before(&self, dot: usize) -> (Word, usize) {
        let b = self.b;
        let floor = dot
            .saturating_sub(TOKEN_WINDOW)
            .max(self.sent_start.min(dot));
        let mut s = dot;
        while s > floor && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        if s == floor && floor > self.sent_start && !b[s - 1].is_ascii_whitespace() {
            return (Word::Other, dot);
        }
        // Strip opening marks.
        while let Some(c) = char_at(self.text, s) {
            if s < dot && is_opener(c) {
                s += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(tok) = b.get(s..dot) else {
            return (Word::Other, dot);
        };
        if tok.is_empty() {
            return (Word::Other, dot);
        }
        if is_address(tok) {
            return (Word::Address, s);
        }
        if tok.len() == 1 && tok[0].is_ascii_uppercase() {
            // A capital letter is an initial (`Leroy P. Steele`), whatever the list says.
            return (Word::Initial, s);
        }
        if tok.iter().all(u8::is_ascii_alphabetic) {
            if let Some(kind) = self.lex.abbreviation(tok) {
                return (Word::Abbreviation(kind), s);
            }
            return (
                if tok.len() == 1 {
                    Word::Initial
                } else {
                    Word::Plain
                },
                s,
            );
        }
        if tok.iter().all(|c| c.is_ascii_alphabetic() || *c == b'.') {
            if let Some(kind) = self.lex.abbreviation(tok) {
                return (Word::Abbreviation(kind), s);
            }
            let short_groups = tok
                .split(|c| *c == b'.')
                .all(|g| (1..=2).contains(&g.len()));
            return (
                if short_groups {
                    Word::Dotted
                } else {
                    Word::Plain
                },
                s,
            );
        }
        if tok[0].is_ascii_digit()
            && tok
                .iter()
                .all(|c| c.is_ascii_digit() || matches!(c, b',' | b'.'))
        {
            return (Word::Number, s);
        }
        if tok.first().is_some_and(|c| c.is_ascii_alphabetic())
            && tok
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'\'' | b'-'))
        {
            return (Word::Plain, s);
        }
        (Word::Other, s)
    }

    /// True when the whitespace-delimited token around `dot` is a web or e-mail address.
    fn in_address(&self, dot: usize) -> bool {
        let b = self.b;
        let floor = dot.saturating_sub(TOKEN_WINDOW);
        let ceil = (dot + TOKEN_WINDOW).min(b.len());
        let mut s = dot;
        while s > floor && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let mut e = dot;
        while e < ceil && !b[e].is_ascii_whitespace() {
            e += 1;
        }
        is_address(&b[s..e])
    }

    /// The ASCII letters starting at `pos`.
    pub(crate) fn ascii_word(&self, pos: usize) -> (usize, usize) {
        let mut e = pos;
        while e < self.b.len() && e - pos < 32 && self.b[e].is_ascii_alphabetic() {
            e += 1;
        }
        (pos, e)
    }

    /// Whitespace-separated tokens in `from..to`, counting at most `cap`.
    pub(crate) fn words_between(&self, from: usize, to: usize, cap: usize) -> usize {
        let Some(seg) = self.b.get(from..to) else {
            return 0;
        };
        let mut count = 0;
        let mut in_word = false;
        for &c in seg.iter().rev() {
            if c.is_ascii_whitespace() {
                in_word = false;
            } else if !in_word {
                in_word = true;
                count += 1;
                if count >= cap {
                    break;
                }
            }
        }
        count
    }

    /// True when the sentence so far is only a list marker (`1`, `a`, `iv`,
    /// `• 9`), so the full stop belongs to the marker.
    fn marker_only(&self, dot: usize) -> bool {
        let Some(frag) = self.text.get(self.sent_start..dot) else {
            return false;
        };
        let frag = frag.trim_start_matches(|c: char| c.is_whitespace() || is_bullet(c) || c == '-');
        if frag.is_empty() || frag.len() > 4 {
            return false;
        }
        frag.bytes().all(|c| c.is_ascii_digit())
            || (frag.len() == 1 && frag.bytes().all(|c| c.is_ascii_alphabetic()))
            || frag
                .bytes()
                .all(|c| matches!(c, b'i' | b'v' | b'x' | b'I' | b'V' | b'X'))
    }

    /// After a quotation closed by a final mark: true when a short name or a
    /// pronoun and a reporting verb follow (`"Why?" Smith asked.`), so the
    /// attribution stays in the quote's sentence.
    fn speaker_follows(&self, c: &Cluster, f: &Follow) -> bool {
        if !c.quote_closed || f.newlines > 0 {
            return false;
        }
        let b = self.b;
        let limit = (f.word + 96).min(b.len());
        let mut p = f.word;
        for k in 0..5 {
            while p < limit && b[p].is_ascii_whitespace() {
                p += 1;
            }
            let (ws, we) = self.ascii_word(p);
            if ws == we {
                return false;
            }
            let word = &b[ws..we];
            if k > 0 && word[0].is_ascii_lowercase() && self.lex.is_reporting_verb(word) {
                return true;
            }
            if k == 0 && !word[0].is_ascii_uppercase() {
                return false;
            }
            let mut e = we;
            while e < limit && !b[e].is_ascii_whitespace() {
                e += 1;
            }
            // A token ending in punctuation other than an abbreviation's full stop
            // ends the search.
            let tail = b[we..e]
                .iter()
                .any(|c| !c.is_ascii_alphanumeric() && *c != b'.' && *c != b'\'' && *c != b'-');
            if tail || e >= limit {
                return false;
            }
            p = e;
        }
        false
    }
}

/// True for web addresses, e-mail addresses and paths.
fn is_address(tok: &[u8]) -> bool {
    memchr::memchr2(b'@', b'/', tok).is_some()
        || tok.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}
