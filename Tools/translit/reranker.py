"""The n-best re-ranker of Qamus's transliteration model (standard library only).

The graphone decoder proposes an n-best list; a log-linear model over a few
features of each candidate picks the winner.  Features (mirrored in
Sources/QamusCore/Transliteration/NBestReranker.swift, same order):

  0  joint log10 p, left to right (the decoder's score)
  1  joint log10 p of the same graphones under the right-to-left model
  2  log10 p of the spelling under the English letter model
  3  the joint score minus the best joint score in the list
  4  1 for the decoder's first choice
  5  log(1 + rank)
  6  English letters
  7  English letters per Arabic letter
  8  doubled letters ("ll", "ss")
  9  vowels next to vowels ("ou", "ie")
 10  the spelling ends in a vowel (a e i o u y)
 11  "ou" count
 12  "ee" count
 13  "y" count
 14  "w" count
 15  "oo" count
 16  graphones with no English letters
 17  "h" after a consonant other than c, s, t, g, k, p, z ("dh", "rh")
 18  log10 of the summed probability of the spelling's alignments in the final beam,
     minus the best alignment's
plus sparse indicator weights (context_keys; ContextFeatureWeights.swift in Swift): each
graphone (Arabic letter, English chunk) with the Arabic letter before it ("p") and after
it ("n"), "#" at the word's edges, and optionally the English letter trigrams ("t"), or
(--bias, off) one bias per graphone.  They learn the o/u, e/i and doubled-letter choices
the n-gram models leave open, where the training lists show them often enough.

Training maximises the log-probability of the correct candidates (softmax over
each list, L2-regularised, AdaGrad) on n-best lists of words held out from the
models that produced them.
"""
from __future__ import annotations

import math
import random
from collections import defaultdict

VOWELS = set("aeiouy")
FEATURES = 19


def features(arabic_len, cands, r2l_scores, lm_scores):
    """cands: [(text, l2r score, graphones as (Arabic letter, English chunk), log10 summed p)],
    best first; returns one vector per candidate."""
    best = cands[0][1]
    out = []
    for rank, (text, s, gs, lse) in enumerate(cands):
        n = len(text)
        doubles = pairs_vv = ou = ee = oo = h_after = 0
        for i in range(1, n):
            a, b = text[i - 1], text[i]
            if a == b:
                doubles += 1
            if a in VOWELS and b in VOWELS:
                pairs_vv += 1
            if a == "o" and b == "u":
                ou += 1
            if a == "e" and b == "e":
                ee += 1
            if a == "o" and b == "o":
                oo += 1
            if b == "h" and a not in VOWELS and a not in "cstgkpzh":
                h_after += 1
        out.append([
            s, r2l_scores[rank], lm_scores[rank], s - best,
            1.0 if rank == 0 else 0.0, math.log(1 + rank),
            float(n), n / max(arabic_len, 1), float(doubles), float(pairs_vv),
            1.0 if n and text[-1] in VOWELS else 0.0,
            float(ou), float(ee), float(text.count("y")), float(text.count("w")), float(oo),
            float(sum(1 for g in gs if not g[1])), float(h_after), lse - s,
        ])
    return out


BOUNDARY = "#"


def context_keys(cand_graphones, text, templates="pnt"):
    """Sparse indicator features of one candidate: each graphone with the Arabic letter
    before it ("p"), with the one after it ("n") (# at the word's edges), and the English
    letter trigrams of "#" + text + "#" ("t"). Returned as tuples; repeated keys count twice."""
    keys = []
    gs = cand_graphones
    k = len(gs)
    for i, (a, e) in enumerate(gs):
        if "p" in templates:
            keys.append(("p", gs[i - 1][0] if i else BOUNDARY, a, e))
        if "n" in templates:
            keys.append(("n", gs[i + 1][0] if i + 1 < k else BOUNDARY, a, e))
    if "t" in templates:
        padded = BOUNDARY + text + BOUNDARY
        for i in range(len(padded) - 2):
            keys.append(("t", padded[i:i + 3]))
    return keys


def train(lists, epochs=30, l2=1e-4, rate=0.1, seed=7, sparse_l2=1e-3, sparse=True):
    """lists: [(vectors, graphone keys per candidate, correct flags)];
    returns (dense weights, {graphone key: bias})."""
    lists = [x for x in lists if any(x[2]) and len(x[0]) > 1]
    # scale features to unit spread for the optimiser; fold back at the end
    dim = FEATURES
    spread = [1.0] * dim
    for j in range(dim):
        vals = [x[j] for v, _, _ in lists for x in v]
        mean = sum(vals) / len(vals)
        var = sum((x - mean) ** 2 for x in vals) / len(vals)
        spread[j] = math.sqrt(var) or 1.0
    scaled = [([[x[j] / spread[j] for j in range(dim)] for x in v], keys, c) for v, keys, c in lists]
    w = [0.0] * dim
    w[0] = spread[0]  # start from the decoder's own ranking
    w[2] = 0.35 * spread[2]
    w[6] = 0.1 * spread[6]
    g2 = [1e-8] * dim
    bias, bias_g2 = {}, {}
    rng = random.Random(seed)
    order = list(range(len(scaled)))
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            v, keys, c = scaled[k]
            zs = [sum(wj * xj for wj, xj in zip(w, x)) + (sum(bias.get(g, 0.0) for g in ks) if sparse else 0.0)
                  for x, ks in zip(v, keys)]
            top = max(zs)
            es = [math.exp(z - top) for z in zs]
            tot = sum(es)
            good = sum(e for e, ok in zip(es, c) if ok)
            grad = [0.0] * dim
            sgrad = defaultdict(float)
            for x, ks, e, ok in zip(v, keys, es, c):
                coef = (e / good if ok else 0.0) - e / tot
                if coef:
                    for j in range(dim):
                        grad[j] += coef * x[j]
                    if sparse:
                        for g in ks:
                            sgrad[g] += coef
            for j in range(dim):
                gj = grad[j] - l2 * w[j]
                g2[j] += gj * gj
                w[j] += rate * gj / math.sqrt(g2[j])
            for g, gj in sgrad.items():
                if abs(gj) < 1e-12:
                    continue
                b = bias.get(g, 0.0)
                gj -= sparse_l2 * b
                bias_g2[g] = bias_g2.get(g, 1e-8) + gj * gj
                bias[g] = b + rate * gj / math.sqrt(bias_g2[g])
    return [w[j] / spread[j] for j in range(dim)], {g: b for g, b in bias.items() if abs(b) >= 1e-3}


def score(weights, bias, vector, keys):
    return sum(w * x for w, x in zip(weights, vector)) + sum(bias.get(g, 0.0) for g in keys)


def pick(weights, bias, vectors, keys):
    """Index of the best-scoring candidate."""
    return max(range(len(vectors)), key=lambda i: score(weights, bias, vectors[i], keys[i]))
