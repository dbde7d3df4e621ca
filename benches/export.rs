//! Criterion bench of the CSV export alone on the bundled corpus, in bytes/s
//! of document text: encoding every document's rows of the four tables (what
//! the worker threads do). The annotations are computed once, outside the
//! timed loop; writing the bytes to disk is not included.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use whosaid::export::CsvSink;
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::{default_pipeline, Document, Sink};

fn corpus() -> Vec<Document> {
    let pipeline = default_pipeline(&[]).expect("lexicons load");
    let mut docs: Vec<Document> =
        read_inputs(vec![Input::from_arg("corpus")], ReadOptions::default())
            .filter(|d| d.is_ok())
            .collect();
    pipeline.process_batch(&mut docs);
    docs
}

fn bench_export(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let dir = tempfile::tempdir().expect("temporary folder");
    let sink = CsvSink::create(dir.path()).expect("csv sink");
    let formatter = sink.formatter().expect("the CSV sink formats on workers");
    let encoded = |docs: &[Document]| -> usize {
        docs.iter()
            .map(|d| formatter.prepare(d).iter().map(Vec::len).sum::<usize>())
            .sum()
    };
    let expected = encoded(&docs);
    assert!(expected > bytes, "every table is written");
    let mut group = c.benchmark_group("export");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("csv_rows_corpus", |b| {
        b.iter(|| {
            let n = encoded(&docs);
            assert_eq!(n, expected);
            n
        })
    });
    // The same work spread over every core (the documents in parallel).
    group.bench_function("csv_rows_corpus_all_cores", |b| {
        b.iter(|| {
            let n: usize = docs
                .par_iter()
                .map(|d| formatter.prepare(d).iter().map(Vec::len).sum::<usize>())
                .sum();
            assert_eq!(n, expected);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench_export);
criterion_main!(benches);
