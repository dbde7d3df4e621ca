//! A small tokenizer for the bounded windows around quotes and cues.

use std::sync::OnceLock;

use super::lexicon::{ascii_run_end, lexicon, run16, short_run, Class, ABBREV_DOT};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, digits and word-internal `'`, `’`, `-`, `.`, `&`.
    Word,
    /// `,`
    Comma,
    /// `:`
    Colon,
    /// `.`, `!`, `?`, `;` — ends a clause for speaker search.
    Stop,
    /// `—`, `–`, `--`, ` - `.
    Dash,
    /// Any quotation mark.
    Quote,
    /// `(`, `)`, `[`, `]` and anything else.
    Other,
}

/// One token: byte span, kind and, for words, its word classes.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Token kind.
    pub kind: Kind,
    /// Word classes (see [`super::lexicon`]); 0 for punctuation.
    pub class: Class,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// Ends with a possessive `'s` / `’s` / `s'`.
    pub poss: bool,
}

impl Tok {
    /// True for a word with any of the `class` bits.
    #[inline]
    pub fn is(&self, class: Class) -> bool {
        self.class & class != 0
    }
    /// True for a word token.
    #[inline]
    pub fn word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// `char::is_alphanumeric`, answered from a bit table for the Basic
/// Multilingual Plane (filled one 256-character page at a time, on first use
/// of a character of that page) instead of a table search per call.
#[inline]
pub fn alnumeric(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (u as u8).is_ascii_alphanumeric();
    }
    if u >= 0x1_0000 {
        return c.is_alphanumeric();
    }
    let page = PAGES[(u >> 8) as usize].get_or_init(|| alnum_page(u >> 8));
    (page[((u >> 6) & 3) as usize] >> (u & 63)) & 1 != 0
}

/// Pages of 256 characters of the Basic Multilingual Plane: bit set for
/// alphanumeric characters.
static PAGES: [OnceLock<[u64; 4]>; 256] = [const { OnceLock::new() }; 256];

fn alnum_page(page: u32) -> [u64; 4] {
    let mut bits = [0u64; 4];
    for k in 0..256u32 {
        if char::from_u32((page << 8) | k).is_some_and(char::is_alphanumeric) {
            bits[(k >> 6) as usize] |= 1 << (k & 63);
        }
    }
    bits
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '`'
            | '\u{2018}'
            | '\u{2039}'
            | '\u{203A}'
    )
}

/// Tokenizes `text[lo..hi]` into `out` (cleared first). `lo` and `hi` must be
/// char boundaries; otherwise nothing is produced.
pub fn tokenize(text: &str, lo: usize, hi: usize, out: &mut Vec<Tok>) {
    out.clear();
    let Some(piece) = text.get(lo..hi) else {
        return;
    };
    run(piece, lo, 0, piece.len(), out);
}

/// Like [`tokenize`], but stops after the first sentence stop or quotation mark.
pub fn tokenize_clause(text: &str, lo: usize, hi: usize, out: &mut Vec<Tok>) {
    tokenize(text, lo, hi, out);
    if let Some(k) = out
        .iter()
        .position(|t| matches!(t.kind, Kind::Stop | Kind::Quote))
    {
        out.truncate(k + 1);
    }
}

/// Appends to `out` the tokens of the whole-text tokenization of `text` that
/// start in `from..hi`, and returns the position where it stopped (at or past
/// `hi`, on a token boundary). `from` must be a position the whole-text pass
/// visits: 0, the end of an earlier call, or just after an ASCII whitespace byte.
pub fn tokenize_resume(text: &str, from: usize, hi: usize, out: &mut Vec<Tok>) -> usize {
    if !text.is_char_boundary(from.min(text.len())) {
        return from;
    }
    run(text, 0, from, hi, out)
}

/// The character starting at byte `p` of `piece`, `None` at the end or off a
/// character boundary.
#[inline]
fn char_at(piece: &str, p: usize) -> Option<char> {
    match piece.as_bytes().get(p) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => piece.get(p..).and_then(|r| r.chars().next()),
        None => None,
    }
}

#[inline]
fn alnum_at(piece: &str, p: usize) -> bool {
    match piece.as_bytes().get(p) {
        Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => char_at(piece, p).is_some_and(alnumeric),
        None => false,
    }
}

/// ASCII byte classes of the tokenizer.
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const PUNCT: u8 = 2;

const ASCII_CLASS: [u8; 128] = {
    let mut t = [PUNCT; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        } else if matches!(c, 0x09..=0x0D | b' ') {
            // `char::is_whitespace` on ASCII (vertical tab included).
            t[b] = SPACE;
        }
        b += 1;
    }
    t
};

/// The tokenizer: scans `piece[start..]`, emitting tokens that start before
/// `stop`, with offsets shifted by `lo`. Returns where it stopped. ASCII bytes
/// are classified with one table look-up; only non-ASCII characters are
/// decoded.
fn run(piece: &str, lo: usize, start: usize, stop: usize, out: &mut Vec<Tok>) -> usize {
    let lex = lexicon();
    let bytes = piece.as_bytes();
    let n = bytes.len();
    let mut i = start;
    while i < n && i < stop {
        let b = bytes[i];
        let (c, clen, class) = if b < 0x80 {
            (b as char, 1, ASCII_CLASS[b as usize])
        } else {
            let Some(c) = char_at(piece, i) else { break };
            let class = if c.is_whitespace() {
                SPACE
            } else if alnumeric(c) {
                ALNUM
            } else {
                PUNCT
            };
            (c, c.len_utf8(), class)
        };
        if class == SPACE {
            i += clen;
            continue;
        }
        if class == ALNUM && b < 0x80 {
            // The common word: up to seven ASCII letters and digits followed by
            // an ASCII byte that neither joins nor is a full stop or apostrophe.
            // The same for words of up to fifteen, read sixteen bytes at a time.
            let run = match short_run(bytes, i, false) {
                Some((len, x)) => Some((len, x, 0)),
                None => run16(bytes, i, false),
            };
            if let Some((len, x, y)) = run {
                let end = i + len;
                if bytes
                    .get(end)
                    .is_some_and(|&d| d < 0x80 && !matches!(d, b'\'' | b'-' | b'.' | b'&'))
                {
                    out.push(Tok {
                        start: lo + i,
                        end: lo + end,
                        kind: Kind::Word,
                        class: lex.run_class(x, y, len),
                        cap: b.is_ascii_uppercase(),
                        poss: false,
                    });
                    // A single space after a word is skipped here, as the
                    // loop would.
                    i = if bytes.get(end) == Some(&b' ') {
                        end + 1
                    } else {
                        end
                    };
                    continue;
                }
            }
        }
        if class == ALNUM {
            let cap = if b < 0x80 {
                b.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            };
            let mut end = i + clen;
            let mut dotted = false;
            let mut apos = false;
            loop {
                end = ascii_run_end(bytes, end, false);
                let Some(&d) = bytes.get(end) else { break };
                if d < 0x80 {
                    if matches!(d, b'\'' | b'-' | b'.' | b'&') && alnum_at(piece, end + 1) {
                        dotted |= d == b'.';
                        apos |= d == b'\'';
                        end += 1;
                        continue;
                    }
                    break;
                }
                let Some(dc) = char_at(piece, end) else { break };
                let dl = dc.len_utf8();
                if alnumeric(dc) {
                    end += dl;
                    continue;
                }
                if matches!(dc, '\u{2019}' | '\u{2010}' | '\u{2011}') && alnum_at(piece, end + dl) {
                    apos |= dc == '\u{2019}';
                    end += dl;
                    continue;
                }
                break;
            }
            // Keep the full stop of an abbreviation (Mr., U.S., Sen.).
            let w = &bytes[i..end];
            let mut word_end = end;
            if bytes.get(end) == Some(&b'.') {
                let single_cap = w.len() == 1 && w[0].is_ascii_uppercase();
                if single_cap || dotted || lex.class_in(bytes, i, end) & ABBREV_DOT != 0 {
                    end += 1;
                }
            }
            // Possessive: strip `'s`, `’s` for the lookup.
            let mut poss = false;
            let mut core = w;
            if apos && w.last() == Some(&b's') {
                for suf in ["'s".as_bytes(), "\u{2019}s".as_bytes()] {
                    if core.len() > suf.len() && core.ends_with(suf) {
                        core = &core[..core.len() - suf.len()];
                        poss = true;
                    }
                }
            }
            if !poss && bytes.get(word_end) == Some(&b'\'') && w.last() == Some(&b's') {
                poss = bytes
                    .get(word_end + 1)
                    .is_none_or(|b| !b.is_ascii_alphanumeric());
                if poss {
                    word_end += 1;
                    end = end.max(word_end);
                }
            }
            let class = if poss {
                0
            } else {
                lex.class_in(bytes, i, i + core.len())
            };
            out.push(Tok {
                start: lo + i,
                end: lo + end,
                kind: Kind::Word,
                class,
                cap,
                poss,
            });
            i = end;
            continue;
        }
        let len = clen;
        let kind = match c {
            ',' => Kind::Comma,
            ':' => Kind::Colon,
            // An abbreviation's full stop before `,` or `)`: `R-Ky.,`, `(D-Wis.)`.
            '.' if matches!(bytes.get(i + 1), Some(b',' | b')')) => Kind::Other,
            '.' | '!' | '?' | ';' | '\u{2026}' => Kind::Stop,
            '\u{2014}' | '\u{2013}' | '\u{2015}' => Kind::Dash,
            '-' if bytes.get(i + 1) == Some(&b'-') => {
                out.push(Tok {
                    start: lo + i,
                    end: lo + i + 2,
                    kind: Kind::Dash,
                    class: 0,
                    cap: false,
                    poss: false,
                });
                i += 2;
                continue;
            }
            '-' if bytes.get(i + 1).is_some_and(|b| b.is_ascii_whitespace()) => Kind::Dash,
            '\'' | '\u{2019}' => Kind::Quote,
            c if is_quote_char(c) => Kind::Quote,
            _ => Kind::Other,
        };
        out.push(Tok {
            start: lo + i,
            end: lo + i + len,
            kind,
            class: 0,
            cap: false,
            poss: false,
        });
        i += len;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(text, 0, text.len(), &mut v);
        v.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn splits_words_and_keeps_abbreviations() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Obama said.", &["Mr.", "Obama", "said", "."]),
            ("U.S. officials, too", &["U.S.", "officials", ",", "too"]),
            ("87-year-old Lidiya", &["87-year-old", "Lidiya"]),
            (
                "the company's spokeswoman",
                &["the", "company's", "spokeswoman"],
            ),
            ("players' union", &["players'", "union"]),
            (
                "\u{201C}No,\u{201D} he said",
                &["\u{201C}", "No", ",", "\u{201D}", "he", "said"],
            ),
            ("war \u{2014} Smith", &["war", "\u{2014}", "Smith"]),
            ("ends.", &["ends", "."]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "{text}");
        }
    }

    #[test]
    fn alphanumeric_table_agrees_with_char() {
        for u in 0..=0x10_FFFFu32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(alnumeric(c), c.is_alphanumeric(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn kinds_classes_and_marks() {
        type Row = (&'static str, Kind, bool, bool);
        let cases: &[(&str, &[Row])] = &[
            (
                "\u{AB}Oui\u{BB} \u{201E}Ja\u{201C} \u{2039}x\u{203A} ``y'' `z'",
                &[
                    ("\u{AB}", Kind::Quote, false, false),
                    ("Oui", Kind::Word, true, false),
                    ("\u{BB}", Kind::Quote, false, false),
                    ("\u{201E}", Kind::Quote, false, false),
                    ("Ja", Kind::Word, true, false),
                    ("\u{201C}", Kind::Quote, false, false),
                    ("\u{2039}", Kind::Quote, false, false),
                    ("x", Kind::Word, false, false),
                    ("\u{203A}", Kind::Quote, false, false),
                    ("`", Kind::Quote, false, false),
                    ("`", Kind::Quote, false, false),
                    ("y", Kind::Word, false, false),
                    ("'", Kind::Quote, false, false),
                    ("'", Kind::Quote, false, false),
                    ("`", Kind::Quote, false, false),
                    ("z", Kind::Word, false, false),
                    ("'", Kind::Quote, false, false),
                ],
            ),
            (
                "Putin\u{2019}s rock 'n' roll, the players' union's",
                &[
                    ("Putin\u{2019}s", Kind::Word, true, true),
                    ("rock", Kind::Word, false, false),
                    ("'", Kind::Quote, false, false),
                    ("n", Kind::Word, false, false),
                    ("'", Kind::Quote, false, false),
                    ("roll", Kind::Word, false, false),
                    (",", Kind::Comma, false, false),
                    ("the", Kind::Word, false, false),
                    ("players'", Kind::Word, false, true),
                    ("union's", Kind::Word, false, true),
                ],
            ),
            (
                "\u{C9}lys\u{E9}e\u{A0}said \u{915}\u{93E}\u{2009}it's\u{2026} -- x - y\u{2014}z",
                &[
                    ("\u{C9}lys\u{E9}e", Kind::Word, true, false),
                    ("said", Kind::Word, false, false),
                    ("\u{915}\u{93E}", Kind::Word, false, false),
                    ("it's", Kind::Word, false, true),
                    ("\u{2026}", Kind::Stop, false, false),
                    ("--", Kind::Dash, false, false),
                    ("x", Kind::Word, false, false),
                    ("-", Kind::Dash, false, false),
                    ("y", Kind::Word, false, false),
                    ("\u{2014}", Kind::Dash, false, false),
                    ("z", Kind::Word, false, false),
                ],
            ),
        ];
        for (text, want) in cases {
            let mut v = Vec::new();
            tokenize(text, 0, text.len(), &mut v);
            let got: Vec<Row> = v
                .iter()
                .map(|t| (&text[t.start..t.end], t.kind, t.cap, t.poss))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
        let mut v = Vec::new();
        tokenize("said Said who it's", 0, 18, &mut v);
        let lex = lexicon();
        assert_eq!(v[0].class, lex.class(b"said"));
        assert_eq!(v[1].class, v[0].class);
        assert_ne!(v[2].class, 0);
        assert_eq!(v[3].class, 0); // a possessive is in no class
    }

    #[test]
    fn resuming_after_whitespace_gives_the_whole_text_tokens() {
        let text = "\u{201C}We won\u{2019}t,\u{201D} said Sen. Smith\u{A0}(R-Ky.), \u{E9}t\u{E9} -- 'n' U.S. players' \u{915}\u{93E}.";
        let mut whole = Vec::new();
        tokenize(text, 0, text.len(), &mut whole);
        let key = |t: &Tok| (t.start, t.end, t.kind, t.class, t.cap, t.poss);
        for (p, c) in text.char_indices() {
            if !c.is_ascii_whitespace() {
                continue;
            }
            let from = p + 1;
            let mut part = Vec::new();
            let end = tokenize_resume(text, from, text.len(), &mut part);
            assert_eq!(end, text.len());
            let want: Vec<_> = whole.iter().filter(|t| t.start >= from).map(key).collect();
            let got: Vec<_> = part.iter().map(key).collect();
            assert_eq!(got, want, "from {from}");
        }
    }

    #[test]
    fn words_of_every_length_get_their_table_classes() {
        // Runs of 1 to 17 bytes, at the end of the text and before more text,
        // so that the 8- and 16-byte reads and the byte-by-byte path all occur.
        let lex = lexicon();
        let words = [
            "a",
            "he",
            "she",
            "said",
            "Says",
            "SAID",
            "warned",
            "reported",
            "insisted",
            "spokesman",
            "Spokeswoman",
            "acknowledged",
            "acknowledging",
            "investigations",
            "congresswomanxyz",
            "abcdefghijklmnopq",
            "x9",
            "2024",
        ];
        for w in words {
            for text in [
                w.to_string(),
                format!("{w} x"),
                format!("{w}, and more text here"),
            ] {
                let mut v = Vec::new();
                tokenize(&text, 0, text.len(), &mut v);
                assert_eq!(&text[v[0].start..v[0].end], w, "{text}");
                assert_eq!(v[0].class, lex.class(w.as_bytes()), "{text}");
                assert_eq!(v[0].cap, w.as_bytes()[0].is_ascii_uppercase(), "{text}");
            }
        }
    }

    #[test]
    fn out_of_bounds_window_is_empty() {
        let mut v = Vec::new();
        tokenize("é", 0, 1, &mut v);
        assert!(v.is_empty());
        tokenize("abc", 2, 9, &mut v);
        assert!(v.is_empty());
    }
}
