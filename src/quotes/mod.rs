//! Quotation detection and speaker attribution.
//!
//! The [`QuoteAttributor`] stage works in four steps, each in its own file:
//!
//! 1. [`marks`]: quotation marks are found with byte scans and paired per
//!    paragraph (straight and curly quotes, `''`/` `` `, guillemets, `„“`, single
//!    quotes told apart from apostrophes, nested, multi-paragraph and unclosed
//!    quotes).
//! 2. Each quote is classified as direct or partial; titles and scare quotes
//!    (`a "Day of Unity"`, a quoted phrase with no cue in its sentence) are dropped.
//! 3. [`speaker`]: the speaker is searched in bounded token windows around the
//!    quote: cue verbs from [`lexicon`] (`lexicons/quotes/cue_verbs.tsv`) before,
//!    after or inverted, `according to X`, colon introductions, a dash after the
//!    quote, then the previous quote of the same or the preceding paragraph, then
//!    the previous sentence.
//! 4. [`reported`]: reported speech without marks (`X said (that) …`).
//!
//! Finally [`pronoun`] links every speaker phrase to a name: the canonical name of
//! an entity inside it, a proper name in no lexicon, or, for a pronoun, the last
//! compatible person mention (gender from titles, first names and earlier pronouns).
//!
//! Every window is bounded in bytes and tokens, so the stage is linear in the
//! text length whatever the input.

pub mod lexicon;
pub mod marks;
pub mod pronoun;
pub mod reported;
pub mod speaker;
pub mod tokens;

use std::cell::Cell;

use crate::document::{Document, Quote, QuoteKind, Span};
use crate::pipeline::{Stage, StageError};
use crate::swar::{HIGH, LOW7, ONES};
use lexicon::{DET, PREP, PRON, REL, TITLE};
use marks::RawQuote;
use speaker::Attr;
use tokens::{Kind, Tok};

/// How far (bytes) the speaker search looks before and after a quote.
const WINDOW: usize = 400;

/// Take a speaker from the previous sentence even without a colon introduction.
const PREV_SENTENCE: bool = true;

/// The quote stage: pairs quotation marks and attributes each quote to a speaker.
#[derive(Debug, Clone)]
pub struct QuoteAttributor {
    reported: bool,
}

impl Default for QuoteAttributor {
    fn default() -> Self {
        QuoteAttributor::new()
    }
}

impl QuoteAttributor {
    /// An attributor with the default cue verbs, reporting indirect speech too.
    /// The word-class table is built here, at start-up, not by the first document.
    pub fn new() -> Self {
        let _ = lexicon::lexicon();
        QuoteAttributor { reported: true }
    }

    /// Turns the detection of reported (indirect) speech on or off.
    pub fn with_reported_speech(mut self, on: bool) -> Self {
        self.reported = on;
        self
    }

    /// Finds the quotes of `doc` (which should carry sentences and entities).
    pub fn quotes(&self, doc: &Document) -> Vec<Quote> {
        attribute(doc, self.reported)
    }
}

impl Stage for QuoteAttributor {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        doc.quotes = self.quotes(doc);
        Ok(())
    }
}

/// A quote after attribution, before linking.
#[derive(Debug, Clone)]
struct Found {
    whole: Span,
    content: Span,
    kind: QuoteKind,
    speaker: Option<Span>,
    cue: Option<Span>,
    para_start: usize,
    para_end: usize,
    /// Index of the quote whose speaker this one continues.
    continues: Option<usize>,
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn to_spans(t: &[Tok], a: Attr) -> (Span, Option<Span>) {
    let s = Span::new(t[a.speaker.0].start, t[a.speaker.1 - 1].end);
    let c = a.cue.map(|c| Span::new(t[c.0].start, t[c.1 - 1].end));
    (s, c)
}

fn first_letter_upper(text: &str, span: Span) -> bool {
    span.text(text)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Direct when the quote stands as a sentence: at a sentence start, after a
/// colon, after `said,` with a capital, or holding a full sentence itself.
fn classify(text: &str, q: &RawQuote, bw: &[Tok]) -> QuoteKind {
    let upper = first_letter_upper(text, q.content);
    let body = q.content.text(text);
    if q.multi {
        return QuoteKind::Direct;
    }
    let Some(last) = bw.last() else {
        return QuoteKind::Direct;
    };
    let words = word_count(body);
    match last.kind {
        Kind::Colon => return QuoteKind::Direct,
        Kind::Comma | Kind::Dash if upper && words >= 2 => return QuoteKind::Direct,
        _ => {}
    }
    if upper && words >= 3 && speaker::is_cue(bw, bw.len() - 1) {
        return QuoteKind::Direct;
    }
    let inner_stop = body.char_indices().any(|(i, c)| {
        matches!(c, '.' | '?' | '!') && body[i + 1..].starts_with(' ') && i + 2 < body.len()
    });
    if upper && inner_stop && words >= 6 {
        return QuoteKind::Direct;
    }
    QuoteKind::Partial
}

/// A quoted title or name (`a "Day of Unity"`): capitalised words, no final
/// punctuation, not introduced by a cue or a colon.
fn is_title(text: &str, q: &RawQuote, bw: &[Tok]) -> bool {
    let body = q.content.text(text);
    // `told "Fox and Friends," that …`, `on "This Week,"`: a title keeps the
    // comma of the sentence inside the marks when it fills a noun slot.
    let comma = body.ends_with(',');
    let slot = bw.last().is_some_and(|l| {
        l.word() && ((l.is(PREP) && !l.cap) || l.is(DET) || l.poss || l.is(lexicon::TELL))
    });
    if comma && !slot {
        return false;
    }
    let body = body.trim_end_matches(',');
    if body.ends_with(['.', ',', '!', '?', ';', ':']) {
        return false;
    }
    let words: Vec<&str> = body.split_whitespace().collect();
    if comma && words.len() < 2 {
        return false;
    }
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    const SMALL: [&str; 14] = [
        "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from", "or",
    ];
    let mut caps = 0;
    for w in &words {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_uppercase() {
            caps += 1;
        } else if !SMALL.contains(&w.to_ascii_lowercase().as_str()) {
            return false;
        }
    }
    if caps == 0 {
        return false;
    }
    match bw.last() {
        None => false,
        Some(_) if comma => true,
        Some(l) => {
            !(l.kind == Kind::Colon || l.kind == Kind::Comma || speaker::is_cue(bw, bw.len() - 1))
        }
    }
}

/// True when the text before `pos` (spaces and line breaks aside) ends with `:`.
fn ends_with_colon(text: &str, pos: usize) -> bool {
    text.get(..pos).is_some_and(|s| s.trim_end().ends_with(':'))
}

/// Where the tokens read before quote `q` can start: `WINDOW` bytes before
/// its opening mark, but not before its paragraph or, for a quote opening its
/// paragraph, the paragraph before (where the speaker search looks at most:
/// the clause before the mark lies in the paragraph, and the previous
/// sentence of a quote opening its paragraph in the paragraph before).
fn look_back_from(text: &str, q: &RawQuote) -> usize {
    let pos = q.open.start;
    let base = pos.saturating_sub(WINDOW);
    if q.para_start != pos {
        return q.para_start.max(base);
    }
    // The start of the last non-blank line before the paragraph, searched
    // only within the window.
    let lo = ceil_boundary(text, base);
    let Some(before) = text.get(lo..q.para_start) else {
        return base;
    };
    match before.trim_end().rfind('\n') {
        Some(p) => (lo + p + 1).max(base),
        None => base,
    }
}

/// End of the window read after quote `i`, whose closing mark ends at `end`.
fn after_hi(text: &str, raws: &[RawQuote], i: usize, end: usize) -> usize {
    let next_open = raws.get(i + 1).map_or(text.len(), |n| n.open.start);
    ceil_boundary(text, raws[i].para_end.min(next_open).min(end + WINDOW))
}

/// A bound on the end of the first `Stop` or `Quote` token starting in
/// `from..hi` (`hi` when there may be none): the end of the first character
/// there that is always such a token by itself (`!`, `?`, `;`, `…`, `"`, a
/// backquote, a curly double or an angle quote, an opening `‘`), or of a full
/// stop closing a lowercase word that is no abbreviation (`he said.`).
fn first_stop_end(text: &str, from: usize, hi: usize) -> usize {
    let bytes = text.as_bytes();
    let hi = hi.min(bytes.len());
    let lex = lexicon::lexicon();
    let mut p = from;
    while p < hi {
        // Eight bytes at a time up to the next one that may matter: non-ASCII,
        // `!` to `?` (stops, marks, digits, punctuation) or a backquote.
        if let Some(chunk) = bytes.get(p..p + 8).filter(|_| p + 8 <= hi) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            let x = u64::from_le_bytes(b);
            let t = x & LOW7;
            let in_range =
                t.wrapping_add(ONES * (0x80 - 0x21)) & !t.wrapping_add(ONES * (0x80 - 0x40));
            let back = !((t ^ (ONES * 0x60)).wrapping_add(LOW7) | t ^ (ONES * 0x60));
            let may = (x | in_range | back) & HIGH;
            if may == 0 {
                p += 8;
                continue;
            }
            p += (may.trailing_zeros() / 8) as usize;
        }
        if let Some(end) = stop_end_at(bytes, from, p, lex) {
            return end;
        }
        p += 1;
    }
    hi
}

/// The end of the stop or mark [`first_stop_end`] looks for when one starts
/// at byte `p` (reading no further back than `from`).
#[inline]
fn stop_end_at(bytes: &[u8], from: usize, p: usize, lex: &lexicon::Lexicon) -> Option<usize> {
    match bytes[p] {
        b'!' | b'?' | b';' | b'"' | b'`' => Some(p + 1),
        0xC2 if matches!(bytes.get(p + 1), Some(0xAB | 0xBB)) => Some(p + 2),
        0xE2 if bytes.get(p + 1) == Some(&0x80)
            && matches!(
                bytes.get(p + 2),
                Some(0xA6 | 0x9C | 0x9D | 0x9E | 0xB9 | 0xBA | 0x98)
            ) =>
        {
            Some(p + 3)
        }
        b'.' if bytes.get(p + 1).is_none_or(|b| b.is_ascii_whitespace()) => {
            // `said.`: a run of two or more lowercase letters after a space.
            let mut a = p;
            while a > from && bytes[a - 1].is_ascii_lowercase() {
                a -= 1;
            }
            (p - a >= 2
                && a > from
                && bytes[a - 1] == b' '
                && lex.class_in(bytes, a, p) & lexicon::ABBREV_DOT == 0)
                .then_some(p + 1)
        }
        _ => None,
    }
}

/// The document's tokens that lie in `lo..hi`.
fn window(all: &[Tok], lo: usize, hi: usize) -> &[Tok] {
    let a = all.partition_point(|t| t.start < lo);
    let b = all.partition_point(|t| t.start < hi).max(a);
    let mut b2 = b;
    while b2 > a && all[b2 - 1].end > hi {
        b2 -= 1;
    }
    &all[a..b2]
}

/// Tokens of the clause before `pos` (back to a sentence end, a quote mark or `lo`).
fn clause_before(all: &[Tok], lo: usize, pos: usize) -> &[Tok] {
    let t = window(all, lo.max(pos.saturating_sub(WINDOW)), pos);
    let cut = t
        .iter()
        .rposition(|x| matches!(x.kind, Kind::Stop | Kind::Quote))
        .map_or(0, |p| p + 1);
    &t[cut..]
}

/// Pushes the span of every sentence (of at most 2000 bytes, the longest the
/// reported-speech search reads) holding a maximal ASCII letter run that is a
/// cue form. Every cue token of the tokenizer is such a run, so no cue is missed.
/// A sentence is scanned only up to its first cue, and not at all when it lies
/// inside the ranges already in `spans` (sorted and merged here): those are
/// tokenized whole anyway.
fn cue_sentences(doc: &Document, spans: &mut Vec<(usize, usize)>) {
    let lex = lexicon::lexicon();
    let bytes = doc.text.as_bytes();
    spans.sort_unstable();
    spans.dedup_by(|next, prev| {
        // Merge overlapping or touching ranges.
        if next.0 <= prev.1 {
            prev.1 = prev.1.max(next.1);
            true
        } else {
            false
        }
    });
    let windows = spans.len();
    let mut w = 0;
    for s in &doc.sentences {
        if s.len() > 2000 {
            continue;
        }
        while w + 1 < windows && spans[w + 1].0 <= s.start {
            w += 1;
        }
        if spans
            .get(w)
            .is_some_and(|&(a, b)| a <= s.start && s.end <= b)
        {
            continue;
        }
        if lex.has_cue_run(bytes, s.start, s.end) {
            spans.push((s.start, s.end));
        }
    }
}

/// Tokenizes the byte ranges `spans` of `text` into `out`, in text order, each
/// token exactly as the whole-text tokenization gives it: a range starts on
/// the nearest earlier ASCII space (or where the previous range stopped).
fn region_tokens(text: &str, spans: &mut [(usize, usize)], out: &mut Vec<Tok>) {
    spans.sort_unstable();
    let bytes = text.as_bytes();
    let mut covered = 0usize;
    for &mut (lo, hi) in spans {
        let hi = hi.min(text.len());
        if hi <= covered {
            continue;
        }
        let lo = lo.min(hi);
        let from = if lo <= covered {
            covered
        } else {
            let mut p = lo;
            while p > covered && !matches!(bytes[p - 1], b' ' | b'\n' | b'\t' | b'\r') {
                p -= 1;
            }
            p
        };
        covered = tokens::tokenize_resume(text, from, hi, out).max(covered);
    }
}

/// The byte ranges to tokenize and the tokens of one document.
type Buffers = (Vec<(usize, usize)>, Vec<Tok>);

thread_local! {
    /// The span and token buffers, kept per thread from one document to the next.
    static SCRATCH: Cell<Buffers> = Cell::default();
}

/// Buffers longer than this (in elements) are not kept for the next document.
const SCRATCH_KEEP: usize = 1 << 16;

/// The thread's empty span and token buffers (new ones if they are in use or gone).
fn scratch_take() -> Buffers {
    let (mut spans, mut toks) = SCRATCH.try_with(Cell::take).unwrap_or_default();
    spans.clear();
    toks.clear();
    (spans, toks)
}

/// Gives the buffers back to the thread, unless a huge document grew them.
fn scratch_put(mut spans: Vec<(usize, usize)>, mut toks: Vec<Tok>) {
    spans.clear();
    toks.clear();
    if spans.capacity() <= SCRATCH_KEEP && toks.capacity() <= SCRATCH_KEEP {
        let _ = SCRATCH.try_with(|c| c.set((spans, toks)));
    }
}

/// `I`, `we` or `you` (any case).
fn is_first_or_second_person(word: &str) -> bool {
    ["i", "we", "you"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

fn attribute(doc: &Document, with_reported: bool) -> Vec<Quote> {
    let text = doc.text.as_str();
    let raws = marks::find_quotes(text);
    let mut found: Vec<Found> = Vec::with_capacity(raws.len());
    // Only the windows around quotation marks and the sentences holding a
    // possible cue are tokenized; every window is a slice of these tokens.
    // Sized up front (at most one span per sentence) so that nothing regrows.
    let (mut spans, mut toks) = scratch_take();
    spans.reserve(
        raws.len() * 2
            + if with_reported {
                doc.sentences.len()
            } else {
                0
            },
    );
    for (i, q) in raws.iter().enumerate() {
        spans.push((look_back_from(text, q), q.open.start));
        if let Some(c) = q.close {
            // The attribution after a quote is read up to its first stop or
            // mark, within the paragraph and before the next quote.
            let hi = after_hi(text, &raws, i, c.end);
            spans.push((c.end, first_stop_end(text, c.end, hi)));
        }
    }
    if with_reported {
        cue_sentences(doc, &mut spans);
    }
    region_tokens(text, &mut spans, &mut toks);
    let all = &toks[..];
    for (i, q) in raws.iter().enumerate() {
        let prev_end = raws[..i]
            .last()
            .map(|p| p.close.map_or(p.content.end, |c| c.end))
            .unwrap_or(0);
        // The sentence holding the opening mark bounds the look-back.
        let sent_lo = doc
            .sentence_at(q.open.start)
            .and_then(|k| doc.sentences.get(k))
            .map_or(0, |s| s.start);
        let sent_lo = if sent_lo == q.open.start { 0 } else { sent_lo };
        let lo = q.para_start.max(prev_end).max(sent_lo);
        let bw = clause_before(all, lo, q.open.start);
        if is_title(text, q, bw) {
            continue;
        }
        let kind = classify(text, q, bw);
        let before = speaker::before_quote(text, bw).map(|a| to_spans(bw, a));
        let bw_empty = bw.is_empty();
        let after = match q.close {
            Some(c) => {
                let hi = after_hi(text, &raws, i, c.end);
                let lo = c.end.min(hi);
                let t = window(all, lo, hi);
                let stop = t
                    .iter()
                    .position(|x| matches!(x.kind, Kind::Stop | Kind::Quote))
                    .unwrap_or(t.len());
                speaker::after_quote(text, &t[..stop]).map(|a| to_spans(t, a))
            }
            None => None,
        };
        // A quote closing its own sentence (`…." She says …`) is followed by a
        // new sentence, not by its attribution, when a cue before it names a speaker.
        let ends_sentence = q.content.text(text).trim_end().ends_with(['.', '!', '?']);
        let after_new_sentence = after.is_some_and(|(sp, _)| first_letter_upper(text, sp));
        let mut local = if ends_sentence && after_new_sentence && before.is_some() {
            before
        } else {
            after.or(before)
        };
        let mut inherited = None;
        if local.is_none() && kind == QuoteKind::Partial {
            // A second fragment of the same sentence (`were "false," accusing … "7,000"`).
            if let Some((j, p)) = found.iter().enumerate().next_back() {
                let gap = text.get(p.whole.end..q.open.start).unwrap_or(".");
                if p.speaker.is_some() && !gap.contains(['.', '!', '?', '\n']) {
                    local = p.speaker.map(|s| (s, p.cue));
                    inherited = Some(j);
                }
            }
        }
        if kind == QuoteKind::Partial && local.is_none() {
            continue; // scare quotes and names in quotes
        }
        let whole = Span::new(q.open.start, q.close.map_or(q.content.end, |c| c.end));
        let mut f = Found {
            whole,
            content: q.content,
            kind,
            speaker: local.map(|l| l.0),
            cue: local.and_then(|l| l.1),
            para_start: q.para_start,
            para_end: q.para_end,
            continues: inherited,
        };
        if f.speaker.is_none() {
            // The previous quote of this or the preceding paragraph continues.
            if let Some((j, p)) = found.iter().enumerate().next_back() {
                let same_para = p.para_start == f.para_start || p.para_end >= f.whole.start;
                let gap = text.get(p.para_end..f.para_start).unwrap_or("x");
                let adjacent = gap.trim().is_empty();
                if p.speaker.is_some() && (same_para || adjacent) {
                    f.speaker = p.speaker;
                    f.cue = p.cue;
                    f.continues = Some(j);
                }
            }
        }
        if f.speaker.is_none()
            && bw_empty
            && ((PREV_SENTENCE && f.content.text(text).ends_with(['.', ',', '?', '!']))
                || ends_with_colon(text, f.whole.start))
        {
            // A speaker introduced in the previous sentence (`She tweeted:`).
            let lo = if f.para_start == f.whole.start {
                let prev_para = text.get(..f.para_start).unwrap_or("").trim_end().len();
                let prev_start = text
                    .get(..prev_para)
                    .and_then(|s| s.rfind('\n'))
                    .map_or(0, |p| p + 1);
                prev_start.max(found.last().map_or(0, |p| p.whole.end))
            } else {
                f.para_start.max(found.last().map_or(0, |p| p.whole.end))
            };
            let pos = f.whole.start;
            let t = window(all, lo.max(pos.saturating_sub(WINDOW)), pos);
            let mut e = t.len();
            while e > 0 && matches!(t[e - 1].kind, Kind::Stop | Kind::Colon) {
                e -= 1;
            }
            let s = t[..e]
                .iter()
                .rposition(|x| matches!(x.kind, Kind::Stop | Kind::Quote))
                .map_or(0, |p| p + 1);
            if e > s {
                if let Some(a) = speaker::before_quote(text, &t[s..e]) {
                    let (sp, cue) = to_spans(&t[s..e], a);
                    f.speaker = Some(sp);
                    f.cue = cue;
                }
            }
        }
        found.push(f);
    }

    // Reported speech.
    let mut reported = Vec::new();
    if with_reported {
        // Reported speech inside any quotation (`"I think …"`) belongs to the
        // quote, never to a report of its own.
        let mut quoted: Vec<Span> = found.iter().map(|f| f.whole).collect();
        quoted.sort_unstable_by_key(|q| (q.start, q.end));
        reported = reported::find(text, &doc.sentences, &quoted, all);
        // Outside quotation marks `I`, `we` and `you` are the writer, the
        // reader or, in an interview transcript, the one answering: hedges
        // like `I think …` are no one's reported speech.
        reported.retain(|r| !is_first_or_second_person(&text[r.speaker.start..r.speaker.end]));
    }

    // Link speakers to names, in text order.
    let quoted: Vec<Span> = found.iter().map(|f| f.content).collect();
    let mut resolver = pronoun::Resolver::new(text, &doc.entities, &quoted);
    let mut items: Vec<(Quote, Option<usize>)> = found
        .iter()
        .map(|f| {
            (
                Quote {
                    span: f.content,
                    kind: f.kind,
                    speaker: f.speaker,
                    speaker_entity: None,
                    cue: f.cue,
                },
                f.continues,
            )
        })
        .collect();
    let n_direct = items.len();
    for r in &reported {
        items.push((
            Quote {
                span: r.clause,
                kind: QuoteKind::Indirect,
                speaker: Some(r.speaker),
                speaker_entity: None,
                cue: Some(r.cue),
            },
            None,
        ));
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| {
        (
            items[i]
                .0
                .speaker
                .map_or(items[i].0.span.start, |s| s.start),
            i,
        )
    });
    let mut linked: Vec<Option<String>> = vec![None; items.len()];
    for &i in &order {
        if let Some(j) = items[i].1 {
            if j < n_direct && linked[j].is_some() {
                linked[i] = linked[j].clone();
                continue;
            }
        }
        let Some(sp) = items[i].0.speaker else {
            continue;
        };
        linked[i] = link(text, doc, &mut resolver, sp, &found, all);
    }
    let mut out: Vec<Quote> = items
        .into_iter()
        .zip(linked)
        .map(|((mut q, _), name)| {
            q.speaker_entity = name;
            q
        })
        .collect();
    scratch_put(spans, toks);
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out
}

/// Names the speaker phrase `sp`.
fn link<'a>(
    text: &'a str,
    doc: &Document,
    res: &mut pronoun::Resolver<'a>,
    sp: Span,
    found: &[Found],
    all: &[Tok],
) -> Option<String> {
    let phrase = sp.text(text);
    let t = window(all, sp.start, sp.end);
    if t.is_empty() {
        return None;
    }
    // `Smith, who`: the antecedent.
    let mut end = t.len();
    if t[end - 1].is(REL) {
        end -= 1;
        while end > 0 && t[end - 1].kind == Kind::Comma {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
    }
    // A trailing parenthesis: `Rep. Gwen Moore (D-Wis.)`.
    if t[end - 1].kind == Kind::Other && text.get(t[end - 1].start..t[end - 1].end) == Some(")") {
        if let Some(open) = t[..end]
            .iter()
            .rposition(|x| text.get(x.start..x.end) == Some("("))
        {
            end = open;
        }
        if end == 0 {
            return None;
        }
    }
    // `Mr. Morgan of the Sierra Club`: the person before `of the`.
    if let Some(m) = (1..end.saturating_sub(2)).find(|&m| {
        t[m - 1].cap
            && t[m - 1].word()
            && speaker::word_is(text, &t[m], "of")
            && speaker::word_is(text, &t[m + 1], "the")
    }) {
        end = m;
    }
    if end == 1 && t[0].is(PRON) {
        let p = t[0];
        let word = p.start..p.end;
        let w = text.get(word).unwrap_or("");
        if w.eq_ignore_ascii_case("i") || w.eq_ignore_ascii_case("we") {
            // `I` inside a quote: the outer quote's speaker.
            return found
                .iter()
                .find(|f| f.content.contains(sp) && f.speaker.is_some_and(|s| !s.overlaps(sp)))
                .and_then(|f| f.speaker)
                .and_then(|s| link(text, doc, res, s, &[], all));
        }
        return res.resolve_pronoun(w, sp.start);
    }
    let _ = phrase;
    let span = Span::new(t[0].start, t[end - 1].end);
    // An entity inside the phrase: a person first, else one ending at the head.
    let ents = &doc.entities;
    let k = ents.partition_point(|e| e.span.start < span.start);
    let inside: Vec<&crate::document::Entity> = ents[k..]
        .iter()
        .take_while(|e| e.span.start < span.end)
        .filter(|e| span.contains(e.span))
        .collect();
    // Parts of an appositive: `the company's spokeswoman, Jane Doe`.
    let parts: Vec<(usize, usize)> = {
        let mut v = Vec::new();
        let mut a = 0;
        for (m, x) in t[..end].iter().enumerate() {
            if x.kind == Kind::Comma {
                v.push((a, m));
                a = m + 1;
            }
        }
        v.push((a, end));
        v
    };
    for &(a, b) in &parts {
        let mut b = b;
        if b > a && text.get(t[b - 1].start..t[b - 1].end) == Some(")") {
            if let Some(open) = t[a..b]
                .iter()
                .rposition(|x| text.get(x.start..x.end) == Some("("))
            {
                b = a + open;
            }
        }
        if a >= b {
            continue;
        }
        let head = &t[b - 1];
        if !head.cap {
            continue;
        }
        // An entity ending at the head (possessive `'s` aside).
        if let Some(e) = inside.iter().rev().find(|e| {
            e.span.end <= head.end && e.span.end + 4 >= head.end && e.span.end > head.start
        }) {
            return Some(res.full_name(&e.canonical));
        }
        // A proper name in no lexicon: the capitalised run at the head, titles dropped.
        let mut s = b;
        while s > a && t[s - 1].cap && t[s - 1].word() && !t[s - 1].is(DET) {
            s -= 1;
        }
        while s < b
            && (t[s].is(TITLE)
                || t[s].end - t[s].start <= 2
                    && text
                        .get(t[s].start..t[s].end)
                        .is_some_and(|w| w.ends_with('.')))
            && s + 1 < b
        {
            s += 1;
        }
        if s < b {
            let raw = Span::new(t[s].start, head.end).text(text);
            let raw = raw.trim_end_matches("'s").trim_end_matches("\u{2019}s");
            if raw.is_empty() {
                continue;
            }
            let name = res.full_name(raw);
            if t[s..b].iter().all(|x| !x.is(TITLE) || x.cap) && b - s <= 4 {
                let looks_person = b - s >= 2 || (a..s).any(|m| t[m].is(TITLE));
                if looks_person {
                    res.add_person_in_text(Span::new(t[s].start, head.end), raw);
                }
                return Some(name);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn run(text: &str) -> Vec<(String, &'static str, String, String, String)> {
        let mut doc = Document::new("t", text);
        let pipeline = crate::default_pipeline(&[]).expect("lexicons load");
        pipeline.process(&mut doc);
        let q = QuoteAttributor::new()
            .with_reported_speech(false)
            .quotes(&doc);
        q.iter()
            .map(|q| {
                (
                    q.span.text(text).to_string(),
                    q.kind.as_str(),
                    q.speaker
                        .map(|s| s.text(text).to_string())
                        .unwrap_or_default(),
                    q.speaker_entity.clone().unwrap_or_default(),
                    q.cue.map(|s| s.text(text).to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn quote_patterns() {
        type Row = (
            &'static str,
            &'static str,
            &'static str,
            &'static str,
            &'static str,
        );
        let cases: &[(&str, &[Row])] = &[
            (
                "\"We will win,\" Jane Smith said. \"We always do.\"",
                &[
                    ("We will win,", "direct", "Jane Smith", "Jane Smith", "said"),
                    (
                        "We always do.",
                        "direct",
                        "Jane Smith",
                        "Jane Smith",
                        "said",
                    ),
                ],
            ),
            (
                "Jane Smith arrived.\n\n\"It is late,\" she said.",
                &[("It is late,", "direct", "she", "Jane Smith", "said")],
            ),
            (
                "\"It is late,\" said Foreign Secretary Liz Truss.",
                &[(
                    "It is late,",
                    "direct",
                    "Foreign Secretary Liz Truss",
                    "Liz Truss",
                    "said",
                )],
            ),
            (
                "She tweeted: \"No deal.\"",
                &[("No deal.", "direct", "She", "", "tweeted")],
            ),
            (
                "\"No deal.\" \u{2014} John Smith",
                &[("No deal.", "direct", "John Smith", "John Smith", "")],
            ),
            (
                "Presiding over a national \"Day of Unity\" he declared on Wednesday, he left.",
                &[],
            ),
            (
                "It has been branded as a \"foreign agent\" by the government.",
                &[],
            ),
            (
                "A senior White House official on Wednesday said the claims were \"false,\" today.",
                &[(
                    "false,",
                    "partial",
                    "A senior White House official",
                    "",
                    "said",
                )],
            ),
            (
                "According to the company's spokeswoman, Jane Doe, \"it is over.\"",
                &[(
                    "it is over.",
                    "partial",
                    "the company's spokeswoman, Jane Doe",
                    "Jane Doe",
                    "According to",
                )],
            ),
            (
                "Mr. Biden spoke.\n\n''Tell that to the janitor,'' he said.",
                &[(
                    "Tell that to the janitor,",
                    "direct",
                    "he",
                    "Joe Biden",
                    "said",
                )],
            ),
            (
                "Ann Lee said: \"First.\n\n\"Second.\"\n\nDone.",
                &[(
                    "First.\n\n\"Second.",
                    "direct",
                    "Ann Lee",
                    "Ann Lee",
                    "said",
                )],
            ),
        ];
        for (text, want) in cases {
            let got = run(text);
            let want: Vec<(String, &str, String, String, String)> = want
                .iter()
                .map(|r| {
                    (
                        r.0.to_string(),
                        r.1,
                        r.2.to_string(),
                        r.3.to_string(),
                        r.4.to_string(),
                    )
                })
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn after_window_bound_covers_the_first_stop_or_mark() {
        let texts = [
            "\" he said. Then more.",
            "\" Mr. Smith said. Then.",
            "\" said Sen. Jane Roe, who is here; done",
            "\" she told U.S. officials. Next",
            "\" he added \u{2014} and left \u{201C}again\u{201D}",
            "\" it's fine, isn't it? yes",
            "\" he said (R-Ky.), the end.",
            "\" \u{ab}oui\u{bb} said the e.g. test x.",
            "\" no stop at all here",
            "\" said smith.",
        ];
        for text in texts {
            let from = 1;
            let mut all = Vec::new();
            tokens::tokenize(text, 0, text.len(), &mut all);
            let first = all
                .iter()
                .filter(|t| t.start >= from)
                .find(|t| matches!(t.kind, Kind::Stop | Kind::Quote));
            let bound = first_stop_end(text, from, text.len());
            match first {
                Some(t) => assert!(t.end <= bound, "{text}: {} > {bound}", t.end),
                None => assert_eq!(bound, text.len(), "{text}"),
            }
        }
    }

    #[test]
    fn after_window_bound_read_eight_bytes_at_a_time_agrees_with_bytes() {
        // The byte-by-byte reading, which the eight-byte skip must not change.
        fn slow(text: &str, from: usize, hi: usize) -> usize {
            let bytes = text.as_bytes();
            let hi = hi.min(bytes.len());
            let lex = lexicon::lexicon();
            (from..hi)
                .find_map(|p| stop_end_at(bytes, from, p, lex))
                .unwrap_or(hi)
        }
        let text = "\" he said, adding that the fee is $5.50 in the U.S. as of today and \
                    `this` costs more \u{2014} \u{201C}much\u{201D} more \u{ab}oui\u{bb} \
                    said Mr. Roe. Then? A! b; c\u{2026} \u{2018}x\u{2019} it\u{2019}s 1990s-era \
                    \u{e9}t\u{e9} e.g. said smith.";
        for from in 0..text.len() {
            for hi in from..=text.len() {
                assert_eq!(
                    first_stop_end(text, from, hi),
                    slow(text, from, hi),
                    "{from}..{hi}"
                );
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "\"".repeat(5000),
            "'".repeat(5000),
            "\u{201C}said\u{201D} ".repeat(2000),
            "said that said that ".repeat(1000),
            "é\"é'é\u{2019}".repeat(1000),
            String::new(),
        ] {
            let mut doc = Document::new("x", text.clone());
            doc.sentences = crate::segment::SentenceSegmenter::new().segment(&text);
            let qs = QuoteAttributor::new().quotes(&doc);
            for q in qs {
                assert!(text.get(q.span.range()).is_some());
            }
        }
    }
}
