//! Per-document recognition: candidates from the lexicon and the rules, then
//! resolution (one type and one canonical entity per name, aliases).

use super::hash::FastMap;
use super::lexicon::derived_id_into;
use super::matcher::case_fits;
use super::tokens::*;
use super::word_class::*;
use super::Inner;
use crate::document::{Entity, EntitySource, EntityType, Span};
use crate::whitespace::{is_squashed, squash};
use std::sync::Arc;

/// Words ranked below this in the common-word list count as ordinary words.
pub(crate) const COMMON_RANK_MAX: u32 = 5000;

/// Evidence about a candidate from its context.
const H_PERSON: u8 = 1;
const H_PLACE_PREP: u8 = 2;
const H_SAID: u8 = 4;

#[derive(Debug, Clone, Copy)]
struct Cand {
    t0: usize,
    t1: usize,
    kind: Option<EntityType>,
    /// Chosen lexicon entry.
    entry: Option<u32>,
    source: EntitySource,
    /// 0: keep only if resolved; 1: a guess; 2: evidence; 3: lexicon, unambiguous.
    strength: u8,
    hints: u8,
    /// Index of the candidate whose name is canonical (aliases).
    canon: Option<usize>,
    /// Folded hash of the whole name.
    key: u64,
}

struct Ctx<'a> {
    g: &'a Inner,
    text: &'a str,
    toks: &'a [Tok],
}

impl Ctx<'_> {
    #[inline]
    fn word(&self, j: usize) -> Option<&Tok> {
        self.toks.get(j).filter(|t| t.is_word())
    }
    #[inline]
    fn punct(&self, j: usize, c: char) -> bool {
        self.toks.get(j).is_some_and(|t| t.is_punct(self.text, c))
    }
    /// The word lists holding a token's word (see [`super::word_class`]).
    #[inline]
    fn classes(&self, t: &Tok) -> u32 {
        self.g.words.of(t.h(self.text))
    }
    /// True when a list of `mask` holds the token's word.
    #[inline]
    fn is(&self, t: &Tok, mask: u32) -> bool {
        self.classes(t) & mask != 0
    }
    #[inline]
    fn not_name(&self, t: &Tok) -> bool {
        self.is(t, NOT_NAME)
    }
    #[inline]
    fn is_title_word(&self, t: &Tok) -> bool {
        t.has(CAP) && self.is(t, TITLE)
    }

    /// A title before a name (`President`, `Foreign Minister`, `Mr.`,
    /// `Gen.`): returns the index of the name's first token.
    /// `classes` are the word lists holding token `i` (a word), looked up once
    /// by the caller and shared with its other tests.
    #[inline]
    fn title_prefix(&self, i: usize, classes: u32) -> Option<usize> {
        // most words open no title: their classes turn them away
        if self.toks[i].has(CAP) && classes & (TITLE | TITLE_MODIFIER) != 0 {
            self.title_prefix_at(i)
        } else {
            None
        }
    }

    fn title_prefix_at(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let mut head = false;
        while let Some(t) = self.word(j) {
            if !t.has(CAP) || (j > i && t.has(NEWLINE_BEFORE)) {
                break;
            }
            let classes = self.classes(t);
            if classes & TITLE != 0 {
                head = true;
                j += 1;
                if self.punct(j, '.') {
                    j += 1;
                }
            } else if classes & TITLE_MODIFIER != 0 {
                j += 1;
            } else {
                break;
            }
            // `Secretary of State`, `Minister of Defence`
            if head
                && self.word(j).is_some_and(|t| t.has(LOWER) && t.len() == 2)
                && self.text.get(self.toks[j].start..self.toks[j].end) == Some("of")
            {
                let mut k = j + 1;
                while self
                    .word(k)
                    .is_some_and(|t| t.has(CAP) && !self.starts_name_after_title(k))
                {
                    k += 1;
                }
                if k > j + 1 && self.starts_name_after_title(k) {
                    j = k;
                }
                break;
            }
        }
        if head && j > i && self.starts_name_after_title(j) {
            Some(j)
        } else {
            None
        }
    }

    fn starts_name_after_title(&self, j: usize) -> bool {
        self.word(j).is_some_and(|t| {
            t.has(CAP) && !t.has(NEWLINE_BEFORE) && !self.not_name(t) && !self.is_title_word(t)
        }) && self
            .word(j + 1)
            .is_none_or(|n| !self.is(n, ORG_WORD) || n.has(LOWER))
    }

    /// The end (exclusive) of the capitalised sequence starting at `i`.
    fn chunk(&self, i: usize) -> usize {
        let toks = self.toks;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < toks.len() {
            let t = &toks[j];
            if t.has(NEWLINE_BEFORE) {
                break;
            }
            if t.is_word() {
                let classes = if t.has(CAP) && t.has(SPACE_BEFORE) {
                    self.classes(t)
                } else {
                    NOT_NAME
                };
                if classes & NOT_NAME == 0 {
                    // A title inside a sequence starts a new name (`Acme CEO John Smith`).
                    if self.title_prefix(j, classes).is_some() {
                        break;
                    }
                    j += 1;
                    end = j;
                    continue;
                }
                if t.has(LOWER) && t.has(SPACE_BEFORE) {
                    // particles: von der Leyen, de Gaulle
                    let mut k = j;
                    while self
                        .word(k)
                        .is_some_and(|w| w.has(LOWER) && self.is(w, PARTICLE))
                    {
                        k += 1;
                    }
                    if k > j && self.word(k).is_some_and(|w| w.has(CAP)) {
                        j = k + 1;
                        end = j;
                        continue;
                    }
                    // of / for: Bank of England, Ministry of Defence
                    let w = t.text(self.text);
                    if (w == "of" || w == "for")
                        && self
                            .word(j + 1)
                            .is_some_and(|n| n.has(CAP) && !self.not_name(n))
                        && self.word(end - 1).is_some_and(|p| {
                            self.is(p, ORG_PREFIX) || (w == "of" && self.is(p, ORG_WORD | LOC_WORD))
                        })
                    {
                        j += 2;
                        end = j;
                        continue;
                    }
                }
                break;
            }
            // punctuation joining words with no space: Jean-Claude, O'Brien, AT&T, W. Bush
            let joined_next = self
                .word(j + 1)
                .is_some_and(|n| !n.has(SPACE_BEFORE) && (n.has(CAP) || n.has(DIGIT)));
            if !t.has(SPACE_BEFORE)
                && joined_next
                && (t.is_punct(self.text, '-') || t.is_punct(self.text, '&'))
            {
                j += 2;
                end = j;
                continue;
            }
            if !t.has(SPACE_BEFORE)
                && joined_next
                && t.is_punct(self.text, '\'')
                && toks[j - 1].len() == 1
                && toks[j - 1].has(CAP)
            {
                j += 2;
                end = j;
                continue;
            }
            // Clay Tice Jr.
            if !t.has(SPACE_BEFORE)
                && t.is_punct(self.text, '.')
                && j >= i + 2
                && matches!(toks[j - 1].text(self.text), "Jr" | "Sr")
            {
                end = j + 1;
                break;
            }
            if !t.has(SPACE_BEFORE)
                && t.is_punct(self.text, '.')
                && toks[j - 1].len() == 1
                && toks[j - 1].has(UPPER)
                && self
                    .word(j + 1)
                    .is_some_and(|n| n.has(CAP) && n.has(SPACE_BEFORE) && !self.not_name(n))
            {
                j += 1;
                continue;
            }
            break;
        }
        end
    }

    /// Context evidence for tokens `t0..t1`.
    fn hints(&self, t0: usize, t1: usize) -> u8 {
        let mut h = 0;
        if t0 > 0 {
            if let Some(p) = self.word(t0 - 1) {
                if p.has(LOWER) {
                    let classes = self.classes(p);
                    if classes & (ROLE_NOUN | TITLE) != 0 {
                        h |= H_PERSON;
                    }
                    if classes & PLACE_PREP != 0 {
                        h |= H_PLACE_PREP;
                    }
                    // the city of Mariupol
                    if p.len() == 2
                        && p.text(self.text) == "of"
                        && t0 >= 2
                        && self
                            .word(t0 - 2)
                            .is_some_and(|w| w.has(LOWER) && self.is(w, PLACE_NOUN))
                    {
                        h |= H_PLACE_PREP;
                    }
                    // 87-year-old Lidiya Silina
                    if p.len() == 3
                        && p.text(self.text) == "old"
                        && t0 >= 3
                        && self.punct(t0 - 2, '-')
                        && self
                            .word(t0 - 3)
                            .is_some_and(|y| y.text(self.text).starts_with("year"))
                    {
                        h |= H_PERSON;
                    }
                }
            }
        }
        // subject of a reporting verb, possibly after an adverb
        if let Some(n) = self.word(t1) {
            if n.has(LOWER) && self.is(n, REPORTING_VERB) {
                h |= H_SAID;
            }
        }
        // appositive: `X, a spokesman for Y`, `X, 45,`
        if self.punct(t1, ',') {
            if let Some(n) = self.word(t1 + 1) {
                let w = n.text(self.text);
                if n.has(DIGIT) && n.len() <= 3 && self.punct(t1 + 2, ',') {
                    h |= H_PERSON;
                } else if matches!(w, "a" | "an" | "the" | "who" | "whose") {
                    if w == "who" || w == "whose" {
                        h |= H_SAID;
                    }
                    for k in t1 + 2..(t1 + 6).min(self.toks.len()) {
                        match self.word(k) {
                            Some(x) if self.is(x, ROLE_NOUN) => {
                                h |= H_PERSON;
                                break;
                            }
                            Some(_) => {}
                            None => break,
                        }
                    }
                } else if n.has(LOWER) && self.is(n, ROLE_NOUN) {
                    h |= H_PERSON;
                }
            }
        }
        h
    }

    fn key(&self, t0: usize, t1: usize) -> u64 {
        seq_key(&self.toks[t0..t1], self.text)
    }

    fn words_in(&self, t0: usize, t1: usize) -> usize {
        self.toks[t0..t1].iter().filter(|t| t.is_word()).count()
    }

    /// Types a capitalised sequence with no lexicon entry.
    /// `first_classes` are the word lists holding token `t0`.
    fn rule_type(
        &self,
        t0: usize,
        t1: usize,
        hints: u8,
        first_classes: u32,
    ) -> (Option<EntityType>, u8) {
        let n = &self.g.names;
        let words = self.words_in(t0, t1);
        let first = &self.toks[t0];
        let last = &self.toks[t1 - 1];
        let last_classes = if t1 - 1 == t0 {
            first_classes
        } else {
            self.classes(last)
        };
        if (words >= 2 || last.has(UPPER)) && last_classes & ORG_WORD != 0 {
            return (Some(EntityType::Org), 2);
        }
        // FC Basel, AC Milan
        if words >= 2 && first.has(UPPER) && first_classes & ORG_PREFIX != 0 {
            return (Some(EntityType::Org), 2);
        }
        // Bank of England, New Zealand League of Rights, Department for Education
        if words >= 2 {
            for k in t0 + 1..t1 {
                let w = self.toks[k].text(self.text);
                if (w == "of" || w == "for") && self.is(&self.toks[k - 1], ORG_PREFIX | ORG_WORD) {
                    return (Some(EntityType::Org), 2);
                }
            }
        }
        if words >= 2 && last_classes & LOC_WORD != 0 {
            return (Some(EntityType::Loc), 2);
        }
        if words >= 2 && last_classes & EVENT_WORD != 0 {
            return (Some(EntityType::Event), 2);
        }
        // an initial and a surname: S. Watkin
        if words == 2 && first.len() == 1 && first.has(UPPER) && self.punct(t0 + 1, '.') {
            return (Some(EntityType::Person), 2);
        }
        if hints & H_PERSON != 0 {
            return (Some(EntityType::Person), 2);
        }
        if words >= 2 && first_classes & FIRST_NAME != 0 {
            return (Some(EntityType::Person), 2);
        }
        // a known surname after words that are not ordinary words
        if words >= 2
            && last_classes & SURNAME != 0
            && self.toks[t0..t1 - 1].iter().all(|t| {
                !t.is_word() || t.len() == 1 || {
                    let c = self.classes(t);
                    c & FIRST_NAME != 0 || c & (COMMON | NOT_NAME) == 0
                }
            })
        {
            return (Some(EntityType::Person), 2);
        }
        if words >= 2 && hints & H_SAID != 0 {
            return (Some(EntityType::Person), 2);
        }
        if hints & H_PLACE_PREP != 0 {
            // a known smaller place after in/near/from, in any case form
            if n.minor_place(self.key(t0, t1)) {
                return (Some(EntityType::Loc), 2);
            }
            if words == 1 {
                return (Some(EntityType::Loc), 1);
            }
        }
        // two capitalised words, neither an ordinary word: most often a person
        if words == 2
            && last.has(CAP)
            && !last.has(UPPER)
            && !first.has(UPPER)
            && first_classes & COMMON == 0
            && last_classes & COMMON == 0
        {
            return (Some(EntityType::Person), 1);
        }
        // a first name alone (not an ordinary word): a person
        if words == 1
            && first.has(CAP)
            && !first.has(UPPER)
            && first_classes & FIRST_NAME != 0
            && first_classes & COMMON == 0
        {
            return (Some(EntityType::Person), 1);
        }
        // `the Army`, `the Senate`
        if words == 1
            && first.has(CAP)
            && first_classes & ORG_WORD != 0
            && t0 > 0
            && self
                .word(t0 - 1)
                .is_some_and(|p| p.text(self.text) == "the")
        {
            return (Some(EntityType::Org), 1);
        }
        // an unknown acronym is most often an organisation
        if words == 1
            && first.has(UPPER)
            && first.len() >= 2
            && first.len() <= 6
            && first
                .text(self.text)
                .bytes()
                .all(|b| b.is_ascii_uppercase())
        {
            return (Some(EntityType::Org), 1);
        }
        (None, 0)
    }

    /// The longest lexicon name at `i` whose case fits; with its patterns.
    fn lexicon_at(&self, i: usize, caps: bool, title: bool, alts: &mut Vec<u32>) -> Option<usize> {
        let trie = &self.g.trie;
        if !trie.may_start(self.toks[i].h(self.text)) {
            return None;
        }
        let mut best = None;
        let mut found: [usize; 8] = [0; 8];
        let mut nfound = 0;
        let mut lists: [&[u32]; 8] = [&[]; 8];
        trie.walk(self.toks, self.text, i, |end, pats| {
            if nfound < 8 {
                found[nfound] = end;
                lists[nfound] = pats;
                nfound += 1;
            } else {
                found[7] = end;
                lists[7] = pats;
            }
        });
        for k in (0..nfound).rev() {
            let end = found[k];
            alts.clear();
            for &pid in lists[k] {
                let p = &trie.patterns[pid as usize];
                if case_fits(p, &self.toks[i..end], self.text, caps, title)
                    && !alts.contains(&p.entry)
                {
                    alts.push(p.entry);
                }
            }
            if !alts.is_empty() {
                best = Some(end);
                break;
            }
        }
        best
    }
}

/// Buffers reused across the documents a worker thread reads.
#[derive(Default)]
struct Scratch {
    toks: Vec<Tok>,
    starts: Vec<usize>,
    cands: Vec<Cand>,
    alts: Vec<u32>,
    resolve: ResolveMaps,
    names: NameCache,
    id_buf: String,
}

/// The per-document maps of [`resolve`].
#[derive(Default)]
struct ResolveMaps {
    surnames: FastMap<u64, usize>,
    acronyms: FastMap<u64, usize>,
    best: FastMap<u64, usize>,
    extra: Vec<Cand>,
    firsts: FastMap<u64, Option<usize>>,
    longest: FastMap<u32, (usize, usize)>,
}

impl ResolveMaps {
    fn clear(&mut self) {
        self.surnames.clear();
        self.acronyms.clear();
        self.best.clear();
        self.extra.clear();
        self.firsts.clear();
        self.longest.clear();
    }
}

/// Finds the entities of one document.
pub(crate) fn recognize(g: &Inner, text: &str, sentences: &[Span]) -> Vec<Entity> {
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let out = recognize_with(g, text, sentences, &mut scratch);
            if scratch.toks.capacity() > 1 << 20 {
                *scratch = Scratch::default();
            }
            out
        }
        Err(_) => recognize_with(g, text, sentences, &mut Scratch::default()),
    })
}

fn recognize_with(g: &Inner, text: &str, sentences: &[Span], scratch: &mut Scratch) -> Vec<Entity> {
    let is_common = |h: u64| g.words.of(h) & (COMMON_TOP | NOT_NAME) != 0;
    let Scratch {
        toks,
        starts,
        cands,
        alts,
        resolve: maps,
        names,
        id_buf,
    } = scratch;
    tokenize_doc(text, sentences, toks, starts, &is_common);
    let cx = Ctx {
        g,
        text,
        toks: &toks[..],
    };
    cands.clear();
    alts.clear();
    let n = toks.len();
    let mut i = 0;
    let mut pending_person = false;
    // only capitalised words and words in capitals can start a name
    let mut next_start = 0;
    while i < n {
        while next_start < starts.len() && starts[next_start] < i {
            next_start += 1;
        }
        match starts.get(next_start) {
            Some(&s) if s > i => {
                pending_person = false;
                i = s;
            }
            Some(_) => {}
            None => break,
        }
        let t = toks[i];
        let caps = t.has(ZONE_CAPS);
        let title = t.has(ZONE_TITLE);
        let starts = t.is_word() && (t.has(CAP) || (caps && t.has(UPPER)));
        if !starts {
            pending_person = false;
            i += 1;
            continue;
        }
        let lex_end = cx.lexicon_at(i, caps, title, alts);
        // every path below tests the word lists of `t`: one lookup serves them all
        let tc = cx.classes(&t);
        let t_common = tc & (COMMON_TOP | NOT_NAME) != 0;
        let t_first_name = tc & FIRST_NAME != 0;
        let t_not_name = tc & NOT_NAME != 0;
        if lex_end.is_none() && !caps && !title {
            if let Some(k) = cx.title_prefix(i, tc) {
                pending_person = true;
                i = k;
                continue;
            }
        }
        let headline = caps || title;
        // function words, and common words opening a sentence, start no name
        if lex_end.is_none()
            && !headline
            && (t_not_name || t.has(SENT_START) && t_common && !t_first_name)
        {
            i += 1;
            continue;
        }
        let chunk_end = if headline { i + 1 } else { cx.chunk(i) };
        let mut hints = 0;
        if pending_person {
            hints |= H_PERSON;
            pending_person = false;
        }
        if let Some(end) = lex_end {
            let mut use_rule = false;
            if end < chunk_end {
                let h = hints | cx.hints(i, chunk_end);
                let (k, s) = cx.rule_type(i, chunk_end, h, tc);
                // A longer capitalised sequence with a strong rule type wins
                // (`Russian Defense Ministry` over `Russian`); otherwise the
                // lexicon name is kept and the rest is read on its own.
                use_rule = k.is_some() && s >= 2 && k != Some(EntityType::Person)
                    || (k == Some(EntityType::Person) && h & H_PERSON != 0);
            }
            if !use_rule {
                hints |= cx.hints(i, end);
                let words = cx.words_in(i, end);
                // Ordinary words need evidence at a sentence start or in a headline.
                // (one word: `t` itself)
                let ordinary = words == 1 && t_common;
                let weak_pos = t.has(SENT_START) || headline;
                let choice = choose(g, alts, hints, t_first_name && words >= 2);
                let mut kind = g.entries[choice as usize].kind;
                let table = score_after(&cx, i, end);
                // a town in a results table is its team
                if table && kind == EntityType::Loc && !g.country[choice as usize] {
                    kind = EntityType::Org;
                }
                let evidence = table
                    || (kind == EntityType::Loc && hints & H_PLACE_PREP != 0)
                    || (kind == EntityType::Person && hints & (H_PERSON | H_SAID) != 0)
                    || dateline(&cx, i, end);
                // `US` in capitals inside normal text is not the word `us`
                let spelled_upper = t.has(UPPER) && t.len() >= 2 && !caps;
                let strength = if ordinary && !evidence && weak_pos && !spelled_upper {
                    0
                } else if alts.len() > 1 {
                    2
                } else {
                    3
                };
                cands.push(Cand {
                    t0: i,
                    t1: end,
                    kind: Some(kind),
                    entry: Some(choice),
                    source: EntitySource::Lexicon,
                    strength,
                    hints,
                    canon: None,
                    key: cx.key(i, end),
                });
                i = end;
                continue;
            }
        }
        if headline {
            // Headline words: kept only if the body resolves them.
            if !t_not_name && (t.len() > 1) {
                cands.push(Cand {
                    t0: i,
                    t1: i + 1,
                    kind: None,
                    entry: None,
                    source: EntitySource::Rule,
                    strength: 0,
                    hints: 0,
                    canon: None,
                    key: cx.key(i, i + 1),
                });
            }
            i += 1;
            continue;
        }
        let end = chunk_end;
        // a common word opening a sentence is not part of the name
        if t.has(SENT_START) && t_common && !t_first_name || t_not_name {
            if end == i + 1 {
                i += 1;
                continue;
            }
            let next = i + 1;
            if !toks[next].is_word() || !toks[next].has(CAP) {
                i += 1;
                continue;
            }
            // re-run from the next word so lexicon names there are found
            i = next;
            continue;
        }
        // the name starts at `t` (classes `tc`)
        let t0 = i;
        let h = hints | cx.hints(t0, end);
        let (mut kind, mut strength) = cx.rule_type(t0, end, h, tc);
        if strength < 2 && score_after(&cx, t0, end) {
            kind = Some(EntityType::Org);
            strength = 2;
        }
        cands.push(Cand {
            t0,
            t1: end,
            kind,
            entry: None,
            source: EntitySource::Rule,
            strength,
            hints: h,
            canon: None,
            key: cx.key(t0, end),
        });
        i = end;
    }
    maps.clear();
    resolve(&cx, cands, maps);
    names.clear();
    let out = emit(&cx, cands, names, id_buf);
    if cands.capacity() > 1 << 16 {
        *cands = Vec::new();
        *maps = ResolveMaps::default();
    }
    out
}

/// A name in a results table: a small number follows, and it opens the line
/// or follows another number (`Bradford 1 Tranmere 0`, `CHICAGO 71 64 .526`).
fn score_after(cx: &Ctx, i: usize, end: usize) -> bool {
    let t = &cx.toks[i];
    let next_small_number = cx.word(end).is_some_and(|n| {
        n.len() <= 3
            && n.text(cx.text).bytes().all(|b| b.is_ascii_digit())
            && !cx.punct(end + 1, '-')
            && !cx.punct(end + 1, ':')
    });
    next_small_number
        && (i == 0 || t.has(NEWLINE_BEFORE) || cx.word(i - 1).is_some_and(|p| p.has(DIGIT)))
}

/// A dateline (`LONDON 1996-08-30`, `MOSCOW (Reuters) -`): a line-initial place.
fn dateline(cx: &Ctx, i: usize, end: usize) -> bool {
    let t = &cx.toks[i];
    (t.has(NEWLINE_BEFORE) || i == 0)
        && (cx.toks.get(end).is_some_and(|n| n.has(DIGIT))
            || cx.punct(end, '(')
            || cx.punct(end, '-'))
}

/// Picks one of several lexicon entries sharing a name, by context.
fn choose(g: &Inner, alts: &[u32], hints: u8, first_name: bool) -> u32 {
    let want = if hints & H_PERSON != 0 || first_name {
        Some(EntityType::Person)
    } else if hints & H_PLACE_PREP != 0 {
        Some(EntityType::Loc)
    } else {
        None
    };
    let mut best = alts[0];
    let score = |e: u32| {
        let kind_ok = want.is_some_and(|k| g.entries[e as usize].kind == k);
        (kind_ok, g.priority[e as usize], std::cmp::Reverse(e))
    };
    for &a in &alts[1..] {
        if score(a) > score(best) {
            best = a;
        }
    }
    best
}

/// One type and one canonical entity per name; surnames and acronyms become aliases.
fn resolve(cx: &Ctx, cands: &mut [Cand], maps: &mut ResolveMaps) {
    // Full person names by surname, and the best-typed candidate for every name;
    // first name → the one full name using it (None when several do).
    let ResolveMaps {
        surnames,
        acronyms,
        best,
        extra,
        firsts,
        longest,
    } = maps;
    for (k, c) in cands.iter().enumerate() {
        if c.strength >= 2 && c.kind == Some(EntityType::Person) && cx.words_in(c.t0, c.t1) >= 2 {
            let mut e = c.t1;
            while e > c.t0 + 1
                && (!cx.toks[e - 1].is_word()
                    || matches!(cx.toks[e - 1].text(cx.text), "Jr" | "Sr" | "II" | "III"))
            {
                e -= 1;
            }
            surnames.entry(cx.toks[e - 1].h(cx.text)).or_insert(k);
            let f = cx.toks[c.t0].h(cx.text);
            if cx.toks[c.t0].len() > 1 {
                match firsts.get(&f) {
                    None => {
                        firsts.insert(f, Some(k));
                    }
                    Some(Some(o)) if cands[*o].key != c.key => {
                        firsts.insert(f, None);
                    }
                    _ => {}
                }
            }
        }
        if c.strength >= 1 && c.kind.is_some() {
            let slot = best.entry(c.key).or_insert(k);
            if cands[*slot].strength < c.strength {
                *slot = k;
            }
        }
        // acronym defined in brackets right after the name
        if c.strength >= 1
            && cx.words_in(c.t0, c.t1) >= 2
            && cx.punct(c.t1, '(')
            && cx.punct(c.t1 + 2, ')')
        {
            if let Some(a) = cx.word(c.t1 + 1) {
                if a.has(UPPER) && a.len() >= 2 && initials_match(cx, c, a) {
                    acronyms.entry(a.h(cx.text)).or_insert(k);
                    extra.push(Cand {
                        t0: c.t1 + 1,
                        t1: c.t1 + 2,
                        kind: c.kind,
                        entry: c.entry,
                        source: EntitySource::Alias,
                        strength: 3,
                        hints: 0,
                        canon: Some(k),
                        key: cx.key(c.t1 + 1, c.t1 + 2),
                    });
                }
            }
        }
    }
    // entry → the longest mention so far (index, bytes)
    for k in 0..cands.len() {
        let c = cands[k];
        let words = cx.words_in(c.t0, c.t1);
        if words == 1 {
            let h = cx.toks[c.t0].h(cx.text);
            let person_ref = surnames
                .get(&h)
                .copied()
                .or_else(|| firsts.get(&h).copied().flatten());
            if let Some(p) = person_ref {
                let person = cands[p];
                let lexicon_other = c.entry.is_some()
                    && c.kind != Some(EntityType::Person)
                    && c.strength >= 2
                    && (c.hints & H_PLACE_PREP != 0 || c.strength == 3 && person.entry.is_none());
                if p != k && !lexicon_other {
                    let cm = &mut cands[k];
                    cm.kind = Some(EntityType::Person);
                    cm.canon = Some(p);
                    cm.entry = person.entry;
                    cm.source = EntitySource::Alias;
                    cm.strength = 3;
                    continue;
                }
            }
            if let Some(&a) = acronyms.get(&h) {
                if a != k && c.t0 > cands[a].t1 {
                    let (kind, entry) = (cands[a].kind, cands[a].entry);
                    let cm = &mut cands[k];
                    cm.kind = kind;
                    cm.entry = entry;
                    cm.canon = Some(a);
                    cm.source = EntitySource::Alias;
                    cm.strength = 3;
                    continue;
                }
            }
        }
        if let Some(&b) = best.get(&c.key) {
            if b != k && cands[b].strength > c.strength {
                let (kind, entry, canon) = (cands[b].kind, cands[b].entry, cands[b].canon);
                let cm = &mut cands[k];
                cm.kind = kind;
                cm.entry = entry;
                cm.canon = canon;
                cm.strength = cm.strength.max(1);
            }
        }
        // a lexicon entry already named in full earlier: an alias
        if let Some(e) = cands[k].entry {
            let len = cx.toks[c.t1 - 1].end - cx.toks[c.t0].start;
            if cands[k].source == EntitySource::Lexicon {
                if let Some(&(p, plen)) = longest.get(&e) {
                    if plen > len {
                        cands[k].source = EntitySource::Alias;
                        cands[k].canon = Some(p);
                    }
                }
            }
            if cands[k].strength >= 1 && longest.get(&e).is_none_or(|&(_, plen)| plen < len) {
                longest.insert(e, (k, len));
            }
        }
    }
    // acronym definitions: replace any candidate at the same place
    for x in extra.iter() {
        if let Some(c) = cands.iter_mut().find(|c| c.t0 == x.t0) {
            *c = *x;
        }
    }
}

fn initials_match(cx: &Ctx, c: &Cand, acr: &Tok) -> bool {
    let a = acr.text(cx.text).as_bytes();
    let mut inits = Vec::with_capacity(8);
    for t in &cx.toks[c.t0..c.t1] {
        if t.is_word() && t.has(CAP) {
            if let Some(&b) = t.text(cx.text).as_bytes().first() {
                inits.push(b);
            }
        }
    }
    // Allow a subset: every acronym letter in order among the initials or word letters.
    if inits == a {
        return true;
    }
    let mut k = 0;
    for &b in &inits {
        if k < a.len() && a[k] == b {
            k += 1;
        }
    }
    k == a.len() && a.len() * 2 >= inits.len()
}

/// Names of rule entities already made in this document (by folded key),
/// so repeated mentions share one allocation.
type NameCache = FastMap<u64, (EntityType, Arc<str>, Arc<str>)>;

fn emit(cx: &Ctx, cands: &[Cand], names: &mut NameCache, buf: &mut String) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(cands.len());
    for c in cands {
        let Some(kind) = c.kind else { continue };
        if c.strength == 0 {
            continue;
        }
        let span = Span::new(cx.toks[c.t0].start, cx.toks[c.t1 - 1].end);
        if out.last().is_some_and(|l| l.span.end > span.start) {
            continue;
        }
        let (canonical, id) = match c.entry {
            Some(e) => cx.g.shared[e as usize].clone(),
            None => {
                let from = c.canon.map(|k| &cands[k]).unwrap_or(c);
                let raw = Span::new(cx.toks[from.t0].start, cx.toks[from.t1 - 1].end).text(cx.text);
                match names.get(&from.key) {
                    Some((k, name, id)) if *k == kind && **name == *raw => {
                        (name.clone(), id.clone())
                    }
                    _ => {
                        let (name, plain): (Arc<str>, bool) = if is_squashed(raw) {
                            (Arc::from(raw), true)
                        } else {
                            let n = squash(raw);
                            let plain = n == raw;
                            (Arc::from(n), plain)
                        };
                        derived_id_into(kind, &name, buf);
                        let id: Arc<str> = Arc::from(buf.as_str());
                        if plain {
                            names.insert(from.key, (kind, name.clone(), id.clone()));
                        }
                        (name, id)
                    }
                }
            }
        };
        out.push(Entity {
            span,
            kind,
            canonical,
            id,
            source: c.source,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::{EntitySource, EntityType};
    use crate::gazetteer::{Gazetteer, GazetteerBuilder};

    const LEXICON: &str = "canonical\ttype\taliases\tid
Vladimir Putin\tPERSON\tPutin\tper:putin
Volodymyr Zelenskiy\tPERSON\tZelensky|Zelenskyy\tper:zelenskiy
Kyiv\tLOC\tKiev\tloc:kyiv
Nice\tLOC\t\tloc:nice
Reading\tLOC\t\tloc:reading
Split\tLOC\t\tloc:split
United States\tLOC\tU.S.|US|USA\tloc:us
Washington\tLOC\tWashington D.C.\tloc:washington
George Washington\tPERSON\tWashington\tper:gw
Jordan\tLOC\t\tloc:jordan
Michael Jordan\tPERSON\tJordan\tper:mj
Russia\tLOC\t\tloc:russia
NATO\tORG\tNorth Atlantic Treaty Organization\torg:nato
New York\tLOC\t\tloc:ny
New York Times\tORG\t\torg:nyt
";

    fn gaz() -> Gazetteer {
        GazetteerBuilder::new()
            .lexicon_str("test.tsv", LEXICON)
            .build()
            .unwrap()
    }

    /// (text, mention, type, source); the mention must be found exactly once
    /// with that type and source. A type of `None` says it must not be found.
    type Case = (&'static str, &'static str, Option<EntityType>, EntitySource);

    fn check(cases: &[Case]) {
        let g = gaz();
        for (text, mention, kind, source) in cases {
            let found = g.find(text);
            let hits: Vec<_> = found
                .iter()
                .filter(|e| e.span.text(text) == *mention)
                .collect();
            match kind {
                Some(k) => {
                    assert_eq!(hits.len(), 1, "{text:?}: {mention:?} in {found:?}");
                    assert_eq!(hits[0].kind, *k, "{text:?}: {mention:?}");
                    assert_eq!(hits[0].source, *source, "{text:?}: {mention:?}");
                }
                None => assert!(hits.is_empty(), "{text:?}: {mention:?} found in {found:?}"),
            }
        }
    }

    use EntitySource::{Alias, Lexicon, Rule};
    use EntityType::{Event, Loc, Org, Person};

    #[test]
    fn lexicon_matching_boundaries_and_longest() {
        check(&[
            ("Troops left Kyiv today.", "Kyiv", Some(Loc), Lexicon),
            ("Troops left Kiev today.", "Kiev", Some(Loc), Lexicon),
            ("The Kyivan style is old.", "Kyiv", None, Lexicon),
            (
                "He reads the New York Times daily.",
                "New York Times",
                Some(Org),
                Lexicon,
            ),
            ("He lives in New York now.", "New York", Some(Loc), Lexicon),
            ("A US-based firm grew.", "US", Some(Loc), Lexicon),
            ("The U.S. said no.", "U.S.", Some(Loc), Lexicon),
        ]);
    }

    #[test]
    fn possessives_exclude_the_apostrophe() {
        check(&[
            ("It was Putin's war.", "Putin", Some(Person), Lexicon),
            ("It was Putin\u{2019}s war.", "Putin", Some(Person), Lexicon),
            ("CoNLL style: Putin 's war.", "Putin", Some(Person), Lexicon),
            (
                "He met Jess Carter. Later Jess' car broke down.",
                "Jess",
                Some(Person),
                Alias,
            ),
        ]);
    }

    #[test]
    fn ordinary_word_names_need_evidence() {
        check(&[
            ("The weather was nice today.", "nice", None, Lexicon),
            ("Reading is fun, she said.", "Reading", None, Lexicon),
            (
                "She moved from Reading last year.",
                "Reading",
                Some(Loc),
                Lexicon,
            ),
            ("They met in Split on Monday.", "Split", Some(Loc), Lexicon),
            ("They drove to Nice on Monday.", "Nice", Some(Loc), Lexicon),
            ("Split the bill, he said.", "Split", None, Lexicon),
        ]);
    }

    #[test]
    fn headlines_in_capitals() {
        check(&[
            (
                "RUSSIA PULLS BACK TROOPS FROM KYIV\nMoscow said so.",
                "RUSSIA",
                Some(Loc),
                Lexicon,
            ),
            (
                "RUSSIA PULLS BACK TROOPS FROM KYIV\nMoscow said so.",
                "KYIV",
                Some(Loc),
                Lexicon,
            ),
            (
                "RUSSIA PULLS BACK TROOPS\nMoscow said so.",
                "PULLS",
                None,
                Lexicon,
            ),
            ("NICE DAY FOR A WALK\nIt rained.", "NICE", None, Lexicon),
        ]);
    }

    #[test]
    fn people_rules() {
        check(&[
            (
                "Yesterday Lidiya Silina went home.",
                "Lidiya Silina",
                Some(Person),
                Rule,
            ),
            (
                "The talks, said Foreign Minister Dmytro Kuleba, failed.",
                "Dmytro Kuleba",
                Some(Person),
                Rule,
            ),
            (
                "Reports by Mr. Okonkwo were read.",
                "Okonkwo",
                Some(Person),
                Rule,
            ),
            (
                "Orders came from Gen. Zaluzhnyi yesterday.",
                "Zaluzhnyi",
                Some(Person),
                Rule,
            ),
            (
                "An 87-year-old Lidiya Silina was hurt.",
                "Lidiya Silina",
                Some(Person),
                Rule,
            ),
            (
                "The texts of NATO chief Jens Stoltenberg were read.",
                "Jens Stoltenberg",
                Some(Person),
                Rule,
            ),
            (
                "We saw Ursula von der Leyen in town.",
                "Ursula von der Leyen",
                Some(Person),
                Rule,
            ),
            (
                "We saw Jean-Claude Juncker in town.",
                "Jean-Claude Juncker",
                Some(Person),
                Rule,
            ),
            (
                "We saw Conan O'Brien in town.",
                "Conan O'Brien",
                Some(Person),
                Rule,
            ),
            (
                "Then Hugh Hillbrook, a spokesman for the firm, left.",
                "Hugh Hillbrook",
                Some(Person),
                Rule,
            ),
            (
                "Then Okafor Mbeki said nothing.",
                "Okafor Mbeki",
                Some(Person),
                Rule,
            ),
            (
                "The memo of George W. Bush leaked.",
                "George W. Bush",
                Some(Person),
                Rule,
            ),
        ]);
    }

    #[test]
    fn organisation_rules() {
        check(&[
            (
                "Shares of Acme Widgets Inc rose.",
                "Acme Widgets Inc",
                Some(Org),
                Rule,
            ),
            (
                "He joined the Zorbian Liberal Party in 1990.",
                "Zorbian Liberal Party",
                Some(Org),
                Rule,
            ),
            (
                "The Bank of Zembla cut rates.",
                "Bank of Zembla",
                Some(Org),
                Rule,
            ),
            (
                "The Zemblan Ministry of Defence said so.",
                "Zemblan Ministry of Defence",
                Some(Org),
                Rule,
            ),
            (
                "He played for FC Zembla last year.",
                "FC Zembla",
                Some(Org),
                Rule,
            ),
            (
                "The International Atomic Energy Agency (IAEA) met. Later the IAEA left.",
                "International Atomic Energy Agency",
                Some(Org),
                Rule,
            ),
        ]);
        // the acronym: defined in brackets, then used alone
        let g = gaz();
        let text = "The Zemblan Atomic Energy Agency (ZAEA) met. Later the ZAEA left.";
        let found = g.find(text);
        let acr: Vec<_> = found
            .iter()
            .filter(|e| e.span.text(text) == "ZAEA")
            .collect();
        assert_eq!(acr.len(), 2, "{found:?}");
        assert!(acr.iter().all(|e| e.source == Alias && e.kind == Org));
        assert!(acr
            .iter()
            .all(|e| *e.canonical == *"Zemblan Atomic Energy Agency"));
    }

    #[test]
    fn place_and_event_rules() {
        check(&[
            ("Fighting near Zolote continued.", "Zolote", Some(Loc), Rule),
            (
                "They sailed up the Zembla River.",
                "Zembla River",
                Some(Loc),
                Rule,
            ),
            (
                "He won the Zembla Cup twice.",
                "Zembla Cup",
                Some(Event),
                Rule,
            ),
            (
                "They live in the city of Zolote now.",
                "Zolote",
                Some(Loc),
                Rule,
            ),
        ]);
    }

    #[test]
    fn one_name_one_entity_per_document() {
        let g = gaz();
        let text = "Ukrainian President Volodymyr Zelenskiy spoke. Later Zelenskiy said more. \
                    Then Hannah Okoro arrived; Okoro said little.";
        let found = g.find(text);
        let z: Vec<_> = found
            .iter()
            .filter(|e| *e.canonical == *"Volodymyr Zelenskiy")
            .collect();
        assert_eq!(z.len(), 2, "{found:?}");
        assert_eq!(z[1].source, Alias);
        let o: Vec<_> = found
            .iter()
            .filter(|e| *e.canonical == *"Hannah Okoro")
            .collect();
        assert_eq!(o.len(), 2, "{found:?}");
        assert_eq!((o[0].source, o[1].source), (Rule, Alias));
        assert!(o
            .iter()
            .all(|e| e.kind == Person && *e.id == *"per:hannah_okoro"));
    }

    #[test]
    fn ambiguous_names_follow_document_evidence() {
        let g = gaz();
        let text = "Michael Jordan scored. Jordan said he was tired.";
        let found = g.find(text);
        assert!(found.iter().all(|e| e.kind == Person), "{found:?}");
        let text = "Refugees crossed into Jordan on Monday.";
        let found = g.find(text);
        assert_eq!(found[0].kind, Loc, "{found:?}");
        let text = "President George Washington spoke. Washington said the war was over.";
        let found = g.find(text);
        assert!(
            found.iter().all(|e| *e.canonical == *"George Washington"),
            "{found:?}"
        );
    }

    #[test]
    fn output_is_sorted_and_non_overlapping() {
        let g = gaz();
        let text = "NATO and the North Atlantic Treaty Organization met Putin in Kyiv, \
                    near Reading, with Acme Group Ltd (AGL) and Mr. Smith.";
        let found = g.find(text);
        for w in found.windows(2) {
            assert!(w[0].span.end <= w[1].span.start, "{found:?}");
        }
        assert!(found.iter().all(|e| !e.span.text(text).is_empty()));
    }
}
