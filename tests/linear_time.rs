//! No input makes the pipeline super-linear. Hostile documents (50 MB of only
//! `"`, only `.`, text without whitespace, a 10 MB single line, …) are
//! processed at size N and 4N, and the work we can observe exactly — the
//! number of allocations, the bytes requested from the allocator, and the
//! number of sentences, entities and quotes — must grow at most linearly (×4,
//! with a small allowance). Wall time is printed, never asserted; a watchdog
//! only turns a hang into a failure instead of a stuck CI run.
//! `benches/hostile.rs` shows the throughput at both sizes.

use std::alloc::System;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use whosaid::{default_pipeline, Document, Pipeline};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

const MB: usize = 1_000_000;

/// Repeats `unit` up to `n` bytes, cut on a character boundary.
fn fill(unit: &str, n: usize) -> String {
    let mut s = unit.repeat(n / unit.len() + 1);
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

const ARTICLE: &str = include_str!("../corpus/moscow_times_2022_troop_pullback.txt");

/// A hostile input: name, size of the large input, generator.
type Hostile = (&'static str, usize, fn(usize) -> String);

fn hostile() -> Vec<Hostile> {
    vec![
        ("only_straight_quotes", 50 * MB, |n| fill("\"", n)),
        ("only_periods", 50 * MB, |n| fill(".", n)),
        ("no_whitespace", 50 * MB, |n| {
            fill(
                "Putin's\"NATO\"said.Kyiv,“Zelenskiy”—U.S.«x»3.5…Mr.Truss:‘hi’!?",
                n,
            )
        }),
        ("single_line_10mb", 10 * MB, |n| {
            fill(&ARTICLE.replace(['\n', '\r'], " "), n)
        }),
        ("repeated_names", 12 * MB, |n| {
            fill("Russia and Ukraine met NATO in Kyiv, Putin said. ", n)
        }),
        ("only_open_curly_quotes", 12 * MB, |n| fill("“", n)),
        ("unbalanced_quote_words", 12 * MB, |n| fill("\"a said ", n)),
    ]
}

#[derive(Debug, Clone, Copy)]
struct Work {
    allocations: usize,
    bytes: usize,
    sentences: usize,
    entities: usize,
    quotes: usize,
    secs: f64,
}

fn measure(pipeline: &Pipeline, text: String) -> Work {
    let mut doc = Document::new("hostile", text);
    let started = Instant::now();
    let region = Region::new(GLOBAL);
    pipeline.process(&mut doc);
    let stats = region.change();
    let secs = started.elapsed().as_secs_f64();
    assert!(doc.is_ok(), "stage failed: {:?}", doc.error);
    Work {
        allocations: stats.allocations + stats.reallocations,
        bytes: stats.bytes_allocated + stats.bytes_reallocated.max(0) as usize,
        sentences: doc.sentences.len(),
        entities: doc.entities.len(),
        quotes: doc.quotes.len(),
        secs,
    }
}

/// At most ×4 plus 10 % and a small constant: linear growth passes, anything
/// that grows like N log N on these sizes or worse fails.
fn at_most_linear(small: usize, large: usize, slack: usize) -> bool {
    large <= small * 4 + small * 4 / 10 + slack
}

#[test]
fn hostile_documents_take_linear_work() {
    let pipeline = default_pipeline(&[]).expect("bundled lexicons load");
    let (tx, rx) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        for (name, large, make) in hostile() {
            let small = large / 4;
            let a = measure(&pipeline, make(small));
            let b = measure(&pipeline, make(large));
            tx.send((name, small, large, a, b)).unwrap();
        }
    });
    // A hang guard, not a timing assertion: normal speed is a few seconds per
    // input; quadratic work on these sizes would take hours.
    let limit = Duration::from_secs(300);
    let mut failures = Vec::new();
    println!("| input | size N → 4N | allocations | bytes allocated | sentences | entities | quotes | MB/s at N, 4N |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    for _ in 0..hostile().len() {
        let (name, small, large, a, b) = rx.recv_timeout(limit).unwrap_or_else(|_| {
            panic!("a hostile input did not finish within {limit:?}: super-linear work?")
        });
        println!(
            "| {name} | {} → {} MB | {} → {} | {} → {} | {} → {} | {} → {} | {} → {} | {:.0}, {:.0} |",
            small / MB,
            large / MB,
            a.allocations,
            b.allocations,
            a.bytes,
            b.bytes,
            a.sentences,
            b.sentences,
            a.entities,
            b.entities,
            a.quotes,
            b.quotes,
            small as f64 / MB as f64 / a.secs.max(1e-9),
            large as f64 / MB as f64 / b.secs.max(1e-9),
        );
        // Bytes allocated follow the vectors' growth policy (capacity doubles),
        // so between two sizes they can differ by up to another factor of 2 on
        // top of the input's 4×; quadratic work shows as 16× and still fails.
        if b.bytes > a.bytes * 8 + (1 << 20) {
            failures.push(format!(
                "{name}: bytes allocated grew from {} to {} for 4× the input",
                a.bytes, b.bytes
            ));
        }
        let checks = [
            ("allocations", a.allocations, b.allocations, 64),
            ("sentences", a.sentences, b.sentences, 4),
            ("entities", a.entities, b.entities, 4),
            ("quotes", a.quotes, b.quotes, 4),
        ];
        for (what, x, y, slack) in checks {
            if !at_most_linear(x, y, slack) {
                failures.push(format!(
                    "{name}: {what} grew from {x} to {y} for 4× the input"
                ));
            }
        }
        // No stage may keep more than a bounded multiple of the text per byte.
        if b.bytes > 200 * large {
            failures.push(format!(
                "{name}: {} bytes allocated for a {} byte text",
                b.bytes, large
            ));
        }
    }
    worker.join().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fill_cuts_on_char_boundaries() {
    assert_eq!(fill("“", 7), "““");
    assert_eq!(fill("ab", 5), "ababa");
    assert_eq!(fill("x", 0), "");
}
