#!/usr/bin/env python3
"""Splits the bundled corpus/ into N shard files of mixed formats for the Spark test.

Shard 0 is the Moscow Times article as a text file; the Wikinews records are
split over the other shards, written in turn as .jsonl, .jsonl.gz (two gzip
members), .csv (multi-line cells), .jsonl.bz2, .csv.gz, .tsv and .jsonl.
Usage: make_shards.py CORPUS_DIR OUT_DIR [N]
"""

import bz2
import csv
import gzip
import io
import json
import os
import shutil
import sys


def to_csv(records, delimiter=","):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(["id", "title", "url", "date", "text"])
    for r in records:
        w.writerow([r.get(k, "") for k in ("id", "title", "url", "date", "text")])
    return buf.getvalue().encode("utf-8")


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    os.makedirs(out, exist_ok=True)
    shutil.copy(os.path.join(corpus, "moscow_times_2022_troop_pullback.txt"),
                os.path.join(out, "shard-0.txt"))
    with open(os.path.join(corpus, "wikinews_en_2019_2020.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    parts = n - 1
    size = -(-len(lines) // parts)
    kinds = [".jsonl", ".jsonl.gz", ".csv", ".jsonl.bz2", ".csv.gz", ".tsv", ".jsonl"]
    for i in range(parts):
        chunk = lines[i * size:(i + 1) * size]
        kind = kinds[i % len(kinds)]
        jsonl = ("\n".join(chunk) + "\n").encode("utf-8")
        records = [json.loads(l) for l in chunk]
        if kind == ".jsonl":
            data = jsonl
        elif kind == ".jsonl.gz":
            half = len(chunk) // 2
            data = gzip.compress(("\n".join(chunk[:half]) + "\n").encode("utf-8"))
            data += gzip.compress(("\n".join(chunk[half:]) + "\n").encode("utf-8"))
        elif kind == ".jsonl.bz2":
            data = bz2.compress(jsonl)
        elif kind == ".csv":
            data = to_csv(records)
        elif kind == ".csv.gz":
            data = gzip.compress(to_csv(records))
        else:
            data = to_csv(records, "\t")
        with open(os.path.join(out, f"shard-{i + 1}{kind}"), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
