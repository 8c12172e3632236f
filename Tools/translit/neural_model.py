"""Character-level Transformer encoder-decoder and beam search for the neural-ceiling
experiment (Tools/translit/neural_ceiling.py; issue #3). Plain JAX, no framework: pre-LayerNorm
layers, learned positions; beam search with a self-attention key/value cache.
Not shipped: nothing in the Swift code reads this model."""
from __future__ import annotations

import math

import numpy as np

import jax
import jax.numpy as jnp
import optax

PAD, BOS, EOS = 0, 1, 2
EN_CHARS = "abcdefghijklmnopqrstuvwxyz"


# ------------------------------------------------------------------ vocabulary

class Vocab:
    def __init__(self, arabic_words):
        self.src = {c: i + 3 for i, c in enumerate(sorted({c for w in arabic_words for c in w}))}
        self.tgt = {c: i + 3 for i, c in enumerate(EN_CHARS)}
        self.tgt_chars = {i: c for c, i in self.tgt.items()}

    def encode_src(self, w):
        return [self.src[c] for c in w if c in self.src]

    def encode_tgt(self, e):
        return [self.tgt[c] for c in e]

    def decode_tgt(self, ids):
        return "".join(self.tgt_chars.get(int(i), "") for i in ids)


def pad_to(n, m=8):
    return max(m, (n + m - 1) // m * m)


# ------------------------------------------------------------------ model

def init_params(key, vs, vt, d, ff, n_enc, n_dec, max_len=64):
    keys = iter(jax.random.split(key, 512))

    def dense(i, o):
        return {"w": jax.random.normal(next(keys), (i, o)) * (1.0 / math.sqrt(i)), "b": jnp.zeros(o)}

    def ln():
        return {"g": jnp.ones(d), "b": jnp.zeros(d)}

    def attn():
        return {"q": dense(d, d), "k": dense(d, d), "v": dense(d, d), "o": dense(d, d)}

    return {
        "src_emb": jax.random.normal(next(keys), (vs, d)) * 0.1,
        "tgt_emb": jax.random.normal(next(keys), (vt, d)) * 0.1,
        "src_pos": jax.random.normal(next(keys), (max_len, d)) * 0.1,
        "tgt_pos": jax.random.normal(next(keys), (max_len, d)) * 0.1,
        "enc": [{"ln1": ln(), "att": attn(), "ln2": ln(), "ff1": dense(d, ff), "ff2": dense(ff, d)} for _ in range(n_enc)],
        "dec": [{"ln1": ln(), "self": attn(), "ln2": ln(), "cross": attn(), "ln3": ln(),
                 "ff1": dense(d, ff), "ff2": dense(ff, d)} for _ in range(n_dec)],
        "enc_ln": ln(), "dec_ln": ln(), "out": dense(d, vt),
    }


def layer_norm(p, x):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) * jax.lax.rsqrt(var + 1e-5) * p["g"] + p["b"]


def lin(p, x):
    return x @ p["w"] + p["b"]


def heads(x, h):
    b, t, d = x.shape
    return x.reshape(b, t, h, d // h)


def attention(q, k, v, bias, h):
    """q (B,Tq,d), k/v (B,Tk,d), bias broadcastable to (B,h,Tq,Tk)."""
    b, tq, d = q.shape
    qh, kh, vh = heads(q, h), heads(k, h), heads(v, h)
    s = jnp.einsum("bqhd,bkhd->bhqk", qh, kh) / math.sqrt(d // h) + bias
    a = jax.nn.softmax(s, axis=-1)
    return jnp.einsum("bhqk,bkhd->bqhd", a, vh).reshape(b, tq, d)


def dropout(x, rate, rng):
    if rng is None or rate == 0.0:
        return x
    keep = jax.random.bernoulli(rng, 1.0 - rate, x.shape)
    return jnp.where(keep, x / (1.0 - rate), 0.0)


class Rngs:
    def __init__(self, rng):
        self.rng = rng

    def __call__(self):
        if self.rng is None:
            return None
        self.rng, k = jax.random.split(self.rng)
        return k


def encode(params, src, h, rate=0.0, rng=None):
    """src (B,S) ids -> (B,S,d) states and the key bias (B,1,1,S)."""
    r = Rngs(rng)
    mask_bias = jnp.where(src == PAD, -1e9, 0.0)[:, None, None, :]
    x = params["src_emb"][src] + params["src_pos"][: src.shape[1]]
    x = dropout(x, rate, r())
    for p in params["enc"]:
        y = layer_norm(p["ln1"], x)
        y = attention(lin(p["att"]["q"], y), lin(p["att"]["k"], y), lin(p["att"]["v"], y), mask_bias, h)
        x = x + dropout(lin(p["att"]["o"], y), rate, r())
        y = lin(p["ff2"], dropout(jax.nn.relu(lin(p["ff1"], layer_norm(p["ln2"], x))), rate, r()))
        x = x + dropout(y, rate, r())
    return layer_norm(params["enc_ln"], x), mask_bias


def decode_train(params, mem, mem_bias, tgt_in, h, rate=0.0, rng=None):
    """Teacher-forced decoder: log-probabilities (B,T,V)."""
    r = Rngs(rng)
    t = tgt_in.shape[1]
    causal = jnp.where(jnp.tril(jnp.ones((t, t), bool)), 0.0, -1e9)[None, None]
    x = params["tgt_emb"][tgt_in] + params["tgt_pos"][:t]
    x = dropout(x, rate, r())
    for p in params["dec"]:
        y = layer_norm(p["ln1"], x)
        y = attention(lin(p["self"]["q"], y), lin(p["self"]["k"], y), lin(p["self"]["v"], y), causal, h)
        x = x + dropout(lin(p["self"]["o"], y), rate, r())
        y = layer_norm(p["ln2"], x)
        y = attention(lin(p["cross"]["q"], y), lin(p["cross"]["k"], mem), lin(p["cross"]["v"], mem), mem_bias, h)
        x = x + dropout(lin(p["cross"]["o"], y), rate, r())
        y = lin(p["ff2"], dropout(jax.nn.relu(lin(p["ff1"], layer_norm(p["ln3"], x))), rate, r()))
        x = x + dropout(y, rate, r())
    return jax.nn.log_softmax(lin(params["out"], layer_norm(params["dec_ln"], x)), axis=-1)


def make_fns(h, rate, smoothing, optimizer):
    def loss_fn(params, src, tgt_in, tgt_out, rng):
        k1, k2 = jax.random.split(rng)
        mem, bias = encode(params, src, h, rate, k1)
        logp = decode_train(params, mem, bias, tgt_in, h, rate, k2)
        v = logp.shape[-1]
        nll = -jnp.take_along_axis(logp, tgt_out[..., None], axis=-1)[..., 0]
        smooth = -logp[..., 3:].sum(-1) / (v - 3)
        loss = (1 - smoothing) * nll + smoothing * smooth
        mask = (tgt_out != PAD).astype(jnp.float32)
        return (loss * mask).sum() / mask.sum()

    @jax.jit
    def train_step(params, opt_state, src, tgt_in, tgt_out, rng):
        loss, grads = jax.value_and_grad(loss_fn)(params, src, tgt_in, tgt_out, rng)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    @jax.jit
    def seq_logprob(params, src, tgt_in, tgt_out):
        """Sum of log p over each target sequence (teacher forced, no dropout)."""
        mem, bias = encode(params, src, h)
        logp = decode_train(params, mem, bias, tgt_in, h)
        lp = jnp.take_along_axis(logp, tgt_out[..., None], axis=-1)[..., 0]
        return (lp * (tgt_out != PAD)).sum(-1)

    return train_step, seq_logprob


# ------------------------------------------------------------------ beam search

def make_beam(h):
    @jax.jit
    def start(params, src):
        mem, bias = encode(params, src, h)
        cross = [(lin(p["cross"]["k"], mem), lin(p["cross"]["v"], mem)) for p in params["dec"]]
        return cross, bias

    @jax.jit
    def step(params, cross, mem_bias, cache, tok, parent, t):
        """One decoder step for every beam row: reorders the self-attention cache by parent row,
        appends the new token's keys/values at position t, returns log-probabilities (N,V)."""
        x = params["tgt_emb"][tok][:, None, :] + jax.lax.dynamic_slice_in_dim(params["tgt_pos"], t, 1)[None]
        tmax = cache[0][0].shape[1]
        bias = jnp.where(jnp.arange(tmax) <= t, 0.0, -1e9)[None, None, None, :]
        new_cache = []
        for p, (ck, cv), (mk, mv) in zip(params["dec"], cache, cross):
            ck, cv = ck[parent], cv[parent]
            y = layer_norm(p["ln1"], x)
            ck = jax.lax.dynamic_update_slice_in_dim(ck, lin(p["self"]["k"], y), t, axis=1)
            cv = jax.lax.dynamic_update_slice_in_dim(cv, lin(p["self"]["v"], y), t, axis=1)
            new_cache.append((ck, cv))
            y = attention(lin(p["self"]["q"], y), ck, cv, bias, h)
            x = x + lin(p["self"]["o"], y)
            y = attention(lin(p["cross"]["q"], layer_norm(p["ln2"], x)), mk, mv, mem_bias, h)
            x = x + lin(p["cross"]["o"], y)
            x = x + lin(p["ff2"], jax.nn.relu(lin(p["ff1"], layer_norm(p["ln3"], x))))
        logits = lin(params["out"], layer_norm(params["dec_ln"], x))[:, 0]
        return jax.nn.log_softmax(logits, axis=-1), new_cache

    return start, step


def beam_search(params, fns, src_ids, k, d, batch=256, nbest=1):
    """n-best (text ids, log p) for each source id list, beam width k."""
    start, step = fns
    order = sorted(range(len(src_ids)), key=lambda i: len(src_ids[i]))
    out = [None] * len(src_ids)
    for b0 in range(0, len(order), batch):
        idx = order[b0:b0 + batch]
        n = len(idx)
        nb = batch if len(order) >= batch else n  # fixed row count: one compiled shape per length
        s = pad_to(max(len(src_ids[i]) for i in idx))
        src = np.zeros((nb, s), np.int32)
        for r, i in enumerate(idx):
            src[r, :len(src_ids[i])] = src_ids[i]
        src[n:, 0] = 3  # filler rows
        maxlen = np.array([min(3 * len(src_ids[i]) + 2, 60) for i in idx] + [4] * (nb - n))
        tmax = pad_to(int(maxlen.max()))
        cross, mem_bias = start(params, jnp.asarray(src))
        cross = [(jnp.repeat(a, k, 0), jnp.repeat(b, k, 0)) for a, b in cross]
        mem_bias = jnp.repeat(mem_bias, k, 0)
        cache = [(jnp.zeros((nb * k, tmax, d)), jnp.zeros((nb * k, tmax, d))) for _ in params["dec"]]
        scores = np.full((nb, k), -np.inf)
        scores[:, 0] = 0.0
        finished = np.zeros((nb, k), bool)
        seqs = np.zeros((nb, k, tmax), np.int32)
        tok = np.full(nb * k, BOS, np.int32)
        parent = np.arange(nb * k, dtype=np.int32)
        rows = np.arange(nb)[:, None]
        for t in range(tmax):
            logp, cache = step(params, cross, mem_bias, cache, jnp.asarray(tok), jnp.asarray(parent), t)
            logp = np.array(logp, dtype=np.float64).reshape(nb, k, -1)
            v = logp.shape[-1]
            logp[:, :, PAD] = -np.inf
            logp[:, :, BOS] = -np.inf
            force_end = t >= maxlen - 1
            logp[force_end, :, 3:] = -np.inf
            logp[finished] = -np.inf
            logp[finished, PAD] = 0.0
            cand = (scores[:, :, None] + logp).reshape(nb, k * v)
            top = np.argpartition(-cand, k - 1, axis=1)[:, :k]
            top = np.take_along_axis(top, np.argsort(-np.take_along_axis(cand, top, 1), axis=1), 1)
            scores = np.take_along_axis(cand, top, 1)
            pb, tk = top // v, (top % v).astype(np.int32)
            seqs = seqs[rows, pb]
            seqs[:, :, t] = tk
            finished = finished[rows, pb] | (tk == EOS) | (tk == PAD)
            tok = tk.reshape(-1)
            parent = (rows * k + pb).reshape(-1).astype(np.int32)
            if finished[:n].all():
                break
        for r, i in enumerate(idx):
            hyps = []
            for j in range(k):
                if scores[r, j] == -np.inf:
                    continue
                ids = [int(c) for c in seqs[r, j] if c > EOS]
                hyps.append((ids, float(scores[r, j])))
            out[i] = hyps[:nbest]
    return out
