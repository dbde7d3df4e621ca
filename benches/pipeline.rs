//! Criterion bench of the whole pipeline on the bundled corpus, in bytes/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::{default_pipeline, Document};

/// The allocator the `whosaid` binary runs with, so the figures are the tool's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Vec<Document> {
    read_inputs(vec![Input::from_arg("corpus")], ReadOptions::default())
        .filter(|d| d.is_ok())
        .collect()
}

fn bench_pipeline(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pipeline = default_pipeline(&[]).expect("lexicons load");
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("all_stages_corpus", |b| {
        b.iter(|| {
            let mut batch = docs.clone();
            pipeline.process_batch(&mut batch);
            batch.iter().map(|d| d.quotes.len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench_pipeline);
criterion_main!(benches);
