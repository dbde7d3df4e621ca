"""Checks the DOM of the HTML report, as rendered by a browser, against the CSV files.

Usage: report_browser_check.py OUT_DIR REPORT_HTML DOM_HTML DOM_SPEAKER0_HTML
"""
import csv
import os
import sys
from html.parser import HTMLParser

CHART_SPEAKERS = 15
# Unresolved speakers that are bare pronouns are not charted (UNCHARTED_PRONOUNS).
PRONOUNS = {"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "it",
            "who", "whom", "which", "that", "this", "these", "those", "one", "someone"}
MAX_QUOTES = 2000


class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bars = []  # (speaker, count)
        self.totals = {}
        self.rows = []  # (data-s, hidden)
        self.shown = ""
        self.external = []
        self.scripts = 0
        self._stack = []
        self._total_key = None
        self._in_shown = False
        self._in_tbody_quotes = False
        self._table_id = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self._table_id = a.get("id")
        if tag == "g" and "bar" in (a.get("class") or "").split():
            self.bars.append((a.get("data-speaker"), int(a.get("data-count"))))
        if tag == "b" and "data-total" in a:
            self._total_key = a["data-total"]
        if tag == "span" and a.get("id") == "shown":
            self._in_shown = True
        if tag == "tr" and self._table_id == "quote-table" and "data-s" in a:
            self.rows.append((a["data-s"], "hidden" in a))
        if tag == "script":
            self.scripts += 1
            if a.get("src"):
                self.external.append(("script", a["src"]))
        if tag in ("link", "img", "iframe") and (a.get("href") or a.get("src")):
            self.external.append((tag, a.get("href") or a.get("src")))

    def handle_endtag(self, tag):
        if tag == "table":
            self._table_id = None
        if tag == "b":
            self._total_key = None
        if tag == "span":
            self._in_shown = False

    def handle_data(self, data):
        if self._total_key:
            self.totals[self._total_key] = self.totals.get(self._total_key, "") + data
        if self._in_shown:
            self.shown += data


def parse(path):
    d = Dom()
    with open(path, encoding="utf-8") as f:
        d.feed(f.read())
    return d


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def num(s):
    return int(s.replace(",", ""))


def main():
    out_dir, report, dom_path, dom0_path = sys.argv[1:5]
    problems = []

    def check(ok, msg):
        if not ok:
            problems.append(msg)

    speakers = rows(os.path.join(out_dir, "speakers.csv"))
    quotes = rows(os.path.join(out_dir, "quotes.csv"))
    documents = rows(os.path.join(out_dir, "documents.csv"))
    size = os.path.getsize(report)
    check(size < 3_000_000, f"report is {size} bytes")

    dom = parse(dom_path)
    check(not dom.external, f"external resources: {dom.external}")
    check(dom.scripts == 1, f"{dom.scripts} script elements")

    charted = [s for s in speakers
               if not (s["resolved"] == "no" and s["speaker"].lower() in PRONOUNS)]
    want_bars = [(s["speaker"], int(s["quotes"])) for s in charted[:CHART_SPEAKERS]]
    check(len(dom.bars) > 0 or not speakers, "no bars in the chart")
    check(dom.bars == want_bars, f"chart bars {dom.bars[:5]}… != speakers.csv {want_bars[:5]}…")

    check(num(dom.totals.get("documents", "-1")) == len(documents),
          f"documents total {dom.totals.get('documents')} != {len(documents)}")
    check(num(dom.totals.get("quotes", "-1")) == len(quotes),
          f"quotes total {dom.totals.get('quotes')} != {len(quotes)}")
    check(num(dom.totals.get("speakers", "-1")) == len(speakers),
          f"speakers total {dom.totals.get('speakers')} != {len(speakers)}")

    embedded = min(len(quotes), MAX_QUOTES)
    check(len(dom.rows) == embedded, f"{len(dom.rows)} quote rows, want {embedded}")
    check(not any(h for _, h in dom.rows), "rows hidden without a filter")
    check(dom.shown.strip() == f"{embedded} of {embedded} quotes shown",
          f"counter says {dom.shown!r}")

    # With #speaker=0 the script shows only the top speaker's quotes: all of
    # them when the page holds every quote, else the rows the page embeds.
    if speakers:
        dom0 = parse(dom0_path)
        top = speakers[0]
        visible = [s for s, hidden in dom0.rows if not hidden]
        embedded0 = sum(1 for s, _ in dom.rows if s == "0")
        want = int(top["quotes"]) if len(quotes) <= MAX_QUOTES else embedded0
        check(want > 0 and embedded0 == want,
              f"{embedded0} rows of {top['speaker']!r} embedded, want {want}")
        check(len(visible) == want and set(visible) == {"0"},
              f"filter on {top['speaker']!r}: {len(visible)} rows visible, want {want}")
        check(dom0.shown.strip() == f"{want} of {embedded} quotes shown",
              f"filtered counter says {dom0.shown!r}")

    if problems:
        for p in problems:
            print("report browser test:", p, file=sys.stderr)
        sys.exit(1)
    print(f"report: {size} bytes, {len(dom.bars)} bars, {len(dom.rows)} quote rows, "
          f"{len(speakers)} speakers, {len(quotes)} quotes, {len(documents)} documents")


if __name__ == "__main__":
    main()
