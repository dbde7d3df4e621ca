//! `whosaid bench`: end-to-end throughput, documents per second, start-up time
//! and peak memory on a user's own corpus and machine.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::export::{CsvSink, MultiSink};
use crate::input::{read_inputs, Input, ReadOptions};
use crate::report::SummarySink;
use crate::{default_pipeline, Document};

/// What one bench run measured.
#[derive(Debug, Clone)]
pub struct BenchReport {
    /// Time to load the lexicons and build the pipeline.
    pub startup: Duration,
    /// Documents processed (input documents × repeat).
    pub documents: u64,
    /// Bytes of text processed.
    pub bytes: u64,
    /// Wall time of the streamed run, CSV writing included.
    pub elapsed: Duration,
    /// Worker threads used.
    pub threads: usize,
    /// Peak resident memory of the process in bytes, where the OS reports it.
    pub peak_rss: Option<u64>,
}

impl BenchReport {
    /// Megabytes (10^6 bytes) of text per second.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }

    /// Documents per second.
    pub fn docs_per_s(&self) -> f64 {
        self.documents as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "threads        {}", self.threads)?;
        writeln!(f, "start-up       {:.3} s", self.startup.as_secs_f64())?;
        writeln!(f, "documents      {}", self.documents)?;
        writeln!(f, "text           {:.1} MB", self.bytes as f64 / 1e6)?;
        writeln!(f, "time           {:.2} s", self.elapsed.as_secs_f64())?;
        writeln!(f, "throughput     {:.1} MB/s", self.mb_per_s())?;
        writeln!(f, "               {:.0} documents/s", self.docs_per_s())?;
        writeln!(
            f,
            "per thread     {:.1} MB/s",
            self.mb_per_s() / self.threads.max(1) as f64
        )?;
        match self.peak_rss {
            Some(b) => write!(f, "peak memory    {:.0} MB", b as f64 / 1e6),
            None => write!(f, "peak memory    (not reported by this OS)"),
        }
    }
}

/// Peak resident set size of this process (Linux `VmHWM`), in bytes.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Reads `inputs` once into memory, then streams them `repeat` times through
/// the default pipeline into `out` (the four CSV tables and the two summary
/// tables, as `extract` writes them), and measures the run.
/// Rejected records are skipped.
pub fn run_bench(inputs: Vec<Input>, repeat: usize, out: &Path) -> std::io::Result<BenchReport> {
    let docs: Vec<Document> = read_inputs(inputs, ReadOptions::default())
        .filter(Document::is_ok)
        .collect();
    let started = Instant::now();
    let pipeline = default_pipeline(&[]).map_err(std::io::Error::other)?;
    let startup = started.elapsed();
    let mut sink = MultiSink(vec![
        Box::new(CsvSink::create(out)?),
        Box::new(SummarySink::new(out)),
    ]);
    let stream = (0..repeat.max(1)).flat_map(|r| {
        docs.iter().map(move |d| {
            let mut d = d.clone();
            if r > 0 {
                d.id = format!("{}#{r}", d.id);
            }
            d
        })
    });
    let t = Instant::now();
    let stats = pipeline.run(stream, &mut sink, |_| {})?;
    Ok(BenchReport {
        startup,
        documents: stats.documents,
        bytes: stats.bytes,
        elapsed: t.elapsed(),
        threads: rayon::current_num_threads(),
        peak_rss: peak_rss(),
    })
}
