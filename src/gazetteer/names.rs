//! Name lists used by the recognition rules (not entities themselves): first
//! names with gender, surnames, and common lower-case words.
//!
//! The bundled lists are `lexicons/names/first_names.tsv` (`name\tgender`,
//! gender `F`, `M` or `U`), `lexicons/names/surnames.txt` and
//! `lexicons/words/common_words.txt` (most frequent first).
//!
//! ```
//! use whosaid::gazetteer::names::{first_name_gender, Gender};
//! assert_eq!(first_name_gender("Mary"), Some(Gender::Female));
//! assert_eq!(first_name_gender("MARY"), Some(Gender::Female));
//! assert_eq!(first_name_gender("Xqzt"), None);
//! ```

use std::sync::OnceLock;

use super::hash::WordMap;
use super::lexicon::LexiconError;

/// The gender a first name is usually given to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Mostly female.
    Female,
    /// Mostly male.
    Male,
    /// Used for both, or unknown.
    Unknown,
}

/// The bundled first-name list (`name\tgender`).
pub const FIRST_NAMES: (&str, &str) = (
    "lexicons/names/first_names.tsv",
    include_str!("../../lexicons/names/first_names.tsv"),
);
/// The bundled surname list (one a line).
pub const SURNAMES: (&str, &str) = (
    "lexicons/names/surnames.txt",
    include_str!("../../lexicons/names/surnames.txt"),
);
/// The bundled common-word list (lower case, most frequent first).
pub const COMMON_WORDS: (&str, &str) = (
    "lexicons/words/common_words.txt",
    include_str!("../../lexicons/words/common_words.txt"),
);

/// The bundled list of smaller places (evidence for `in X`, never matched alone).
pub const MINOR_PLACES: (&str, &str) = (
    "lexicons/words/minor_places.txt",
    include_str!("../../lexicons/words/minor_places.txt"),
);

/// The lines of `content`, as [`str::lines`] gives them (with `memchr`: the
/// lists are hundreds of thousands of short lines).
pub(crate) fn lines(content: &str) -> impl Iterator<Item = &str> {
    let mut rest = content;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let b = rest.as_bytes();
        let i = memchr::memchr(b'\n', b).unwrap_or(b.len());
        let line = &rest[..i];
        if i < b.len() {
            rest = &rest[i + 1..];
            Some(line.strip_suffix('\r').unwrap_or(line))
        } else {
            rest = "";
            Some(line)
        }
    })
}

/// [`str::trim`], without a look at the Unicode tables when both ends are
/// plainly not white space.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let plain = |b: u8| b < 0x80 && !b.is_ascii_whitespace() && b != 0x0b;
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(&a), Some(&z)) if plain(a) && plain(z) => s,
        _ => s.trim(),
    }
}

/// First names, surnames, common words and smaller places, looked up
/// case-insensitively.
#[derive(Debug, Clone, Default)]
pub struct NameLists {
    first: WordMap<Gender>,
    surnames: WordMap<()>,
    common: WordMap<u32>,
    /// Folded token-sequence keys of smaller place names.
    minor_places: super::table::FlatMap<u64, ()>,
}

impl NameLists {
    /// The bundled lists (parsed once per process).
    pub fn bundled() -> &'static NameLists {
        static LISTS: OnceLock<NameLists> = OnceLock::new();
        LISTS.get_or_init(|| {
            let mut lists = NameLists::parse(FIRST_NAMES, SURNAMES, COMMON_WORDS)
                .expect("bundled name lists are valid (checked by tests)");
            lists.add_minor_places(MINOR_PLACES.1);
            lists
        })
    }

    /// Parses the three lists, each given as `(file name, content)`.
    pub fn parse(
        first_names: (&str, &str),
        surnames: (&str, &str),
        common_words: (&str, &str),
    ) -> Result<NameLists, LexiconError> {
        let count = |content: &str| content.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut lists = NameLists {
            first: WordMap::with_capacity(count(first_names.1)),
            surnames: WordMap::with_capacity(count(surnames.1)),
            common: WordMap::with_capacity(count(common_words.1)),
            ..NameLists::default()
        };
        let (file, content) = first_names;
        for (n, line) in lines(content).enumerate() {
            let line = line.trim_end_matches('\r');
            if trim(line).is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let name = trim(cols.next().unwrap_or(""));
            let gender = trim(cols.next().unwrap_or(""));
            if n == 0 && name.eq_ignore_ascii_case("name") {
                continue;
            }
            let gender = match gender {
                "F" | "f" => Gender::Female,
                "M" | "m" => Gender::Male,
                "U" | "u" | "" => Gender::Unknown,
                other => {
                    return Err(LexiconError {
                        file: file.to_string(),
                        line: n + 1,
                        reason: format!("gender must be F, M or U, found {other:?}"),
                    })
                }
            };
            if name.is_empty() {
                return Err(LexiconError {
                    file: file.to_string(),
                    line: n + 1,
                    reason: "empty name".into(),
                });
            }
            lists.first.insert(name, gender);
        }
        for line in lines(surnames.1) {
            let w = trim(line);
            if !w.is_empty() && !w.starts_with('#') {
                lists.surnames.insert(w, ());
            }
        }
        let mut rank = 0u32;
        for line in lines(common_words.1) {
            let w = trim(line);
            if !w.is_empty() && !w.starts_with('#') {
                lists.common.insert(w, rank);
                rank += 1;
            }
        }
        Ok(lists)
    }

    /// Adds smaller place names (one a line).
    pub fn add_minor_places(&mut self, content: &str) {
        let mut toks = Vec::new();
        for line in lines(content) {
            let name = trim(line);
            if name.is_empty() || name.starts_with('#') {
                continue;
            }
            self.minor_places
                .get_or_insert(super::tokens::name_key(name, &mut toks), ());
        }
    }

    /// True when `name` is in the smaller-places list (case-insensitive).
    pub fn is_minor_place(&self, name: &str) -> bool {
        let mut toks = Vec::new();
        super::tokens::tokenize(name, &mut toks);
        self.minor_place(super::tokens::seq_key(&toks, name))
    }

    #[inline]
    pub(crate) fn minor_place(&self, key: u64) -> bool {
        self.minor_places.get(key).is_some()
    }

    /// Gender of a known first name (case-insensitive).
    pub fn first_name_gender(&self, name: &str) -> Option<Gender> {
        self.first.get(name)
    }

    /// True for a known surname (case-insensitive).
    pub fn is_surname(&self, name: &str) -> bool {
        self.surnames.get(name).is_some()
    }

    /// Frequency rank (0 = most frequent) of a common word (case-insensitive).
    pub fn common_rank(&self, word: &str) -> Option<u32> {
        self.common.get(word)
    }

    /// Sizes: (first names, surnames, common words).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (self.first.len(), self.surnames.len(), self.common.len())
    }

    /// Calls `f(hash, class bit, common rank)` for every word of the first-name,
    /// surname and common-word lists.
    pub(crate) fn for_each_word(&self, mut f: impl FnMut(u64, u32, Option<u32>)) {
        use super::word_class::{COMMON, FIRST_NAME, SURNAME};
        for (h, _) in self.first.entries() {
            f(h, FIRST_NAME, None);
        }
        for (h, ()) in self.surnames.entries() {
            f(h, SURNAME, None);
        }
        for (h, rank) in self.common.entries() {
            f(h, COMMON, Some(rank));
        }
    }
}

/// Gender of a first name from the bundled list (`Mary` → `Female`), or `None`
/// when the name is not in it. Case-insensitive.
pub fn first_name_gender(name: &str) -> Option<Gender> {
    NameLists::bundled().first_name_gender(name.trim())
}

/// True when `name` is in the bundled surname list. Case-insensitive.
pub fn is_surname(name: &str) -> bool {
    NameLists::bundled().is_surname(name.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_lists_parse() {
        let l = NameLists::parse(FIRST_NAMES, SURNAMES, COMMON_WORDS).unwrap();
        let (f, s, c) = l.sizes();
        assert!(f > 0 && s > 0 && c > 0);
        assert_eq!(l.common_rank("the"), Some(0));
        let b = NameLists::bundled();
        assert!(b.is_minor_place(MINOR_PLACES.1.lines().next().unwrap()));
        assert!(!b.is_minor_place("Xqzzyville Upon Nothing"));
    }

    #[test]
    fn fast_lines_and_trim_match_std() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb",
            "a\rb\r",
            "a\n\n b \r\n\r\n",
            "\u{a0}x\u{3000}\n\x0b y\t\n",
            "é\n\u{2028}z\u{85}",
            " \x0c\r",
        ] {
            let ours: Vec<&str> = lines(text).collect();
            let std: Vec<&str> = text.lines().collect();
            assert_eq!(ours, std, "{text:?}");
            for l in std {
                assert_eq!(trim(l), l.trim(), "{l:?}");
            }
        }
        for l in MINOR_PLACES.1.lines().chain(SURNAMES.1.lines()) {
            assert_eq!(trim(l), l.trim(), "{l:?}");
        }
        let mut toks = Vec::new();
        for l in MINOR_PLACES.1.lines() {
            super::super::tokens::tokenize(l.trim(), &mut toks);
            let want = super::super::tokens::seq_key(&toks, l.trim());
            assert_eq!(
                super::super::tokens::name_key(l.trim(), &mut toks),
                want,
                "{l:?}"
            );
        }
    }

    #[test]
    fn genders() {
        let l = NameLists::parse(
            ("f", "name\tgender\nAnna\tF\nIvan\tM\nSasha\tU\n"),
            ("s", "Smith\n"),
            ("c", "the\nof\n"),
        )
        .unwrap();
        assert_eq!(l.first_name_gender("anna"), Some(Gender::Female));
        assert_eq!(l.first_name_gender("IVAN"), Some(Gender::Male));
        assert_eq!(l.first_name_gender("Sasha"), Some(Gender::Unknown));
        assert!(l.is_surname("SMITH"));
        assert_eq!(l.common_rank("of"), Some(1));
    }

    #[test]
    fn bad_gender_names_file_and_line() {
        let e = NameLists::parse(("f.tsv", "name\tgender\nAnna\tX\n"), ("s", ""), ("c", ""))
            .unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("f.tsv", 2));
    }
}
