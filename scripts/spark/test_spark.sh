#!/usr/bin/env bash
# Runs the PySpark driver in local[2] mode on the bundled corpus split into 8
# shards of mixed formats, and checks that the merged output is byte-identical
# to one plain `whosaid extract` run over the same shards.
# Installs pyspark (3.5.x, bundles Spark) into a virtual environment under
# target/ (override with WHOSAID_SPARK_VENV). Skips only when Java is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

if ! command -v java >/dev/null 2>&1; then
    echo "test_spark: SKIPPED: no java on PATH (PySpark needs a Java 17 runtime, e.g. apt-get install openjdk-17-jre-headless)"
    exit 0
fi

VENV=${WHOSAID_SPARK_VENV:-$ROOT/target/spark-venv}
if ! "$VENV/bin/python" -c "import pyspark, sys; sys.exit(not pyspark.__version__.startswith('3.5.'))" 2>/dev/null; then
    echo "test_spark: installing pyspark 3.5.x into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==3.5.*"
fi

cargo build --release --quiet --bin whosaid
BIN=$ROOT/target/release/whosaid

WORK=$(mktemp -d "$ROOT/target/spark-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$VENV/bin/python" scripts/spark/make_shards.py corpus "$WORK/shards" 8
mapfile -t SHARDS < <(cd "$WORK/shards" && LC_ALL=C ls | LC_ALL=C sort | sed "s|^|$WORK/shards/|")
[ "${#SHARDS[@]}" -eq 8 ] || { echo "test_spark: FAIL: expected 8 shards, got ${#SHARDS[@]}"; exit 1; }

export PYSPARK_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=127.0.0.1
started=$(date +%s%N)
"$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
    --files "$BIN" \
    scripts/spark/whosaid_spark.py --whosaid whosaid --input "$WORK/shards" --out "$WORK/merged" \
    -- --format csv,jsonl \
    2> "$WORK/spark.log" || { tail -n 40 "$WORK/spark.log"; echo "test_spark: FAIL: the driver failed"; exit 1; }
spark_ms=$(( ($(date +%s%N) - started) / 1000000 ))
grep '^whosaid_spark:' "$WORK/spark.log" || true

"$BIN" extract "${SHARDS[@]}" --out "$WORK/single" --format csv,jsonl --quiet

status=0
for f in documents.csv sentences.csv entities.csv quotes.csv documents.jsonl; do
    if cmp -s "$WORK/single/$f" "$WORK/merged/$f"; then
        echo "test_spark: $f identical ($(wc -l < "$WORK/merged/$f") lines)"
    else
        echo "test_spark: FAIL: $f differs between the Spark run and one plain run"
        status=1
    fi
done
rows=$(grep -c ',ok,' "$WORK/merged/documents.csv" || true)
[ "$rows" -eq 294 ] || { echo "test_spark: FAIL: expected 294 ok documents, got $rows"; status=1; }
[ ! -e "$WORK/merged/_shards" ] || { echo "test_spark: FAIL: task folders left behind"; status=1; }

# A task that fails (unreadable shard) is reported and nothing is merged.
mkdir -p "$WORK/bad" && printf 'not gzip' > "$WORK/bad/broken.jsonl.gz" && cp "${SHARDS[0]}" "$WORK/bad/"
if "$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false --files "$BIN" \
    scripts/spark/whosaid_spark.py --whosaid whosaid --input "$WORK/bad" --out "$WORK/bad-out" \
    -- --strict > "$WORK/bad.log" 2>&1; then
    echo "test_spark: FAIL: a failing task did not fail the job"; status=1
elif ! grep -q 'exited 1 for .*broken.jsonl.gz' "$WORK/bad.log" || [ -e "$WORK/bad-out/documents.csv" ]; then
    tail -n 20 "$WORK/bad.log"; echo "test_spark: FAIL: the failing task was not reported"; status=1
else
    echo "test_spark: a failing task is reported and nothing is merged"
fi

if [ $status -eq 0 ]; then
    echo "test_spark: Spark local[2] run took $((spark_ms / 1000)).$(( (spark_ms % 1000) / 100 )) s"
    echo "test_spark: 1 passed, 0 failed"
else
    echo "test_spark: 0 passed, 1 failed"
fi
exit $status
