//! The [`Stage`] trait, the ordered [`Pipeline`] of stages, the [`Sink`] trait
//! and the streamed, parallel batch runner.
//!
//! Documents are read in batches of [`Pipeline::batch_size`]; each batch is
//! annotated in parallel with rayon (stages run in order inside one document)
//! and then handed to the sink in input order, so the output is identical for
//! any number of threads and memory is bounded by the batch.

use rayon::prelude::*;

use crate::document::Document;

/// An error a stage reports for one document; the run goes on.
#[derive(Debug, thiserror::Error)]
#[error("{stage}: {message}")]
pub struct StageError {
    /// The stage's name.
    pub stage: &'static str,
    /// What went wrong.
    pub message: String,
}

/// One step of the pipeline: reads a document and adds annotations.
///
/// Stages take `&self`, so a single pipeline is shared by all worker threads.
pub trait Stage: Send + Sync {
    /// A short name for messages (`segment`, `entities`, `quotes`).
    fn name(&self) -> &'static str;
    /// Adds this stage's annotations to `doc`. Must not change `doc.text`.
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// One document's output formatted ahead of time by a [`Formatter`]: one
/// byte buffer per output file of the sink.
pub type Prepared = Vec<Vec<u8>>;

/// Formats documents for a sink on worker threads (in parallel, out of
/// order). It is separate from the sink, so the workers can format one batch
/// while the sink writes the one before.
pub trait Formatter: Send + Sync {
    /// Formats one document's output. A sink that gets back a buffer list it
    /// does not expect (e.g. empty after a formatting error) falls back to
    /// [`Sink::write`], which reports the error.
    fn prepare(&self, doc: &Document) -> Prepared;
}

/// Receives annotated documents in input order.
///
/// A sink may split its work in two: its [`Sink::formatter`] formats a
/// document's output on a worker thread, and [`Sink::write_prepared`] appends
/// it in input order. Sinks without a formatter get every document through
/// [`Sink::write`].
pub trait Sink {
    /// Writes one document (an ok one or a rejected record).
    fn write(&mut self, doc: &Document) -> std::io::Result<()>;
    /// The formatter that prepares this sink's output on worker threads.
    /// `None` (the default) means the sink formats in [`Sink::write`].
    fn formatter(&self) -> Option<Box<dyn Formatter>> {
        None
    }
    /// Writes output formatted by the sink's [`Sink::formatter`], in input order.
    fn write_prepared(&mut self, doc: &Document, prepared: Prepared) -> std::io::Result<()> {
        let _ = prepared;
        self.write(doc)
    }
    /// Called once after the last document; flushes and closes outputs.
    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Counts of what a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Records seen (ok + rejected).
    pub documents: u64,
    /// Records rejected by the reader or failed by a stage.
    pub errors: u64,
    /// Bytes of document text processed.
    pub bytes: u64,
    /// Sentences found.
    pub sentences: u64,
    /// Entity mentions found.
    pub entities: u64,
    /// Quotes found.
    pub quotes: u64,
}

impl RunStats {
    fn add(&mut self, doc: &Document) {
        self.documents += 1;
        if doc.is_ok() {
            self.bytes += doc.text.len() as u64;
            self.sentences += doc.sentences.len() as u64;
            self.entities += doc.entities.len() as u64;
            self.quotes += doc.quotes.len() as u64;
        } else {
            self.errors += 1;
        }
    }
}

/// The most documents one worker takes as a single piece of a batch. Left to
/// itself rayon cuts a batch into about as many pieces as there are threads,
/// so a worker that frees up (e.g. after writing the previous batch) finds
/// nothing left to take and waits while another finishes a long piece.
const LEAF_DOCS: usize = 4;

/// An ordered list of stages applied to every document.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
    /// How many documents are read, processed and written at a time.
    pub batch_size: usize,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new()
    }
}

impl Pipeline {
    /// An empty pipeline with the default batch size.
    pub fn new() -> Self {
        Pipeline {
            stages: Vec::new(),
            batch_size: 256,
        }
    }

    /// Appends a stage; stages run in the order they were added.
    pub fn with_stage(mut self, stage: impl Stage + 'static) -> Self {
        self.stages.push(Box::new(stage));
        self
    }

    /// Appends a boxed stage.
    pub fn push(&mut self, stage: Box<dyn Stage>) {
        self.stages.push(stage);
    }

    /// Names of the stages in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage on one document. A stage error marks the document as
    /// failed and clears its partial annotations.
    pub fn process(&self, doc: &mut Document) {
        if !doc.is_ok() {
            return;
        }
        for stage in &self.stages {
            // A panic in a stage is a bug; it fails this document, not the run.
            let outcome =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stage.process(doc)));
            let error = match outcome {
                Ok(Ok(())) => continue,
                Ok(Err(e)) => e.to_string(),
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    format!("internal error in stage {}: {what}", stage.name())
                }
            };
            doc.sentences.clear();
            doc.entities.clear();
            doc.quotes.clear();
            doc.error = Some(error);
            return;
        }
    }

    /// Processes a batch in parallel (order is kept).
    pub fn process_batch(&self, batch: &mut [Document]) {
        batch
            .par_iter_mut()
            .with_max_len(LEAF_DOCS)
            .for_each(|doc| self.process(doc));
    }

    /// Streams `docs` through the pipeline into `sink`, batch by batch, in input
    /// order, and returns the counts. `on_batch` is called after each batch is
    /// written (for progress reporting).
    ///
    /// Three batches are in flight: while the workers annotate one batch (and
    /// format it with the sink's [`Formatter`]), one thread writes the batch
    /// before it and then reads the batch after it.
    pub fn run<I, S, F>(&self, docs: I, sink: &mut S, mut on_batch: F) -> std::io::Result<RunStats>
    where
        I: IntoIterator<Item = Document>,
        I::IntoIter: Send,
        S: Sink + Send + ?Sized,
        F: FnMut(&RunStats) + Send,
    {
        let mut stats = RunStats::default();
        let mut iter = docs.into_iter();
        let size = self.batch_size.max(1);
        let formatter = sink.formatter();
        let formatter = formatter.as_deref();
        let mut batch: Vec<Document> = iter.by_ref().take(size).collect();
        let mut written: Option<(Vec<Document>, Vec<Option<Prepared>>)> = None;
        while !batch.is_empty() {
            let (next, prepared) = rayon::join(
                || -> std::io::Result<Vec<Document>> {
                    if let Some((docs, prepared)) = written.take() {
                        write_batch(sink, &docs, prepared, &mut stats)?;
                        on_batch(&stats);
                    }
                    Ok(iter.by_ref().take(size).collect())
                },
                || {
                    batch
                        .par_iter_mut()
                        .with_max_len(LEAF_DOCS)
                        .map(|doc| {
                            self.process(doc);
                            formatter.map(|f| f.prepare(doc))
                        })
                        .collect::<Vec<_>>()
                },
            );
            written = Some((batch, prepared));
            batch = next?;
        }
        if let Some((docs, prepared)) = written {
            write_batch(sink, &docs, prepared, &mut stats)?;
            on_batch(&stats);
        }
        sink.finish()?;
        Ok(stats)
    }
}

/// Hands one processed batch to the sink in input order and counts it.
fn write_batch<S: Sink + ?Sized>(
    sink: &mut S,
    docs: &[Document],
    prepared: Vec<Option<Prepared>>,
    stats: &mut RunStats,
) -> std::io::Result<()> {
    for (doc, prep) in docs.iter().zip(prepared) {
        match prep {
            Some(p) => sink.write_prepared(doc, p)?,
            None => sink.write(doc)?,
        }
        stats.add(doc);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    struct WordCounter;
    impl Stage for WordCounter {
        fn name(&self) -> &'static str {
            "words"
        }
        fn process(&self, doc: &mut Document) -> Result<(), StageError> {
            if doc.text.contains("PANIC") {
                panic!("asked to panic");
            }
            if doc.text.contains("FAIL") {
                return Err(StageError {
                    stage: "words",
                    message: "asked to fail".into(),
                });
            }
            doc.sentences.push(Span::new(0, doc.text.len()));
            Ok(())
        }
    }

    struct Collect(Vec<String>);
    impl Sink for Collect {
        fn write(&mut self, doc: &Document) -> std::io::Result<()> {
            self.0.push(format!("{}:{}", doc.id, doc.sentences.len()));
            Ok(())
        }
    }

    #[test]
    fn runs_in_input_order_and_counts() {
        let mut p = Pipeline::new().with_stage(WordCounter);
        p.batch_size = 3;
        let docs = (0..10).map(|i| {
            Document::new(
                i.to_string(),
                match i {
                    4 => "FAIL",
                    7 => "PANIC",
                    _ => "text",
                }
                .to_string(),
            )
        });
        let mut sink = Collect(Vec::new());
        let stats = p.run(docs, &mut sink, |_| {}).unwrap();
        let want: Vec<String> = (0..10)
            .map(|i| format!("{i}:{}", if i == 4 || i == 7 { 0 } else { 1 }))
            .collect();
        assert_eq!(sink.0, want);
        assert_eq!(stats.documents, 10);
        assert_eq!(stats.errors, 2);
        assert_eq!(stats.sentences, 8);
    }

    /// Formats on the workers; fails to write the document with id `stop`.
    struct Formatted(Vec<u8>);
    struct Lines;
    impl Formatter for Lines {
        fn prepare(&self, doc: &Document) -> Prepared {
            vec![format!("{}:{}\n", doc.id, doc.sentences.len()).into_bytes()]
        }
    }
    impl Sink for Formatted {
        fn write(&mut self, _doc: &Document) -> std::io::Result<()> {
            unreachable!("every document is formatted")
        }
        fn formatter(&self) -> Option<Box<dyn Formatter>> {
            Some(Box::new(Lines))
        }
        fn write_prepared(&mut self, doc: &Document, p: Prepared) -> std::io::Result<()> {
            if doc.id == "stop" {
                return Err(std::io::Error::other("disk full"));
            }
            self.0.extend(p.concat());
            Ok(())
        }
    }

    #[test]
    fn formatted_batches_are_written_in_order_and_errors_stop_the_run() {
        let mut p = Pipeline::new().with_stage(WordCounter);
        p.batch_size = 2;
        let docs = (0..7).map(|i| Document::new(i.to_string(), "text"));
        let mut sink = Formatted(Vec::new());
        let mut seen = Vec::new();
        let stats = p.run(docs, &mut sink, |s| seen.push(s.documents)).unwrap();
        let want: String = (0..7).map(|i| format!("{i}:1\n")).collect();
        assert_eq!(String::from_utf8(sink.0).unwrap(), want);
        assert_eq!(stats.documents, 7);
        assert_eq!(seen, vec![2, 4, 6, 7]);

        let docs = ["a", "b", "c", "stop", "d", "e", "f"]
            .into_iter()
            .map(|id| Document::new(id, "text"));
        let err = p.run(docs, &mut Formatted(Vec::new()), |_| {}).unwrap_err();
        assert_eq!(err.to_string(), "disk full");
    }

    #[test]
    fn a_panicking_stage_fails_only_its_document() {
        let p = Pipeline::new().with_stage(WordCounter);
        let mut doc = Document::new("x", "PANIC");
        p.process(&mut doc);
        let err = doc.error.unwrap_or_default();
        assert!(err.contains("internal error in stage words"), "{err}");
        assert!(err.contains("asked to panic"), "{err}");
    }
}
