//! Sinks that write annotated documents out: CSV tables and spreadsheet safety.

mod csv_sink;
mod offsets;
mod safety;

pub use csv_sink::{CsvSink, DOCUMENT_COLUMNS, ENTITY_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS};
pub use offsets::CharOffsets;
pub use safety::guard_formula;
