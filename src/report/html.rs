//! The self-contained HTML report: inline CSS, an inline SVG chart, and a few
//! lines of plain JavaScript to search and filter the quote table.

use std::collections::{BinaryHeap, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::read::CsvTable;
use super::summary::{speaker_key, summary_key, QUOTE_READ_COLUMNS};
use super::{EntitySummary, ReportError, RunSummary, SpeakerSummary};
use crate::whitespace::squash;

/// What the HTML report embeds; the caps keep the page small for large runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlOptions {
    /// Most quotes in the quote table (default 2,000).
    pub max_quotes: usize,
    /// Most rows in the speaker table (default 500).
    pub max_speakers: usize,
    /// Speakers in the bar chart (default 15).
    pub chart_speakers: usize,
    /// Entities listed per type under people, organisations and places (default 15).
    pub top_entities: usize,
    /// Longer quote texts are cut to this many characters (default 1,000).
    pub max_quote_chars: usize,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            max_quotes: 2000,
            max_speakers: 500,
            chart_speakers: 15,
            top_entities: 15,
            max_quote_chars: 1000,
        }
    }
}

/// Escapes `&`, `<`, `>`, `"` and `'` so any text is safe in HTML content
/// and in quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn cut(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

/// Only web addresses become links (no `javascript:` or `data:` URLs).
fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(u)
}

fn num(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn pct(part: u64, whole: u64) -> String {
    if whole == 0 {
        "0%".to_string()
    } else {
        format!("{:.1}%", part as f64 * 100.0 / whole as f64)
    }
}

struct QuoteRow {
    ordinal: u64,
    doc_id: String,
    text: String,
    kind: String,
    /// Index into the summary's speakers, or `None` when unattributed.
    speaker: Option<usize>,
    as_written: String,
    cue: String,
}

/// Picks the quotes to embed: all of them when they fit; else quotes of
/// resolved speakers first, then of speakers as written, then unattributed
/// ones, each class taken round-robin over its speakers (each speaker's first
/// quote, then each one's second …; most-quoted speakers first). Shown in
/// input order.
fn select_quotes(
    dir: &Path,
    summary: &RunSummary,
    opts: &HtmlOptions,
) -> Result<Vec<QuoteRow>, ReportError> {
    let path = dir.join("quotes.csv");
    if !path.exists() || opts.max_quotes == 0 {
        return Ok(Vec::new());
    }
    let rank: HashMap<(String, bool), usize> = summary
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (summary_key(s), i))
        .collect();
    let unattributed = summary.speakers.len();
    let mut seen = vec![0u64; unattributed + 1];
    // Max-heap on priority: the worst candidate is popped when over the cap.
    let mut heap: BinaryHeap<((u8, u64, usize, u64), usize)> = BinaryHeap::new();
    let mut rows: Vec<Option<QuoteRow>> = Vec::new();
    let mut free: Vec<usize> = Vec::new();
    let mut table = CsvTable::open(&path, QUOTE_READ_COLUMNS, &["doc_id"])?;
    let mut ordinal = 0u64;
    while table.advance()? {
        ordinal += 1;
        let key = speaker_key(&table.get(3), &table.get(4));
        let speaker = key.and_then(|(k, _)| rank.get(&k).copied());
        let group = speaker.unwrap_or(unattributed);
        let turn = seen[group];
        seen[group] += 1;
        // Resolved names first, then speakers as written, then no speaker.
        let class = match speaker.map(|i| summary.speakers[i].resolved) {
            Some(true) => 0u8,
            Some(false) => 1,
            None => 2,
        };
        let priority = (class, turn, group, ordinal);
        if heap.len() >= opts.max_quotes {
            match heap.peek() {
                Some((worst, _)) if priority < *worst => {}
                _ => continue,
            }
        }
        let row = QuoteRow {
            ordinal,
            doc_id: table.get(0).into_owned(),
            text: cut(&table.get(1), opts.max_quote_chars),
            kind: squash(&table.get(2)).to_lowercase(),
            speaker,
            as_written: squash(&table.get(3)),
            cue: squash(&table.get(5)),
        };
        let slot = match free.pop() {
            Some(i) => {
                rows[i] = Some(row);
                i
            }
            None => {
                rows.push(Some(row));
                rows.len() - 1
            }
        };
        heap.push((priority, slot));
        if heap.len() > opts.max_quotes {
            if let Some((_, gone)) = heap.pop() {
                rows[gone] = None;
                free.push(gone);
            }
        }
    }
    let mut kept: Vec<QuoteRow> = rows.into_iter().flatten().collect();
    kept.sort_by_key(|q| q.ordinal);
    Ok(kept)
}

struct DocLink {
    title: String,
    url: String,
}

fn document_links(dir: &Path, ids: HashSet<&str>) -> Result<HashMap<String, DocLink>, ReportError> {
    let mut out = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let mut table = CsvTable::open(
        &dir.join("documents.csv"),
        &["doc_id", "title", "url"],
        &["doc_id"],
    )?;
    while table.advance()? {
        let id = table.get(0);
        if ids.contains(id.as_ref()) && !out.contains_key(id.as_ref()) {
            out.insert(
                id.into_owned(),
                DocLink {
                    title: squash(&table.get(1)),
                    url: table.get(2).trim().to_string(),
                },
            );
        }
    }
    Ok(out)
}

const CSS: &str = r#"
:root{--ink:#1d2330;--muted:#5b6474;--line:#dde1e8;--bg:#f6f7f9;--accent:#1f5f99;--direct:#1f5f99;--partial:#e08a1e;--indirect:#8a94a3}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1180px;margin:0 auto;padding:24px 28px 40px}
h1{font-size:26px;margin:0 0 2px}
h2{font-size:19px;margin:0 0 12px}
h3{font-size:15px;margin:0 0 8px}
.sub,.note{color:var(--muted);font-size:13px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 20px;margin:18px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:10px;background:none;border:0;padding:0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card b{display:block;font-size:22px;font-variant-numeric:tabular-nums}
.card span{color:var(--muted);font-size:13px}
.three{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:22px}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted);background:#fafbfc}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{max-height:560px;overflow:auto;border:1px solid var(--line);border-radius:6px}
.scroll thead th{position:sticky;top:0;z-index:1}
.scroll table{border:0}
svg text{font:13px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
svg .count{fill:var(--muted);font-size:12px}
svg .unresolved{font-style:italic;fill:var(--muted)}
svg .bar{cursor:pointer}
svg .bar:hover rect{opacity:.8}
.legend{display:flex;gap:16px;font-size:13px;color:var(--muted);margin:6px 0 0}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.kind{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;color:#fff;background:var(--indirect)}
.kind.direct{background:var(--direct)}.kind.partial{background:var(--partial)}
.controls{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:0 0 12px}
.controls input,.controls select{font:inherit;padding:5px 8px;border:1px solid #c4cad4;border-radius:5px;background:#fff}
.controls input{flex:1 1 260px}
#shown{color:var(--muted);font-size:13px}
#quote-table th:nth-child(1){width:52%}
#quote-table th:nth-child(2){width:19%}
#quote-table th:nth-child(3){width:23%}
#quote-table td:nth-child(3){overflow-wrap:anywhere}
td.d{white-space:nowrap}
td.cues{min-width:13em}
#speaker-table td:first-child{min-width:11em}
.as,.none,.id{color:var(--muted);font-size:.92em}
a{color:var(--accent)}
a.pick{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
footer{color:var(--muted);font-size:12.5px;margin-top:20px}
@media print{
 body{background:#fff;font-size:10pt}
 main{max-width:none;padding:0}
 section{border:0;padding:0;margin:14px 0;break-inside:auto}
 .controls,.no-print{display:none}
 .scroll{max-height:none;overflow:visible;border:0}
 table{font-size:8.5pt}
 th,td{padding:3px 4px}
 td.cues,#speaker-table td:first-child{min-width:0}
 .cards{grid-template-columns:repeat(4,1fr)}
 tr{break-inside:avoid}
 thead{display:table-header-group}
 a{color:inherit;text-decoration:none}
 .kind{color:#000;background:none!important;border:1px solid #999}
}
"#;

const SCRIPT: &str = r#"
(function(){
  var rows=[].slice.call(document.querySelectorAll('#quote-table tbody tr'));
  var text=rows.map(function(r){return r.textContent.toLowerCase();});
  var q=document.getElementById('q'),sp=document.getElementById('speaker'),kd=document.getElementById('kind'),shown=document.getElementById('shown');
  function apply(){
    var t=q.value.trim().toLowerCase(),s=sp.value,k=kd.value,n=0;
    rows.forEach(function(r,i){
      var ok=(!t||text[i].indexOf(t)>=0)&&(!s||r.getAttribute('data-s')===s)&&(!k||r.getAttribute('data-k')===k);
      r.hidden=!ok;if(ok)n++;
    });
    shown.textContent=n+' of '+rows.length+' quotes shown';
  }
  q.addEventListener('input',apply);sp.addEventListener('change',apply);kd.addEventListener('change',apply);
  document.addEventListener('click',function(e){
    var a=e.target.closest&&e.target.closest('[data-pick]');
    if(!a)return;
    var v=a.getAttribute('data-pick');
    if(!sp.querySelector('option[value="'+v+'"]'))return;
    e.preventDefault();sp.value=v;q.value='';apply();
    if(history.replaceState)history.replaceState(null,'','#speaker='+v);
    document.getElementById('quotes').scrollIntoView({behavior:'smooth'});
  });
  var m=/^#speaker=([0-9]+|none)$/.exec(location.hash);
  if(m&&sp.querySelector('option[value="'+m[1]+'"]'))sp.value=m[1];
  apply();
})();
"#;

/// Speakers left as bare pronouns (not resolved to a name) say little about
/// who is quoted: the chart leaves them out (the speaker table keeps them).
pub const UNCHARTED_PRONOUNS: &[&str] = &[
    "i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "it", "who", "whom",
    "which", "that", "this", "these", "those", "one", "someone",
];

/// True when the chart leaves `s` out: an unresolved bare pronoun.
fn uncharted(s: &SpeakerSummary) -> bool {
    !s.resolved && UNCHARTED_PRONOUNS.contains(&s.speaker.to_lowercase().as_str())
}

fn chart(out: &mut String, speakers: &[SpeakerSummary], n: usize) {
    let top: Vec<(usize, &SpeakerSummary)> = speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| !uncharted(s))
        .take(n)
        .collect();
    let last = top.last().map_or(speakers.len(), |(i, _)| *i);
    let skipped: Vec<&str> = speakers[..last.min(speakers.len())]
        .iter()
        .filter(|s| uncharted(s))
        .map(|s| s.speaker.as_str())
        .collect();
    if top.is_empty() {
        out.push_str("<p class=\"note\">No attributed quotes in this run.</p>");
        return;
    }
    let (label_w, bar_x, width, row_h) = (250.0, 258.0, 960.0, 28.0);
    let bar_max = width - bar_x - 60.0;
    let max = top.iter().map(|(_, s)| s.quotes).max().unwrap_or(1).max(1) as f64;
    let height = top.len() as f64 * row_h + 8.0;
    let _ = write!(
        out,
        "<svg id=\"chart\" role=\"img\" aria-label=\"Most-quoted speakers\" viewBox=\"0 0 {width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
    );
    for (row, (rank, s)) in top.iter().enumerate() {
        let y = 4.0 + row as f64 * row_h;
        let name = escape_html(&s.speaker);
        let _ = write!(
            out,
            "<g class=\"bar\" data-pick=\"{rank}\" data-speaker=\"{name}\" data-count=\"{}\"><title>{name}: {} quotes ({} direct, {} partial, {} indirect) in {} documents</title>",
            s.quotes, s.quotes, s.direct, s.partial, s.indirect, s.documents
        );
        let _ = write!(
            out,
            "<text x=\"{label_w}\" y=\"{:.1}\" text-anchor=\"end\"{}>{}</text>",
            y + row_h / 2.0 + 1.0,
            if s.resolved {
                ""
            } else {
                " class=\"unresolved\""
            },
            escape_html(&cut(&s.speaker, 34))
        );
        let mut x = bar_x;
        let other = s.quotes.saturating_sub(s.direct + s.partial + s.indirect);
        for (count, class) in [
            (s.direct, "direct"),
            (s.partial, "partial"),
            (s.indirect + other, "indirect"),
        ] {
            if count == 0 {
                continue;
            }
            let w = count as f64 / max * bar_max;
            let _ = write!(
                out,
                "<rect class=\"{class}\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" style=\"fill:var(--{class})\"/>",
                y + 4.0,
                row_h - 8.0
            );
            x += w;
        }
        let _ = write!(
            out,
            "<text class=\"count\" x=\"{:.1}\" y=\"{:.1}\">{}</text></g>",
            x + 6.0,
            y + row_h / 2.0 + 1.0,
            num(s.quotes)
        );
    }
    out.push_str("</svg>");
    if !skipped.is_empty() {
        let _ = write!(
            out,
            "<p class=\"note\" id=\"uncharted\">Not charted: {} speaker{} left as a pronoun, not resolved to a name ({}); see the speaker table.</p>",
            skipped.len(),
            if skipped.len() == 1 { "" } else { "s" },
            escape_html(&skipped.join(", "))
        );
    }
    out.push_str("<p class=\"legend\"><span><i style=\"background:var(--direct)\"></i>direct</span><span><i style=\"background:var(--partial)\"></i>partial</span><span><i style=\"background:var(--indirect)\"></i>indirect</span><span><em>italic</em>: speaker as written, not resolved to a name</span><span class=\"no-print\">Click a bar to see that speaker's quotes.</span></p>");
}

fn entity_table(out: &mut String, title: &str, id: &str, rows: &[&EntitySummary]) {
    let _ = write!(out, "<div id=\"{id}\"><h3>{title}</h3>");
    if rows.is_empty() {
        out.push_str("<p class=\"note\">None found.</p></div>");
        return;
    }
    out.push_str("<table><thead><tr><th>Name</th><th class=\"n\">Mentions</th><th class=\"n\">Docs</th><th class=\"n\">Quoted</th></tr></thead><tbody>");
    for e in rows {
        let _ = write!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape_html(&e.entity),
            num(e.mentions),
            num(e.documents),
            num(e.quoted)
        );
    }
    out.push_str("</tbody></table></div>");
}

fn card(out: &mut String, key: &str, value: &str, label: &str) {
    let _ = write!(
        out,
        "<div class=\"card\"><b data-total=\"{key}\">{}</b><span>{}</span></div>",
        escape_html(value),
        escape_html(label)
    );
}

/// Renders the report page for the run in `dir` as a string.
fn render(dir: &Path, summary: &RunSummary, opts: &HtmlOptions) -> Result<String, ReportError> {
    let quotes = select_quotes(dir, summary, opts)?;
    let ids: HashSet<&str> = quotes.iter().map(|q| q.doc_id.as_str()).collect();
    let links = document_links(dir, ids)?;
    let t = &summary.totals;
    let mut out = String::with_capacity(64 * 1024 + quotes.len() * 600);
    let folder = escape_html(&dir.display().to_string());

    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = write!(
        out,
        "<title>Who said what — {folder}</title><style>{CSS}</style></head><body><main>"
    );
    let _ = write!(
        out,
        "<header><h1>Who said what</h1><p class=\"sub\">whosaid report of <code>{folder}</code>"
    );
    if let (Some(a), Some(b)) = (&t.first_date, &t.last_date) {
        let _ = write!(
            out,
            " · articles dated {} to {}",
            escape_html(a),
            escape_html(b)
        );
    }
    out.push_str("</p></header>");

    // Totals.
    out.push_str("<section class=\"cards\" id=\"totals\">");
    card(&mut out, "documents", &num(t.documents), "documents");
    if t.rejected > 0 {
        card(&mut out, "rejected", &num(t.rejected), "rejected records");
    }
    card(&mut out, "sentences", &num(t.sentences), "sentences");
    card(&mut out, "quotes", &num(t.quotes), "quotes");
    card(
        &mut out,
        "attributed",
        &pct(t.attributed, t.quotes),
        &format!("quotes with a speaker ({})", num(t.attributed)),
    );
    card(&mut out, "speakers", &num(t.speakers), "speakers");
    card(&mut out, "mentions", &num(t.mentions), "entity mentions");
    card(&mut out, "entities", &num(t.entities), "distinct entities");
    out.push_str("</section>");
    let _ = write!(
        out,
        "<p class=\"note\">Quotes by kind: {} direct, {} partial, {} indirect; {} of {} documents quote someone.</p>",
        num(t.direct),
        num(t.partial),
        num(t.indirect),
        num(t.quoting_documents),
        num(t.documents)
    );

    // Chart.
    let chart_n = opts
        .chart_speakers
        .min(summary.speakers.iter().filter(|s| !uncharted(s)).count());
    let _ = write!(
        out,
        "<section id=\"speakers-chart\"><h2>Most-quoted speakers (top {chart_n})</h2>"
    );
    chart(&mut out, &summary.speakers, opts.chart_speakers);
    out.push_str("</section>");

    // Entities.
    out.push_str("<section id=\"entities\"><h2>Most-mentioned people, organisations and places</h2><div class=\"three\">");
    for (kind, title, id) in [
        ("PERSON", "People", "people"),
        ("ORG", "Organisations", "organisations"),
        ("LOC", "Places", "places"),
    ] {
        let rows: Vec<&EntitySummary> = summary
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .take(opts.top_entities)
            .collect();
        entity_table(&mut out, title, id, &rows);
    }
    out.push_str("</div></section>");

    // Speakers.
    let shown_speakers = opts.max_speakers.min(summary.speakers.len());
    out.push_str("<section id=\"speakers\"><h2>Speakers</h2>");
    if shown_speakers < summary.speakers.len() {
        let _ = write!(
            out,
            "<p class=\"note\">The {} most-quoted of {} speakers; all are in <code>speakers.csv</code>.</p>",
            num(shown_speakers as u64),
            num(summary.speakers.len() as u64)
        );
    }
    out.push_str("<div class=\"scroll\"><table id=\"speaker-table\"><thead><tr><th>Speaker</th><th>Type</th><th class=\"n\">Quotes</th><th class=\"n\">Direct</th><th class=\"n\">Partial</th><th class=\"n\">Indirect</th><th class=\"n\">Docs</th><th>First</th><th>Last</th><th>Cue verbs</th><th class=\"n\">Share</th></tr></thead><tbody>");
    for (i, s) in summary.speakers.iter().take(shown_speakers).enumerate() {
        let cues: Vec<String> = s
            .top_cues
            .iter()
            .map(|(c, n)| format!("{} ({n})", escape_html(c)))
            .collect();
        let _ = write!(
            out,
            "<tr><td><a class=\"pick\" href=\"#quotes\" data-pick=\"{i}\">{}</a>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"d\">{}</td><td class=\"d\">{}</td><td class=\"cues\">{}</td><td class=\"n\">{}</td></tr>",
            escape_html(&s.speaker),
            if s.resolved { "" } else { " <span class=\"as\">as written</span>" },
            escape_html(&s.kind),
            num(s.quotes),
            num(s.direct),
            num(s.partial),
            num(s.indirect),
            num(s.documents),
            escape_html(s.first_date.as_deref().unwrap_or("")),
            escape_html(s.last_date.as_deref().unwrap_or("")),
            cues.join(", "),
            pct(s.quotes, t.quotes)
        );
    }
    out.push_str("</tbody></table></div></section>");

    // Quotes.
    out.push_str("<section id=\"quotes\"><h2>Quotes</h2>");
    if (quotes.len() as u64) < t.quotes {
        let _ = write!(
            out,
            "<p class=\"note\" id=\"cap\">This page embeds {} of {} quotes, chosen first among speakers resolved to a name, then speakers as written, then quotes without a speaker; within each group in turns across speakers (each one's first quote, then each one's second, and so on, most-quoted first). They are listed in document order. All quotes are in <code>quotes.csv</code>.</p>",
            num(quotes.len() as u64),
            num(t.quotes)
        );
    }
    let mut in_table: Vec<(usize, u64)> = Vec::new();
    let mut none = 0u64;
    for q in &quotes {
        match q.speaker {
            Some(i) => match in_table.iter_mut().find(|(j, _)| *j == i) {
                Some(e) => e.1 += 1,
                None => in_table.push((i, 1)),
            },
            None => none += 1,
        }
    }
    in_table.sort();
    out.push_str("<div class=\"controls\"><input id=\"q\" type=\"search\" placeholder=\"Search quotes, speakers and documents\" aria-label=\"Search quotes\"><select id=\"speaker\" aria-label=\"Speaker\"><option value=\"\">All speakers</option>");
    for (i, n) in &in_table {
        let _ = write!(
            out,
            "<option value=\"{i}\">{} ({n})</option>",
            escape_html(&cut(&summary.speakers[*i].speaker, 60))
        );
    }
    if none > 0 {
        let _ = write!(out, "<option value=\"none\">(no speaker) ({none})</option>");
    }
    out.push_str("</select><select id=\"kind\" aria-label=\"Kind\"><option value=\"\">All kinds</option><option value=\"direct\">direct</option><option value=\"partial\">partial</option><option value=\"indirect\">indirect</option></select>");
    let _ = write!(
        out,
        "<span id=\"shown\">{} of {} quotes shown</span></div>",
        quotes.len(),
        quotes.len()
    );
    out.push_str("<div class=\"scroll\"><table id=\"quote-table\"><thead><tr><th>Quote</th><th>Speaker</th><th>Document</th><th>Kind</th></tr></thead><tbody>");
    for q in &quotes {
        let (data_s, speaker_html) = match q.speaker {
            Some(i) => {
                let s = &summary.speakers[i];
                let mut h = escape_html(&s.speaker);
                let mut extra = Vec::new();
                if s.resolved && !q.as_written.is_empty() && q.as_written != s.speaker {
                    extra.push(format!("as “{}”", escape_html(&cut(&q.as_written, 60))));
                }
                if !q.cue.is_empty() {
                    extra.push(escape_html(&cut(&q.cue, 40)));
                }
                if !extra.is_empty() {
                    let _ = write!(h, "<br><span class=\"as\">{}</span>", extra.join(" · "));
                }
                (i.to_string(), h)
            }
            None => (
                "none".to_string(),
                "<span class=\"none\">—</span>".to_string(),
            ),
        };
        let doc_html = match links.get(&q.doc_id) {
            Some(l) => {
                let label = if l.title.is_empty() {
                    escape_html(&cut(&q.doc_id, 80))
                } else {
                    escape_html(&cut(&l.title, 160))
                };
                match safe_url(&l.url) {
                    Some(u) => format!(
                        "<a href=\"{}\" title=\"{}\">{label}</a>",
                        escape_html(u),
                        escape_html(&q.doc_id)
                    ),
                    None => format!("<span title=\"{}\">{label}</span>", escape_html(&q.doc_id)),
                }
            }
            None => escape_html(&cut(&q.doc_id, 80)),
        };
        let kind = escape_html(&q.kind);
        // Reported speech is not a quotation: no quotation marks around it.
        let (open, close) = if q.kind == "indirect" {
            ("", "")
        } else {
            ("“", "”")
        };
        let _ = write!(
            out,
            "<tr data-s=\"{data_s}\" data-k=\"{kind}\"><td>{open}{}{close}</td><td>{speaker_html}</td><td>{doc_html}</td><td><span class=\"kind {kind}\">{kind}</span></td></tr>",
            escape_html(&q.text)
        );
    }
    out.push_str("</tbody></table></div></section>");

    // Footer.
    out.push_str("<footer><p>");
    let _ = write!(
        out,
        "Made by whosaid {} from the CSV files in <code>{folder}</code>. The page embeds ",
        env!("CARGO_PKG_VERSION")
    );
    let _ = write!(
        out,
        "{} of {} quotes, {} of {} speakers and the top {} people, organisations and places; the complete tables are <code>quotes.csv</code>, <code>speakers.csv</code> and <code>entity_summary.csv</code> in that folder. Quote texts longer than {} characters are cut.",
        num(quotes.len() as u64),
        num(t.quotes),
        num(shown_speakers as u64),
        num(summary.speakers.len() as u64),
        opts.top_entities,
        num(opts.max_quote_chars as u64)
    );
    for n in &summary.notes {
        let _ = write!(out, " {}.", escape_html(n));
    }
    out.push_str("</p></footer></main><script>");
    out.push_str(SCRIPT);
    out.push_str("</script></body></html>\n");
    Ok(out)
}

/// Writes the HTML report of the run in `dir` to `out` (through a temporary
/// file renamed into place). The page needs no network: styles, chart and
/// script are inline, and every text from the run is HTML-escaped.
pub fn write_html(
    dir: &Path,
    summary: &RunSummary,
    opts: &HtmlOptions,
    out: &Path,
) -> Result<(), ReportError> {
    let page = render(dir, summary, opts)?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report.html".to_string());
    let tmp = out.with_file_name(format!(".{name}.partial"));
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |cause| ReportError::Io { path, cause }
    };
    fs::write(&tmp, page).map_err(io(&tmp))?;
    fs::rename(&tmp, out).map_err(io(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape_html("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn only_web_urls_link() {
        assert_eq!(safe_url(" https://a.b/c "), Some("https://a.b/c"));
        assert_eq!(safe_url("HTTP://a"), Some("HTTP://a"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,x"), None);
        assert_eq!(safe_url("é"), None);
    }

    #[test]
    fn cuts_on_char_boundaries_and_groups_digits() {
        assert_eq!(cut("ééé", 2), "éé…");
        assert_eq!(cut("ab", 2), "ab");
        assert_eq!(num(0), "0");
        assert_eq!(num(1234567), "1,234,567");
        assert_eq!(pct(1, 3), "33.3%");
        assert_eq!(pct(1, 0), "0%");
    }
}
