//! Quotation-mark scanning and pairing.
//!
//! Marks are found with byte scans (`memchr`) and paired paragraph by paragraph
//! with a two-level state machine (an outer quote and one nested level). Each mark
//! gets a role from its neighbours: an opening mark has space (or nothing) before
//! it and a word after it, a closing mark the reverse. Apostrophes (`Russia's`,
//! `'90s`, `rock 'n' roll`) are told apart from single quotes the same way. A quote
//! still open at a paragraph end continues when the next paragraph re-opens it
//! (multi-paragraph quotes), and stops at the paragraph end otherwise.

use super::tokens::alnumeric;
use crate::document::Span;

/// A paired quotation before any attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// The opening mark.
    pub open: Span,
    /// The words between the marks, trimmed of whitespace.
    pub content: Span,
    /// The closing mark, or `None` for a quote left open at a paragraph end.
    pub close: Option<Span>,
    /// Single quotation marks (`'…'`, `‘…’`, `‹…›`).
    pub single: bool,
    /// Start of the paragraph of the opening mark.
    pub para_start: usize,
    /// End of the paragraph of the closing mark (or of the last paragraph).
    pub para_end: usize,
    /// The quote runs over more than one paragraph.
    pub multi: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mk {
    Double(Role),
    Single(Role),
    Para,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    mk: Mk,
}

fn prev_char(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201E}'
            | '\u{00AB}'
            | '\u{00BB}'
    )
}

/// Space or nothing or an opening bracket / dash before an opening mark.
fn open_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/')
                || is_mark_char(c)
        }
    }
}

/// Space, nothing or punctuation after a closing mark.
fn close_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '\u{2014}'
                        | '\u{2013}'
                        | '-'
                        | '\u{2026}'
                )
                || is_mark_char(c)
        }
    }
}

fn role(prev: Option<char>, next: Option<char>) -> Role {
    let opens = open_before(prev) && next.is_some_and(|c| !c.is_whitespace());
    let closes = prev.is_some_and(|c| !c.is_whitespace()) && close_after(next);
    match (opens, closes) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Elisions written with a leading apostrophe.
fn leading_elision(rest: &str) -> bool {
    let b = rest.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 2 {
        return b
            .get(2)
            .is_none_or(|c| !c.is_ascii_alphanumeric() || *c == b's');
    }
    const WORDS: [&str; 9] = [
        "em", "til", "tis", "twas", "n", "cause", "bout", "round", "nother",
    ];
    let word_len = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let word = &rest[..word_len];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        && b.get(word_len).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// Role of a single mark, `None` for an apostrophe.
fn single_role(
    text: &str,
    pos: usize,
    len: usize,
    prev: Option<char>,
    next: Option<char>,
) -> Option<Role> {
    let alnum = |c: Option<char>| c.is_some_and(alnumeric);
    if alnum(prev) && alnum(next) {
        return None;
    }
    if !alnum(prev) && leading_elision(text.get(pos + len..).unwrap_or("")) {
        return None;
    }
    // The closing apostrophe of 'n'.
    if prev == Some('n')
        && text.get(..pos).is_some_and(|s| {
            let b = s.as_bytes();
            b.len() >= 2
                && matches!(
                    &s[..s.len() - 1].chars().next_back(),
                    Some('\'' | '\u{2019}' | '\u{2018}')
                )
        })
    {
        return None;
    }
    match role(prev, next) {
        Role::Either => None,
        r => Some(r),
    }
}

fn scan_marks(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    let mut a = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    let mut b = memchr::memchr3_iter(0xC2, b'`', b'\n', bytes).peekable();
    let mut skip_to = 0;
    loop {
        let pos = match (a.peek(), b.peek()) {
            (Some(&x), Some(&y)) if x < y => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => None,
        };
        let Some(pos) = pos else { break };
        if pos < skip_to {
            continue;
        }
        let (ch, len) = match bytes[pos] {
            b'"' => ('"', 1),
            b'\'' if bytes.get(pos + 1) == Some(&b'\'') => ('2', 2),
            b'`' if bytes.get(pos + 1) == Some(&b'`') => ('2', 2),
            b'\n' => ('\n', 1),
            _ => match next_char(text, pos) {
                Some(c) if is_mark_char(c) || c == '\u{2039}' || c == '\u{203A}' => {
                    (c, c.len_utf8())
                }
                _ => continue,
            },
        };
        skip_to = pos + len;
        let prev = prev_char(text, pos);
        let next = next_char(text, pos + len);
        let mk = match ch {
            '\n' => {
                // A line break followed by a lowercase letter is a soft wrap.
                let soft = text
                    .get(pos + 1..)
                    .and_then(|s| s.trim_start_matches([' ', '\t']).chars().next())
                    .is_some_and(|c| c.is_lowercase());
                if soft {
                    continue;
                }
                Mk::Para
            }
            '"' | '2' => Mk::Double(role(prev, next)),
            '\u{201C}' => Mk::Double(if role(prev, next) == Role::Close {
                Role::Close
            } else {
                Role::Open
            }),
            '\u{201D}' => Mk::Double(if role(prev, next) == Role::Open {
                Role::Open
            } else {
                Role::Close
            }),
            '\u{201E}' | '\u{00AB}' => Mk::Double(Role::Open),
            '\u{00BB}' => Mk::Double(Role::Close),
            '\u{2039}' => Mk::Single(Role::Open),
            '\u{203A}' => Mk::Single(Role::Close),
            '`' => continue,
            _ => match single_role(text, pos, len, prev, next) {
                Some(r) => Mk::Single(r),
                None => continue,
            },
        };
        marks.push(Mark { pos, len, mk });
    }
    marks
}

struct Open {
    single: bool,
    mark: Span,
    para_start: usize,
    multi: bool,
}

fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let Some(s) = text.get(start..end) else {
        return Span::new(start, start);
    };
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    Span::new(start + lead, start + lead + t.len())
}

fn has_word(text: &str, span: Span) -> bool {
    span.text(text).chars().any(alnumeric)
}

/// Finds and pairs quotation marks; quotes come out sorted by start.
pub fn find_quotes(text: &str) -> Vec<RawQuote> {
    let marks = scan_marks(text);
    // Paragraph end after each mark: the next paragraph mark (one backward pass).
    let mut next_para = vec![text.len(); marks.len()];
    let mut nxt = text.len();
    for (k, m) in marks.iter().enumerate().rev() {
        if m.mk == Mk::Para {
            nxt = m.pos;
        }
        next_para[k] = nxt;
    }
    let mut out = Vec::new();
    let mut para_start = 0;
    let mut outer: Option<Open> = None;
    let mut inner: Option<bool> = None; // nested quote open: is it single?
    let emit =
        |out: &mut Vec<RawQuote>, o: Open, end: usize, close: Option<Span>, para_end: usize| {
            let content = trimmed(text, o.mark.end, end);
            if has_word(text, content) {
                out.push(RawQuote {
                    open: o.mark,
                    content,
                    close,
                    single: o.single,
                    para_start: o.para_start,
                    para_end,
                    multi: o.multi,
                });
            }
        };
    let mut i = 0;
    while i < marks.len() {
        let m = marks[i];
        let here_para_end = next_para[i];
        i += 1;
        let span = Span::new(m.pos, m.pos + m.len);
        match m.mk {
            Mk::Para => {
                if let Some(mut o) = outer.take() {
                    // Multi-paragraph quote: the next paragraph re-opens it.
                    let next_para = text
                        .get(m.pos + 1..)
                        .map(|s| s.len() - s.trim_start().len());
                    let reopen = next_para.and_then(|skip| {
                        let at = m.pos + 1 + skip;
                        marks[i..]
                            .iter()
                            .find(|n| n.mk != Mk::Para)
                            .filter(|n| n.pos == at)
                            .filter(|n| match (n.mk, o.single) {
                                (Mk::Double(r), false) | (Mk::Single(r), true) => r != Role::Close,
                                _ => false,
                            })
                            .map(|n| (at, n.len))
                    });
                    if let (Some((at, _)), false) = (reopen, o.single) {
                        // Skip the marks up to the re-opening one.
                        while i < marks.len() && marks[i].pos < at {
                            i += 1;
                        }
                        i += 1;
                        o.multi = true;
                        inner = None;
                        outer = Some(o);
                        continue;
                    }
                    if !o.single {
                        emit(&mut out, o, m.pos, None, m.pos);
                    }
                }
                inner = None;
                para_start = m.pos + 1;
            }
            Mk::Double(r) => match outer.as_ref().map(|o| o.single) {
                None => {
                    if r != Role::Close {
                        outer = Some(Open {
                            single: false,
                            mark: span,
                            para_start,
                            multi: false,
                        });
                    }
                }
                Some(false) => match (inner, r) {
                    (Some(false), Role::Open) => {}
                    (Some(false), _) => inner = None,
                    (_, Role::Open) => inner = Some(false),
                    _ => {
                        if let Some(o) = outer.take() {
                            emit(&mut out, o, m.pos, Some(span), here_para_end);
                        }
                        inner = None;
                    }
                },
                Some(true) => match (inner, r) {
                    (Some(false), Role::Close | Role::Either) => inner = None,
                    (None, Role::Open | Role::Either) => inner = Some(false),
                    _ => {}
                },
            },
            Mk::Single(r) => match outer.as_ref().map(|o| o.single) {
                None => {
                    if r == Role::Open {
                        outer = Some(Open {
                            single: true,
                            mark: span,
                            para_start,
                            multi: false,
                        });
                    }
                }
                Some(true) => {
                    if inner.is_none() && r == Role::Close {
                        if let Some(o) = outer.take() {
                            emit(&mut out, o, m.pos, Some(span), here_para_end);
                        }
                    }
                }
                Some(false) => match (inner, r) {
                    (None, Role::Open) => inner = Some(true),
                    (Some(true), Role::Close) => inner = None,
                    _ => {}
                },
            },
        }
    }
    if let Some(o) = outer.take() {
        if !o.single {
            emit(&mut out, o, text.len(), None, text.len());
        }
    }
    out
}

/// End of the paragraph containing `pos`: the next hard line break or the text end.
pub fn para_end(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = pos;
    while let Some(off) = bytes.get(p..).and_then(|b| memchr::memchr(b'\n', b)) {
        let nl = p + off;
        let soft = text
            .get(nl + 1..)
            .and_then(|s| s.trim_start_matches([' ', '\t']).chars().next())
            .is_some_and(|c| c.is_lowercase());
        if !soft {
            return nl;
        }
        p = nl + 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find_quotes(text)
            .iter()
            .map(|q| q.content.text(text))
            .collect()
    }

    #[test]
    fn pairs_marks_of_every_style() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes, now.\" Then", &["yes, now."]),
            ("\u{201C}We will,\u{201D} he said.", &["We will,"]),
            (
                "''Tell that to them,'' Mr. Biden said.",
                &["Tell that to them,"],
            ),
            ("``Tell that,'' he said.", &["Tell that,"]),
            ("Er sagte \u{201E}Nein\u{201C} dazu.", &["Nein"]),
            ("Il a dit \u{00AB} non \u{00BB} hier.", &["non"]),
            ("U.S. says pullback claims 'false'", &["false"]),
            (
                "'Ukraine just a field of battle'\n\nAt the border",
                &["Ukraine just a field of battle"],
            ),
            ("Russia's troops in the '90s played rock 'n' roll.", &[]),
            ("The players' union said 'no way' today.", &["no way"]),
            ("It was 51 percent.\u{201C}\n\nWhen", &[]),
            (
                "\u{201C}He said \u{2018}no\u{2019} twice,\u{201D} she said.",
                &["He said \u{2018}no\u{2019} twice,"],
            ),
            (
                "\"He said \"no\" twice,\" she said.",
                &["He said \"no\" twice,"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(quotes(text), *want, "{text}");
        }
    }

    #[test]
    fn left_curly_mark_after_words_closes() {
        let t = "\u{201C}It is 51 percent.\u{201C}\n\nNext.";
        assert_eq!(quotes(t), ["It is 51 percent."]);
    }

    #[test]
    fn unclosed_quote_stops_at_paragraph_end() {
        let t = "He said \"this never ends.\n\nAnother paragraph \"here\" too.";
        let q = find_quotes(t);
        assert_eq!(q[0].content.text(t), "this never ends.");
        assert_eq!(q[0].close, None);
        assert_eq!(q[1].content.text(t), "here");
    }

    #[test]
    fn multi_paragraph_quote_reopens() {
        let t = "\"First part.\n\n\"Second part.\n\n\"Last part,\" he said.";
        let q = find_quotes(t);
        assert_eq!(q.len(), 1);
        assert!(q[0].multi);
        assert!(q[0].content.text(t).starts_with("First part."));
        assert!(q[0].content.text(t).ends_with("Last part,"));
    }

    #[test]
    fn only_quote_marks_is_fine() {
        let t = "\"".repeat(10_001);
        assert!(find_quotes(&t).is_empty());
        let t = "'\u{201C}\u{201D}\u{2019}\u{00AB}".repeat(500);
        let _ = find_quotes(&t);
    }
}
