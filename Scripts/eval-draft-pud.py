#!/usr/bin/env python3
"""chrF2 of the real `qamus draft` (the CLI, with the shipped lexicons and the trained
transliterator) on UD PUD against the English originals, with an empty glossary.
Reports the held-out half (odd sentence index: never used for tuning), the tuning
half, and all; also for --style names. Standard library only; needs ../shared.

usage: Scripts/eval-draft-pud.py [--qamus .build/release/qamus] [--pud FILE]
"""
import argparse, json, os, subprocess, sys, tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "Scripts"))
ap = argparse.ArgumentParser()
ap.add_argument("--qamus", default=os.path.join(REPO, ".build/release/qamus"))
ap.add_argument("--pud", default=os.path.join(os.path.dirname(REPO), "shared/data/ud/pud_ar_en_parallel.jsonl"))
args = ap.parse_args()
if not os.path.exists(args.pud):
    sys.exit(f"no gold file at {args.pud} (../shared is needed for this evaluation)")

from importlib.machinery import SourceFileLoader
chrf = SourceFileLoader("eval_gloss", os.path.join(REPO, "Scripts/eval-gloss.py")).load_module().chrf

pairs = [json.loads(l) for l in open(args.pud, encoding="utf-8")]
records = "".join(json.dumps({"id": i, "text": p["ar"]}, ensure_ascii=False) + "\n" for i, p in enumerate(pairs))
with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "empty.sqlite")
    for style in ["gloss", "names"]:
        out = subprocess.run([args.qamus, "draft", "--jsonl", "--quiet", "--style", style, "--db", db],
                             input=records, capture_output=True, text=True, check=True).stdout
        hyps = {}
        for line in out.splitlines():
            r = json.loads(line)
            hyps[r["id"]] = " ".join(s["draft"] for s in r.get("sentences", []))
        h = [hyps.get(i, "") for i in range(len(pairs))]
        r = [p["en"] for p in pairs]
        odd = [i for i in range(len(pairs)) if i % 2 == 1]
        even = [i for i in range(len(pairs)) if i % 2 == 0]
        row = {"style": style,
               "chrF2_held_out_odd": round(chrf([h[i] for i in odd], [r[i] for i in odd]), 1),
               "chrF2_tuning_even": round(chrf([h[i] for i in even], [r[i] for i in even]), 1),
               "chrF2_all": round(chrf(h, r), 1)}
        print(json.dumps(row))
