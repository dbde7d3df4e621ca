//! Sinks that write annotated documents out: CSV tables, the rejects file, and
//! spreadsheet safety.

mod csv_sink;
mod multi;
mod offsets;
mod rejects;
mod safety;
mod table;

pub use csv_sink::{CsvSink, DOCUMENT_COLUMNS, ENTITY_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS};
pub use multi::MultiSink;
pub use offsets::CharOffsets;
pub use rejects::{split_source, RejectsWriter, REJECT_COLUMNS};
pub use safety::{guard_formula, truncate_for_excel, EXCEL_MAX_CELL_CHARS, EXCEL_MAX_ROWS};
pub use table::CsvOptions;
