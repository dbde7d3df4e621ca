//! Throughput of the whole pipeline on hostile documents at two sizes (N and
//! 4N): for linear work the MB/s of both sizes match. The inputs are the ones
//! `tests/linear_time.rs` bounds: only `"`, only `.`, no whitespace, one long
//! line, only opening curly quotes, unbalanced quotes.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use whosaid::{default_pipeline, Document};

fn fill(unit: &str, n: usize) -> String {
    let mut s = unit.repeat(n / unit.len() + 1);
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// Makes a hostile text of about `n` bytes.
type Generator = Box<dyn Fn(usize) -> String>;

const ARTICLE: &str = include_str!("../corpus/moscow_times_2022_troop_pullback.txt");

fn bench_hostile(c: &mut Criterion) {
    let pipeline = default_pipeline(&[]).expect("lexicons load");
    let line = ARTICLE.replace(['\n', '\r'], " ");
    let inputs: Vec<(&str, Generator)> = vec![
        ("only_straight_quotes", Box::new(|n| fill("\"", n))),
        ("only_periods", Box::new(|n| fill(".", n))),
        (
            "no_whitespace",
            Box::new(|n| {
                fill(
                    "Putin's\"NATO\"said.Kyiv,“Zelenskiy”—U.S.«x»3.5…Mr.Truss:‘hi’!?",
                    n,
                )
            }),
        ),
        ("single_line", Box::new(move |n| fill(&line, n))),
        (
            "repeated_names",
            Box::new(|n| fill("Russia and Ukraine met NATO in Kyiv, Putin said. ", n)),
        ),
        ("only_open_curly_quotes", Box::new(|n| fill("“", n))),
        ("unbalanced_quote_words", Box::new(|n| fill("\"a said ", n))),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, make) in &inputs {
        for size in [1_000_000, 4_000_000] {
            let text = make(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(*name, size), &text, |b, text| {
                b.iter(|| {
                    let mut doc = Document::new("h", text.clone());
                    pipeline.process(&mut doc);
                    doc.sentences.len() + doc.quotes.len()
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_hostile);
criterion_main!(benches);
