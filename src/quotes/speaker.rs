//! Speaker search over a token window: noun phrases before and after a cue verb,
//! inverted cues (`said Smith`), `according to X`, colon introductions, dashes.
//!
//! Every function works on a bounded token slice, so the cost per quote is
//! bounded whatever the input.

use super::lexicon::*;
use super::tokens::{Kind, Tok};

/// A token range `[start, end)` in the window.
pub type Range = (usize, usize);

/// A speaker found next to a quote or a reported clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attr {
    /// Token range of the speaker phrase.
    pub speaker: Range,
    /// Token range of the cue (`said`, `according to`), if any.
    pub cue: Option<Range>,
}

const MAX_NP: usize = 10;

/// Is token `k` a reporting verb (not a noun like `the report`)?
#[inline]
pub fn is_cue(t: &[Tok], k: usize) -> bool {
    let x = &t[k];
    if !x.word() || !x.is(CUE) {
        return false;
    }
    // A capitalised cue inside a clause is a name or a headline (`Stevie Wonder`).
    if x.cap && k > 0 && t[k - 1].word() {
        return false;
    }
    if x.is(NOUNISH) && k > 0 {
        let p = &t[k - 1];
        if p.word() && (p.is(DET) || p.poss) {
            return false;
        }
        // `the following comment`, `a campaign report`, `in response`
        if p.word() && !p.cap && !p.is(PRON | AUX | REL | SPEAKER_NOUN | STOP) {
            return false;
        }
        if p.word() && !p.cap && p.is(PREP) {
            return false;
        }
    }
    true
}

fn is_according(t: &[Tok], k: usize, text: &str) -> bool {
    t[k].is(ACCORDING)
        && t.get(k + 1)
            .is_some_and(|n| n.word() && word_is(text, n, "to"))
}

/// True when token `x` spells `w` (ASCII case-insensitive; `w` is ASCII).
#[inline]
pub fn word_is(text: &str, x: &Tok, w: &str) -> bool {
    // Bytes compared: a token cut off a character boundary holds a byte of
    // 0x80 or more, which matches no ASCII word.
    x.end.wrapping_sub(x.start) == w.len()
        && text
            .as_bytes()
            .get(x.start..x.end)
            .is_some_and(|s| s.eq_ignore_ascii_case(w.as_bytes()))
}

fn is_number(text: &str, x: &Tok) -> bool {
    text.as_bytes()
        .get(x.start)
        .is_some_and(|b| b.is_ascii_digit())
}

/// May `x` sit inside a noun phrase?
fn np_word(text: &str, t: &[Tok], m: usize) -> bool {
    let x = &t[m];
    if !x.word() {
        return false;
    }
    if x.poss {
        return true;
    }
    if x.is(PRON | REL | ACCORDING | ING) {
        return false;
    }
    if x.is(CUE) && !x.cap && is_cue(t, m) {
        return false;
    }
    if x.is(STOP) && !x.is(DET) {
        // `of` inside a name: `Secretary of State`, `Bank of America`.
        if word_is(text, x, "of") {
            let left = m > 0 && t[m - 1].word() && (t[m - 1].cap || t[m - 1].is(SPEAKER_NOUN));
            let right = t
                .get(m + 1)
                .is_some_and(|r| r.word() && (r.cap || word_is(text, r, "the")));
            return left && right;
        }
        return false;
    }
    true
}

/// Collects a noun phrase ending at token `j` (exclusive), not before `lo`.
fn collect_back(text: &str, t: &[Tok], j: usize, lo: usize) -> Option<Range> {
    let mut a = j;
    while a > lo && j - a < MAX_NP && np_word(text, t, a - 1) {
        a -= 1;
        if t[a].is(DET) && !t[a].cap || t[a].is(DET) && a == lo {
            break;
        }
        if t[a].is(DET) {
            break;
        }
    }
    if a == j {
        None
    } else {
        Some((a, j))
    }
}

/// Is the phrase a plausible speaker: a name, a speaker noun, a determiner + noun?
fn valid(text: &str, t: &[Tok], r: Range) -> bool {
    let (a, b) = r;
    if a >= b {
        return false;
    }
    let head = &t[b - 1];
    if head.poss || head.is(TIME) || is_number(text, head) {
        return false;
    }
    if plain_single(text, t, r) {
        return false; // `Following …`, `Conversely …`, `Pressure …`
    }
    if head.cap && !head.is(STOP | DET) {
        return true;
    }
    if head.is(SPEAKER_NOUN) {
        return true;
    }
    t[a].is(DET) && b - a >= 2
}

/// A manner adverb in `-ly` (`emphatically`, `jokingly`), not a noun like `family`.
fn is_ly_adverb(text: &str, x: &Tok) -> bool {
    const NOT: [&str; 8] = [
        "family", "ally", "rally", "italy", "only", "early", "reply", "supply",
    ];
    text.get(x.start..x.end).is_some_and(|w| {
        w.len() >= 6
            && w.ends_with("ly")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT.contains(&w)
    })
}

/// A speaker phrase that is one capitalised ordinary word opening its sentence
/// (`Following …`, `Conversely …`): an adverb or a common noun, not a source.
pub fn plain_single(text: &str, t: &[Tok], r: Range) -> bool {
    r.1 == r.0 + 1 && t[r.0].cap && sentence_initial(t, r.0) && plain_word(text, &t[r.0])
}

/// True when token `a` opens the window or follows a sentence stop or a mark.
fn sentence_initial(t: &[Tok], a: usize) -> bool {
    a == 0 || matches!(t[a - 1].kind, Kind::Stop | Kind::Quote | Kind::Colon)
}

/// A capitalised ordinary word that is no name: a common English word that is
/// neither a surname nor a first name (`Following`, `Once`; not `Trump`, `Young`).
fn plain_word(text: &str, x: &Tok) -> bool {
    let Some(w) = text.get(x.start..x.end) else {
        return false;
    };
    let names = crate::gazetteer::names::NameLists::bundled();
    !x.is(SPEAKER_NOUN)
        && !w.ends_with('s')
        && names.common_rank(w).is_some()
        && !names.is_surname(w)
        && names.first_name_gender(w).is_none()
}

/// Skips auxiliaries, adverbs and a time phrase that may stand between a speaker
/// and its verb (`X on Wednesday said`, `X has also said`); returns the new end.
fn skip_adverbials(text: &str, t: &[Tok], mut j: usize, lo: usize) -> usize {
    for _ in 0..4 {
        if j <= lo {
            break;
        }
        let x = &t[j - 1];
        if !x.word() {
            break;
        }
        // `has also said`, `emphatically proclaimed`
        if (x.is(AUX) || is_ly_adverb(text, x)) && !x.cap {
            j -= 1;
            continue;
        }
        if x.is(TIME) {
            let mut m = j - 1;
            while m > lo
                && j - m < 4
                && (t[m - 1].is(PREP | DET | TIME) || is_number(text, &t[m - 1]))
            {
                m -= 1;
            }
            j = m;
            continue;
        }
        // `in a statement`, `in an interview`
        if j >= lo + 3
            && t[j - 3].is(PREP)
            && !t[j - 3].cap
            && !["of", "for", "from", "with", "by", "about", "to"]
                .iter()
                .any(|w| word_is(text, &t[j - 3], w))
            && t[j - 2].is(DET)
            && !x.cap
            && !x.is(SPEAKER_NOUN)
        {
            j -= 3;
            continue;
        }
        break;
    }
    j
}

/// The speaker phrase right before cue token `k` (`Zelenskiy said`, `the company's
/// spokeswoman, Jane Doe, said`, `Smith, who`).
pub fn np_before(text: &str, t: &[Tok], k: usize, lo: usize) -> Option<Range> {
    let mut j = skip_adverbials(text, t, k, lo);
    if j <= lo {
        return None;
    }
    // A parenthesis before the verb: `Rep. Gwen Moore (D-Wis.) said`.
    let mut paren_end = None;
    if is_char(text, &t[j - 1], ')') {
        let open = (lo.max(j.saturating_sub(6))..j - 1)
            .rev()
            .find(|&m| is_char(text, &t[m], '('))?;
        paren_end = Some(j);
        j = open;
        if j <= lo {
            return None;
        }
    }
    let r = np_before_inner(text, t, j, lo)?;
    Some((r.0, paren_end.unwrap_or(r.1)))
}

fn is_char(text: &str, x: &Tok, c: char) -> bool {
    x.kind == Kind::Other && text.get(x.start..x.end).is_some_and(|s| s.starts_with(c))
}

fn np_before_inner(text: &str, t: &[Tok], j: usize, lo: usize) -> Option<Range> {
    let x = &t[j - 1];
    if x.word() && x.is(PRON) && !x.poss && !word_is(text, x, "it's") {
        return Some((j - 1, j));
    }
    if x.word() && x.is(REL) {
        // `Smith, who said …`: the span runs from the antecedent to `who`.
        if j >= lo + 2 && t[j - 2].kind == Kind::Comma {
            if let Some(r) = collect_back(text, t, j - 2, lo) {
                if valid(text, t, r) {
                    return Some((r.0, j));
                }
            }
        }
        return Some((j - 1, j));
    }
    if x.kind == Kind::Comma {
        // Appositive: `X, Y, said`.
        let y = collect_back(text, t, j - 1, lo)?;
        if y.0 >= lo + 2 && t[y.0 - 1].kind == Kind::Comma {
            let xr = with_of(text, t, collect_back(text, t, y.0 - 1, lo)?, lo);
            if valid(text, t, xr)
                && (valid(text, t, y) || t[y.0].is(DET))
                && not_object(text, t, xr.0, lo)
            {
                return Some((xr.0, y.1));
            }
        }
        // `Smith, who has four children, said`
        let from = lo.max(j.saturating_sub(16));
        for r in (from + 1..j - 1).rev() {
            if t[r].is(REL) && t[r - 1].kind == Kind::Comma {
                let ante = collect_back(text, t, r - 1, lo)?;
                if valid(text, t, ante) && t[ante.1 - 1].cap {
                    return Some((ante.0, j - 1));
                }
                return None;
            }
        }
        return appositive_before(text, t, j - 1, lo);
    }
    let mut r = collect_back(text, t, j, lo)?;
    if let Some(p) = proportion(text, t, r, lo) {
        return Some(p);
    }
    // `most of the candidates`, `46 percent of voters`, `one of the aides`
    if r.0 >= lo + 2 && word_is(text, &t[r.0 - 1], "of") {
        let q = &t[r.0 - 2];
        let quant = q.word()
            && (q.is(DET)
                || numeral(text, q)
                || [
                    "percent", "majority", "half", "third", "rest", "none", "many", "few",
                ]
                .iter()
                .any(|w| word_is(text, q, w)));
        if quant {
            let inner = r;
            let mut s = r.0 - 2;
            if s > lo && word_is(text, q, "percent") && is_number(text, &t[s - 1]) {
                s -= 1;
            }
            r.0 = s;
            if valid(text, t, inner) || t[r.1 - 1].is(SPEAKER_NOUN) || t[r.1 - 1].cap {
                return Some(r);
            }
        }
    }
    if valid(text, t, r) && not_object(text, t, r.0, lo) {
        Some(r)
    } else {
        None
    }
}

/// Is `x` a number, in digits or words (`10`, `six`)?
fn numeral(text: &str, x: &Tok) -> bool {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
        "most",
    ];
    // The words are three to five letters long.
    x.word()
        && (is_number(text, x)
            || ((3..=5).contains(&x.end.wrapping_sub(x.start))
                && WORDS.iter().any(|w| word_is(text, x, w))))
}

/// A proportion as speaker: `nine in 10 (voters)`, `one in three`, `46 percent
/// (of Republicans)`; the range extended back over `N in`.
fn proportion(text: &str, t: &[Tok], r: Range, lo: usize) -> Option<Range> {
    let (a, b) = r;
    if a >= lo + 2
        && numeral(text, &t[a])
        && word_is(text, &t[a - 1], "in")
        && numeral(text, &t[a - 2])
    {
        let mut s = a - 2;
        if s > lo && t[s - 1].word() && t[s - 1].is(AUX) {
            s -= 1; // `About`, `nearly` stay outside; only adverbs listed as AUX
        }
        return Some((s, b));
    }
    if b - a >= 2 && word_is(text, &t[b - 1], "percent") && is_number(text, &t[b - 2]) {
        return Some(r);
    }
    None
}

/// Extends a noun phrase back over `of` (`the director of the European
/// Centre`, `a spokesman of the party`) while the part before is a valid phrase.
fn with_of(text: &str, t: &[Tok], r: Range, lo: usize) -> Range {
    let mut r = r;
    for _ in 0..2 {
        if r.0 < lo + 2
            || !["of", "for", "at"]
                .iter()
                .any(|w| word_is(text, &t[r.0 - 1], w))
        {
            break;
        }
        match collect_back(text, t, r.0 - 1, lo) {
            Some(h) if valid(text, t, h) => r = (h.0, r.1),
            _ => break,
        }
    }
    r
}

/// `Smith, an analyst at the Cato Institute, said` / `Smith, speaking in Ohio,
/// said`: `c` is the comma before the verb; the speaker runs from a noun phrase
/// opening the clause to `c`. The words between may hold commas and
/// prepositional phrases, but no sentence stop, quote or finite cue.
fn appositive_before(text: &str, t: &[Tok], c: usize, lo: usize) -> Option<Range> {
    let from = lo.max(c.saturating_sub(24));
    for p in (from + 1..c).rev() {
        let x = &t[p];
        match x.kind {
            Kind::Comma => {}
            Kind::Word => {
                let after_comma = t[p - 1].kind == Kind::Comma;
                if (x.is(REL) && after_comma) || (x.is(CUE) && !x.is(ING) && is_cue(t, p)) {
                    return None;
                }
                continue;
            }
            Kind::Other => continue,
            _ => return None,
        }
        // `Sen. Jane Roe (R-Ga.), one of the authors, said`
        let mut q = p;
        if q > lo && is_char(text, &t[q - 1], ')') {
            if let Some(open) = (lo.max(q.saturating_sub(7))..q - 1)
                .rev()
                .find(|&m| is_char(text, &t[m], '('))
            {
                q = open;
            }
        }
        let Some(xr) = collect_back(text, t, q, lo) else {
            continue;
        };
        let xr = with_of(text, t, xr, lo);
        let opens = xr.0 == lo || !t[xr.0 - 1].word() || {
            let w = &t[xr.0 - 1];
            w.is(STOP) && !w.is(PREP) && !w.is(DET)
        };
        if opens && valid(text, t, xr) && p + 1 < c {
            return Some((xr.0, c));
        }
    }
    None
}

/// False when the phrase starting at `a` is the object of a preposition.
fn not_object(text: &str, t: &[Tok], a: usize, lo: usize) -> bool {
    !(a > lo
        && t[a - 1].word()
        && t[a - 1].is(PREP)
        && !t[a - 1].cap
        && !word_is(text, &t[a - 1], "to"))
        || (a > lo + 1 && is_according(t, a - 2, text))
}

/// A noun phrase starting at token `k` (after an inverted cue or `according to`).
pub fn np_after(text: &str, t: &[Tok], k: usize) -> Option<Range> {
    let mut b = k;
    while b < t.len() && b - k < MAX_NP {
        let x = &t[b];
        if !x.word() {
            break;
        }
        if b > k && x.is(DET) && !x.poss {
            break;
        }
        if x.is(PRON) && b == k && !x.poss {
            return Some((k, k + 1));
        }
        if !(np_word(text, t, b) || b == k && x.is(DET)) {
            break;
        }
        if x.is(TIME) && !x.cap {
            break;
        }
        // `The mayor visited …`: a past-tense verb after the head noun ends the
        // phrase (`the elected mayor`, `the newly elected mayor` keep theirs).
        if b > k + 1
            && !x.cap
            && !t[b - 1].is(DET)
            && !is_ly_adverb(text, &t[b - 1])
            && text
                .get(x.start..x.end)
                .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
        {
            break;
        }
        // After a name, only a role noun may follow (`White House official`).
        if b > k
            && !x.cap
            && t[b - 1].cap
            && !t[b - 1].poss
            && !x.is(SPEAKER_NOUN)
            && !word_is(text, x, "of")
        {
            break;
        }
        b += 1;
    }
    // Drop a trailing time word (`said Smith Thursday`) or `of`.
    while b > k && (t[b - 1].is(TIME) || (t[b - 1].is(STOP) && !t[b - 1].is(DET))) {
        b -= 1;
    }
    let r = (k, b);
    if b == k || !valid(text, t, r) {
        return None;
    }
    // `the company's spokeswoman, Jane Doe`
    if !t[b - 1].cap && t.get(b).is_some_and(|c| c.kind == Kind::Comma) {
        let mut e = b + 1;
        while e < t.len() && e - b < 5 && t[e].word() && t[e].cap && !t[e].is(STOP | DET) {
            e += 1;
        }
        let closed = t.get(e).is_none_or(|c| !c.word());
        if e > b + 1 && closed {
            return Some((k, e));
        }
    }
    Some(r)
}

/// The subject at the start of the clause window (`British Foreign Secretary Liz
/// Truss, who …, warned`): skips a leading conjunction and an introductory phrase.
pub fn sentence_subject(text: &str, t: &[Tok], end: usize) -> Option<Range> {
    let mut k = 0;
    while k < end && k < 2 && t[k].word() && t[k].is(STOP) && !t[k].is(PRON | REL | DET | PREP) {
        k += 1;
    }
    if k < end && t[k].kind == Kind::Comma {
        k += 1;
    }
    // An introductory phrase (`On the eve of the vote, …`) ends at a comma.
    if k < end && t[k].word() && t[k].is(PREP) {
        let comma = (k..end.min(k + 25)).find(|&m| t[m].kind == Kind::Comma)?;
        k = comma + 1;
    }
    if k >= end {
        return None;
    }
    let r = np_after(text, &t[..end], k)?;
    Some(r)
}

/// Attribution in the window right after a closing mark: `" he said`, `" said
/// Smith`, `" Smith told AFP`, `" — John Smith`, `" according to X`.
pub fn after_quote(text: &str, t: &[Tok]) -> Option<Attr> {
    let mut i = 0;
    while i < t.len() && t[i].kind == Kind::Comma {
        i += 1;
    }
    let first = t.get(i)?;
    if first.kind == Kind::Dash {
        let r = np_after(text, t, i + 1)?;
        if t[r.0..r.1].iter().any(|x| x.cap) {
            return Some(Attr {
                speaker: r,
                cue: None,
            });
        }
        return None;
    }
    if is_according(t, i, text) {
        let r = np_after(text, t, i + 2)?;
        return Some(Attr {
            speaker: r,
            cue: Some((i, i + 2)),
        });
    }
    if is_cue(t, i) && !t[i].is(ING) {
        let r = np_after(text, t, i + 1)?;
        return Some(Attr {
            speaker: r,
            cue: Some((i, i + 1)),
        });
    }
    // `" Michael McFaul, a senior fellow at …, said`
    if let Some(r) = np_after(text, t, i) {
        // A parenthesis may follow the name: `Rep. Jim Jordan (R-Ohio), a member, said`.
        let mut e = r.1;
        if t.get(e).is_some_and(|x| is_char(text, x, '(')) {
            if let Some(close) = (e + 1..t.len().min(e + 7)).find(|&m| is_char(text, &t[m], ')')) {
                e = close + 1;
            }
        }
        if t[r.1 - 1].cap && t.get(e).is_some_and(|c| c.kind == Kind::Comma) {
            let lim = t.len().min(e + 40);
            for k in e + 1..lim {
                if is_cue(t, k) && !t[k].is(ING) && t[k - 1].kind == Kind::Comma {
                    return Some(Attr {
                        speaker: (i, k - 1),
                        cue: Some((k, k + 1)),
                    });
                }
                if t[k].word() && (t[k].is(CUE) && is_cue(t, k)) {
                    break;
                }
            }
        }
    }
    if let Some(a) = tail_then_attribution(text, t, i) {
        return Some(a);
    }
    let lim = t.len().min(i + MAX_NP + 4);
    for k in i + 1..lim {
        if !t[k].word() {
            if matches!(t[k].kind, Kind::Comma | Kind::Other) {
                continue;
            }
            return None;
        }
        if is_cue(t, k) && !t[k].is(ING) {
            let r = np_before(text, t, k, i).or_else(|| collect_back(text, t, k, i))?;
            // `Mr. Morgan of the Sierra Club said`: a name with its organisation.
            let of_phrase = r.0 > i
                && t[i].cap
                && t[i..r.0]
                    .iter()
                    .all(|x| x.word() && (x.cap || x.is(PREP | DET)) && !x.is(PRON));
            if r.0 == i || of_phrase {
                return Some(Attr {
                    speaker: (i, r.1),
                    cue: Some((k, k + 1)),
                });
            }
            return None;
        }
    }
    None
}

/// `"…" for criminal behaviour, she said.`: a short rest of the sentence
/// without a cue, a comma, then the attribution closing the sentence
/// (`SPEAKER CUE`, at most a short time phrase after it). `t` ends at the
/// sentence stop.
fn tail_then_attribution(text: &str, t: &[Tok], i: usize) -> Option<Attr> {
    let c = (i + 1..t.len().min(i + 14)).find(|&m| t[m].kind == Kind::Comma)?;
    if !t[i..c].iter().all(|x| x.word() && !x.is(CUE | PRON | REL)) {
        return None;
    }
    let k = (c + 2..t.len().min(c + MAX_NP + 2)).find(|&m| t[m].word() && t[m].is(CUE))?;
    if !is_cue(t, k) || t[k].is(ING) || t.len() - (k + 1) > 2 {
        return None;
    }
    if !t[k + 1..].iter().all(|x| x.word() && x.is(TIME)) {
        return None;
    }
    let r = np_before(text, t, k, c + 1)?;
    if r.0 != c + 1 {
        return None;
    }
    Some(Attr {
        speaker: r,
        cue: Some((k, k + 1)),
    })
}

/// `X said during a rally that Y once described it as "…"`: when the speaker
/// phrase starting at `a` opens a `that` clause reported by an earlier cue
/// (only a time or place phrase, or a hearer, between them), the outer speaker.
fn outer_report(text: &str, t: &[Tok], a: usize) -> Option<Attr> {
    if a == 0 || !word_is(text, &t[a - 1], "that") {
        return None;
    }
    let that = a - 1;
    let from = that.saturating_sub(12);
    let c0 = (from..that)
        .rev()
        .find(|&m| !t[m].word() || (t[m].is(CUE) && is_cue(t, m)))?;
    if !t[c0].word() || t[c0].is(ING) || !t[c0].is(CLAUSE) {
        return None;
    }
    // Between the cue and `that`: nothing, a hearer, or a prepositional phrase.
    let gap = &t[c0 + 1..that];
    let ok = gap.is_empty()
        || t[c0].is(TELL)
        || (gap[0].is(PREP | TIME | AUX) && gap.iter().all(|x| x.word()));
    if !ok {
        return None;
    }
    let o = np_before(text, t, c0, 0).or_else(|| sentence_subject(text, t, c0))?;
    Some(Attr {
        speaker: o,
        cue: Some((c0, c0 + 1)),
    })
}

/// Attribution in the clause before an opening mark: `X said: "`, `said X, "`,
/// `according to X, "`, `X said Y were "…"`, `X made the following comment: "`.
pub fn before_quote(text: &str, t: &[Tok]) -> Option<Attr> {
    let n = t.len();
    if n == 0 {
        return None;
    }
    // `according to X, "…`
    for c in (0..n).rev() {
        if is_according(t, c, text) {
            if let Some(r) = np_after(text, t, c + 2) {
                return Some(Attr {
                    speaker: r,
                    cue: Some((c, c + 2)),
                });
            }
        }
    }
    // The nearest cue with a subject wins, unless that subject opens the clause
    // reported by an earlier cue (`X said Kyiv had observed only "…"` → X).
    for c in (0..n).rev() {
        if !is_cue(t, c) || t[c].is(ING) {
            continue;
        }
        let cue_r = Some((c, c + 1));
        let r = np_before(text, t, c, 0).filter(|r| {
            // `anybody who complains …`: a restrictive relative is no speaker.
            !(r.1 - r.0 == 1 && t[r.0].is(REL) && (r.0 == 0 || t[r.0 - 1].kind != Kind::Comma))
        });
        let Some(r) = r else {
            // `X bemoaned the unrest and said …`: the sentence subject.
            let j = skip_adverbials(text, t, c, 0);
            if j > 0 && (word_is(text, &t[j - 1], "and") || word_is(text, &t[j - 1], "but")) {
                if let Some(r) = sentence_subject(text, t, j - 1) {
                    return Some(Attr {
                        speaker: r,
                        cue: cue_r,
                    });
                }
            }
            continue;
        };
        if let Some(o) = outer_report(text, t, r.0) {
            return Some(o);
        }
        let mut p = r.0;
        if p > 0 && word_is(text, &t[p - 1], "that") {
            p -= 1;
        }
        let embedded = p > 0 && is_cue(t, p - 1) && !t[p - 1].is(ING);
        if embedded {
            // `X said he thought …`: the outer speaker.
            let c0 = p - 1;
            let outer = np_before(text, t, c0, 0).or_else(|| sentence_subject(text, t, c0));
            if let Some(o) = outer {
                return Some(Attr {
                    speaker: o,
                    cue: Some((c0, c0 + 1)),
                });
            }
            continue;
        }
        // `X condemned what he called "…"`: the sentence subject.
        let pron = r.1 - r.0 == 1 && t[r.0].is(PRON);
        if pron
            && r.0 > 0
            && (word_is(text, &t[r.0 - 1], "what") || word_is(text, &t[r.0 - 1], "which"))
        {
            if let Some(o) = sentence_subject(text, t, r.0 - 1) {
                if o.1 < r.0 {
                    return Some(Attr {
                        speaker: o,
                        cue: cue_r,
                    });
                }
            }
        }
        return Some(Attr {
            speaker: r,
            cue: cue_r,
        });
    }
    let mut cue = (0..n).rev().find(|&c| is_cue(t, c));
    if let Some(c) = cue {
        if t[c].is(ING) {
            if let Some(c2) = (0..c).rev().find(|&m| is_cue(t, m) && !t[m].is(ING)) {
                cue = Some(c2);
            }
        }
    }
    match cue {
        Some(c) => {
            let cue_r = Some((c, c + 1));
            if !t[c].is(ING) {
                if let Some(r) = np_before(text, t, c, 0) {
                    return Some(Attr {
                        speaker: r,
                        cue: cue_r,
                    });
                }
                // Inverted: `said Smith, "…`
                if let Some(r) = np_after(text, t, c + 1) {
                    if r.1 + 1 >= n && t[r.0].cap {
                        return Some(Attr {
                            speaker: r,
                            cue: cue_r,
                        });
                    }
                }
            }
            let r = sentence_subject(text, t, c)?;
            Some(Attr {
                speaker: r,
                cue: cue_r,
            })
        }
        None => {
            // Colon introduction without a known verb.
            if t[n - 1].kind == Kind::Colon {
                let r = sentence_subject(text, t, n - 1)?;
                if t[r.1 - 1].cap || t[r.0].is(PRON) {
                    return Some(Attr {
                        speaker: r,
                        cue: None,
                    });
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn toks(text: &str) -> Vec<Tok> {
        let mut v = Vec::new();
        tokenize(text, 0, text.len(), &mut v);
        v
    }

    fn show(text: &str, t: &[Tok], a: Option<Attr>) -> Option<(String, String)> {
        a.map(|a| {
            let s = &text[t[a.speaker.0].start..t[a.speaker.1 - 1].end];
            let c = a
                .cue
                .map(|c| &text[t[c.0].start..t[c.1 - 1].end])
                .unwrap_or("");
            (s.to_string(), c.to_string())
        })
    }

    #[test]
    fn after_quote_patterns() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (", Zelenskiy said", Some(("Zelenskiy", "said"))),
            ("he said", Some(("he", "said"))),
            (
                "said David Gorski, an associate professor",
                Some(("David Gorski", "said")),
            ),
            (
                "87-year-old Lidiya Silina told AFP in her shack",
                Some(("87-year-old Lidiya Silina", "told")),
            ),
            ("she wrote in the Daily Telegraph", Some(("she", "wrote"))),
            ("Mr. Obama said", Some(("Mr. Obama", "said"))),
            ("the article read", Some(("the article", "read"))),
            ("Vitter demanded", Some(("Vitter", "demanded"))),
            ("\u{2014} John Smith", Some(("John Smith", ""))),
            ("according to the memo", Some(("the memo", "according to"))),
            ("the senator also said", Some(("the senator", "said"))),
            ("that did not signify any real change", None),
            ("he declared on Wednesday", Some(("he", "declared"))),
            ("on Thursday", None),
        ];
        for (text, want) in cases {
            let t = toks(text);
            let got = show(text, &t, after_quote(text, &t));
            assert_eq!(
                got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
                *want,
                "{text}"
            );
        }
    }

    #[test]
    fn before_quote_patterns() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("Kall said:", Some(("Kall", "said"))),
            ("A senior White House official on Wednesday said Russian announcements of withdrawal were",
             Some(("A senior White House official", "said"))),
            ("Russian officials have accused the West of provoking", Some(("Russian officials", "accused"))),
            ("which Washington says could take place", Some(("Washington", "says"))),
            ("British Foreign Secretary Liz Truss, who was due in Kyiv on Thursday warned that the crisis risked becoming",
             Some(("British Foreign Secretary Liz Truss", "warned"))),
            ("and Ukrainian President Volodymyr Zelenskiy said Kyiv had observed only",
             Some(("Ukrainian President Volodymyr Zelenskiy", "said"))),
            ("According to the company's spokeswoman, Jane Doe,", Some(("the company's spokeswoman, Jane Doe", "According to"))),
            ("The company's spokeswoman, Jane Doe, said:", Some(("The company's spokeswoman, Jane Doe", "said"))),
            ("Hugh Hill, a doctor, said", Some(("Hugh Hill, a doctor", "said"))),
            ("Sanders made the following comment:", Some(("Sanders", ""))),
            ("In a statement, Peabody said:", Some(("Peabody", "said"))),
            ("Presiding over a national", None),
            ("She tweeted:", Some(("She", "tweeted"))),
            ("Smith, who has four children, said", Some(("Smith, who has four children", "said"))),
        ];
        for (text, want) in cases {
            let t = toks(text);
            let got = show(text, &t, before_quote(text, &t));
            assert_eq!(
                got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
                *want,
                "{text}"
            );
        }
    }
}
