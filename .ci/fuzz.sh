#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time, starting from the committed
# seeds in fuzz/seeds/TARGET (new inputs go to fuzz/corpus/TARGET, not committed).
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   space-separated targets (default: all in fuzz/Cargo.toml)
# A crash or hang makes the script fail; libFuzzer leaves the input in
# fuzz/artifacts/TARGET/ — turn it into a regression test in tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never
# cargo-fuzz passes nightly-only flags (-Z sanitizer, -C passes=sancov…) to rustc;
# the stable toolchain accepts them with RUSTC_BOOTSTRAP=1.
export RUSTC_BOOTSTRAP=1
SECS="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-segment quotes gazetteer jsonl}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz: installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked
fi

cargo fuzz build -O
summary=()
for t in $TARGETS; do
    mkdir -p "fuzz/corpus/$t"
    log="fuzz/corpus/$t.log"
    echo "fuzz: $t for ${SECS}s"
    if ! cargo fuzz run -O "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$SECS" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
        >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz: $t FAILED (input saved under fuzz/artifacts/$t/)"
        exit 1
    fi
    runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -n 1 || true)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
    summary+=("$t: ${runs:-no stats} (${cov:-cov: ?}), corpus $(ls "fuzz/corpus/$t" | wc -l) inputs")
done
printf 'fuzz: %s\n' "${summary[@]}"
