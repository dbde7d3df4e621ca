//! Lexicon files: `canonical\ttype\taliases\tid` TSV with a header line.

use crate::document::EntityType;

/// One lexicon entry: a canonical name, its type, aliases and a stable id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconEntry {
    /// The canonical name.
    pub canonical: String,
    /// The entity type.
    pub kind: EntityType,
    /// Other spellings that refer to the same entity.
    pub aliases: Vec<String>,
    /// A stable identifier.
    pub id: String,
}

/// A lexicon that could not be read or is inconsistent; names file and line.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LexiconError {
    /// The lexicon file.
    pub file: String,
    /// 1-based line number (0 when the whole file is concerned).
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// Parses a lexicon TSV (`canonical`, `type`, `aliases` separated by `|`,
/// optional `id`) with a header line. Blank lines and lines starting with `#`
/// are skipped.
pub fn parse_lexicon(file: &str, content: &str) -> Result<Vec<LexiconEntry>, LexiconError> {
    Ok(parse_lexicon_lines(file, content)?
        .into_iter()
        .map(|(_, e)| e)
        .collect())
}

/// Like [`parse_lexicon`], with the 1-based line number of every entry.
pub fn parse_lexicon_lines(
    file: &str,
    content: &str,
) -> Result<Vec<(usize, LexiconEntry)>, LexiconError> {
    let mut out = Vec::new();
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    use super::names::{lines, trim};
    for (n, line) in lines(content).enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let err = |reason: String| LexiconError {
            file: file.to_string(),
            line: n + 1,
            reason,
        };
        if n == 0 {
            let head: Vec<&str> = line.split('\t').map(str::trim).collect();
            if head.first() != Some(&"canonical") || head.get(1) != Some(&"type") {
                return Err(err(format!(
                    "expected the header `canonical\\ttype\\taliases\\tid`, found {line:?}"
                )));
            }
            continue;
        }
        if trim(line).is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols: [&str; 4] = [""; 4];
        let mut ncols = 0;
        for c in line.split('\t') {
            if ncols < 4 {
                cols[ncols] = c;
            }
            ncols += 1;
        }
        if !(2..=4).contains(&ncols) {
            return Err(err(format!(
                "expected 2 to 4 tab-separated columns, found {ncols}"
            )));
        }
        let cols = &cols[..ncols];
        let kind = EntityType::parse(cols[1])
            .ok_or_else(|| err(format!("unknown entity type {:?}", cols[1])))?;
        let canonical = trim(cols[0]).to_string();
        if canonical.is_empty() {
            return Err(err("empty canonical name".into()));
        }
        let aliases = cols
            .get(2)
            .map(|a| {
                a.split('|')
                    .map(trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default();
        let id = cols
            .get(3)
            .map(|s| trim(s).to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| derived_id(kind, &canonical));
        out.push((
            n + 1,
            LexiconEntry {
                canonical,
                kind,
                aliases,
                id,
            },
        ));
    }
    Ok(out)
}

/// A stable id derived from a type and a name: `per:jens_stoltenberg`.
pub fn derived_id(kind: EntityType, name: &str) -> String {
    let mut id = String::new();
    derived_id_into(kind, name, &mut id);
    id
}

/// [`derived_id`] written into `id` (cleared first), so a caller can reuse one buffer.
pub(crate) fn derived_id_into(kind: EntityType, name: &str, id: &mut String) {
    id.clear();
    let prefix = match kind {
        EntityType::Person => "per",
        EntityType::Org => "org",
        EntityType::Loc => "loc",
        EntityType::Norp => "norp",
        EntityType::Event => "event",
        EntityType::Misc => "misc",
    };
    id.reserve(prefix.len() + 1 + name.len());
    id.push_str(prefix);
    id.push(':');
    // `_` joins runs of letters and digits; nothing before the first run
    let mut sep = false;
    let mut any = false;
    if name.is_ascii() {
        for &b in name.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if sep && any {
                    id.push('_');
                }
                sep = false;
                any = true;
                id.push(char::from(b.to_ascii_lowercase()));
            } else {
                sep = true;
            }
        }
        return;
    }
    for c in name.chars() {
        if c.is_alphanumeric() {
            if sep && any {
                id.push('_');
            }
            sep = false;
            any = true;
            id.extend(c.to_lowercase());
        } else {
            sep = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entries_and_ids() {
        let tsv = "canonical\ttype\taliases\tid\n# comment\nKyiv\tLOC\tKiev|Kyyiv\tloc:kyiv\n\nJens Stoltenberg\tPER\n";
        let e = parse_lexicon_lines("x.tsv", tsv).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].0, 3);
        assert_eq!(e[0].1.aliases, vec!["Kiev", "Kyyiv"]);
        assert_eq!(e[1].1.id, "per:jens_stoltenberg");
        assert_eq!(e[1].1.kind, EntityType::Person);
    }

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("name\ttype\n", 1, "header"),
            ("canonical\ttype\nA\tPLANET\n", 2, "unknown entity type"),
            ("canonical\ttype\n\nA\n", 3, "columns"),
            ("canonical\ttype\n \tLOC\n", 2, "empty canonical"),
            ("canonical\ttype\nA\tLOC\tB\tC\tD\n", 2, "columns"),
        ];
        for (tsv, line, what) in cases {
            let e = parse_lexicon("f.tsv", tsv).unwrap_err();
            assert_eq!(e.line, line, "{tsv:?}");
            assert_eq!(e.file, "f.tsv");
            assert!(e.to_string().contains(what), "{e}");
            assert!(e.to_string().starts_with(&format!("f.tsv:{line}:")));
        }
    }

    #[test]
    fn derived_ids_are_slugs() {
        assert_eq!(derived_id(EntityType::Org, "AT&T Inc."), "org:at_t_inc");
        assert_eq!(derived_id(EntityType::Loc, "São Paulo"), "loc:são_paulo");
        assert_eq!(
            derived_id(EntityType::Person, " -Jean--Claude  Juncker. "),
            "per:jean_claude_juncker"
        );
        assert_eq!(derived_id(EntityType::Misc, "--"), "misc:");
        assert_eq!(derived_id(EntityType::Loc, "«Ölüdeniz»"), "loc:ölüdeniz");
    }
}
