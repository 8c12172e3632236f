#!/usr/bin/env python3
"""Train Qamus's Arabic -> English name transliteration model (standard library only).

The model is a joint-sequence ("graphone") n-gram model, the design of Sequitur
G2P and Phonetisaurus:

1. Alignment.  Every training pair (Arabic word, English spelling) is aligned so
   that each Arabic letter takes a chunk of 0..MAX_CHUNK English letters
   (ب -> "b", ي -> "ee", ا -> "", و -> "ou").  The chunk may hold the short
   vowels Arabic does not write.  A unigram graphone model is fitted with EM
   (forward-backward over the alignment lattice); the Viterbi alignment under
   the final model turns each pair into a graphone sequence.
2. An n-gram model over graphones with interpolated modified Kneser-Ney
   smoothing, written in back-off form (log10 p, log10 back-off weight).
3. The n-grams are stored in an open-addressing hash table that the Swift
   decoder (Sources/QamusCore/Transliteration/GraphoneModel.swift) reads in
   place from the embedded bytes, so loading costs nothing.

Only the training files are read; any path ending in "-test.tsv" is refused.

Usage (from the repository root):
    python3 Tools/translit/train_translit.py                 # writes Data/translit/graphone.qtm
    python3 Tools/translit/train_translit.py --dev 0.05      # hold out 5% of train groups, report dev accuracy
"""
from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ngram_model import (BOS, EOS, LETTER_IDS, PyDecoder, english_model, kneser_ney,  # noqa: E402
                         prune, sequence_logprob, write_model)

MAX_CHUNK = 3

# ------------------------------------------------------------------ text

_PERSIAN = {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06aa": "\u0643", "\u06c1": "\u0647",
            "\u06be": "\u0647", "\u06d5": "\u0647", "\u06c0": "\u0629", "\u06d0": "\u064a"}
_LATIN_SPECIAL = {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
                  "æ": "ae", "œ": "oe", "ħ": "h"}


def arabic_letters(s: str) -> str:
    """The model's view of an Arabic word: letters only, no diacritics or tatweel,
    Persian forms folded (mirrors GraphoneModel's input folding in Swift)."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        ch = _PERSIAN.get(ch, ch)
        o = ord(ch)
        if 0x0621 <= o <= 0x063A or 0x0641 <= o <= 0x064A or ch in "\u067e\u0686\u06a4\u06af":
            out.append(ch)
    return "".join(out)


def strip_article(ar: str, en: str):
    """The model spells stems: a leading ال is dropped (the decoder drops it too, and the
    name conventions put "al-" back), with "al"/"el" on the English side if present."""
    if len(ar) > 3 and ar.startswith("\u0627\u0644"):
        ar = ar[2:]
        if en[:2] in ("al", "el") and len(en) > 4:
            en = en[2:]
    return ar, en


def english_letters(s: str) -> str:
    s = "".join(_LATIN_SPECIAL.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if "a" <= c <= "z")


# Letters whose diacritic marks a different sound (š = sh, č = ch, ş = sh). Folded to s/c
# they teach ش → "s" too, but English news folds them the same way (Cavusoglu), and
# leaving them out measured worse on a dev split (26.1% against 26.8%).
SOUND_MARKED = set("šžčşçćğřśźżđňťľŝĉĝĵ")


def load_pairs(paths):
    """(arabic, english, marked) triples; marked: the spelling has a SOUND_MARKED letter."""
    pairs = []
    for path in paths:
        if path.endswith("-test.tsv"):
            sys.exit(f"refusing to train on a held-out test file: {path}")
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or " " in parts[0].strip() or " " in parts[1].strip():
                    continue
                marked = bool(SOUND_MARKED & set(parts[1].lower()))
                ar, en = strip_article(arabic_letters(parts[0]), english_letters(parts[1]))
                if not ar or not en or len(en) > MAX_CHUNK * len(ar) or len(ar) > 40:
                    continue
                pairs.append((ar, en, marked))
    # dedupe, keep order
    seen, out = set(), []
    for p in pairs:
        if p[:2] not in seen:
            seen.add(p[:2])
            out.append(p)
    return out


# ------------------------------------------------------------------ EM alignment

def em_align(pairs, iterations):
    """Fits unigram graphone probabilities with EM; returns Viterbi graphone sequences."""
    prob = defaultdict(lambda: 1e-3)
    # initial: uniform-ish, favour one English letter per Arabic letter
    init = {0: 0.15, 1: 0.5, 2: 0.3, 3: 0.05}
    for ar, en in pairs:
        for i, a in enumerate(ar):
            for j in range(len(en) + 1):
                for k in range(MAX_CHUNK + 1):
                    if j + k <= len(en):
                        prob[(a, en[j:j + k])] = init[k]
    prob = dict(prob)
    for it in range(iterations):
        counts = defaultdict(float)
        total_ll = 0.0
        for ar, en in pairs:
            n, m = len(ar), len(en)
            fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            fwd[0][0] = 1.0
            for i in range(n):
                a = ar[i]
                row, nxt = fwd[i], fwd[i + 1]
                for j in range(m + 1):
                    f = row[j]
                    if f == 0.0:
                        continue
                    for k in range(min(MAX_CHUNK, m - j) + 1):
                        p = prob.get((a, en[j:j + k]), 0.0)
                        if p:
                            nxt[j + k] += f * p
            z = fwd[n][m]
            if z <= 0.0:
                continue
            total_ll += math.log(z)
            bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
            bwd[n][m] = 1.0
            for i in range(n - 1, -1, -1):
                a = ar[i]
                row, nxt = bwd[i], bwd[i + 1]
                frow = fwd[i]
                for j in range(m + 1):
                    acc = 0.0
                    for k in range(min(MAX_CHUNK, m - j) + 1):
                        b = nxt[j + k]
                        if b == 0.0:
                            continue
                        key = (a, en[j:j + k])
                        p = prob.get(key, 0.0)
                        if p:
                            acc += p * b
                            if frow[j]:
                                counts[key] += frow[j] * p * b / z
                    row[j] = acc
        total = sum(counts.values())
        prob = {k: v / total for k, v in counts.items() if v / total > 1e-7}
        print(f"  EM iteration {it + 1}: log-likelihood {total_ll:.1f}, graphones {len(prob)}", file=sys.stderr)
    # Viterbi
    seqs = []
    logp = {k: math.log(v) for k, v in prob.items()}
    for ar, en in pairs:
        n, m = len(ar), len(en)
        best = [[-1e300] * (m + 1) for _ in range(n + 1)]
        back = [[0] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        for i in range(n):
            a = ar[i]
            for j in range(m + 1):
                s = best[i][j]
                if s <= -1e299:
                    continue
                for k in range(min(MAX_CHUNK, m - j) + 1):
                    lp = logp.get((a, en[j:j + k]))
                    if lp is not None and s + lp > best[i + 1][j + k]:
                        best[i + 1][j + k] = s + lp
                        back[i + 1][j + k] = k
        if best[n][m] <= -1e299:
            continue
        seq, j = [], m
        for i in range(n, 0, -1):
            k = back[i][j]
            seq.append((ar[i - 1], en[j - k:j]))
            j -= k
        seq.reverse()
        seqs.append(seq)
    return seqs


# ------------------------------------------------------------------ main

def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data", "names"),
                    help="folder with the training TSVs (default ../shared/data/names)")
    ap.add_argument("--files", default="wikidata-persons-coling2018.tsv,google-ar2en.tsv,cldr-places.tsv")
    ap.add_argument("--out", default=os.path.join(root, "Data", "translit", "graphone.qtm"))
    ap.add_argument("--order", type=int, default=6)
    ap.add_argument("--em", type=int, default=8, help="EM iterations")
    ap.add_argument("--min-count", default="1,1,1,2", help="min raw count per order, from order 1 (last value repeats)")
    ap.add_argument("--dev", type=float, default=0.0, help="hold out this share of train words for a dev score; no model written")
    ap.add_argument("--beam", type=int, default=8)
    ap.add_argument("--lm-order", type=int, default=8, help="order of the English letter model")
    ap.add_argument("--lm-min-count", default="1,1,1,2")
    ap.add_argument("--lm-weight", type=float, default=0.35, help="weight of the English letter model in rescoring")
    ap.add_argument("--length-weight", type=float, default=0.1, help="log10 bonus per English letter in rescoring")
    ap.add_argument("--lm-out", default=os.path.join(root, "Data", "translit", "english.qtm"))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--grid", action="store_true", help="with --dev: try rescoring weights")
    ap.add_argument("--drop-marked", action="store_true",
                    help="leave out spellings with š, č, ş, … (by default kept, folded to s, c, as English news writes them)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    t0 = time.time()
    paths = [os.path.join(args.data, f) for f in args.files.split(",")]
    triples = load_pairs(paths)
    pairs = [(a, e) for a, e, _ in triples]
    marked = {(a, e) for a, e, m in triples if m}
    print(f"{len(pairs)} training pairs from {', '.join(os.path.basename(p) for p in paths)}", file=sys.stderr)
    dev = {}
    if args.dev > 0:
        # group spelling variants the way the held-out test split did (hamza/alef, ى/ي, ة/ه, ؤ/و, ئ/ي)
        loose = str.maketrans("أإآؤئىة", "اااوييه")
        words = sorted({a.translate(loose) for a, _ in pairs})
        random.Random(args.seed).shuffle(words)
        held = set(words[:int(len(words) * args.dev)])
        for a, e in pairs:
            if a.translate(loose) in held:
                dev.setdefault(a, []).append(e)
        pairs = [p for p in pairs if p[0].translate(loose) not in held]
    if args.drop_marked:
        pairs = [p for p in pairs if p not in marked]
        print(f"{len(pairs)} pairs after leaving out {len(marked)} spellings with š, č, ş, …", file=sys.stderr)
    seqs = em_align(pairs, args.em)
    gid = {("", "<s>"): BOS, ("", "</s>"): EOS}
    graphones = [("", ""), ("", "")]
    sentences = []
    for seq in seqs:
        ids = []
        for g in seq:
            if g not in gid:
                gid[g] = len(graphones)
                graphones.append(g)
            ids.append(gid[g])
        sentences.append(ids)
    model, raw = kneser_ney(sentences, args.order)
    mins = [0] + [int(x) for x in args.min_count.split(",")]
    model = prune(model, raw, mins)
    print(f"{len(graphones)} graphones, {len(model)} n-grams (order {args.order}) in {time.time() - t0:.0f}s", file=sys.stderr)
    lm, lm_table = english_model([e for _, e in pairs], args.lm_order, [0] + [int(x) for x in args.lm_min_count.split(",")])
    print(f"English letter model: {len(lm)} n-grams (order {args.lm_order})", file=sys.stderr)

    def rescore(cands):
        return sorted(((out, s + args.lm_weight * sequence_logprob(lm, [LETTER_IDS[c] for c in out], args.lm_order)
                        + args.length_weight * len(out)) for out, s in cands), key=lambda x: -x[1])
    if dev:
        dec = PyDecoder(model, graphones, args.order, args.beam)
        hit = oracle = plain = 0
        items = list(dev.items())[:1500]
        grid = defaultdict(int)
        for a, refs in items:
            out = dec.decode(a, nbest=args.beam)
            if args.grid:
                lms = [sequence_logprob(lm, [LETTER_IDS[c] for c in o], args.lm_order) for o, _ in out]
                for w in (0.2, 0.35, 0.5, 0.75, 1.0):
                    for b in (-0.1, 0.0, 0.1, 0.2, 0.3):
                        best = max(range(len(out)), key=lambda i: out[i][1] + w * lms[i] + b * len(out[i][0]), default=None)
                        grid[(w, b)] += best is not None and out[best][0] in refs
            plain += bool(out) and out[0][0] in refs
            out = rescore(out)
            hit += bool(out) and out[0][0] in refs
            oracle += any(o[0] in refs for o in out)
            if args.errors and not (out and out[0][0] in refs):
                args.errors -= 1
                print(a, out[:3], refs, file=sys.stderr)
        for (w, b), h in sorted(grid.items(), key=lambda x: -x[1])[:5]:
            print(f"  letter-model weight {w}, length weight {b}: {h / len(items):.3f}", file=sys.stderr)
        print(f"dev: {hit / len(items):.3f} exact (any variant) rescored, {plain / len(items):.3f} without the letter model, "
              f"{oracle / len(items):.3f} in the {args.beam} best, on {len(items)} words", file=sys.stderr)
        return 0
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    slots = write_model(args.out, model, graphones, args.order)
    print(f"wrote {args.out}: {os.path.getsize(args.out)} bytes, {slots} slots", file=sys.stderr)
    slots = write_model(args.lm_out, lm, lm_table, args.lm_order)
    print(f"wrote {args.lm_out}: {os.path.getsize(args.lm_out)} bytes, {slots} slots", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
