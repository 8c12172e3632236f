"""Back-off n-gram models for Qamus's transliteration model (standard library only):
interpolated modified Kneser-Ney over id sequences, pruning, scoring, a small beam
decoder for dev tuning, and the binary writer that GraphoneModel.swift reads.
Used by train_translit.py."""
from __future__ import annotations

import math
import struct
from collections import defaultdict

BOS, EOS = 0, 1
MASK64 = (1 << 64) - 1


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


# ------------------------------------------------------------------ English letter model

LETTER_IDS = {c: i + 2 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}


def english_model(spellings, order, min_counts):
    """A letter n-gram over English spellings, used to rescore the graphone model's
    n-best list (same file format: "graphones" with no Arabic letter, one English letter)."""
    model, raw = kneser_ney([[LETTER_IDS[c] for c in e] for e in sorted(set(spellings))], order)
    model = prune(model, raw, min_counts)
    table = [("", ""), ("", "")] + [("", c) for c in "abcdefghijklmnopqrstuvwxyz"]
    return model, table


def sequence_logprob(model, ids, order):
    """log10 P(ids + </s>) under a back-off model (mirrors GraphoneModel.score in Swift)."""
    ctx, total = (BOS,), 0.0
    for g in list(ids) + [EOS]:
        best, match = model.get((g,), (-7.0, 0.0))[0], 0
        for j in range(1, len(ctx) + 1):
            e = model.get(ctx[-j:] + (g,))
            if e is None:
                break
            best, match = e[0], j
        for i in range(match + 1, len(ctx) + 1):
            e = model.get(ctx[-i:])
            if e is not None:
                best += e[1]
        total += best
        ctx = ((ctx[-match:] if match else ()) + (g,))[-(order - 1):]
    return total


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

    def decode(self, ar, nbest=1, max_cands=32, with_graphones=False):
        """The nbest spellings [(text, log10 p)], or [(text, log10 p, graphone ids)]."""
        hyps = [(0.0, (BOS,), "", ())]
        for a in ar:
            cands = self.by_letter.get(a, [])[:max_cands]
            nxt = {}
            for sc, ctx, out, gs in hyps:
                for g in cands:
                    lp, nctx = self.score(ctx, g)
                    text = out + self.graphones[g][1]
                    key = (nctx, text)
                    s = sc + lp
                    if key not in nxt or nxt[key][0] < s:
                        nxt[key] = (s, nctx, text, gs + (g,))
            hyps = sorted(nxt.values(), key=lambda h: -h[0])[:self.beam]
            if not hyps:
                return []
        final = {}
        for sc, ctx, out, gs in hyps:
            lp, _ = self.score(ctx, EOS)
            s = sc + lp
            if out not in final:
                final[out] = (s, gs, s)
            else:
                b, bg, tot = final[out]
                hi, lo = max(tot, s), min(tot, s)
                tot = hi + math.log10(1 + 10.0 ** (lo - hi))
                final[out] = (s, gs, tot) if s > b else (b, bg, tot)
        ranked = sorted(final.items(), key=lambda x: -x[1][0])[:nbest]
        if with_graphones:
            # (text, best log10 p, its graphones, log10 of the summed p of the text's alignments)
            return [(o, s, gs, tot) for o, (s, gs, tot) in ranked]
        return [(o, s) for o, (s, _, _) in ranked]


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
