#!/usr/bin/env bash
# Measures the glossary store with a release build:
#   1. import of N (default 100,000) synthetic entries: wall time and peak memory;
#   2. search latency on that database (Arabic through clitics, Arabic prefix, English prefix),
#      inside the store (--timing) and end to end per process;
#   3. concurrent writers: 4 processes x 25 `qamus glossary add` into one new database.
# Usage: Scripts/bench-store.sh [N]      (needs python3 and /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SCRATCH=${SCRATCH:-.build-release}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/qamus-bench.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

swift build -c release --scratch-path "$SCRATCH" --product qamus >/dev/null
Q="$SCRATCH/release/qamus"
export XDG_DATA_HOME="$OUT/xdg"

# Synthetic glossary: unique Arabic terms of 1-3 words, English renderings, types, some variants and notes.
python3 - "$N" "$OUT/synthetic.tsv" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20261129)
letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
latin = "bcdfghjklmnpqrstvwz"; vowels = "aeiou"
def word(i):
    w = "".join(rng.choice(letters) for _ in range(rng.randint(2, 5)))
    while i:
        w += letters[i % 28]; i //= 28
    return w
def eng():
    return " ".join("".join(rng.choice(latin) + rng.choice(vowels) for _ in range(rng.randint(2, 4))).capitalize()
                    for _ in range(rng.randint(1, 3)))
types = ["person", "place", "organization", "term"]
with open(path, "w", encoding="utf-8") as f:
    f.write("arabic\tenglish\ttype\tnote\tvariants\n")
    for i in range(n):
        ar = " ".join([word(i)] + [word(0) for _ in range(rng.randint(0, 2))])
        if rng.random() < 0.3: ar = "ال" + ar
        variants = "|".join(eng() for _ in range(rng.randint(0, 2)))
        note = "synthetic note %d" % i if rng.random() < 0.2 else ""
        f.write(f"{ar}\t{eng()}\t{types[i % 4]}\t{note}\t{variants}\n")
PY
echo "== import of $N entries ($(du -h "$OUT/synthetic.tsv" | cut -f1) TSV)"
echo "\$ /usr/bin/time $Q glossary import --db big.sqlite synthetic.tsv"
/usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB max RSS" "$Q" glossary import --db "$OUT/big.sqlite" "$OUT/synthetic.tsv"
ls -l "$OUT/big.sqlite" | awk '{print "database size: " $5 " bytes"}'

echo "== loading every entry (what a matcher index needs at start-up): export to /dev/null"
/usr/bin/time -f "%e s wall, %U s user, %M KB max RSS" "$Q" glossary export --db "$OUT/big.sqlite" --format tsv >/dev/null

echo "== search latency on $N entries"
AR=$(sed -n '5000p' "$OUT/synthetic.tsv" | cut -f1 | cut -d' ' -f1)
EN=$(sed -n '7000p' "$OUT/synthetic.tsv" | cut -f2 | cut -d' ' -f1)
for q in "و$AR" "ب$AR" "${AR:0:3}" "$EN" "${EN:0:3}" "quds"; do
    for run in 1 2 3; do
        "$Q" glossary search --db "$OUT/big.sqlite" --timing --format tsv "$q" 2>&1 >/dev/null | sed "s/^/  [$q] /"
    done
done
echo "end to end (process start, open, search, print), 20 runs:"
START=$(date +%s%N)
for i in $(seq 1 20); do "$Q" glossary search --db "$OUT/big.sqlite" "و$AR" >/dev/null; done
END=$(date +%s%N)
echo "  $(( (END - START) / 20000000 )) ms per search process"

echo "== concurrent writers: 4 processes x 25 adds"
for w in 1 2 3 4; do
    ( for i in $(seq 1 25); do "$Q" glossary add --db "$OUT/busy.sqlite" "كلمة$w-$i" "word $w-$i" --quiet >/dev/null || echo "FAILED: writer $w add $i"; done ) &
done
wait
"$Q" glossary stats --db "$OUT/busy.sqlite" --json | grep '"entries"'
"$Q" glossary doctor --db "$OUT/big.sqlite"
