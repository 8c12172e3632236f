#!/usr/bin/env python3
"""How many held-out Arabic names the real `qamus draft` reads as dictionary words.

Each name of ../shared/data/names/{wikidata-persons-coling2018-test,google-ar2en-test}.tsv
is drafted inside a neutral news sentence ("قال NAME إن الاجتماع كان مهما.", "said NAME that
the meeting was important") with an empty glossary; a name whose token is glossed from the
word lexicon (origin "lexicon") counts as read as a word. Many test names are also ordinary
words (صبور "patient"), so the count is not zero: compare it before and after a change, and
use --list to see which names a change newly reads as words.

usage: Scripts/eval-names-as-words.py [--qamus .build/release/qamus] [--list FILE]
Standard library only; needs ../shared.
"""
import argparse, json, os, subprocess, sys, tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = os.path.join(os.path.dirname(REPO), "shared/data/names")
FILES = ["wikidata-persons-coling2018-test.tsv", "google-ar2en-test.tsv"]
FRAME = ("قال ", " إن الاجتماع كان مهما.")

ap = argparse.ArgumentParser()
ap.add_argument("--qamus", default=os.path.join(REPO, ".build/release/qamus"))
ap.add_argument("--list", help="write the names read as words (name<TAB>english) to this file")
args = ap.parse_args()
if not all(os.path.exists(os.path.join(NAMES, f)) for f in FILES):
    sys.exit(f"no name test files in {NAMES} (../shared is needed for this evaluation)")

names = []
for f in FILES:
    for line in open(os.path.join(NAMES, f), encoding="utf-8"):
        ar = line.split("\t")[0].strip()
        if ar:
            names.append(ar)
records = "".join(json.dumps({"id": i, "text": FRAME[0] + n + FRAME[1]}, ensure_ascii=False) + "\n"
                  for i, n in enumerate(names))
start, end = len(FRAME[0]), None
with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "empty.sqlite")
    out = subprocess.run([args.qamus, "draft", "--jsonl", "--quiet", "--db", db],
                         input=records, capture_output=True, text=True, check=True).stdout
as_words = []
for line in out.splitlines():
    r = json.loads(line)
    name = names[r["id"]]
    for s in r.get("sentences", []):
        for t in s.get("tokens", []):
            if t["start"] == start and t.get("origin") == "lexicon":
                as_words.append((name, t.get("english", "")))
print(json.dumps({"names": len(names), "read_as_words": len(as_words)}))
if args.list:
    with open(args.list, "w", encoding="utf-8") as f:
        for n, e in as_words:
            f.write(f"{n}\t{e}\n")
