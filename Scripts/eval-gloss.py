#!/usr/bin/env python3
"""Evaluates the English gloss draft on UD PUD against the English originals.

usage: Scripts/eval-gloss.py [--pud FILE] [--names DIR] [--config debug|release] [--no-build] [--bench N]

Runs the systems romanise (every word romanised), names (name lexicon, else romanised),
plain (first lexicon sense, Arabic order, no context rules) and gloss (the draft) with the
`qamus-gloss-eval` driver, and prints corpus chrF2 and BLEU (13a-like tokenisation) on the
tuning half (even sentence index), the held-out half (odd index: report this one) and all,
plus lexicon coverage of non-name Arabic word tokens. Standard library only.
"""
import argparse, json, math, os, re, subprocess, sys, tempfile
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(REPO), "shared")


def char_ngrams(text, n):
    s = "".join(text.split())
    return Counter(s[i:i + n] for i in range(len(s) - n + 1))


def chrf(hyps, refs, order=6, beta=2.0):
    """Corpus chrF (sacrebleu's defaults: char 6-grams, beta 2, whitespace ignored)."""
    match, hyp_total, ref_total = [0] * order, [0] * order, [0] * order
    for h, r in zip(hyps, refs):
        for n in range(1, order + 1):
            hc, rc = char_ngrams(h, n), char_ngrams(r, n)
            match[n - 1] += sum((hc & rc).values())
            hyp_total[n - 1] += sum(hc.values())
            ref_total[n - 1] += sum(rc.values())
    p = sum(m / t for m, t in zip(match, hyp_total) if t) / order
    r = sum(m / t for m, t in zip(match, ref_total) if t) / order
    if p + r == 0:
        return 0.0
    return 100 * (1 + beta ** 2) * p * r / (beta ** 2 * p + r)


def bleu_tokens(s):
    s = re.sub(r"([^\w\s'-])", r" \1 ", s)
    return s.split()


def bleu(hyps, refs, order=4):
    """Corpus BLEU with a simple punctuation-splitting tokeniser (close to sacrebleu 13a)."""
    match, total = [0] * order, [0] * order
    hl = rl = 0
    for h, r in zip(hyps, refs):
        ht, rt = bleu_tokens(h), bleu_tokens(r)
        hl += len(ht); rl += len(rt)
        for n in range(1, order + 1):
            hc = Counter(tuple(ht[i:i + n]) for i in range(len(ht) - n + 1))
            rc = Counter(tuple(rt[i:i + n]) for i in range(len(rt) - n + 1))
            match[n - 1] += sum((hc & rc).values())
            total[n - 1] += max(0, len(ht) - n + 1)
    if min(match) == 0:
        return 0.0
    logp = sum(math.log(m / t) for m, t in zip(match, total)) / order
    bp = 1.0 if hl > rl else math.exp(1 - rl / max(hl, 1))
    return 100 * bp * math.exp(logp)


def main():
    ap = argparse.ArgumentParser(description="chrF2/BLEU of the gloss draft on UD PUD")
    ap.add_argument("--pud", default=os.path.join(SHARED, "data/ud/pud_ar_en_parallel.jsonl"))
    ap.add_argument("--names", default=os.path.join(SHARED, "data/names"))
    ap.add_argument("--config", default="release")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--bench", type=int, default=0, help="also time N passes of tokenize+gloss over PUD")
    ap.add_argument("--keep", help="directory to keep system outputs in")
    a = ap.parse_args()
    if not os.path.exists(a.pud):
        sys.exit(f"eval-gloss: {a.pud} not found (needs ../shared)")
    if not a.no_build:
        subprocess.run(["swift", "build", "-c", a.config, "--product", "qamus-gloss-eval"], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
    exe = os.path.join(REPO, ".build", a.config, "qamus-gloss-eval")
    refs = [json.loads(l)["en"] for l in open(a.pud, encoding="utf-8") if l.strip()]
    out_dir = a.keep or tempfile.mkdtemp(prefix="eval-gloss-")
    os.makedirs(out_dir, exist_ok=True)
    halves = {"tune (even)": lambda i: i % 2 == 0, "held-out (odd)": lambda i: i % 2 == 1, "all": lambda i: True}
    print(f"{'system':<10} " + " ".join(f"{h:>22}" for h in halves))
    print(f"{'':<10} " + " ".join(f"{'chrF2   BLEU':>22}" for _ in halves))
    for system in ["romanise", "names", "plain", "gloss"]:
        out = os.path.join(out_dir, system + ".txt")
        stats = os.path.join(out_dir, system + ".stats")
        subprocess.run([exe, "--input", a.pud, "--system", system, "--names", a.names, "--out", out, "--stats", stats],
                       check=True)
        hyps = open(out, encoding="utf-8").read().split("\n")[:len(refs)]
        cells = []
        for name, keep in halves.items():
            idx = [i for i in range(len(refs)) if keep(i)]
            h, r = [hyps[i] for i in idx], [refs[i] for i in idx]
            cells.append(f"{chrf(h, r):6.1f} {bleu(h, r):6.2f}")
        print(f"{system:<10} " + " ".join(f"{c:>22}" for c in cells))
        if system == "gloss":
            marked = open(out + ".marked", encoding="utf-8").read().split("\n")[:len(refs)]
            odd = [i for i in range(len(refs)) if i % 2]
            print(f"{'  marked':<10} held-out chrF2 with ‹transliteration› marks: {chrf([marked[i] for i in odd], [refs[i] for i in odd]):.1f}")
            total = Counter()
            for line in open(stats, encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if len(parts) > 1 and parts[1]:
                    for kv in parts[1].split(","):
                        k, v = kv.split("=")
                        total[k] += int(v)
            words = sum(total.values())
            names = total["name-lexicon"] + total["lexicon-name"]
            base = words - names
            covered = total["lexicon"]
            print(f"coverage: {covered:,} of {base:,} non-name Arabic word tokens glossed from the lexicon = "
                  f"{100 * covered / max(base, 1):.1f}% ({words:,} Arabic tokens; {names:,} names: "
                  f"{total['name-lexicon']:,} name list, {total['lexicon-name']:,} lexicon proper names; "
                  f"{total['model']:,} transliterated)")
    if a.bench:
        r = subprocess.run([exe, "--input", a.pud, "--system", "gloss", "--names", a.names, "--bench", str(a.bench)],
                           check=True, capture_output=True, text=True)
        print("speed:", r.stdout.strip())


if __name__ == "__main__":
    main()
