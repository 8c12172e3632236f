#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs each for RUNS inputs
# (default 1,000,000) on its seed corpus. Crashers are saved in Fuzz/Crashers/<target>/;
# copy them into Tests/QamusStoreTests/FuzzRegressionTests.swift once fixed.
# Usage: Fuzz/run.sh [TARGET...]   (default: all six)
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-1000000}
TARGETS=${*:-FuzzTSV FuzzCSV FuzzTBX FuzzNormalizer FuzzSegmenter FuzzMatcher}
for t in $TARGETS; do
    swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$t" >/dev/null
done
BIN=$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --show-bin-path)
SHARED=../../shared/data   # read-only extra seeds when the shared data sits beside the checkout
for t in $TARGETS; do
    mkdir -p "Corpus/$t" "Crashers/$t" "work/$t"
    EXTRA=()
    case $t in
        FuzzTSV) [ -d "$SHARED/names" ] && EXTRA+=("$SHARED/names") ;;
        FuzzNormalizer|FuzzSegmenter) [ -d "$SHARED/ud" ] && EXTRA+=("$SHARED/ud") ;;
    esac
    echo "== $t: $RUNS runs"
    "$BIN/$t" -runs="$RUNS" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="Crashers/$t/" "work/$t" "Corpus/$t" "${EXTRA[@]}" 2>&1 | grep -E "^#[0-9]+ *DONE|stat::number_of_executed_units|ERROR|SUMMARY|Done" || true
done
