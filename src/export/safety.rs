//! Spreadsheet safety: the formula-injection guard for text cells and Excel's
//! size limits.

use std::borrow::Cow;

/// Excel's limit on the characters of one cell (counted in UTF-16 code units,
/// as Excel stores text).
pub const EXCEL_MAX_CELL_CHARS: usize = 32_767;

/// Excel's limit on the rows of one sheet.
pub const EXCEL_MAX_ROWS: u64 = 1_048_576;

/// Returns `cell` with a leading `'` when a spreadsheet would read it as a
/// formula: it begins with `=`, `+`, `-`, `@`, a tab, a carriage return, or
/// one of their full-width forms (`＝`, `＋`, `－`, `＠`).
pub fn guard_formula(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some(
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}',
        ) => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Cuts `cell` to at most [`EXCEL_MAX_CELL_CHARS`] UTF-16 code units, on a
/// character boundary; the flag says whether anything was cut.
pub fn truncate_for_excel(cell: &str) -> (&str, bool) {
    // Each UTF-8 byte is at most one UTF-16 unit, so short cells need no count.
    if cell.len() <= EXCEL_MAX_CELL_CHARS {
        return (cell, false);
    }
    let mut units = 0;
    for (i, c) in cell.char_indices() {
        units += c.len_utf16();
        if units > EXCEL_MAX_CELL_CHARS {
            return (&cell[..i], true);
        }
    }
    (cell, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_formula_starts_only() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+44 20", "'+44 20"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("＝1", "'＝1"),
            ("＋1", "'＋1"),
            ("－1", "'－1"),
            ("＠x", "'＠x"),
            ("plain", "plain"),
            ("a=b", "a=b"),
            (" =1", " =1"),
            ("", ""),
        ] {
            assert_eq!(guard_formula(cell), want);
        }
    }

    #[test]
    fn truncates_at_excel_limit_on_char_boundary() {
        let short = "a".repeat(EXCEL_MAX_CELL_CHARS);
        assert_eq!(truncate_for_excel(&short), (short.as_str(), false));
        let long = "a".repeat(EXCEL_MAX_CELL_CHARS + 1);
        let (cut, was) = truncate_for_excel(&long);
        assert!(was);
        assert_eq!(cut.len(), EXCEL_MAX_CELL_CHARS);
        // Multi-byte text longer in bytes but within the limit in characters.
        let wide = "é".repeat(EXCEL_MAX_CELL_CHARS);
        assert_eq!(truncate_for_excel(&wide), (wide.as_str(), false));
        // Characters outside the BMP take two UTF-16 units each.
        let emoji = "😀".repeat(EXCEL_MAX_CELL_CHARS);
        let (cut, was) = truncate_for_excel(&emoji);
        assert!(was);
        assert_eq!(cut.chars().count(), EXCEL_MAX_CELL_CHARS / 2);
        assert_eq!(cut.encode_utf16().count(), EXCEL_MAX_CELL_CHARS - 1);
    }
}
