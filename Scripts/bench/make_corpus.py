#!/usr/bin/env python3
"""Build the benchmark corpus and glossaries (stdlib only, deterministic).

Corpus: UD Arabic-PUD sentences (../shared/data/ud) with names from the name
pairs (../shared/data/names) substituted in and clitics attached, until it has
at least --words words and well over 100,000 distinct word forms. Written as
corpus.txt (paragraphs of a few sentences), corpus.jsonl ({"id", "text"} per
article) and corpus-words.txt (one word per line).

Glossaries: gloss-1k/10k/100k/1m.tsv (header arabic english type), names and
two-word names from the name pairs, with synthetic multi-word terms to reach
the size; every glossary contains the same 1,000 entries that occur in the corpus
(other corpus names are in no glossary, so match counts are equal across sizes).
"""
import argparse, json, os, random

ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
ap.add_argument("--out", default="bench-out")
ap.add_argument("--words", type=int, default=1_000_000)
ap.add_argument("--seed", type=int, default=7)
args = ap.parse_args()
rng = random.Random(args.seed)
os.makedirs(args.out, exist_ok=True)

sentences = []
with open(os.path.join(args.shared, "data/ud/pud_ar_sentseg.jsonl"), encoding="utf-8") as f:
    for line in f:
        sentences += json.loads(line)["sentences"]

names = []  # (arabic, english)
for fn in ["wikidata-persons-coling2018.tsv", "google-ar2en.tsv", "cldr-places.tsv"]:
    with open(os.path.join(args.shared, "data/names", fn), encoding="utf-8") as f:
        seen = set()
        for line in f:
            ar, en, *_ = line.rstrip("\n").split("\t")
            if ar in seen or " " in ar:
                continue
            seen.add(ar)
            names.append((ar, en.title()))
def loose(w):
    for a, b in [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي")]:
        w = w.replace(a, b)
    return w

# Names that are also words of the UD sentences (with clitics or suffixes off)
# would match ordinary text only in the larger glossaries; keep them out of the
# glossary-only pool so that every glossary size finds the same matches.
ud_forms = set()
for sentence in sentences:
    for w in sentence.split():
        w = loose(w.strip(".,،؛:؟!\"()«»"))
        for i in range(0, 4):
            for j in range(0, 4):
                if len(w) - i - j >= 2:
                    ud_forms.add(w[i:len(w) - j])
rng.shuffle(names)
print(f"{len(sentences)} sentences, {len(names)} single-word names")

proclitics = ["", "", "", "و", "ب", "ل", "وب", "ول", "ف", "ال", "وال", "بال"]
in_corpus = names[:1000]          # in every glossary, and in the corpus
corpus_names = names[1000:31000]  # in the corpus, in no glossary (so match counts are equal across sizes)
glossary_pool = [n for n in names[31000:] if loose(n[0]) not in ud_forms]  # in the glossaries only

words_out = 0
articles = []
article = []
paragraph = []
while words_out < args.words:
    s = rng.choice(sentences).split()
    for i in range(len(s)):
        r = rng.random()
        if r < 0.12:
            name = rng.choice(in_corpus if rng.random() < 0.3 else corpus_names)[0]
            s[i] = rng.choice(proclitics) + name
        elif r < 0.20 and s[i][:1] not in "وبلف" and len(s[i]) > 2:
            s[i] = rng.choice(proclitics[3:]) + s[i]
    words_out += len(s)
    paragraph.append(" ".join(s))
    if len(paragraph) >= rng.randint(2, 5):
        article.append(" ".join(paragraph))
        paragraph = []
        if len(article) >= rng.randint(3, 8):
            articles.append("\n\n".join(article))
            article = []
if paragraph:
    article.append(" ".join(paragraph))
if article:
    articles.append("\n\n".join(article))

distinct = set()
with open(os.path.join(args.out, "corpus.txt"), "w", encoding="utf-8") as txt, \
     open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8") as jl, \
     open(os.path.join(args.out, "corpus-words.txt"), "w", encoding="utf-8") as wl:
    for i, a in enumerate(articles):
        txt.write(a + "\n\n")
        jl.write(json.dumps({"id": i, "text": a}, ensure_ascii=False) + "\n")
        for w in a.split():
            distinct.add(w)
            wl.write(w + "\n")
print(f"{words_out} words, {len(distinct)} distinct forms, {len(articles)} articles")

def glossary_entries():
    yield from in_corpus
    yield from glossary_pool
    while True:
        a, b = rng.choice(glossary_pool), rng.choice(names)
        yield (a[0] + " " + b[0], a[1] + " " + b[1])

for label, size in [("1k", 1_000), ("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000)]:
    seen = set()
    with open(os.path.join(args.out, f"gloss-{label}.tsv"), "w", encoding="utf-8") as f:
        f.write("arabic\tenglish\ttype\n")
        for ar, en in glossary_entries():
            if ar in seen:
                continue
            seen.add(ar)
            f.write(f"{ar}\t{en}\tperson\n")
            if len(seen) >= size:
                break
    print(f"gloss-{label}.tsv: {len(seen)} entries")
