//! Criterion bench of the quote stage alone on the bundled corpus, in bytes/s.
//! Sentences and entities are computed once, outside the timed loop.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::quotes::QuoteAttributor;
use whosaid::{default_pipeline, Document};

fn corpus() -> Vec<Document> {
    let pipeline = default_pipeline(&[]).expect("lexicons load");
    let mut docs: Vec<Document> =
        read_inputs(vec![Input::from_arg("corpus")], ReadOptions::default())
            .filter(|d| d.is_ok())
            .collect();
    for d in &mut docs {
        pipeline.process(d);
        d.quotes.clear();
    }
    docs
}

fn bench_quotes(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let stage = QuoteAttributor::new();
    let expected: usize = docs.iter().map(|d| stage.quotes(d).len()).sum();
    assert!(expected > 0, "the corpus has quotes");
    let mut group = c.benchmark_group("quotes");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("quote_stage_corpus", |b| {
        b.iter(|| {
            let n: usize = docs.iter().map(|d| stage.quotes(d).len()).sum();
            assert_eq!(n, expected);
            n
        })
    });
    // The same work spread over every core (the documents in parallel).
    group.bench_function("quote_stage_corpus_all_cores", |b| {
        b.iter(|| {
            let n: usize = docs.par_iter().map(|d| stage.quotes(d).len()).sum();
            assert_eq!(n, expected);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench_quotes);
criterion_main!(benches);
