//! Criterion benches of the entity stage alone on the bundled corpus (bytes/s)
//! and of building the default gazetteer.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use whosaid::gazetteer::EntityRecognizer;
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::segment::SentenceSegmenter;
use whosaid::{load_gazetteer, Document, Stage};

fn corpus() -> Vec<Document> {
    let seg = SentenceSegmenter::new();
    read_inputs(vec![Input::from_arg("corpus")], ReadOptions::default())
        .filter(|d| d.is_ok())
        .map(|mut d| {
            seg.process(&mut d).expect("segmenter never fails");
            d
        })
        .collect()
}

fn bench_entities(c: &mut Criterion) {
    let mut docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let stage = EntityRecognizer::new(load_gazetteer(&[]).expect("lexicons load"));
    // The count is fixed for a given corpus and lexicon; check it stays stable.
    let count = |docs: &mut [Document]| {
        docs.iter_mut()
            .map(|d| {
                stage.process(d).expect("entity stage never fails");
                d.entities.len()
            })
            .sum::<usize>()
    };
    let expected = count(&mut docs);
    assert!(expected > 0, "the corpus has entities");
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("stage_corpus", |b| {
        b.iter(|| assert_eq!(count(&mut docs), expected))
    });
    // The same work spread over every core (the documents in parallel).
    group.bench_function("stage_corpus_all_cores", |b| {
        b.iter(|| {
            let n: usize = docs
                .par_iter_mut()
                .map(|d| {
                    stage.process(d).expect("entity stage never fails");
                    d.entities.len()
                })
                .sum();
            assert_eq!(n, expected);
        })
    });
    group.finish();

    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10);
    group.bench_function("build_default_lexicons", |b| {
        b.iter(|| load_gazetteer(&[]).expect("lexicons load").len())
    });
    group.finish();
}

criterion_group!(benches, bench_entities);
criterion_main!(benches);
