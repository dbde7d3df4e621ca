//! Reference passes that bound what is possible, measured beside the whole
//! pipeline in one run, with the ratios printed at the end:
//!
//! - one `char_indices()` pass over the text (a cheap test per character);
//! - one bare, unanchored `find_iter` pass of an aho-corasick automaton holding
//!   every name and alias of the default lexicons;
//! - the whole pipeline (all stages, one thread, no CSV).
//!
//! Also: the pipeline with the lexicons at 1×, 4× and 16× their entries (cost
//! must grow at most logarithmically with lexicon size) and on the corpus at
//! 1× and 4× (cost must grow linearly with input size).

use std::path::PathBuf;
use std::time::Instant;

use aho_corasick::AhoCorasick;
use criterion::{BenchmarkId, Criterion, Throughput};
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::{default_pipeline, Document, Pipeline, DEFAULT_LEXICONS};

/// The allocator the `whosaid` binary runs with, so the figures are the tool's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus() -> Vec<Document> {
    read_inputs(vec![Input::from_arg("corpus")], ReadOptions::default())
        .filter(|d| d.is_ok())
        .collect()
}

/// Every name and alias of the bundled entity lexicons.
fn lexicon_names() -> Vec<String> {
    let mut names = Vec::new();
    for (file, content) in DEFAULT_LEXICONS {
        if !file.ends_with(".tsv") {
            continue;
        }
        for line in content.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() >= 2 {
                names.push(cols[0].to_string());
                if let Some(aliases) = cols.get(2) {
                    names.extend(
                        aliases
                            .split('|')
                            .filter(|a| !a.is_empty())
                            .map(String::from),
                    );
                }
            }
        }
    }
    names
}

fn char_pass(docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| {
            d.text
                .char_indices()
                .filter(|(_, c)| c.is_uppercase())
                .count()
        })
        .sum()
}

fn automaton_pass(ac: &AhoCorasick, docs: &[Document]) -> usize {
    docs.iter().map(|d| ac.find_iter(&d.text).count()).sum()
}

fn pipeline_pass(p: &Pipeline, docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| {
            let mut d = d.clone();
            p.process(&mut d);
            d.entities.len() + d.quotes.len()
        })
        .sum()
}

/// Writes `copies` synthetic lexicons as large as the default one: every
/// entry's name with a made-up suffix word, so the automaton grows but the
/// matches on real text stay the same.
fn scaled_lexicons(copies: usize) -> Vec<PathBuf> {
    let dir = std::env::temp_dir().join("whosaid-bench-lexicons");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let names = lexicon_names();
    (1..copies)
        .map(|c| {
            let path = dir.join(format!("synthetic_{c}.tsv"));
            let mut tsv = String::from("canonical\ttype\taliases\tid\n");
            for (i, n) in names.iter().enumerate() {
                tsv.push_str(&format!("{n} Zq{c}x{i}\tORG\t\tsyn:{c}:{i}\n"));
            }
            std::fs::write(&path, tsv).expect("write lexicon");
            path
        })
        .collect()
}

fn seconds_per_pass(mut f: impl FnMut() -> usize) -> f64 {
    f();
    let t = Instant::now();
    let mut n = 0;
    while n < 3 || t.elapsed().as_secs_f64() < 2.0 {
        std::hint::black_box(f());
        n += 1;
    }
    t.elapsed().as_secs_f64() / n as f64
}

fn main() {
    let docs = corpus();
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    let ac = AhoCorasick::new(lexicon_names()).expect("automaton");
    let pipeline = default_pipeline(&[]).expect("lexicons load");

    let mut c = Criterion::default().configure_from_args().sample_size(10);
    {
        let mut g = c.benchmark_group("reference");
        g.throughput(Throughput::Bytes(bytes));
        g.bench_function("char_indices", |b| b.iter(|| char_pass(&docs)));
        g.bench_function("aho_corasick_unanchored", |b| {
            b.iter(|| automaton_pass(&ac, &docs))
        });
        g.bench_function("pipeline_one_thread", |b| {
            b.iter(|| pipeline_pass(&pipeline, &docs))
        });
        g.finish();
    }
    {
        let mut g = c.benchmark_group("lexicon_scaling");
        g.throughput(Throughput::Bytes(bytes));
        for copies in [1usize, 4, 16] {
            let extra = scaled_lexicons(copies);
            let p = default_pipeline(&extra).expect("scaled lexicons load");
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{copies}x")),
                &p,
                |b, p| b.iter(|| pipeline_pass(p, &docs)),
            );
        }
        g.finish();
    }
    {
        let mut g = c.benchmark_group("input_scaling");
        for times in [1usize, 4] {
            let big: Vec<Document> = (0..times).flat_map(|_| docs.iter().cloned()).collect();
            g.throughput(Throughput::Bytes(bytes * times as u64));
            g.bench_with_input(
                BenchmarkId::from_parameter(format!("{times}x")),
                &big,
                |b, big| b.iter(|| pipeline_pass(&pipeline, big)),
            );
        }
        g.finish();
    }
    c.final_summary();

    let mb = bytes as f64 / 1e6;
    let chars = mb / seconds_per_pass(|| char_pass(&docs));
    let auto = mb / seconds_per_pass(|| automaton_pass(&ac, &docs));
    let pipe = mb / seconds_per_pass(|| pipeline_pass(&pipeline, &docs));
    println!("\nreference passes over corpus/ ({mb:.2} MB), one thread:");
    println!("  char_indices()                 {chars:8.1} MB/s");
    println!("  aho-corasick unanchored        {auto:8.1} MB/s");
    println!("  whole pipeline (no CSV)        {pipe:8.1} MB/s");
    println!("  pipeline / automaton pass      {:8.2}x", pipe / auto);
    println!(
        "  char_indices / pipeline        {:8.2}x slower",
        chars / pipe
    );
}
