//! Turning one JSON object into a [`Document`].

use serde_json::{Map, Value};

use crate::document::{Document, Meta};

/// Field names tried, in order, for the article text.
pub const TEXT_FIELDS: &[&str] = &["text", "maintext", "content", "body"];

/// Checks that a text can be processed: not empty, not only whitespace, no NUL.
pub fn check_text(text: &str) -> Result<(), String> {
    if text.is_empty() {
        Err("empty text".into())
    } else if text.trim().is_empty() {
        Err("text is only whitespace".into())
    } else if text.contains('\0') {
        Err("text contains NUL characters".into())
    } else {
        Ok(())
    }
}

fn string_field(obj: &Map<String, Value>, name: &str) -> Option<String> {
    match obj.get(name)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Builds a document from one JSONL line. `source` is `FILE:LINE`, used as the
/// id when the record has none. A bad record becomes a rejected document.
pub fn document_from_json(line: &str, source: &str, text_field: Option<&str>) -> Document {
    document_from_json_with(line, source, text_field, None)
}

/// Like [`document_from_json`], with an optional `id_field`: when given, the
/// record must have it (a string or a number), else the record is rejected
/// with a message listing the fields it has. Without it, `id` is used when
/// present and `source` (`FILE:LINE`) otherwise, so reruns agree.
pub fn document_from_json_with(
    line: &str,
    source: &str,
    text_field: Option<&str>,
    id_field: Option<&str>,
) -> Document {
    let meta = Meta {
        source: source.to_string(),
        ..Meta::default()
    };
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return Document::rejected(source, meta, format!("malformed JSON: {e}")),
    };
    let Value::Object(mut obj) = value else {
        return Document::rejected(
            source,
            meta,
            format!("expected a JSON object, found {}", type_name(&value)),
        );
    };
    let present = || {
        obj.keys()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id = match id_field {
        Some(f) => match string_field(&obj, f) {
            Some(id) if !id.is_empty() => id,
            _ => {
                let what = match obj.get(f) {
                    None => "missing".to_string(),
                    Some(v) => format!("{} (expected a string or number)", type_name(v)),
                };
                return Document::rejected(
                    source,
                    meta,
                    format!("id field `{f}` is {what}; the record has: {}", present()),
                );
            }
        },
        None => string_field(&obj, "id")
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| source.to_string()),
    };
    let meta = Meta {
        source: source.to_string(),
        title: string_field(&obj, "title"),
        url: string_field(&obj, "url"),
        date: string_field(&obj, "date").or_else(|| string_field(&obj, "date_publish")),
    };
    let fields: Vec<&str> = match text_field {
        Some(f) => vec![f],
        None => TEXT_FIELDS.to_vec(),
    };
    let Some(name) = fields
        .iter()
        .copied()
        .find(|f| obj.get(*f).is_some_and(|v| !v.is_null()))
    else {
        return Document::rejected(
            id,
            meta,
            format!(
                "no text field ({}); the record has: {}",
                fields.join(", "),
                present()
            ),
        );
    };
    // The text is moved out of the parsed record, not copied.
    let value = obj.remove(name).unwrap_or(Value::Null);
    let Value::String(text) = value else {
        return Document::rejected(
            id,
            meta,
            format!("field `{name}` is {}, expected a string", type_name(&value)),
        );
    };
    if let Err(e) = check_text(&text) {
        return Document::rejected(id, meta, e);
    }
    let mut doc = Document::new(id, text);
    doc.meta = meta;
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_rejects_bad_records() {
        let d = document_from_json(
            r#"{"id": 7, "maintext": "Hi there.", "title": "T", "date_publish": "2020-01-01"}"#,
            "f.jsonl:3",
            None,
        );
        assert!(d.is_ok());
        assert_eq!(d.id, "7");
        assert_eq!(d.text, "Hi there.");
        assert_eq!(d.meta.title.as_deref(), Some("T"));
        assert_eq!(d.meta.date.as_deref(), Some("2020-01-01"));

        let cases = [
            ("{oops", "malformed JSON"),
            ("[1]", "expected a JSON object"),
            (r#"{"text": ["a"]}"#, "is an array"),
            (r#"{"text": ""}"#, "empty text"),
            (r#"{"text": "  \n "}"#, "only whitespace"),
            (r#"{"text": "a\u0000b"}"#, "NUL"),
            (r#"{"title": "x"}"#, "no text field"),
        ];
        for (line, want) in cases {
            let d = document_from_json(line, "f.jsonl:1", None);
            let err = d.error.unwrap_or_default();
            assert!(err.contains(want), "{line}: {err}");
        }
        let d = document_from_json(r#"{"text": "no id"}"#, "f.jsonl:9", None);
        assert_eq!(d.id, "f.jsonl:9");
    }

    #[test]
    fn field_overrides() {
        let line = r#"{"uid": "a-1", "article": "Some words.", "id": "x"}"#;
        let d = document_from_json_with(line, "f.jsonl:2", Some("article"), Some("uid"));
        assert!(d.is_ok(), "{:?}", d.error);
        assert_eq!((d.id.as_str(), d.text.as_str()), ("a-1", "Some words."));

        let d = document_from_json_with(line, "f.jsonl:2", Some("body"), None);
        let err = d.error.unwrap();
        assert!(err.contains("no text field (body)"), "{err}");
        assert!(
            err.contains("uid, article, id") || err.contains("article"),
            "{err}"
        );

        let d = document_from_json_with(line, "f.jsonl:2", Some("article"), Some("key"));
        let err = d.error.unwrap();
        assert!(err.contains("id field `key` is missing"), "{err}");
        assert!(err.contains("uid"), "{err}");
        assert_eq!(d.id, "f.jsonl:2");

        let d = document_from_json_with(r#"{"text": "a", "id": ""}"#, "f.jsonl:4", None, None);
        assert_eq!(d.id, "f.jsonl:4");
    }
}
