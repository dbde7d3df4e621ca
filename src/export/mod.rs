//! Sinks that write annotated documents out: CSV tables, JSONL, one table to
//! any writer, the rejects file, and spreadsheet safety.

mod background_sync;
mod csv_sink;
mod jsonl_sink;
mod offsets;
mod rejects;
mod safety;
mod table;
mod table_sink;

pub use csv_sink::{CsvSink, DOCUMENT_COLUMNS, ENTITY_COLUMNS, QUOTE_COLUMNS, SENTENCE_COLUMNS};
pub use jsonl_sink::{
    document_json_line, DocumentRecord, EntityRecord, JsonlSink, QuoteRecord, SentenceRecord,
    JSONL_FILE,
};
pub use offsets::CharOffsets;
pub use rejects::{split_source, RejectsWriter, REJECT_COLUMNS};
pub use safety::{guard_formula, truncate_for_excel, EXCEL_MAX_CELL_CHARS, EXCEL_MAX_ROWS};
pub use table::{CsvOptions, Warnings};
pub use table_sink::{table_rows, CsvTableSink, MultiSink, Table};
