#!/bin/sh
# Transliteration quality and speed.
#   Scripts/eval-translit.sh [N_ERRORS]
# 1. The model alone (--no-glossary) on both held-out test files: exact match against the
#    preferred and any accepted spelling (case, hyphen, diacritic insensitive) and CER.
# 2. Speed, single process: model names/s (--no-glossary) and lexicon-hit names/s (default
#    cascade) over the distinct Arabic words of the Wikidata training file, start-up subtracted.
# Needs ../shared (data and scorer; set QAMUS_SHARED elsewhere); builds the release binary first.
set -eu
cd "$(dirname "$0")/.."
SHARED=${QAMUS_SHARED:-../shared}
NAMES="$SHARED/data/names"
if [ ! -f "$SHARED/tools/eval_translit.py" ]; then
    echo "eval-translit: $SHARED/tools/eval_translit.py not found (set QAMUS_SHARED)" >&2
    exit 2
fi
swift build -c release --product qamus >/dev/null
QAMUS=.build/release/qamus
for test in wikidata-persons-coling2018-test google-ar2en-test; do
    echo "## $test (model alone)"
    python3 "$SHARED/tools/eval_translit.py" "$NAMES/$test.tsv" \
        --cmd "$QAMUS translit --no-glossary" --label "qamus --no-glossary" --errors "${1:-0}"
    echo
done
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cut -f1 "$NAMES/wikidata-persons-coling2018.tsv" | sort -u > "$TMP/words.txt"
python3 - "$QAMUS" "$TMP" <<'PY'
import subprocess, sys, time
qamus, tmp = sys.argv[1], sys.argv[2]
words = open(f"{tmp}/words.txt", encoding="utf-8").read()
n = words.count("\n")
def run(args, text):
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([qamus, "translit", *args], input=text, capture_output=True, text=True, check=True)
        best = min(best, time.perf_counter() - t)
    return best
for label, args in (("model (--no-glossary)", ["--no-glossary"]),
                    ("lexicon hits (default cascade)", ["--db", f"{tmp}/empty.sqlite"])):
    start = run(args, "بوتين\n")
    total = run(args, words)
    print(f"{label}: {n} names in {total:.3f}s, start-up {start:.3f}s -> {n / max(total - start, 1e-9):,.0f} names/s")
PY
