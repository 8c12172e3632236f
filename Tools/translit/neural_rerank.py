"""The neural model as one more re-ranking feature over the graphone model's 16-best list
(part of the neural-ceiling experiment, Tools/translit/neural_ceiling.py --rerank QAMUS).

score(candidate) = re-ranker score (log10 units, as NBestReranker computes it)
                   + w * neural log-probability of the candidate's letters (natural log).

The weight w is fitted on the dev split's 16-best lists from train_translit.py's own pipeline
(`--dev 0.05 --cache FILE`: graphone models and re-ranker trained without the dev words), because
the shipped Swift model has seen the dev words (its lists on dev are over-confident). The shipped
Swift binary then decodes the test files (`qamus translit --no-glossary --candidates 16 --format
json`), its relative scores give the re-ranker score gaps (log10(score_i / score_0)), and w is
applied unchanged.
"""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import numpy as np

from neural_model import BOS, EOS, pad_to
from train_translit import english_letters, with_features
import reranker


def neural_scores(params, seq_logprob, vocab, pairs, batch=256):
    """Natural-log probability of each (arabic stem, english letters) pair under the neural model."""
    out = np.zeros(len(pairs))
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][0]), len(pairs[i][1])))
    for b0 in range(0, len(order), batch):
        idx = order[b0:b0 + batch]
        s = pad_to(max(len(pairs[i][0]) for i in idx))
        t = pad_to(max(len(pairs[i][1]) for i in idx) + 1)
        src = np.zeros((batch, s), np.int32)
        tin = np.zeros((batch, t), np.int32)
        tout = np.zeros((batch, t), np.int32)
        src[:, 0] = 3
        for r, i in enumerate(idx):
            a, e = vocab.encode_src(pairs[i][0]), vocab.encode_tgt(pairs[i][1])
            src[r, :len(a)] = a
            tin[r, 0] = BOS
            tin[r, 1:len(e) + 1] = e
            tout[r, :len(e)] = e
            tout[r, len(e)] = EOS
        lp = np.asarray(seq_logprob(params, src, tin, tout))
        for r, i in enumerate(idx):
            out[i] = lp[r]
    return out


def dev_lists(cache_path, window=2.0):
    """[(arabic stem, references, [(text, re-ranker score)])] for the dev words, scored by a re-ranker
    trained on the cached fold lists exactly as train_translit.py does (dense + sparse p/n features)."""
    with open(cache_path, "rb") as f:
        cache = pickle.load(f)

    def keys_of(cands):
        return [reranker.context_keys(c[2], c[0], "pn") for c in cands]

    lists = [(feats, keys_of(cands), [c[0] in refs for c in cands])
             for _, refs, cands, feats in (with_features(x, window) for x in cache["fold"]) if cands]
    seen = {}
    for _, keys, _ in lists:
        for k in {k for ks in keys for k in ks}:
            seen[k] = seen.get(k, 0) + 1
    keep = {k for k, c in seen.items() if c >= 10}
    lists = [(v, [[k for k in ks if k in keep] for ks in keys], c) for v, keys, c in lists]
    weights, bias = reranker.train(lists, sparse=True, sparse_l2=1.0, epochs=30)
    out = []
    for raw in cache["dev"]:
        a, refs, cands, vecs = with_features(raw, window)
        keys = keys_of(cands)
        scored = [(c[0], reranker.score(weights, bias, v, k)) for c, v, k in zip(cands, vecs, keys)]
        lowest = min((s for _, s in scored), default=0.0)
        edge = raw[2][0][1] - window if raw[2] else 0.0
        # candidates outside the window follow below, keeping their decoder gaps (as in Swift)
        scored += [(c[0], lowest - 1 + (c[1] - edge)) for c in raw[2] if c[1] < edge]
        out.append((a, refs, scored))
    return out


def pick(lists, nn, w):
    """Index of the best candidate in each list under re-ranker score + w * neural score."""
    picks, at = [], 0
    for _, _, cands in lists:
        best = max(range(len(cands)), key=lambda i: cands[i][1] + w * nn[at + i]) if cands else -1
        picks.append(best)
        at += len(cands)
    return picks


def swift_lists(qamus, names, model_input, count=16):
    """The shipped Swift model's n-best per test name: [(stem, [(letters, relative log10 score)])]."""
    proc = subprocess.run([qamus, "translit", "--no-glossary", "--candidates", str(count), "--format", "json"],
                          input="\n".join(names) + "\n", capture_output=True, text=True, check=True)
    out = []
    for name, line in zip(names, proc.stdout.splitlines()):
        rec = json.loads(line)
        cands = rec.get("candidates") or []
        top = max((c["score"] for c in cands), default=1.0)
        scored, seen = [], set()
        for c in cands:
            text = english_letters(c["text"])
            if text and text not in seen and c["score"] > 0:
                seen.add(text)
                scored.append((text, float(np.log10(c["score"] / top))))
        out.append((model_input(name), scored))
    return out


def dev_overlap(cache_path, nn_best):
    """Item by item on dev: is the re-ranked graphone choice right, the Transformer's own beam
    choice (nn_best: stem -> letters) right, both, either; and is the Transformer's choice in the
    graphone 16-best at all."""
    lists = dev_lists(cache_path)
    g = [bool(c) and max(c, key=lambda x: x[1])[0] in refs for _, refs, c in lists]
    t = [nn_best.get(a, "") in refs for a, refs, _ in lists]
    inlist = [nn_best.get(a, "") in {x[0] for x in c} for a, _, c in lists]
    n = len(lists)
    both = sum(x and y for x, y in zip(g, t))
    print(f"dev overlap ({n} words): graphone right {100 * sum(g) / n:.1f}%, Transformer right "
          f"{100 * sum(t) / n:.1f}%, both {100 * both / n:.1f}%, either {100 * (sum(g) + sum(t) - both) / n:.1f}%; "
          f"Transformer's choice in the graphone 16-best {100 * sum(inlist) / n:.1f}%")


def rerank_experiment(args, params, seq_logprob, vocab, dev, ev, names_dir, model_input):
    cache = args.rerank_cache
    if not os.path.exists(cache):
        sys.exit(f"--rerank needs {cache}: python3 Tools/translit/train_translit.py --dev 0.05 --cache {cache}")
    lists = dev_lists(cache)
    pairs = [(a, c[0]) for a, _, cands in lists for c in cands]
    nn = neural_scores(params, seq_logprob, vocab, pairs)
    n = len(lists)
    oracle = sum(any(c[0] in refs for c in cands) for _, refs, cands in lists) / n
    print(f"rerank dev: {n} lists from train_translit.py --dev 0.05 (oracle {100 * oracle:.1f}%)")
    best_w, best_acc = 0.0, -1.0
    for w in [0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 1e3]:
        picks = pick(lists, nn, w)
        acc = sum(p >= 0 and lists[i][2][p][0] in lists[i][1] for i, p in enumerate(picks)) / n
        print(f"  w {w:g}: dev exact {100 * acc:.1f}%")
        if acc > best_acc:
            best_w, best_acc = w, acc
    print(f"rerank: w = {best_w:g} (dev {100 * best_acc:.1f}%)")
    for test in args.tests.split(","):
        refs = ev.load_tsv(os.path.join(names_dir, test), None)
        names = list(refs)
        lists_t = swift_lists(args.rerank, names, model_input)
        pairs = [(a, c[0]) for a, cands in lists_t for c in cands]
        nn = neural_scores(params, seq_logprob, vocab, pairs)
        shaped = [(a, [], cands) for a, cands in lists_t]
        for label, w in (("shipped 16-best, re-ranker alone", 0.0), (f"+ neural, w {best_w:g}", best_w)):
            picks = pick(shaped, nn, w)
            hyps = [cands[p][0] if p >= 0 else "" for (_, _, cands), p in zip(shaped, picks)]
            res = ev.score(refs, hyps)
            print(f"{test} {label}: exact any {100 * res['any']:.1f}%, preferred {100 * res['exact']:.1f}%, "
                  f"CER {res['cer']:.3f}")
        oracle = sum(any(ev.key(c[0]) in [ev.key(v) for v in refs[nm]] for c in cands)
                     for nm, (_, _, cands) in zip(names, shaped)) / len(names)
        print(f"{test}: oracle of the shipped 16-best {100 * oracle:.1f}%")
