//! Per-document recognition: candidates from the lexicon and the rules, then
//! resolution (one type and one canonical entity per name, aliases).

use super::hash::{fold_hash, FastMap};
use super::lexicon::derived_id;
use super::matcher::case_fits;
use super::tokens::*;
use super::Inner;
use crate::document::{Entity, EntitySource, EntityType, Span};

/// Words ranked below this in the common-word list count as ordinary words.
const COMMON_RANK_MAX: u32 = 5000;

/// Evidence about a candidate from its context.
const H_PERSON: u8 = 1;
const H_PLACE_PREP: u8 = 2;
const H_SAID: u8 = 4;

#[derive(Debug, Clone)]
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
    #[inline]
    fn not_name(&self, t: &Tok) -> bool {
        self.g.rules.not_names.get_hash(t.hash).is_some()
    }
    #[inline]
    fn common(&self, t: &Tok) -> bool {
        self.g
            .names
            .common_hash(t.hash)
            .is_some_and(|r| r < COMMON_RANK_MAX)
            || self.not_name(t)
    }
    #[inline]
    fn is_title_word(&self, t: &Tok) -> bool {
        t.has(CAP) && self.g.rules.titles.get_hash(t.hash).is_some()
    }

    /// A title before a name (`President`, `Foreign Minister`, `Mr.`,
    /// `Gen.`): returns the index of the name's first token.
    fn title_prefix(&self, i: usize) -> Option<usize> {
        let r = &self.g.rules;
        let mut j = i;
        let mut head = false;
        while let Some(t) = self.word(j) {
            if !t.has(CAP) || (j > i && t.has(NEWLINE_BEFORE)) {
                break;
            }
            if r.titles.get_hash(t.hash).is_some() {
                head = true;
                j += 1;
                if self.punct(j, '.') {
                    j += 1;
                }
            } else if r.title_modifiers.get_hash(t.hash).is_some() {
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
            .is_none_or(|n| self.g.rules.org_words.get_hash(n.hash).is_none() || n.has(LOWER))
    }

    /// The end (exclusive) of the capitalised sequence starting at `i`.
    fn chunk(&self, i: usize) -> usize {
        let r = &self.g.rules;
        let toks = self.toks;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < toks.len() {
            let t = &toks[j];
            if t.has(NEWLINE_BEFORE) {
                break;
            }
            if t.is_word() {
                if t.has(CAP) && t.has(SPACE_BEFORE) && !self.not_name(t) {
                    // A title inside a sequence starts a new name (`Acme CEO John Smith`).
                    if self.title_prefix(j).is_some() {
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
                        .is_some_and(|w| w.has(LOWER) && r.particles.get_hash(w.hash).is_some())
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
                            r.org_prefixes.get_hash(p.hash).is_some()
                                || r.org_words.get_hash(p.hash).is_some()
                                || r.loc_words.get_hash(p.hash).is_some()
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
        let r = &self.g.rules;
        let mut h = 0;
        if t0 > 0 {
            if let Some(p) = self.word(t0 - 1) {
                if p.has(LOWER) {
                    if r.role_nouns.get_hash(p.hash).is_some()
                        || r.titles.get_hash(p.hash).is_some()
                    {
                        h |= H_PERSON;
                    }
                    if r.place_preps.get_hash(p.hash).is_some() {
                        h |= H_PLACE_PREP;
                    }
                    // 87-year-old Lidiya Silina
                    if p.text(self.text) == "old"
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
            if n.has(LOWER) && r.reporting_verbs.get_hash(n.hash).is_some() {
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
                            Some(x) if r.role_nouns.get_hash(x.hash).is_some() => {
                                h |= H_PERSON;
                                break;
                            }
                            Some(_) => {}
                            None => break,
                        }
                    }
                } else if r.role_nouns.get_hash(n.hash).is_some() && n.has(LOWER) {
                    h |= H_PERSON;
                }
            }
        }
        h
    }

    fn key(&self, t0: usize, t1: usize) -> u64 {
        let mut h = 0x9e37_79b9_7f4a_7c15u64;
        for t in &self.toks[t0..t1] {
            h = (h.rotate_left(7) ^ t.hash).wrapping_mul(0x100_0000_01b3);
        }
        h
    }

    fn words_in(&self, t0: usize, t1: usize) -> usize {
        self.toks[t0..t1].iter().filter(|t| t.is_word()).count()
    }

    /// Types a capitalised sequence with no lexicon entry.
    fn rule_type(&self, t0: usize, t1: usize, hints: u8) -> (Option<EntityType>, u8) {
        let r = &self.g.rules;
        let n = &self.g.names;
        let words = self.words_in(t0, t1);
        let first = &self.toks[t0];
        let last = &self.toks[t1 - 1];
        if (words >= 2 || last.has(UPPER)) && r.org_words.get_hash(last.hash).is_some() {
            return (Some(EntityType::Org), 2);
        }
        if words >= 2
            && r.org_prefixes.get_hash(first.hash).is_some()
            && self.toks[t0..t1].iter().any(|t| t.text(self.text) == "of")
        {
            return (Some(EntityType::Org), 2);
        }
        if words >= 2 && r.loc_words.get_hash(last.hash).is_some() {
            return (Some(EntityType::Loc), 2);
        }
        if hints & H_PERSON != 0 {
            return (Some(EntityType::Person), 2);
        }
        if words >= 2 && n.first_hash(first.hash).is_some() {
            return (Some(EntityType::Person), 2);
        }
        if words >= 2 && n.surname_hash(last.hash) {
            return (Some(EntityType::Person), 2);
        }
        if words >= 2 && hints & H_SAID != 0 {
            return (Some(EntityType::Person), 2);
        }
        if hints & H_PLACE_PREP != 0 && words == 1 {
            return (Some(EntityType::Loc), 1);
        }
        if words == 2 && last.has(CAP) && !last.has(UPPER) {
            return (Some(EntityType::Person), 1);
        }
        (None, 0)
    }

    /// The longest lexicon name at `i` whose case fits; with its patterns.
    fn lexicon_at(&self, i: usize, caps: bool, title: bool, alts: &mut Vec<u32>) -> Option<usize> {
        let trie = &self.g.trie;
        let mut best = None;
        let mut found: [(usize, usize); 8] = [(0, 0); 8];
        let mut nfound = 0;
        let mut lists: [&[u32]; 8] = [&[]; 8];
        trie.walk(self.toks, i, |end, pats| {
            if nfound < 8 {
                found[nfound] = (end, 0);
                lists[nfound] = pats;
                nfound += 1;
            } else {
                found[7] = (end, 0);
            }
        });
        let _ = &found;
        for k in (0..nfound).rev() {
            let end = found[k].0;
            // a name must end with a word (or a period after a capital: U.S.)
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

/// Marks sentence starts and headline zones.
fn mark_lines(toks: &mut [Tok], text: &str, sentences: &[Span]) {
    let n = toks.len();
    let mut s_idx = 0usize;
    let mut cur_sent = usize::MAX;
    let mut seg_start = 0usize;
    let mut j = 0usize;
    while j <= n {
        let boundary = if j == n {
            true
        } else {
            let t = &toks[j];
            while s_idx < sentences.len() && sentences[s_idx].end <= t.start {
                s_idx += 1;
            }
            let changed = s_idx != cur_sent;
            cur_sent = s_idx;
            j == 0 || t.has(NEWLINE_BEFORE) || (changed && !sentences.is_empty())
        };
        if boundary && j > seg_start || (j == n && n > 0) {
            if j > seg_start {
                let (mut upper, mut cap, mut lower) = (0, 0, 0);
                for t in &toks[seg_start..j] {
                    if !t.is_word() {
                        continue;
                    }
                    if t.has(UPPER) && t.len() >= 2 {
                        upper += 1;
                    } else if t.has(CAP) {
                        cap += 1;
                    } else if t.has(LOWER) {
                        lower += 1;
                    }
                }
                let flag = if upper > 0 && lower == 0 && upper >= cap
                    || upper >= 3 && upper > 2 * (lower + cap)
                {
                    ZONE_CAPS
                } else if cap >= 3 && lower * 4 <= cap && upper <= cap {
                    ZONE_TITLE
                } else {
                    0
                };
                let mut first = true;
                for t in &mut toks[seg_start..j] {
                    t.flags |= flag;
                    if first && t.is_word() {
                        t.flags |= SENT_START;
                        first = false;
                    }
                }
            }
            seg_start = j;
        }
        if j < n && j > 0 {
            // after an opening quote or a colon: a capital starts a sentence
            let p = toks[j - 1];
            if toks[j].is_word() && !p.is_word() {
                let c = text.get(p.start..p.end).unwrap_or("");
                if matches!(c, "\"" | "\u{201c}" | "\u{2018}" | ":" | "\u{2014}" | "(")
                    || (c == "'" && p.has(SPACE_BEFORE))
                {
                    toks[j].flags |= SENT_START;
                }
            }
        }
        j += 1;
    }
}

/// Finds the entities of one document.
pub(crate) fn recognize(g: &Inner, text: &str, sentences: &[Span]) -> Vec<Entity> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    tokenize(text, &mut toks);
    mark_lines(&mut toks, text, sentences);
    let cx = Ctx {
        g,
        text,
        toks: &toks,
    };
    let mut cands: Vec<Cand> = Vec::new();
    let mut alts: Vec<u32> = Vec::new();
    let mut alt_lists: Vec<Vec<u32>> = Vec::new();
    let n = toks.len();
    let mut i = 0;
    let mut pending_person = false;
    while i < n {
        let t = toks[i];
        let caps = t.has(ZONE_CAPS);
        let title = t.has(ZONE_TITLE);
        let starts = t.is_word() && (t.has(CAP) || (caps && t.has(UPPER)));
        if !starts {
            pending_person = false;
            i += 1;
            continue;
        }
        let lex_end = cx.lexicon_at(i, caps, title, &mut alts);
        if lex_end.is_none() && !caps && !title {
            if let Some(k) = cx.title_prefix(i) {
                pending_person = true;
                i = k;
                continue;
            }
        }
        let headline = caps || title;
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
                let (k, s) = cx.rule_type(i, chunk_end, h);
                use_rule = k.is_some() && s >= 2 && k != Some(EntityType::Person)
                    || (k == Some(EntityType::Person) && h & H_PERSON != 0);
                // a lexicon name followed by more capitalised words of no
                // strong type: keep the lexicon name
                let _ = s;
            }
            if !use_rule {
                hints |= cx.hints(i, end);
                let words = cx.words_in(i, end);
                // Ordinary words need evidence at a sentence start or in a headline.
                let ordinary = cx.toks[i..end]
                    .iter()
                    .filter(|t| t.is_word())
                    .all(|t| cx.common(t))
                    && words <= 2;
                let weak_pos = t.has(SENT_START) || headline;
                let choice = choose(
                    g,
                    &alts,
                    hints,
                    cx.g.names.first_hash(t.hash).is_some() && words >= 2,
                );
                let kind = g.entries[choice as usize].kind;
                let evidence = (kind == EntityType::Loc && hints & H_PLACE_PREP != 0)
                    || (kind == EntityType::Person && hints & (H_PERSON | H_SAID) != 0)
                    || dateline(&cx, i, end);
                let strength =
                    if ordinary && !evidence && (weak_pos || (words == 1 && t.has(UPPER) && !caps))
                    {
                        0
                    } else if alts.len() > 1 {
                        2
                    } else {
                        3
                    };
                alt_lists.push(alts.clone());
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
            if !cx.not_name(&t) && (t.len() > 1) {
                alt_lists.push(Vec::new());
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
        let mut t0 = i;
        let end = chunk_end;
        // a common word opening a sentence is not part of the name
        if t.has(SENT_START) && cx.common(&t) && g.names.first_hash(t.hash).is_none()
            || cx.not_name(&t)
        {
            if end == i + 1 {
                i += 1;
                continue;
            }
            t0 = i + 1;
            if !toks[t0].is_word() || !toks[t0].has(CAP) {
                i += 1;
                continue;
            }
            // re-run from the next word so lexicon names there are found
            i = t0;
            continue;
        }
        let h = hints | cx.hints(t0, end);
        let (kind, strength) = cx.rule_type(t0, end, h);
        alt_lists.push(Vec::new());
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
    resolve(&cx, &mut cands, &alt_lists);
    emit(&cx, &cands)
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
fn resolve(cx: &Ctx, cands: &mut [Cand], alt_lists: &[Vec<u32>]) {
    // Full person names by surname, and the best-typed candidate for every name.
    let mut surnames: FastMap<u64, usize> = FastMap::default();
    let mut acronyms: FastMap<u64, usize> = FastMap::default();
    let mut best: FastMap<u64, usize> = FastMap::default();
    let mut extra: Vec<Cand> = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        if c.strength >= 1 && c.kind == Some(EntityType::Person) && cx.words_in(c.t0, c.t1) >= 2 {
            let last = &cx.toks[c.t1 - 1];
            surnames.entry(last.hash).or_insert(k);
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
                    acronyms.entry(a.hash).or_insert(k);
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
    let _ = alt_lists;
    for k in 0..cands.len() {
        let c = cands[k].clone();
        let words = cx.words_in(c.t0, c.t1);
        if words == 1 {
            let h = cx.toks[c.t0].hash;
            if let Some(&p) = surnames.get(&h) {
                let person = cands[p].clone();
                let lexicon_other = c.entry.is_some()
                    && c.kind != Some(EntityType::Person)
                    && c.strength >= 2
                    && (c.hints & H_PLACE_PREP != 0
                        || alt_lists[k].len() == 1 && c.strength == 3 && person.entry.is_none());
                if p != k && !lexicon_other {
                    let same_entry = person.entry.is_some() && person.entry == c.entry;
                    let cm = &mut cands[k];
                    cm.kind = Some(EntityType::Person);
                    cm.canon = Some(p);
                    cm.entry = person.entry;
                    cm.source = EntitySource::Alias;
                    cm.strength = 3;
                    let _ = same_entry;
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
            if cands[k].source == EntitySource::Lexicon {
                if let Some(p) = cands[..k].iter().position(|p| {
                    p.entry == Some(e) && p.t1 - p.t0 > c.t1 - c.t0 && p.strength >= 1
                }) {
                    cands[k].source = EntitySource::Alias;
                    cands[k].canon = Some(p);
                }
            }
        }
    }
    // acronym definitions: replace any candidate at the same place
    for x in extra {
        if let Some(c) = cands.iter_mut().find(|c| c.t0 == x.t0) {
            *c = x;
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

fn normalised(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}

fn emit(cx: &Ctx, cands: &[Cand]) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(cands.len());
    for c in cands {
        let Some(kind) = c.kind else { continue };
        if c.strength == 0 {
            continue;
        }
        let span = Span::new(cx.toks[c.t0].start, cx.toks[c.t1 - 1].end);
        let (canonical, id) = match c.entry {
            Some(e) => {
                let e = &cx.g.entries[e as usize];
                (e.canonical.clone(), e.id.clone())
            }
            None => {
                let from = c.canon.map(|k| &cands[k]).unwrap_or(c);
                let name = normalised(
                    Span::new(cx.toks[from.t0].start, cx.toks[from.t1 - 1].end).text(cx.text),
                );
                let id = derived_id(kind, &name);
                (name, id)
            }
        };
        if out.last().is_some_and(|l| l.span.end > span.start) {
            continue;
        }
        out.push(Entity {
            span,
            kind,
            canonical,
            id,
            source: c.source,
        });
    }
    let _ = fold_hash;
    out
}
