//! Summaries made while a run writes its tables: a sink that aggregates each
//! document as it goes by, so `speakers.csv` and `entity_summary.csv` need
//! no second pass over the written tables.

use std::io;
use std::path::{Path, PathBuf};

use super::read::normalize_date;
use super::summary::SummaryBuilder;
use super::write::write_summaries;
use crate::document::Document;
use crate::pipeline::Sink;

/// A [`Sink`] that aggregates every document into a [`SummaryBuilder`] and,
/// when the run finishes, writes `speakers.csv` and `entity_summary.csv` into
/// its folder. Put it after the [`crate::export::CsvSink`] of the same folder
/// (in a [`crate::export::MultiSink`]): the summaries follow the tables'
/// Excel mode, which is read from the finished tables. It gives the same
/// summaries as [`super::summarize`] on the tables the run wrote.
pub struct SummarySink {
    dir: PathBuf,
    builder: SummaryBuilder,
}

impl SummarySink {
    /// A sink that writes its summaries into `dir` when the run finishes.
    pub fn new(dir: &Path) -> SummarySink {
        SummarySink {
            dir: dir.to_path_buf(),
            builder: SummaryBuilder::default(),
        }
    }
}

impl Sink for SummarySink {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        let ok = doc.is_ok();
        let chars = if ok {
            doc.text.chars().count() as u64
        } else {
            0
        };
        let date = doc.meta.date.as_deref().unwrap_or("");
        let sum = &mut self.builder;
        sum.document(date, chars, doc.sentences.len() as u64, !ok);
        if !doc.quotes.is_empty() {
            sum.quoting_document();
            let date = normalize_date(date);
            for q in &doc.quotes {
                sum.quote(
                    date.as_deref(),
                    q.kind.as_str(),
                    q.speaker.map_or("", |s| doc.slice(s)),
                    q.speaker_entity.as_deref().unwrap_or(""),
                    q.cue.map_or("", |s| doc.slice(s)),
                );
            }
        }
        if !doc.entities.is_empty() {
            sum.entity_document();
            for e in &doc.entities {
                sum.entity(
                    doc.slice(e.span),
                    e.kind.as_str(),
                    &e.canonical[..],
                    &e.id[..],
                );
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let summary = std::mem::take(&mut self.builder).finish();
        write_summaries(&self.dir, &summary).map_err(io::Error::other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{CsvSink, MultiSink};
    use crate::report::summarize;

    #[test]
    fn summaries_made_while_writing_equal_those_read_back() {
        let pipeline = crate::default_pipeline(&[]).unwrap();
        let mut docs = vec![
            Document::new(
                "a",
                "\"We will not leave,\" Ann Lee said. Ann Lee met Joe Biden in Paris. \
                 Officials said the talks would go on.",
            ),
            Document::new(
                "b",
                "Joe Biden said he would visit Kyiv, according to the White House.",
            ),
            Document::new("c", "Nothing to see here."),
            Document::rejected("d", Default::default(), "empty text".to_string()),
        ];
        docs[0].meta.date = Some("2024-03-05T10:00:00Z".into());
        docs[1].meta.date = Some("2023-11".into());
        let dir = tempfile::tempdir().unwrap();
        let streamed = dir.path().join("streamed");
        let csv = CsvSink::create(&streamed).unwrap();
        let mut sink = MultiSink(vec![Box::new(csv), Box::new(SummarySink::new(&streamed))]);
        let stats = pipeline.run(docs, &mut sink, |_| {}).unwrap();
        assert!(stats.quotes >= 2 && stats.entities >= 3, "{stats:?}");
        let speakers = std::fs::read(streamed.join("speakers.csv")).unwrap();
        let entities = std::fs::read(streamed.join("entity_summary.csv")).unwrap();
        // The same summaries from the written tables.
        let read_back = dir.path().join("read_back");
        std::fs::create_dir(&read_back).unwrap();
        for t in ["documents.csv", "quotes.csv", "entities.csv"] {
            std::fs::copy(streamed.join(t), read_back.join(t)).unwrap();
        }
        crate::report::write_summaries(&read_back, &summarize(&read_back).unwrap()).unwrap();
        assert_eq!(
            speakers,
            std::fs::read(read_back.join("speakers.csv")).unwrap()
        );
        assert_eq!(
            entities,
            std::fs::read(read_back.join("entity_summary.csv")).unwrap()
        );
        let text = String::from_utf8(speakers).unwrap();
        assert!(text.contains("Ann Lee"), "{text}");
    }
}
