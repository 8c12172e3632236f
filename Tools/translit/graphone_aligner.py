"""EM alignment of Arabic letters with English chunks for Qamus's graphone model
(standard library only; used by train_translit.py)."""
from __future__ import annotations

import math
import sys
from collections import defaultdict

MAX_CHUNK = 3


def em_align(pairs, iterations, drop_worst=0.0):
    """Fits unigram graphone probabilities with EM; returns Viterbi graphone sequences,
    without the `drop_worst` share of pairs whose alignment is least likely per Arabic
    letter (translations and mismatched pairs rather than spellings)."""
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
        seqs.append((best[n][m] / n, seq))
    if drop_worst > 0:
        cut = sorted(s for s, _ in seqs)[int(len(seqs) * drop_worst)]
        seqs = [x for x in seqs if x[0] >= cut]
    return [seq for _, seq in seqs]
