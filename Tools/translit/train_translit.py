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
3. The same sequences right to left give a second graphone model, and an English
   letter model is trained on the English side; a log-linear re-ranker
   (reranker.py) over the decoder's 16-best list is fitted on n-best lists of 10%
   of the train groups decoded by models trained on the other 90%.
4. The n-grams are stored in an open-addressing hash table that the Swift
   decoder (Sources/QamusCore/Transliteration/GraphoneModel.swift) reads in
   place from the embedded bytes, so loading costs nothing.

Only the training files are read; any path ending in "-test.tsv" is refused.

Usage (from the repository root):
    python3 Tools/translit/train_translit.py                 # writes Data/translit/*.qtm and rerank.tsv
    python3 Tools/translit/train_translit.py --dev 0.05      # hold out 5% of train groups, report dev accuracy
    python3 Tools/translit/train_translit.py --dev 0.05 --cache /tmp/nbest.pkl   # reuse n-best lists
"""
from __future__ import annotations

import argparse
import os
import pickle
import random
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reranker  # noqa: E402
from graphone_aligner import MAX_CHUNK, em_align  # noqa: E402
from ngram_model import (BOS, EOS, LETTER_IDS, PyDecoder, english_model, kneser_ney,  # noqa: E402
                         prune, sequence_logprob, write_model)


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


LOOSE = str.maketrans("أإآؤئىة", "اااوييه")


def split_groups(pairs, share, seed, part=0):
    """(held-out, rest): whole groups of spelling variants (hamza/alef, ى/ي, ة/ه, ؤ/و, ئ/ي
    folded, as the held-out test split grouped them) go to one side. `part` k holds out the
    k-th slice of `share` of the shuffled groups (disjoint folds)."""
    words = sorted({a.translate(LOOSE) for a, _ in pairs})
    random.Random(seed).shuffle(words)
    size = int(len(words) * share)
    held = set(words[part * size:(part + 1) * size])
    return [p for p in pairs if p[0].translate(LOOSE) in held], [p for p in pairs if p[0].translate(LOOSE) not in held]


class Models:
    pass


def build_models(pairs, args):
    """Aligns the pairs and trains the left-to-right and right-to-left graphone models
    and the English letter model."""
    m = Models()
    seqs = em_align(pairs, args.em, args.drop_worst)
    gid = {("", "<s>"): BOS, ("", "</s>"): EOS}
    m.graphones = [("", ""), ("", "")]
    sentences = []
    for seq in seqs:
        ids = []
        for g in seq:
            if g not in gid:
                gid[g] = len(m.graphones)
                m.graphones.append(g)
            ids.append(gid[g])
        sentences.append(ids)
    mins = [0] + [int(x) for x in args.min_count.split(",")]
    model, raw = kneser_ney(sentences, args.order)
    m.model = prune(model, raw, mins)
    r2l, raw = kneser_ney([s[::-1] for s in sentences], args.order)
    m.r2l = prune(r2l, raw, [0] + [int(x) for x in args.r2l_min_count.split(",")])
    print(f"{len(m.graphones)} graphones, {len(m.model)} n-grams (order {args.order}), {len(m.r2l)} right-to-left",
          file=sys.stderr)
    m.lm, m.lm_table = english_model([e for _, e in pairs], args.lm_order,
                                     [0] + [int(x) for x in args.lm_min_count.split(",")])
    m.decoder = PyDecoder(m.model, m.graphones, args.order, args.beam)
    m.r2l_decoder = PyDecoder(m.r2l, m.graphones, args.order, max(args.r2l_beam, 1))
    return m


def raw_list(m, ar, refs, args):
    """(arabic, references, n-best [(text, score, graphones, summed score)], R2L and letter-model scores)."""
    cands = m.decoder.decode(ar, nbest=args.beam, with_graphones=True)
    if args.r2l_beam:
        # the right-to-left model's own n-best (decoded from the last letter), scored left to right
        known = {c[0] for c in cands}
        for _, _, gs, _ in m.r2l_decoder.decode(ar[::-1], nbest=args.r2l_beam, with_graphones=True):
            gs = tuple(reversed(gs))
            text = "".join(m.graphones[g][1] for g in gs)
            if text not in known:
                known.add(text)
                s = sequence_logprob(m.model, list(gs), args.order)
                cands.append((text, s, gs, s))
        cands.sort(key=lambda c: -c[1])
    r2l = [sequence_logprob(m.r2l, list(reversed(gs)), args.order) for _, _, gs, _ in cands]
    lms = [sequence_logprob(m.lm, [LETTER_IDS[c] for c in o], args.lm_order) for o, _, _, _ in cands]
    cands = [(o, s, tuple(m.graphones[g] for g in gs), lse) for o, s, gs, lse in cands]
    return ar, refs, cands, r2l, lms


def with_features(raw, window):
    """(arabic, references, n-best, feature vectors) from a raw_list; only the candidates
    within `window` (log10) of the decoder's best are re-ranked."""
    ar, refs, cands, r2l, lms = raw
    keep = [i for i, c in enumerate(cands) if c[1] >= cands[0][1] - window]
    cands, r2l, lms = [cands[i] for i in keep], [r2l[i] for i in keep], [lms[i] for i in keep]
    return ar, refs, cands, reranker.features(len(ar), cands, r2l, lms) if cands else []


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
    ap.add_argument("--beam", type=int, default=16)
    ap.add_argument("--lm-order", type=int, default=8, help="order of the English letter model")
    ap.add_argument("--lm-min-count", default="1,1,1,2")
    ap.add_argument("--lm-weight", type=float, default=0.35, help="weight of the English letter model in rescoring")
    ap.add_argument("--length-weight", type=float, default=0.1, help="log10 bonus per English letter in rescoring")
    ap.add_argument("--r2l-min-count", default="1,1,1,2", help="--min-count for the right-to-left model")
    ap.add_argument("--r2l-out", default=os.path.join(root, "Data", "translit", "graphone-r2l.qtm"))
    ap.add_argument("--rerank-out", default=os.path.join(root, "Data", "translit", "rerank.tsv"))
    ap.add_argument("--rerank-share", type=float, default=0.1, help="share of train groups held out for re-ranker lists")
    ap.add_argument("--drop-worst", type=float, default=0.0,
                    help="leave out this share of the pairs with the least likely alignments")
    ap.add_argument("--r2l-beam", type=int, default=0,
                    help="add the right-to-left model's n-best (this many) to the list before re-ranking "
                         "(dev +0.2 points, but the second decode costs a third of the speed: off)")
    ap.add_argument("--folds", type=int, default=3, help="re-ranker lists from this many disjoint held-out slices")
    ap.add_argument("--rerank-words", type=int, default=6000, help="at most this many held-out words for re-ranker lists")
    ap.add_argument("--window", type=float, default=2.0,
                    help="re-rank only candidates within this (log10) of the decoder's best")
    ap.add_argument("--cache", help="pickle of the n-best lists (re-ranker experiments without retraining)")
    ap.add_argument("--bias", action="store_true",
                    help="re-ranker with a bias per graphone (dev: 28.8-29.7%% against 29.5%% without; off)")
    ap.add_argument("--bias-l2", type=float, default=1e-3)
    ap.add_argument("--sparse", default="pn", help="sparse re-ranker feature templates: p (graphone + previous "
                    "Arabic letter), n (+ next letter), t (English letter trigrams); empty: none")
    ap.add_argument("--sparse-min", type=int, default=10, help="keep sparse features seen in at least this many lists")
    ap.add_argument("--sparse-l2", type=float, default=1.0)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--lm-out", default=os.path.join(root, "Data", "translit", "english.qtm"))
    ap.add_argument("--errors", type=int, default=0)
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
        held_pairs, pairs = split_groups(pairs, args.dev, args.seed)
        for a, e in held_pairs:
            dev.setdefault(a, []).append(e)
    if args.drop_marked:
        pairs = [p for p in pairs if p not in marked]
        print(f"{len(pairs)} pairs after leaving out {len(marked)} spellings with š, č, ş, …", file=sys.stderr)
    cache = None
    if args.cache and not dev:
        sys.exit("--cache is for --dev experiments")
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as f:
            cache = pickle.load(f)
        fold_lists, dev_lists, m = cache["fold"], cache["dev"], None
    else:
        fold_lists = []
        for k in range(args.folds):
            held_pairs, rest = split_groups(pairs, args.rerank_share, args.seed + 1, part=k)
            print(f"re-ranker fold {k + 1}/{args.folds}: models on {len(rest)} pairs, n-best lists of "
                  f"{len(held_pairs)} held-out pairs", file=sys.stderr)
            fold = build_models(rest, args)
            held = {}
            for a, e in held_pairs:
                held.setdefault(a, []).append(e)
            fold_lists += [raw_list(fold, a, refs, args) for a, refs in list(held.items())[:args.rerank_words]]
        m = build_models(pairs, args)
        dev_lists = [raw_list(m, a, refs, args) for a, refs in list(dev.items())[:1500]]
        if args.cache:
            with open(args.cache, "wb") as f:
                pickle.dump({"fold": fold_lists, "dev": dev_lists}, f)
    def keys_of(cands):
        if args.sparse:
            return [reranker.context_keys(c[2], c[0], args.sparse) for c in cands]
        return [[g for g in c[2]] for c in cands]

    lists = [(feats, keys_of(cands), [c[0] in refs for c in cands])
             for _, refs, cands, feats in (with_features(x, args.window) for x in fold_lists) if cands]
    if args.sparse:
        # keep the sparse features seen in at least --sparse-min lists (fewer, less noise)
        seen = {}
        for _, keys, _ in lists:
            for k in {k for ks in keys for k in ks}:
                seen[k] = seen.get(k, 0) + 1
        keep = {k for k, c in seen.items() if c >= args.sparse_min}
        lists = [(v, [[k for k in ks if k in keep] for ks in keys], c) for v, keys, c in lists]
        print(f"re-ranker: {len(keep)} of {len(seen)} sparse features kept", file=sys.stderr)
    weights, bias = reranker.train(lists, sparse=args.bias or bool(args.sparse),
                                   sparse_l2=args.sparse_l2 if args.sparse else args.bias_l2,
                                   epochs=args.epochs)
    print("re-ranker weights: " + " ".join(f"{w:.4g}" for w in weights) + f"; {len(bias)} sparse weights", file=sys.stderr)
    if dev:
        hit = oracle = plain = base = 0
        n = len(dev_lists)
        for x in dev_lists:
            a, refs, cands, vecs = with_features(x, args.window)
            if not cands:
                continue
            plain += cands[0][0] in refs
            b = max(range(len(cands)), key=lambda i: vecs[i][0] + args.lm_weight * vecs[i][2] + args.length_weight * vecs[i][6])
            base += cands[b][0] in refs
            r = reranker.pick(weights, bias, vecs, keys_of(cands))
            hit += cands[r][0] in refs
            oracle += any(c[0] in refs for c in cands)
            if args.errors and cands[r][0] not in refs:
                args.errors -= 1
                print(a, [c[0] for c in cands[:4]], cands[r][0], refs, file=sys.stderr)
        print(f"dev: {hit / n:.3f} re-ranked, {base / n:.3f} letter-model rescoring, {plain / n:.3f} decoder alone, "
              f"{oracle / n:.3f} in the {args.beam} best, on {n} words", file=sys.stderr)
        return 0
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    slots = write_model(args.out, m.model, m.graphones, args.order)
    print(f"wrote {args.out}: {os.path.getsize(args.out)} bytes, {slots} slots", file=sys.stderr)
    slots = write_model(args.r2l_out, m.r2l, m.graphones, args.order)
    print(f"wrote {args.r2l_out}: {os.path.getsize(args.r2l_out)} bytes, {slots} slots", file=sys.stderr)
    slots = write_model(args.lm_out, m.lm, m.lm_table, args.lm_order)
    print(f"wrote {args.lm_out}: {os.path.getsize(args.lm_out)} bytes, {slots} slots", file=sys.stderr)
    with open(args.rerank_out, "w", encoding="utf-8") as f:
        f.write("# Qamus transliteration n-best re-ranker: one weight per feature (see Tools/translit/reranker.py)\n")
        f.write(f"beam\t{args.beam}\n")
        f.write(f"window\t{args.window}\n")
        if args.r2l_beam:
            f.write(f"r2lbeam\t{args.r2l_beam}\n")
        for i, w in enumerate(weights):
            f.write(f"{i}\t{w:.6g}\n")
        for key, b in sorted(bias.items()):
            if b != 0.0:
                f.write("\t".join(key if args.sparse else ("g",) + tuple(key)) + f"\t{b:.4g}\n")
    print(f"wrote {args.rerank_out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
