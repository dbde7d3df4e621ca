#!/usr/bin/env python3
"""Run `whosaid extract` over many input shards on Apache Spark, then merge.

The driver lists the shard files (a folder, a glob, or files), groups them
into tasks, and distributes the *paths* to the executors, never the rows: each
task runs the whosaid binary on its files into a folder of its own and reports
the exit code. When every task succeeded, the driver runs `whosaid merge` on the
task folders, in shard order, so the result is byte-identical to one
`whosaid extract` run over the same files in the same order.

Paths must be readable by every executor and by the driver under the same
name (a shared mount: NFS, Lustre, EFS, /dbfs, ...). The binary (and any extra
lexicon) can be shipped with the job; see `--whosaid` and `--lexicon`.

Example (local test):
    spark-submit --master 'local[2]' --files target/release/whosaid \\
        scripts/spark/whosaid_spark.py --whosaid whosaid \\
        --input 'shards/*.jsonl.gz' --out merged/

Exit status: 0 when everything was merged, 1 when a task or the merge
failed (nothing is merged then), 2 for a bad command line.
"""

import argparse
import glob
import os
import shutil
import stat
import subprocess
import sys
import time

# Extensions whosaid reads (each optionally .gz, .zst, .zstd or .bz2).
FORMATS = (".txt", ".md", ".jsonl", ".ndjson", ".csv", ".tsv")
COMPRESSIONS = ("", ".gz", ".zst", ".zstd", ".bz2")


def readable(name):
    low = name.lower()
    return any(low.endswith(f + c) for f in FORMATS for c in COMPRESSIONS)


def list_shards(specs):
    """Expands folders (recursively) and globs into a sorted list of absolute paths."""
    paths = []
    for spec in specs:
        if spec.startswith("file://"):
            spec = spec[len("file://"):]
        if os.path.isdir(spec):
            found = []
            for root, _dirs, files in os.walk(spec):
                found.extend(os.path.join(root, f) for f in files if readable(f))
            paths.extend(sorted(found))
        elif any(ch in spec for ch in "*?["):
            paths.extend(sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p)))
        elif os.path.isfile(spec):
            paths.append(spec)
        else:
            raise SystemExit(f"whosaid_spark: no such file, folder or match: {spec}")
    return [os.path.abspath(p) for p in paths]


def resolve(name, what):
    """Finds a file shipped with the job on the executor (or driver).

    Tries, in order: the name as a path (absolute, or relative to the working
    directory, where `--archives x.tar.gz#dir` unpacks), the file shipped with
    `--files` / `spark.files` (SparkFiles), and the PATH (for the binary).
    """
    candidates = [name]
    try:
        from pyspark import SparkFiles

        root = SparkFiles.getRootDirectory()
        # --files puts the file in the root; --archives unpacks there in local
        # mode (and into the working directory on YARN and Kubernetes).
        candidates += [os.path.join(root, os.path.basename(name)), os.path.join(root, name)]
    except Exception:  # no SparkContext here
        pass
    for c in candidates:
        if c and os.path.isfile(c):
            return os.path.abspath(c)
    if what == "binary":
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError(
        f"{what} {name!r} not found on {os.uname().nodename} "
        f"(cwd {os.getcwd()}); ship it with --files or --archives, or give a path every node has"
    )


def make_task(whosaid, lexicons, work, threads, extract_args):
    """The function each executor runs on one (index, [paths]) item."""

    def run(item):
        index, paths = item
        from pyspark import TaskContext

        ctx = TaskContext.get()
        attempt = ctx.taskAttemptId() if ctx is not None else 0
        # One folder per attempt: a speculative or retried attempt never
        # writes into the folder of another one.
        out = os.path.join(work, f"part-{index:05d}-attempt-{attempt}")
        started = time.time()
        try:
            binary = resolve(whosaid, "binary")
            mode = os.stat(binary).st_mode
            if not mode & stat.S_IXUSR:
                os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
            cmd = [binary, "extract", *paths, "--out", out, "--quiet"]
            if threads:
                cmd += ["--threads", str(threads)]
            for lex in lexicons:
                cmd += ["--lexicon", resolve(lex, "lexicon")]
            cmd += list(extract_args)
            proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            rc, err = proc.returncode, proc.stderr.decode("utf-8", "replace")
        except Exception as e:  # binary missing, not executable, ...
            rc, err = 127, f"{type(e).__name__}: {e}"
        return {
            "index": index,
            "paths": paths,
            "out": out,
            "rc": rc,
            "stderr": err[-4000:],
            "host": os.uname().nodename,
            "seconds": round(time.time() - started, 3),
        }

    return run


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Arguments after `--` are passed to `whosaid extract` (e.g. -- --format csv,jsonl --text-column body).",
    )
    ap.add_argument("--input", action="append", required=True, metavar="PATH",
                    help="a folder, a glob or a file of shards; may be repeated")
    ap.add_argument("--out", required=True, help="folder for the merged output")
    ap.add_argument("--whosaid", default="whosaid",
                    help="the binary: a path every node has, the name of a file shipped with "
                         "--files, or a path inside an archive shipped with --archives "
                         "(e.g. whosaid/whosaid for --archives whosaid.tar.gz#whosaid); default: whosaid")
    ap.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                    help="an extra lexicon, resolved like --whosaid; may be repeated")
    ap.add_argument("--work", help="folder for the per-task outputs (default: OUT/_shards); "
                                   "must be shared by all nodes")
    ap.add_argument("--files-per-task", type=int, default=1,
                    help="shard files handed to one task (default 1)")
    ap.add_argument("--threads", type=int, default=1,
                    help="whosaid threads per task (default 1: one task per executor core)")
    ap.add_argument("--keep-shards", action="store_true",
                    help="keep the per-task folders after a successful merge")
    ap.add_argument("--no-merge", action="store_true",
                    help="stop after the tasks: leave one checked output folder per task in the "
                         "work folder and list them, in shard order, in OUT/shards.txt")
    ap.add_argument("--master", help="Spark master when run with plain python (spark-submit sets it)")
    ap.add_argument("extract_args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.files_per_task < 1:
        ap.error("--files-per-task must be at least 1")

    from pyspark.sql import SparkSession

    started = time.time()
    shards = list_shards(args.input)
    if not shards:
        print("whosaid_spark: no input files found", file=sys.stderr)
        return 1
    out = os.path.abspath(args.out)
    work = os.path.abspath(args.work or os.path.join(out, "_shards"))
    os.makedirs(work, exist_ok=True)
    groups = [shards[i:i + args.files_per_task] for i in range(0, len(shards), args.files_per_task)]

    builder = SparkSession.builder.appName("whosaid")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    try:
        task = make_task(args.whosaid, args.lexicon, work, args.threads, args.extract_args)
        items = list(enumerate(groups))
        results = sc.parallelize(items, numSlices=len(items)).map(task).collect()
        results.sort(key=lambda r: r["index"])
        failed = [r for r in results if r["rc"] != 0]
        spent = sum(r["seconds"] for r in results)
        print(f"whosaid_spark: {len(results)} tasks over {len(shards)} files, "
              f"{spent:.1f} task-seconds, {len(failed)} failed", file=sys.stderr)
        if failed:
            for r in failed:
                print(f"whosaid_spark: task {r['index']} on {r['host']} exited {r['rc']} "
                      f"for {' '.join(r['paths'])}:\n{r['stderr'].rstrip()}", file=sys.stderr)
            print(f"whosaid_spark: nothing merged; task outputs are in {work}", file=sys.stderr)
            return 1
        if args.no_merge:
            os.makedirs(out, exist_ok=True)
            with open(os.path.join(out, "shards.txt"), "w", encoding="utf-8") as f:
                f.writelines(r["out"] + "\n" for r in results)
            print(f"whosaid_spark: {len(results)} task folders listed in {out}/shards.txt "
                  f"(merge them later with: whosaid merge $(cat {out}/shards.txt) --out DIR)",
                  file=sys.stderr)
            return 0
        binary = resolve(args.whosaid, "binary")
        cmd = [binary, "merge", *[r["out"] for r in results], "--out", out]
        proc = subprocess.run(cmd)
        if proc.returncode != 0:
            print(f"whosaid_spark: merge exited {proc.returncode}; task outputs are in {work}",
                  file=sys.stderr)
            return 1
        if not args.keep_shards:
            shutil.rmtree(work, ignore_errors=True)
        print(f"whosaid_spark: merged into {out} in {time.time() - started:.1f} s", file=sys.stderr)
        return 0
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
