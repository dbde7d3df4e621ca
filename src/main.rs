//! The `whosaid` command line: wires the library's readers, pipeline and sinks.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Parser, Subcommand};

use whosaid::export::{CsvOptions, CsvSink, MultiSink, RejectsWriter};
use whosaid::input::{read_inputs, Input, ReadOptions};
use whosaid::{Document, Sink};

/// Who is mentioned and who said what in news articles.
///
/// Example: `whosaid extract corpus/ --out out/` writes documents.csv,
/// sentences.csv, entities.csv and quotes.csv into out/.
#[derive(Parser)]
#[command(name = "whosaid", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract sentences, entities and quotes from articles into CSV files.
    ///
    /// Example: `whosaid extract corpus/ news.jsonl --out out/ --threads 2`
    Extract(ExtractArgs),
    /// Summarise an output folder: speakers.csv, entity_summary.csv and an HTML report.
    ///
    /// Example: `whosaid report out/ --html out/report.html`
    Report(ReportArgs),
}

#[derive(clap::Args)]
struct ReportArgs {
    /// Output folder of an `extract` run (holding documents.csv, quotes.csv, entities.csv).
    out_dir: PathBuf,
    /// Also write a self-contained HTML report to this file.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Most quotes embedded in the HTML report.
    #[arg(long, value_name = "N", default_value_t = 2000)]
    max_quotes: usize,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input folders (every .txt/.md is one article; .jsonl files are read as JSONL),
    /// .jsonl or .jsonl.gz files, or `-` for JSONL on standard input.
    #[arg(default_value = "corpus")]
    inputs: Vec<String>,
    /// Output folder for the CSV files (created if missing).
    #[arg(long, short, default_value = "out")]
    out: PathBuf,
    /// Worker threads (default: all cores). Output is identical for any value.
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Extra lexicon TSV file (canonical, type, aliases, id); may be repeated.
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Extra abbreviations for sentence segmentation: one a line, optionally
    /// followed by `prefix`, `number` or `general` (see lexicons/segment/abbreviations.txt);
    /// may be repeated.
    #[arg(long = "abbreviations", value_name = "FILE")]
    abbreviations: Vec<PathBuf>,
    /// JSONL field holding the article text (default: text, maintext, content, body).
    #[arg(long, value_name = "NAME")]
    text_field: Option<String>,
    /// Also write every rejected record (file, line, doc_id, reason and the raw
    /// record) to FILE: JSON lines when FILE ends in .jsonl, else CSV.
    /// Example: `--rejects out/rejects.csv`
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// Write CSV for Excel: UTF-8 byte-order mark, CRLF line ends, cells cut at
    /// 32,767 characters (a `truncated` column says so), a warning past 1,048,576 rows.
    #[arg(long)]
    excel: bool,
    /// Exit with status 1 when any record was rejected.
    #[arg(long)]
    strict: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

fn extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start the thread pool")?;
    }
    let mut segmenter = whosaid::segment::SentenceSegmenter::new();
    for path in &args.abbreviations {
        let list = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        segmenter = segmenter
            .with_extra_abbreviations(&list)
            .with_context(|| format!("{}", path.display()))?;
    }
    let pipeline = whosaid::default_pipeline_with_segmenter(&args.lexicons, segmenter)
        .context("cannot load lexicons")?;
    let inputs = args.inputs.iter().map(|a| Input::from_arg(a)).collect();
    let opts = ReadOptions {
        text_field: args.text_field.clone(),
    };
    let docs = read_inputs(inputs, opts).inspect(|d: &Document| {
        if let Some(err) = &d.error {
            eprintln!("whosaid: {}: {err}", d.meta.source);
        }
    });
    let csv_opts = CsvOptions { excel: args.excel };
    let mut sink = CsvSink::with_options(&args.out, csv_opts)
        .with_context(|| format!("cannot write to {}", args.out.display()))?;
    let mut rejects = match &args.rejects {
        Some(path) => Some(
            RejectsWriter::create(path, csv_opts)
                .with_context(|| format!("cannot write to {}", path.display()))?,
        ),
        None => None,
    };
    let mut sinks = MultiSink::new();
    sinks.push(&mut sink as &mut dyn Sink);
    if let Some(r) = rejects.as_mut() {
        sinks.push(r as &mut dyn Sink);
    }
    let stats = pipeline
        .run(docs, &mut sinks, |_| {})
        .with_context(|| format!("cannot write to {}", args.out.display()))?;
    drop(sinks);
    let mut warnings = sink.warnings();
    if let Some(r) = &rejects {
        warnings.extend(r.warnings());
    }
    for w in warnings {
        eprintln!("whosaid: warning: {w}");
    }
    let secs = started.elapsed().as_secs_f64();
    if !args.quiet {
        eprintln!(
            "whosaid: {} documents ({} rejected), {} sentences, {} entities, {} quotes; {:.1} MB in {:.2} s ({:.1} MB/s) -> {}",
            stats.documents,
            stats.errors,
            stats.sentences,
            stats.entities,
            stats.quotes,
            stats.bytes as f64 / 1e6,
            secs,
            stats.bytes as f64 / 1e6 / secs.max(1e-9),
            args.out.display()
        );
    }
    // Every run also writes speakers.csv and entity_summary.csv (not timed above).
    whosaid::report::summarize(&args.out)
        .and_then(|s| whosaid::report::write_summaries(&args.out, &s))
        .context("cannot write the summaries")?;
    if let (Some(r), Some(path)) = (&rejects, &args.rejects) {
        if !args.quiet {
            eprintln!(
                "whosaid: {} rejected records written to {}",
                r.count(),
                path.display()
            );
        }
    }
    Ok(if args.strict && stats.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    use whosaid::report::{summarize, write_html, write_summaries, HtmlOptions};
    let summary = summarize(&args.out_dir)
        .with_context(|| format!("cannot summarise {}", args.out_dir.display()))?;
    write_summaries(&args.out_dir, &summary).context("cannot write the summaries")?;
    if let Some(html) = &args.html {
        let opts = HtmlOptions {
            max_quotes: args.max_quotes,
            ..HtmlOptions::default()
        };
        write_html(&args.out_dir, &summary, &opts, html)
            .with_context(|| format!("cannot write {}", html.display()))?;
    }
    let t = &summary.totals;
    eprintln!(
        "whosaid: {} documents, {} quotes ({} attributed), {} speakers, {} entities -> {}{}",
        t.documents,
        t.quotes,
        t.attributed,
        t.speakers,
        t.entities,
        args.out_dir.display(),
        args.html
            .as_ref()
            .map(|h| format!(", {}", h.display()))
            .unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        Command::Report(args) => report(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("whosaid: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
