//! Criterion bench of the sentence segmenter alone on the bundled corpus, in bytes/s.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::segment::SentenceSegmenter;

fn corpus_texts() -> Vec<String> {
    read_inputs(vec![Input::from_arg("corpus")], ReadOptions::default())
        .filter(|d| d.is_ok())
        .map(|d| d.text)
        .collect()
}

fn bench_segment(c: &mut Criterion) {
    let texts = corpus_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let seg = SentenceSegmenter::new();
    let expected: usize = texts.iter().map(|t| seg.segment(t).len()).sum();
    assert!(expected > 0, "no sentences in corpus/");
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| seg.segment(t).len()).sum();
            assert_eq!(n, expected);
            n
        })
    });
    // The same work spread over every core (the documents in parallel).
    group.bench_function("corpus_all_cores", |b| {
        b.iter(|| {
            let n: usize = texts.par_iter().map(|t| seg.segment(t).len()).sum();
            assert_eq!(n, expected);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench_segment);
criterion_main!(benches);
