//! Feeding several sinks at once.

use std::io;

use crate::document::Document;
use crate::pipeline::Sink;

/// A [`Sink`] that hands every document to each of its sinks, in order, and
/// finishes them in order.
#[derive(Default)]
pub struct MultiSink<'a> {
    sinks: Vec<&'a mut dyn Sink>,
}

impl<'a> MultiSink<'a> {
    /// No sinks yet.
    pub fn new() -> Self {
        MultiSink { sinks: Vec::new() }
    }

    /// Adds a sink.
    pub fn push(&mut self, sink: &'a mut dyn Sink) {
        self.sinks.push(sink);
    }
}

impl Sink for MultiSink<'_> {
    fn write(&mut self, doc: &Document) -> io::Result<()> {
        for s in &mut self.sinks {
            s.write(doc)?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        for s in &mut self.sinks {
            s.finish()?;
        }
        Ok(())
    }
}
