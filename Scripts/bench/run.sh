#!/usr/bin/env bash
# Benchmarks for issue 6 (never part of `swift test`): throughput of segment,
# matching and draft, flatness in glossary size, cold start, peak memory, and
# the peers (uroman, ICU, pyahocorasick) side by side on the same corpus.
# Usage: Scripts/bench/run.sh [OUT_DIR]   (default bench-out; needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-bench-out}
SHARED=${SHARED:-../shared}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }

swift build -c release --product qamus >/dev/null
swift build -c release --product qamus-bench >/dev/null
Q=.build/release/qamus
[ -f "$OUT/corpus.txt" ] || python3 Scripts/bench/make_corpus.py --shared "$SHARED" --out "$OUT"
WORDS=$(wc -w < "$OUT/corpus.txt")

for n in 1k 100k 1m; do
  db="$OUT/gloss-$n.sqlite"
  if [ ! -f "$db" ]; then
    echo "== import gloss-$n.tsv"
    /usr/bin/time -f "import $n: %e s, peak %M KB" $Q glossary import "$OUT/gloss-$n.tsv" --db "$db" --on-duplicate skip
  fi
done

echo "== in-process stages (qamus-bench, CPU time of one thread)"
.build/release/qamus-bench "$OUT"

rate() { python3 -c "import sys; print(f'{int(sys.argv[1])/float(sys.argv[2]):,.0f} words/s')" "$WORDS" "$1"; }
wall() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); python3 -c "print(f'{$e-$s:.3f}')"; }

echo "== qamus segment --sentences (1 core, whole corpus)"
t=$(wall $Q segment --sentences "$OUT/corpus.txt"); echo "$t s, $(rate "$t")"

for n in 1k 100k 1m; do
  echo "== qamus draft --jsonl, all cores, gloss-$n (wall; CPU seconds and peak memory beside)"
  /usr/bin/time -f "%e %U %M" -o "$OUT/time.txt" $Q draft --jsonl --quiet --db "$OUT/gloss-$n.sqlite" "$OUT/corpus.jsonl" >/dev/null
  read -r t u m < "$OUT/time.txt"
  echo "$t s, $(rate "$t"); $u s CPU, peak $((m / 1024)) MB"
done
echo "== fixed start-up of draft --jsonl (one one-line document: loading the whole glossary, lexicons and model)"
echo '{"id": "1", "text": "قال بوتين"}' > "$OUT/one.jsonl"
for n in 1k 100k 1m; do
  /usr/bin/time -f "gloss-$n: %e s wall, %U s CPU" $Q draft --jsonl --quiet --db "$OUT/gloss-$n.sqlite" "$OUT/one.jsonl" >/dev/null
done
echo "== peak memory: draft --jsonl with gloss-1m"
/usr/bin/time -f "%e s, peak %M KB" $Q draft --jsonl --quiet --db "$OUT/gloss-1m.sqlite" "$OUT/corpus.jsonl" >/dev/null

echo "== cold start: draft of a one-sentence file, 100k-entry database (10 runs)"
echo "قال الرئيس الروسي فلاديمير بوتين في موسكو إن وزير الدفاع سيرغي شويغو زار طهران." > "$OUT/small.txt"
for i in $(seq 10); do /usr/bin/time -f "%e" $Q draft "$OUT/small.txt" --db "$OUT/gloss-100k.sqlite" 2>&1 >/dev/null; done | sort -n | awk '{a[NR]=$1} END {print "min " a[1] " s, median " a[int((NR+1)/2)] " s"}'

echo "== peers (PyPI, in a virtual environment)"
VENV=${VENV:-.venv-bench}
[ -x "$VENV/bin/python" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q uroman pyahocorasick pyicu; }
"$VENV/bin/python" Scripts/bench/peers.py "$OUT" "$OUT/gloss-100k.tsv"
# pyahocorasick with the other glossary sizes, beside qamus-bench's "match" lines above.
for n in 1k 1m; do "$VENV/bin/python" Scripts/bench/peers.py "$OUT" "$OUT/gloss-$n.tsv" ahocorasick; done
