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
import struct
import sys
import time
import unicodedata
from collections import defaultdict

MAX_CHUNK = 3
BOS, EOS = 0, 1
MASK64 = (1 << 64) - 1

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


def english_letters(s: str) -> str:
    s = "".join(_LATIN_SPECIAL.get(c, c) for c in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if "a" <= c <= "z")


def load_pairs(paths):
    pairs = []  # (arabic, english, group_key)
    for path in paths:
        if path.endswith("-test.tsv"):
            sys.exit(f"refusing to train on a held-out test file: {path}")
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2 or " " in parts[0].strip() or " " in parts[1].strip():
                    continue
                ar, en = arabic_letters(parts[0]), english_letters(parts[1])
                if not ar or not en or len(en) > MAX_CHUNK * len(ar) or len(ar) > 40:
                    continue
                pairs.append((ar, en))
    # dedupe, keep order
    seen, out = set(), []
    for p in pairs:
        if p not in seen:
            seen.add(p)
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


# ------------------------------------------------------------------ n-gram model

def kneser_ney(sentences, order):
    """Interpolated modified Kneser-Ney; returns {ngram tuple: [log10 p, log10 bow]}
    and raw counts for pruning.  Tuples are in natural order (oldest first)."""
    raw = [defaultdict(int) for _ in range(order + 1)]
    for s in sentences:
        toks = [BOS] + s + [EOS]
        for i in range(1, len(toks)):
            for n in range(1, order + 1):
                if i - n + 1 < 0:
                    break
                raw[n][tuple(toks[i - n + 1:i + 1])] += 1
    # raw counts of contexts that start with BOS only ((BOS,) itself)
    adj = [dict() for _ in range(order + 1)]
    adj[order] = dict(raw[order])
    for n in range(order - 1, 0, -1):
        left = defaultdict(int)
        for g in raw[n + 1]:
            left[g[1:]] += 1
        a = adj[n]
        for g, c in raw[n].items():
            a[g] = c if g[0] == BOS else left.get(g, c)
    vocab = {g[0] for g in raw[1]}
    probs = {}
    gammas = {}
    for n in range(1, order + 1):
        coc = defaultdict(int)
        for c in adj[n].values():
            if c <= 4:
                coc[c] += 1
        n1, n2, n3, n4 = (max(coc[i], 1) for i in (1, 2, 3, 4))
        y = n1 / (n1 + 2 * n2)
        d = [0.0, max(0.05, 1 - 2 * y * n2 / n1), max(0.05, 2 - 3 * y * n3 / n2), max(0.05, 3 - 4 * y * n4 / n3)]
        hist = defaultdict(lambda: [0, 0, 0, 0])  # total, N1, N2, N3+
        for g, c in adj[n].items():
            h = hist[g[:-1]]
            h[0] += c
            h[min(c, 3)] += 1
        for h, (tot, c1, c2, c3) in hist.items():
            gammas[h] = (d[1] * c1 + d[2] * c2 + d[3] * c3) / tot
        for g, c in adj[n].items():
            tot = hist[g[:-1]][0]
            lower = probs[g[1:]] if n > 1 else 1.0 / len(vocab)
            probs[g] = (c - d[min(c, 3)]) / tot + gammas[g[:-1]] * lower
    model = {}
    for g, p in probs.items():
        bow = gammas.get(g)
        model[g] = [math.log10(p), math.log10(bow) if bow else 0.0]
    if (BOS,) not in model:
        model[(BOS,)] = [-99.0, math.log10(gammas[(BOS,)]) if (BOS,) in gammas else 0.0]
    else:
        model[(BOS,)][0] = -99.0
    return model, raw


def prune(model, raw, min_counts):
    """Drops n-grams whose raw count is below min_counts[n] (orders >= 2)."""
    out = {}
    for g, v in model.items():
        n = len(g)
        if n >= 2 and n < len(min_counts) and raw[n].get(g, 0) < min_counts[n]:
            continue
        if n >= len(min_counts) and raw[n].get(g, 0) < min_counts[-1]:
            continue
        out[g] = v
    # keep prefix-closure (every context of a kept n-gram is kept)
    for g in list(out):
        for k in range(1, len(g)):
            if g[:k] not in out and g[:k] in model:
                out[g[:k]] = model[g[:k]]
    return out


# ------------------------------------------------------------------ decoder (for dev tuning)

class PyDecoder:
    def __init__(self, model, graphones, order, beam):
        self.model, self.order, self.beam = model, order, beam
        self.by_letter = defaultdict(list)
        for gid, (a, e) in enumerate(graphones):
            if gid > EOS and (gid,) in model:
                self.by_letter[a].append(gid)
        for a in self.by_letter:
            self.by_letter[a].sort(key=lambda g: -model[(g,)][0])
        self.graphones = graphones

    def score(self, ctx, g):
        """ctx: tuple oldest-first. Returns (log10 p, new ctx)."""
        m = self.model
        best, match = m[(g,)][0], 0
        for j in range(1, len(ctx) + 1):
            e = m.get(ctx[-j:] + (g,))
            if e is None:
                break
            best, match = e[0], j
        for i in range(match + 1, len(ctx) + 1):
            e = m.get(ctx[-i:])
            if e is not None:
                best += e[1]
        new = (ctx[-match:] if match else ()) + (g,)
        return best, new[-(self.order - 1):]

    def decode(self, ar, nbest=1, max_cands=40):
        hyps = [(0.0, (BOS,), "")]
        for a in ar:
            cands = self.by_letter.get(a, [])[:max_cands]
            nxt = {}
            for sc, ctx, out in hyps:
                for g in cands:
                    lp, nctx = self.score(ctx, g)
                    key = (nctx, out + self.graphones[g][1])
                    s = sc + lp
                    if key not in nxt or nxt[key][0] < s:
                        nxt[key] = (s, nctx, out + self.graphones[g][1])
            hyps = sorted(nxt.values(), key=lambda h: -h[0])[:self.beam]
            if not hyps:
                return []
        final = {}
        for sc, ctx, out in hyps:
            lp, _ = self.score(ctx, EOS)
            s = sc + lp
            final[out] = max(final.get(out, -1e9), s)
        return sorted(final.items(), key=lambda x: -x[1])[:nbest]


# ------------------------------------------------------------------ binary writer

FNV_OFFSET, FNV_PRIME = 0xCBF29CE484222325, 0x100000001B3


def mix64(z):
    z ^= z >> 33
    z = (z * 0xFF51AFD7ED558CCD) & MASK64
    z ^= z >> 33
    z = (z * 0xC4CEB9FE1A85EC53) & MASK64
    z ^= z >> 33
    return z


def key_hash(ids_recent_first):
    h = FNV_OFFSET
    for i in ids_recent_first:
        h = ((h ^ i) * FNV_PRIME) & MASK64
    return mix64(h)


def write_model(path, model, graphones, order):
    """Layout (little endian), read in place by GraphoneModel.swift:
    header  "QTM1" u32 version=2 u32 order u32 graphoneCount u32 slotCount u32 bigramCount
    graphones  graphoneCount x (u16 arabicScalar, u8 length, u8 pad, 4 bytes ASCII chunk)
    slots  slotCount x (u32 fingerprint (0 = empty), f16 log10 p, f16 log10 back-off)
    bigrams  bigramCount x (u32 previous, u32 next), sorted: the graphones seen after each
             graphone, so the decoder looks up longer n-grams only where they can exist
    The slot of an n-gram is mix64(FNV-1a over its graphone ids, most recent first)
    & (slotCount-1), linear probing; the fingerprint is the hash's high 32 bits (0 -> 1)."""
    n = len(model)
    slots = 1
    while slots < n / 0.72:
        slots <<= 1
    table = bytearray(8 * slots)
    used = bytearray(slots)
    for g, (lp, bow) in model.items():
        z = key_hash(reversed(g))
        fp = (z >> 32) & 0xFFFFFFFF or 1
        s = z & (slots - 1)
        while used[s]:
            s = (s + 1) & (slots - 1)
        used[s] = 1
        struct.pack_into("<Iee", table, 8 * s, fp, max(lp, -60000.0), bow)
    bigrams = sorted(g for g in model if len(g) == 2)
    with open(path, "wb") as f:
        f.write(b"QTM1")
        f.write(struct.pack("<IIIII", 2, order, len(graphones), slots, len(bigrams)))
        for a, e in graphones:
            code = ord(a) if a else 0
            f.write(struct.pack("<HBB4s", code, len(e), 0, e.encode("ascii")))
        f.write(table)
        for a, b in bigrams:
            f.write(struct.pack("<II", a, b))
    return slots


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
    ap.add_argument("--em", type=int, default=6, help="EM iterations")
    ap.add_argument("--min-count", default="1,1,1,2", help="min raw count per order, from order 1 (last value repeats)")
    ap.add_argument("--dev", type=float, default=0.0, help="hold out this share of train words for a dev score; no model written")
    ap.add_argument("--beam", type=int, default=10)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    t0 = time.time()
    paths = [os.path.join(args.data, f) for f in args.files.split(",")]
    pairs = load_pairs(paths)
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
    if dev:
        dec = PyDecoder(model, graphones, args.order, args.beam)
        hit = oracle = 0
        items = list(dev.items())[:1500]
        for a, refs in items:
            out = dec.decode(a, nbest=5)
            hit += bool(out) and out[0][0] in refs
            oracle += any(o[0] in refs for o in out)
            if args.errors and not (out and out[0][0] in refs):
                args.errors -= 1
                print(a, out[:3], refs, file=sys.stderr)
        print(f"dev: {hit / len(items):.3f} exact (any variant), {oracle / len(items):.3f} in the 5 best, on {len(items)} words", file=sys.stderr)
        return 0
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    slots = write_model(args.out, model, graphones, args.order)
    print(f"wrote {args.out}: {os.path.getsize(args.out)} bytes, {slots} slots", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
