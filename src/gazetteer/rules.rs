//! Hand-made word lists for the recognition rules, bundled from
//! `lexicons/rules/*.txt` (one word a line, `#` comments, case-insensitive).

use super::hash::WordMap;

macro_rules! rule_file {
    ($name:literal) => {
        (
            concat!("lexicons/rules/", $name),
            include_str!(concat!("../../lexicons/rules/", $name)),
        )
    };
}

/// The bundled rule lists, `(file name, content)`.
pub const RULE_FILES: &[(&str, &str)] = &[
    rule_file!("person_titles.txt"),
    rule_file!("title_modifiers.txt"),
    rule_file!("role_nouns.txt"),
    rule_file!("org_words.txt"),
    rule_file!("org_prefixes.txt"),
    rule_file!("loc_words.txt"),
    rule_file!("place_prepositions.txt"),
    rule_file!("reporting_verbs.txt"),
    rule_file!("name_particles.txt"),
    rule_file!("not_names.txt"),
    rule_file!("event_words.txt"),
    rule_file!("place_nouns.txt"),
];

/// Word classes used by the rules.
#[derive(Debug, Clone, Default)]
pub struct RuleLists {
    pub(crate) titles: WordMap<()>,
    pub(crate) title_modifiers: WordMap<()>,
    pub(crate) role_nouns: WordMap<()>,
    pub(crate) org_words: WordMap<()>,
    pub(crate) org_prefixes: WordMap<()>,
    pub(crate) loc_words: WordMap<()>,
    pub(crate) place_preps: WordMap<()>,
    pub(crate) reporting_verbs: WordMap<()>,
    pub(crate) particles: WordMap<()>,
    pub(crate) not_names: WordMap<()>,
    pub(crate) event_words: WordMap<()>,
    pub(crate) place_nouns: WordMap<()>,
}

fn words(content: &str) -> WordMap<()> {
    let mut m = WordMap::default();
    for line in content.lines() {
        let w = line.trim();
        if !w.is_empty() && !w.starts_with('#') {
            m.insert(w, ());
        }
    }
    m
}

impl RuleLists {
    /// The bundled lists.
    pub fn bundled() -> RuleLists {
        let get = |name: &str| {
            RULE_FILES
                .iter()
                .find(|(f, _)| f.ends_with(name))
                .map(|(_, c)| words(c))
                .unwrap_or_default()
        };
        RuleLists {
            titles: get("person_titles.txt"),
            title_modifiers: get("title_modifiers.txt"),
            role_nouns: get("role_nouns.txt"),
            org_words: get("org_words.txt"),
            org_prefixes: get("org_prefixes.txt"),
            loc_words: get("loc_words.txt"),
            place_preps: get("place_prepositions.txt"),
            reporting_verbs: get("reporting_verbs.txt"),
            particles: get("name_particles.txt"),
            not_names: get("not_names.txt"),
            event_words: get("event_words.txt"),
            place_nouns: get("place_nouns.txt"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_hold_the_documented_words() {
        let r = RuleLists::bundled();
        let table: &[(&WordMap<()>, &[&str])] = &[
            (&r.titles, &["President", "Mr", "GEN"]),
            (&r.title_modifiers, &["Foreign", "Vice"]),
            (
                &r.org_words,
                &["Inc", "Corp", "Ltd", "Group", "Bank", "Ministry", "Council"],
            ),
            (
                &r.org_words,
                &["Party", "University", "Agency", "Committee"],
            ),
            (&r.place_preps, &["in", "near", "from"]),
            (&r.reporting_verbs, &["said", "told"]),
            (&r.particles, &["von", "der", "de"]),
        ];
        for (list, ws) in table {
            for w in *ws {
                assert!(list.get(w).is_some(), "{w}");
            }
        }
        assert!(r.org_words.get("Putin").is_none());
    }
}
