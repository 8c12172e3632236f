#!/bin/sh
# Transliteration quality and speed.
#   Scripts/eval-translit.sh [N_ERRORS]
# 1. The model alone (--no-glossary) on both held-out test files: exact match against the
#    preferred and any accepted spelling (case, hyphen, diacritic insensitive) and CER.
# 2. Speed, one process on one core: model names/s (--no-glossary) and lexicon-hit names/s
#    (default cascade) over the distinct Arabic words of the Wikidata training file, start-up
#    subtracted, in wall time and in CPU time (the fair figure on a shared machine).
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
import resource, subprocess, sys, time
qamus, tmp = sys.argv[1], sys.argv[2]
words = open(f"{tmp}/words.txt", encoding="utf-8").read()
n = words.count("\n")
def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
def run(args, text):
    """Best of 3: (wall seconds, CPU seconds) of one process."""
    best = (float("inf"), float("inf"))
    for _ in range(3):
        t, c = time.perf_counter(), cpu()
        subprocess.run([qamus, "translit", *args], input=text, capture_output=True, text=True, check=True)
        best = min(best, (time.perf_counter() - t, cpu() - c))
    return best
for label, args in (("model (--no-glossary)", ["--no-glossary"]),
                    ("lexicon hits (default cascade)", ["--db", f"{tmp}/empty.sqlite"])):
    (w0, c0), (w1, c1) = run(args, "بوتين\n"), run(args, words)
    print(f"{label}: {n} names; wall {w1:.3f}s (start-up {w0:.3f}s) -> {n / max(w1 - w0, 1e-9):,.0f} names/s; "
          f"CPU {c1:.3f}s (start-up {c0:.3f}s) -> {n / max(c1 - c0, 1e-9):,.0f} names per CPU-second")
PY
