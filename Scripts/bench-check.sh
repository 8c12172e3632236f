#!/usr/bin/env bash
# Speed (and sanity) of `qamus check` on a ~5,000-word Arabic article with its human
# English translation, built from the sentence-parallel UD PUD set in ../shared
# (CC BY-SA 3.0; read in place, never copied into the repository).
#
#   Scripts/bench-check.sh [WORDS]       (default 5000)
#
# Prints wall time (best of 5 runs of the release binary), sentence counts, how many
# gold sentence pairs end up in the same bead (the gold alignment is pair i ↔ pair i,
# whatever the segmenter made of it), and the
# findings by check — on a human translation, term/number errors are false positives
# or real translation differences worth a look.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
words=${1:-5000}
qamus="${QAMUS:-$root/.build/release/qamus}"
if [ ! -x "$qamus" ]; then (cd "$root" && swift build -c release --product qamus >/dev/null); fi

# Part 1 (no external data): the seed article with one sentence left out of its
# translation at a time (is each omission reported?), and with two neighbouring
# sentences merged into one (does a merge cause false errors?).
python3 - "$qamus" "$root" <<'PY'
import json, subprocess, sys, tempfile, os
qamus, root = sys.argv[1], sys.argv[2]
src = f"{root}/Examples/soleimani-moscow.ar.txt"
gloss = f"{root}/Glossaries/news-seed-glossary.tsv"
seg = subprocess.run([qamus, "segment", f"{root}/Examples/soleimani-moscow.en.txt"], capture_output=True, text=True).stdout
paras = [[l for l in p.split("\n") if l.strip()] for p in seg.split("\n\n")]
paras = [p for p in paras if p]
flat = [s for p in paras for s in p]
def check(paragraphs):
    with tempfile.NamedTemporaryFile("w", suffix=".en.txt", delete=False) as f:
        f.write("\n\n".join(" ".join(p) for p in paragraphs if p)); name = f.name
    out = subprocess.run([qamus, "check", src, "--translation", name, "--glossary", gloss, "--format", "json"], capture_output=True, text=True).stdout
    os.unlink(name)
    return json.loads(out)["findings"]
caught = 0
for k in range(len(flat)):
    left = [[s for s in p if s is not flat[k]] for p in paras]
    findings = check(left)
    caught += any(f["check"] == "missing-translation" and k in f["source_sentences"] for f in findings)
false = 0
for k in range(len(flat) - 1):
    merged = flat[:k] + [flat[k].rstrip(".") + "; " + flat[k + 1]] + flat[k + 2:]
    false += any(f["severity"] == "error" for f in check([[s] for s in merged]))
print(f"seed omissions reported as missing-translation: {caught}/{len(flat)}; "
      f"merges of two sentences with a false error: {false}/{len(flat) - 1}")
PY

# Part 2: speed and alignment on UD PUD.
parallel="$root/../shared/data/ud/pud_ar_en_parallel.jsonl"
if [ ! -f "$parallel" ]; then echo "skipped: $parallel not found" >&2; exit 3; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$parallel" "$work" "$words" <<'PY'
import json, sys
path, out, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
ar, en, n = [], [], 0
for line in open(path, encoding="utf-8"):
    row = json.loads(line)
    ar.append(row["ar"].strip()); en.append(row["en"].strip())
    n += len(row["ar"].split())
    if n >= want: break
para = lambda xs: "\n\n".join(" ".join(xs[i:i + 4]) for i in range(0, len(xs), 4)) + "\n"
open(f"{out}/article.ar.txt", "w", encoding="utf-8").write(para(ar))
open(f"{out}/article.en.txt", "w", encoding="utf-8").write(para(en))
json.dump({"ar": ar, "en": en}, open(f"{out}/gold.json", "w", encoding="utf-8"))
print(f"article: {n} Arabic words, {sum(len(e.split()) for e in en)} English words, {len(ar)} sentence pairs")
PY
args=(check "$work/article.ar.txt" --translation "$work/article.en.txt" --glossary "$root/Glossaries/news-seed-glossary.tsv" --format json)
best=""
for _ in 1 2 3 4 5; do
    start=$(date +%s.%N)
    "$qamus" "${args[@]}" > "$work/report.json" || [ $? -eq 1 ]
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" -eq 1 ]; then best=$t; fi
done
echo "qamus check: best of 5 = ${best}s"
python3 - "$work/report.json" "$work/gold.json" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1], encoding="utf-8"))
gold = json.load(open(sys.argv[2], encoding="utf-8"))

def gold_ids(segmented, golden):
    """Per segmented sentence, the gold sentence ids it overlaps (by offsets without spaces)."""
    ends, total = [], 0
    for g in golden:
        total += len("".join(g.split())); ends.append(total)
    ids, pos = [], 0
    for s in segmented:
        n = len("".join(s.split())); lo, hi = pos, pos + n; pos = hi
        ids.append({i for i, e in enumerate(ends) if e > lo and (ends[i - 1] if i else 0) < hi})
    return ids

src_ids = gold_ids(d["sentences"]["source"], gold["ar"])
tgt_ids = gold_ids(d["sentences"]["target"], gold["en"])
right = 0
for i in range(len(gold["ar"])):
    bead = next(b for b in d["alignment"] if any(i in src_ids[s] for s in b["source"]))
    right += any(i in tgt_ids[t] for t in bead["target"])
n = len(gold["ar"])
print(f"sentences after segmentation: {len(src_ids)} source, {len(tgt_ids)} target; {len(d['alignment'])} beads; "
      f"gold pairs aligned together: {right}/{n} ({100 * right / n:.1f}%)")
print("findings:", dict(collections.Counter(f["check"] for f in d["findings"])))
PY
