#!/usr/bin/env python3
"""Derive Data/morphology/stems.tsv, the clitic analyzer's word list, from the
Wiktionary lexicon TSVs (CC BY-SA 3.0; see Data/morphology/README.md).

  python3 Tools/morphology/build_stems.py [LEXICON_DIR] [OUT]

LEXICON_DIR defaults to ../shared/data/lexicon (relative to the repository),
OUT to Data/morphology/stems.tsv. Output: one line per key, `key<TAB>flags`,
sorted by key bytes. To halve the size, a key is written one byte per letter:
Arabic letter U+0621…U+064A becomes the ASCII byte (code point - 0x600), so
ء is "!" and ي is "J" (`--decode FILE` prints the list in Arabic letters).
flags is a decimal bit set (see WordFlags.swift):

   1 exact      a single-word headword or inflected form spelled exactly so
   2 headword   a single-word headword
   4 function   a function-word headword (prep, conj, particle, pron, det, article)
   8 host       a function-word host that takes a pronoun enclitic (علي in عليهم)
  16 cliticForm an inflected form that is a function-word host plus an enclitic (عليهم)
  32 imperfect  an imperfect verb form (ي ت ن أ + …), which the future س may precede
  64 nominal    a form of a noun, adjective, name, number or adverb
 128 loose      the loose key (أ إ آ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) of some exact word
                (it also gets the word's host, nominal and verbal bits)
 256 verbal     a form of a verb
 512 adverbial  a headword that is only a preposition, adverb, conjunction or particle
                (بسبب "because of", بكثير "by far"): UD still splits its clitics
"""
import os
import sys
import unicodedata

EXACT, HEAD, FUNC, HOST, CLFORM, IMPF, NOMINAL, LOOSE, VERBAL, ADVERBIAL = 1, 2, 4, 8, 16, 32, 64, 128, 256, 512
ADVERBIAL_POS = {"prep", "adv", "prep_phrase", "conj", "particle", "phrase", "intj"}
FUNCTION_POS = {"prep", "conj", "particle", "pron", "det", "article", "prep_phrase"}
NOMINAL_POS = {"noun", "adj", "name", "num", "adv"}
ENCLITICS = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"]
LOOSE_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def arabic_word(w):
    return w and all("\u0621" <= ch <= "\u064A" and ch != "\u0640" or ch == "\u0671" for ch in w)


def loose(w):
    return w.translate(LOOSE_MAP)


def host_of(host, lemma):
    """Whether `host` spells function word `lemma` before an enclitic:
    علي for على, بمناسبت for بمناسبة, إزائ for إزاء."""
    if loose(host) == loose(lemma):
        return True
    if host.endswith("ت") and host[:-1] + "ة" == lemma:
        return True
    return host.endswith("ئ") and host[:-1] + "ء" == lemma


def encode(word):
    return "".join(chr(ord(ch) - 0x600) for ch in word)


def decode(key):
    return "".join(chr(ord(ch) + 0x600) for ch in key)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--decode":
        with open(sys.argv[2], encoding="ascii") as f:
            for line in f:
                key, bits = line.rstrip("\n").split("\t")
                print("%s\t%s" % (decode(key), bits))
        return
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    lexdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "..", "shared", "data", "lexicon")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "Data", "morphology", "stems.tsv")

    pos = {}
    with open(os.path.join(lexdir, "wiktionary-ar-en.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            word = unicodedata.normalize("NFC", cols[0]).replace("\u0671", "ا")
            if not arabic_word(word):
                continue
            pos.setdefault(word, set()).add(cols[2])
    lemmas = {}
    with open(os.path.join(lexdir, "wiktionary-ar-en-forms.tsv"), encoding="utf-8") as f:
        for line in f:
            form, lemma = line.rstrip("\n").split("\t")
            form = unicodedata.normalize("NFC", form).replace("\u0671", "ا")
            if arabic_word(form):
                lemmas.setdefault(form, set()).add(lemma)

    flags = {}

    def add(key, bits):
        flags[key] = flags.get(key, 0) | bits

    for word, ps in pos.items():
        bits = EXACT | HEAD
        if ps & FUNCTION_POS:
            bits |= FUNC
        if ps & NOMINAL_POS:
            bits |= NOMINAL
        if "verb" in ps:
            bits |= VERBAL
        if ps <= ADVERBIAL_POS:
            bits |= ADVERBIAL
        add(word, bits)
    for form, ls in lemmas.items():
        bits = EXACT
        lemma_pos = set().union(*(pos.get(l, set()) for l in ls))
        if lemma_pos & NOMINAL_POS:
            bits |= NOMINAL
        if "verb" in lemma_pos:
            bits |= VERBAL
            if form[0] in "يتنأ" and len(form) >= 3:
                bits |= IMPF
        # a function word with a pronoun enclitic: عليهم = علي + هم (lemma على)
        func_lemmas = [l for l in ls if pos.get(l, set()) & FUNCTION_POS]
        for l in func_lemmas:
            for enc in ENCLITICS:
                host = form[: -len(enc)]
                if form.endswith(enc) and len(host) >= 1 and host_of(host, l):
                    bits |= CLFORM
                    add(host, HOST)
                    break
        add(form, bits)
    for word in list(flags):
        if flags[word] & EXACT:
            # a host keeps its role under sloppy spelling: ان for أن in انه
            add(loose(word), LOOSE | (flags[word] & (HOST | NOMINAL | VERBAL)))
    with open(out, "w", encoding="ascii", newline="\n") as f:
        for key in sorted(encode(k) for k in flags):
            f.write("%s\t%d\n" % (key, flags[decode(key)]))
    print("%d keys -> %s" % (len(flags), out), file=sys.stderr)


if __name__ == "__main__":
    main()
