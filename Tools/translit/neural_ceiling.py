#!/usr/bin/env python3
"""Neural ceiling for issue #3: a character-level Transformer encoder-decoder (Arabic letters ->
English letters) trained on the same name data as the shipped graphone model, scored with the
same metric. An experiment, not shipped: nothing here is read by the Swift code, and the weights
are written outside the repository (default /tmp/qamus-nn.pkl).

Environment (PyPI only, outside the repo; PyTorch's PyPI wheel needs the CUDA libraries even on
CPU, so JAX is used):
    python3 -m venv /work/venv-nn
    /work/venv-nn/bin/pip install "jax[cpu]" optax        # jax/jaxlib 0.10.2, optax 0.2.8, numpy

One command, from the repository root (one CPU thread; training took 2,260 CPU-seconds, 38
minutes, then the test files are decoded once, ~2 minutes; seed 1 by default):
    XLA_FLAGS="--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1" OMP_NUM_THREADS=1 \\
        /work/venv-nn/bin/python Tools/translit/neural_ceiling.py --seed 1
Add `--rerank .build/release/qamus` for step 5 (first run `python3 Tools/translit/train_translit.py
--dev 0.05 --cache /tmp/qamus-nbest-dev.pkl`, ~5 CPU-minutes). `--no-test` trains and scores dev
only; `--load` reuses the saved weights. Results: Tools/translit/README.md, "Neural ceiling".

What it does:
1. Reads ONLY the train files with train_translit.py's own preprocessing (letters only, Persian
   forms folded, leading ال stripped with "al"/"el" on the English side, lower-case ASCII
   English) and holds out the same dev split (--dev 0.05 by loose key, seed 7, first 1,500
   words), so dev numbers compare with the README's.
2. Trains a pre-LayerNorm Transformer (3+3 layers, d=192, 4 heads, ff 768, 3.2M parameters,
   dropout 0.1, label smoothing 0.1, batch 128, AdamW, 600 warm-up steps then cosine decay) for
   11 epochs; after each epoch it scores dev exact (beam 4) and keeps the best epoch's weights
   (early stopping on dev only).
3. Decodes both *-test.tsv files once (beam --beam) and scores them with
   ../shared/tools/eval_translit.py's own score() (exact preferred, exact any accepted, CER).
4. Times a second decoding pass over the test words: names per CPU-second, one thread.
5. Optional --rerank: the neural log-probability as a feature over the shipped Swift model's
   16-best list (`qamus translit --no-glossary --candidates 16 --format json`), its weight
   fitted on the dev split (where the shipped graphone model has seen the words: see README).

Seeded (--seed, numpy/JAX PRNG); XLA on CPU is deterministic for a fixed thread count.
"""
from __future__ import annotations

import argparse
import math
import os
import pickle
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from train_translit import arabic_letters, load_pairs, split_groups  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import optax  # noqa: E402
from neural_model import (BOS, EN_CHARS, EOS, Vocab, beam_search, init_params,  # noqa: E402
                          make_beam, make_fns, pad_to)


# ------------------------------------------------------------------ data

def batches(examples, size, rng):
    """Length-sorted batches (within shuffled chunks of 50 batches), padded to multiples of 8."""
    perm = rng.permutation(len(examples))
    out = []
    chunk = size * 50
    for c0 in range(0, len(perm), chunk):
        part = sorted(perm[c0:c0 + chunk], key=lambda i: (len(examples[i][0]), len(examples[i][1])))
        for b0 in range(0, len(part), size):
            out.append(part[b0:b0 + size])
    rng.shuffle(out)
    for b in out:
        if len(b) < size:  # a fixed row count keeps the compiled shapes few
            b = list(b) + list(rng.choice(len(examples), size - len(b)))
        s = pad_to(max(len(examples[i][0]) for i in b))
        t = pad_to(max(len(examples[i][1]) for i in b) + 1)
        src = np.zeros((size, s), np.int32)
        tin = np.zeros((size, t), np.int32)
        tout = np.zeros((size, t), np.int32)
        for r, i in enumerate(b):
            a, e = examples[i]
            src[r, :len(a)] = a
            tin[r, 0] = BOS
            tin[r, 1:len(e) + 1] = e
            tout[r, :len(e)] = e
            tout[r, len(e)] = EOS
        yield src, tin, tout


def model_input(word):
    """The decoder's view of one Arabic word, as the Swift model sees it: letters, article stripped."""
    ar = arabic_letters(word)
    if len(ar) > 3 and ar.startswith("\u0627\u0644"):
        ar = ar[2:]
    return ar


def transliterate(params, beam_fns, vocab, names, k, d):
    """One English line per input line: each whitespace-separated word decoded alone."""
    words = sorted({model_input(w) for n in names for w in n.split()} - {""})
    ids = [vocab.encode_src(w) for w in words]
    hyps = beam_search(params, beam_fns, ids, k, d)
    best = {w: vocab.decode_tgt(h[0][0]) if h else "" for w, h in zip(words, hyps)}
    return [" ".join(best.get(model_input(w), "") for w in n.split()) for n in names]


def dev_exact(params, beam_fns, vocab, dev, k, d):
    words = list(dev)
    hyps = beam_search(params, beam_fns, [vocab.encode_src(w) for w in words], k, d)
    hit = 0
    for w, h in zip(words, hyps):
        hit += bool(h) and vocab.decode_tgt(h[0][0]) in dev[w]
    return hit / len(words)


def load_scorer(shared):
    sys.path.insert(0, os.path.join(shared, "tools"))
    import eval_translit  # noqa: E402
    return eval_translit


# ------------------------------------------------------------------ main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--files", default="wikidata-persons-coling2018.tsv,google-ar2en.tsv,cldr-places.tsv")
    ap.add_argument("--tests", default="wikidata-persons-coling2018-test.tsv,google-ar2en-test.tsv")
    ap.add_argument("--d", type=int, default=192)
    ap.add_argument("--ff", type=int, default=768)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--enc", type=int, default=3)
    ap.add_argument("--dec", type=int, default=3)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--smoothing", type=float, default=0.1)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=600)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--epochs", type=int, default=11)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (throughput trials)")
    ap.add_argument("--beam", type=int, default=5)
    ap.add_argument("--dev-beam", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1, help="model seed (the dev split keeps train_translit's seed 7)")
    ap.add_argument("--weights", default="/tmp/qamus-nn.pkl", help="best weights (outside the repo)")
    ap.add_argument("--overlap", action="store_true",
                    help="dev only: compare the Transformer's choices with the graphone model's item by item")
    ap.add_argument("--load", action="store_true", help="skip training; load --weights")
    ap.add_argument("--no-test", action="store_true", help="train and score dev only")
    ap.add_argument("--rerank", help="Swift qamus binary (release): re-rank its 16-best with the neural score")
    ap.add_argument("--rerank-cache", default="/tmp/qamus-nbest-dev.pkl",
                    help="n-best lists from train_translit.py --dev 0.05 --cache FILE (fits the feature's weight)")
    args = ap.parse_args(argv)

    names_dir = os.path.join(args.shared, "data", "names")
    pairs = [(a, e) for a, e, _ in load_pairs([os.path.join(names_dir, f) for f in args.files.split(",")])]
    held, train = split_groups(pairs, 0.05, 7)
    dev = {}
    for a, e in held:
        dev.setdefault(a, []).append(e)
    dev = dict(list(dev.items())[:1500])
    vocab = Vocab([a for a, _ in pairs])
    examples = [(vocab.encode_src(a), vocab.encode_tgt(e)) for a, e in train]
    print(f"{len(examples)} training pairs, {len(dev)} dev words, {len(vocab.src)} Arabic letters", file=sys.stderr)

    d = args.d
    beam_fns = make_beam(args.heads)
    steps_per_epoch = math.ceil(len(examples) / args.batch)
    total = steps_per_epoch * args.epochs
    sched = optax.warmup_cosine_decay_schedule(0.0, args.lr, args.warmup, total, args.lr * 0.02)
    optimizer = optax.chain(optax.clip_by_global_norm(1.0), optax.adamw(sched, b2=0.98, weight_decay=0.01))
    train_step, seq_logprob = make_fns(args.heads, args.dropout, args.smoothing, optimizer)

    if args.load:
        with open(args.weights, "rb") as f:
            saved = pickle.load(f)
        params = jax.tree.map(jnp.asarray, saved["params"])
        print(f"loaded {args.weights}: epoch {saved['epoch']}, dev {saved['dev']:.3f}", file=sys.stderr)
    else:
        key = jax.random.PRNGKey(args.seed)
        key, init_key = jax.random.split(key)
        params = init_params(init_key, len(vocab.src) + 3, len(EN_CHARS) + 3, d, args.ff, args.enc, args.dec)
        n_params = sum(x.size for x in jax.tree.leaves(params))
        print(f"model: {n_params:,} parameters; {steps_per_epoch} steps/epoch, {total} steps", file=sys.stderr)
        opt_state = optimizer.init(params)
        rng = np.random.default_rng(args.seed)
        best = (-1.0, 0, None)
        cpu0, step = time.process_time(), 0
        for epoch in range(1, args.epochs + 1):
            losses = []
            for src, tin, tout in batches(examples, args.batch, rng):
                key, sk = jax.random.split(key)
                params, opt_state, loss = train_step(params, opt_state, src, tin, tout, sk)
                losses.append(loss)
                step += 1
                if step % 100 == 0:
                    print(f"  step {step}: loss {float(loss):.3f}, {time.process_time() - cpu0:.0f} CPU s",
                          file=sys.stderr, flush=True)
                if args.max_steps and step >= args.max_steps:
                    break
            loss = float(np.mean([float(x) for x in losses]))
            acc = dev_exact(params, beam_fns, vocab, dev, args.dev_beam, d)
            print(f"epoch {epoch}: loss {loss:.3f}, dev exact {acc:.3f} (beam {args.dev_beam}), "
                  f"{time.process_time() - cpu0:.0f} CPU s", file=sys.stderr, flush=True)
            if acc >= best[0]:
                best = (acc, epoch, jax.tree.map(np.asarray, params))
                with open(args.weights, "wb") as f:
                    pickle.dump({"params": best[2], "epoch": epoch, "dev": acc, "args": vars(args)}, f)
            if args.max_steps and step >= args.max_steps:
                break
        print(f"training: {time.process_time() - cpu0:.0f} CPU s; best dev {best[0]:.3f} at epoch {best[1]}",
              file=sys.stderr)
        params = jax.tree.map(jnp.asarray, best[2])

    for k in sorted({1, args.dev_beam, args.beam}):
        print(f"dev exact, beam {k}: {dev_exact(params, beam_fns, vocab, dev, k, d):.3f}", file=sys.stderr)
    if args.overlap:
        from neural_rerank import dev_overlap  # noqa: E402
        words = list(dev)
        hyps = beam_search(params, beam_fns, [vocab.encode_src(w) for w in words], args.beam, d)
        dev_overlap(args.rerank_cache, {w: vocab.decode_tgt(h[0][0]) if h else "" for w, h in zip(words, hyps)})
    if args.no_test:
        return 0
    ev = load_scorer(args.shared)
    for test in args.tests.split(","):
        refs = ev.load_tsv(os.path.join(names_dir, test), None)
        names = list(refs)
        hyps = transliterate(params, beam_fns, vocab, names, args.beam, d)
        res = ev.score(refs, hyps)
        t, c = time.perf_counter(), time.process_time()
        transliterate(params, beam_fns, vocab, names, args.beam, d)  # timed second pass (compiled)
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        print(f"{test}: {len(names)} names; exact any {100 * res['any']:.1f}%, preferred {100 * res['exact']:.1f}%, "
              f"CER {res['cer']:.3f}; beam {args.beam}: {len(names) / cpu:,.0f} names per CPU-second "
              f"({len(names) / wall:,.0f}/s wall)")
    if args.rerank:
        from neural_rerank import rerank_experiment  # noqa: E402
        rerank_experiment(args, params, seq_logprob, vocab, dev, ev, names_dir, model_input)
    return 0


if __name__ == "__main__":
    sys.exit(main())
