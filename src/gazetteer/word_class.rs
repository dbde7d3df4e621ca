//! One lookup for every word list the rules consult: a table from folded word
//! hashes to a bit set saying which lists (titles, organisation words, first
//! names, common words …) hold the word.

use super::names::NameLists;
use super::rules::RuleLists;
use super::table::FlatMap;

/// A person title (`President`, `Mr`).
pub(crate) const TITLE: u32 = 1;
/// A word that may precede a title (`Foreign`, `Vice`).
pub(crate) const TITLE_MODIFIER: u32 = 1 << 1;
/// A role noun (`spokesman`).
pub(crate) const ROLE_NOUN: u32 = 1 << 2;
/// A word ending organisation names (`Inc`, `Ministry`).
pub(crate) const ORG_WORD: u32 = 1 << 3;
/// A word opening organisation names (`FC`, `Bank`).
pub(crate) const ORG_PREFIX: u32 = 1 << 4;
/// A word ending place names (`River`).
pub(crate) const LOC_WORD: u32 = 1 << 5;
/// A place preposition (`in`, `near`).
pub(crate) const PLACE_PREP: u32 = 1 << 6;
/// A reporting verb (`said`).
pub(crate) const REPORTING_VERB: u32 = 1 << 7;
/// A name particle (`von`, `de`).
pub(crate) const PARTICLE: u32 = 1 << 8;
/// A word that is never a name.
pub(crate) const NOT_NAME: u32 = 1 << 9;
/// A word ending event names (`Cup`).
pub(crate) const EVENT_WORD: u32 = 1 << 10;
/// A place noun (`city`).
pub(crate) const PLACE_NOUN: u32 = 1 << 11;
/// In the common-word list.
pub(crate) const COMMON: u32 = 1 << 12;
/// Among the most frequent common words (an ordinary word).
pub(crate) const COMMON_TOP: u32 = 1 << 13;
/// A known first name.
pub(crate) const FIRST_NAME: u32 = 1 << 14;
/// A known surname.
pub(crate) const SURNAME: u32 = 1 << 15;

/// Word hash → the lists holding the word.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordClasses {
    map: FlatMap<u64, u32>,
}

impl WordClasses {
    /// Collects the rule lists and the name lists; a common word counts as
    /// ordinary when its rank is below `common_rank_max`.
    pub(crate) fn build(rules: &RuleLists, names: &NameLists, common_rank_max: u32) -> Self {
        let mut classes: Vec<(u64, u32)> = Vec::new();
        let lists = [
            (&rules.titles, TITLE),
            (&rules.title_modifiers, TITLE_MODIFIER),
            (&rules.role_nouns, ROLE_NOUN),
            (&rules.org_words, ORG_WORD),
            (&rules.org_prefixes, ORG_PREFIX),
            (&rules.loc_words, LOC_WORD),
            (&rules.place_preps, PLACE_PREP),
            (&rules.reporting_verbs, REPORTING_VERB),
            (&rules.particles, PARTICLE),
            (&rules.not_names, NOT_NAME),
            (&rules.event_words, EVENT_WORD),
            (&rules.place_nouns, PLACE_NOUN),
        ];
        for (list, bit) in lists {
            classes.extend(list.entries().map(|(h, ())| (h, bit)));
        }
        names.for_each_word(|h, bit, rank| {
            let top = if rank.is_some_and(|r| r < common_rank_max) {
                COMMON_TOP
            } else {
                0
            };
            classes.push((h, bit | top));
        });
        // sized up front: the keys come in the slot order of other tables,
        // which would pile up in a table that grows while they are added
        let mut map: FlatMap<u64, u32> = FlatMap::with_capacity(classes.len());
        for (h, bit) in classes {
            map.upsert(h, bit, |old, bit| old | bit);
        }
        WordClasses { map }
    }

    /// The lists holding the word of folded hash `h`.
    #[inline]
    pub(crate) fn of(&self, h: u64) -> u32 {
        self.map.get(h).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::hash::fold_hash;

    #[test]
    fn every_list_sets_its_bit() {
        let rules = RuleLists::bundled();
        let names = NameLists::bundled();
        let c = WordClasses::build(&rules, names, 5000);
        let cases: &[(&str, u32)] = &[
            ("President", TITLE),
            ("Foreign", TITLE_MODIFIER),
            ("Ministry", ORG_WORD),
            ("near", PLACE_PREP),
            ("said", REPORTING_VERB),
            ("von", PARTICLE),
            ("the", COMMON | COMMON_TOP),
            ("Mary", FIRST_NAME),
            ("Smith", SURNAME),
        ];
        for (w, bits) in cases {
            assert_eq!(c.of(fold_hash(w)) & bits, *bits, "{w}");
        }
        assert_eq!(c.of(fold_hash("Xqzzyvt")), 0);
    }
}
