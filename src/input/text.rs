//! Plain text and Markdown files: one file is one document.

use std::io::{BufRead, Read};
use std::path::Path;

use crate::document::{Document, Meta};
use crate::input::compress;
use crate::input::record::check_text;

/// Reads one (possibly compressed) text file as a document with the given id.
/// The whole decompressed text of one article is held in memory, nothing more.
pub(crate) fn read_text_file(path: &Path, id: String) -> Document {
    let source = path.display().to_string();
    text_document(compress::open(path), id, source)
}

/// Reads everything from `reader` as one document named `name` (id and source).
pub(crate) fn read_text(reader: Box<dyn BufRead + Send>, name: String) -> Document {
    text_document(Ok(reader), name.clone(), name)
}

fn text_document(
    reader: std::io::Result<Box<dyn BufRead + Send>>,
    id: String,
    source: String,
) -> Document {
    let meta = Meta {
        source: source.clone(),
        ..Meta::default()
    };
    let mut bytes = Vec::new();
    let read = reader.and_then(|mut r| r.read_to_end(&mut bytes));
    if let Err(e) = read {
        return Document::rejected(id, meta, format!("cannot read {source}: {e}"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let raw = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return Document::rejected(id, meta, format!("invalid UTF-8 at byte {at}"))
                .with_raw(raw);
        }
    };
    if let Err(e) = check_text(&text) {
        return Document::rejected(id, meta, e).with_raw(text);
    }
    let mut doc = Document::new(id, text);
    doc.meta = meta;
    doc
}
