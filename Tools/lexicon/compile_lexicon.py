#!/usr/bin/env python3
"""Compiles the Arabic-English lexicon TSVs into Data/lexicon/lexicon.bin, the
binary that Qamus embeds and queries in place (see Data/lexicon/FORMAT.md).

usage: python3 Tools/lexicon/compile_lexicon.py [--src DIR] [--out FILE]

DIR holds wiktionary-ar-en.tsv, wiktionary-ar-en-forms.tsv, awn-pwn-ar-en.tsv,
awn-pwn-ar-en-forms.tsv (default ../shared/data/lexicon). The curated sense
lists Data/lexicon/news-senses.tsv and Data/lexicon/learned-senses.tsv are
applied on top. Standard library only; deterministic output.
"""
import argparse, os, re, struct, sys, unicodedata
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

POS_CODES = {"noun": 1, "verb": 2, "adj": 3, "name": 4, "adv": 5, "prep": 6, "conj": 7, "phrase": 8,
             "intj": 9, "pron": 10, "particle": 11, "num": 12, "proverb": 13, "prep_phrase": 14,
             "article": 15, "det": 16}
MAX_SENSES = 12
MAX_ANALYSES = 8

# Feature bits of one (form, lemma) analysis; mirrored in LexiconFeatures.swift.
F_DEFINITE, F_PLURAL, F_DUAL, F_IMPERFECT, F_NOMINAL, F_PLURAL_SUBJECT, F_FEMININE, F_AWN = 1, 2, 4, 8, 16, 32, 64, 128

ARABIC = re.compile(r"[\u0600-\u06FF]")
DESCRIPTION = re.compile(
    r"^(see|synonym|alternative|alternate|plural|feminine|masculine|singular|dual|initialism|abbreviation|"
    r"acronym|used|use|indicates?|imparts?|expresses|introduces?|denotes?|marks?|a form|form of|contraction|"
    r"particle|negates?|vocative|emphatic|the letter|name of|verbal noun|active participle|passive participle|"
    r"elative|diminutive|nisba|relative adjective|obsolete form|archaic form|misspelling|clipping|ellipsis|"
    r"short for|compare|cf\b|literally|equivalent to|followed by|preceded by|construed|often|usually|"
    r"sometimes|especially|chiefly|generally|in the phrase|in phrases|only in|attached|prefixed|suffixed|"
    r"like english|loosely|an emphasizing|additional|reinforc|emphasi[sz]|expressing|signifying|meaning)",
    re.I)
CROSS_REF = re.compile(
    r"(?:^see|synonym of|alternative (?:form|spelling) of|form of|plural of|feminine of|masculine of|"
    r"singular of|elative (?:degree )?of|verbal noun of|participle of|contraction of|short for|misspelling of)"
    r"\s+([\u0621-\u064A\u0671\u064B-\u065F\u0670]+)", re.I)
TRANSLIT = re.compile(r"[āīūḥṣḍṭẓʿʾġḏṯšēō]")
SENTENCE_STARTS = {"To", "A", "An", "The", "Of", "In", "On", "At", "For", "With", "Being", "Having", "Something", "Someone",
                   "One", "Any", "Used", "Made", "Not", "Very", "Be"}
HARAKAT = re.compile(r"[\u064B-\u065F\u0670\u0640]")


def undiacritize(s):
    s = unicodedata.normalize("NFC", s)
    s = HARAKAT.sub("", s)
    return s.replace("\u0671", "\u0627")


def loose(s):
    return (s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
             .replace("ة", "ه").replace("ؤ", "ء").replace("ئ", "ء"))


def strip_brackets(s):
    out, depth = [], 0
    for ch in s:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def clean_alternatives(gloss, pos):
    """The usable English alternatives of one Wiktionary sense row, best first."""
    g = re.sub(r"“[^”]*”|\"[^\"]*\"", "", gloss)
    g = strip_brackets(g)
    if ":" in g:
        head, _, tail = g.rpartition(":")
        g = tail if tail.strip() else ""
        if not g.strip() or DESCRIPTION.match(g.strip()):
            g = ""
    alts = []
    sentence_like = gloss.rstrip().endswith(".")
    for part in re.split(r"[;,]", g):
        a = " ".join(part.replace("…", " ").replace("...", " ").split()).strip(" .!?'")
        if not a or ARABIC.search(a) or DESCRIPTION.match(a) or TRANSLIT.search(a):
            continue
        if pos == "verb" and a.lower().startswith("to "):
            a = a[3:]
        if pos in ("noun", "adj") and re.match(r"(?i)(a|an) \w", a):
            a = a.split(" ", 1)[1]  # "a penalty" → "penalty": the renderer adds articles
        if pos != "name" and a[:1].isupper() and not a[1:2].isupper() and (a.split()[0] in SENTENCE_STARTS or sentence_like):
            # "To nap." style rows; proper adjectives ("Iranian") keep their capital.
            a = a[:1].lower() + a[1:]
        if a.lower().startswith("to ") and pos != "verb" and pos not in ("prep", "conj"):
            pass
        if len(a.split()) > 4 or len(a) > 40:
            continue
        if a not in alts:
            alts.append(a)
    return alts


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                yield line.split("\t")


class Lemma:
    __slots__ = ("headword", "pos", "senses", "refs", "awn", "index")

    def __init__(self, headword, pos, awn=False):
        self.headword, self.pos, self.senses, self.refs, self.awn, self.index = headword, pos, [], [], awn, -1


def load_lemmas(path, awn=False):
    lemmas = OrderedDict()  # (headword, pos) -> Lemma, in file order
    for row in read_tsv(path):
        ar, gloss, pos = row[0], row[1], row[2]
        key = (ar, pos)
        lem = lemmas.get(key)
        if lem is None:
            lem = lemmas[key] = Lemma(ar, pos, awn)
        alts = clean_alternatives(gloss, pos)
        if alts:
            for a in alts:
                if a not in lem.senses:
                    lem.senses.append(a)
        else:
            m = CROSS_REF.search(strip_brackets(gloss)) or CROSS_REF.search(gloss)
            if m:
                lem.refs.append(undiacritize(m.group(1)))
    return lemmas


def resolve_refs(lemmas):
    by_head = {}
    for lem in lemmas.values():
        by_head.setdefault(lem.headword, []).append(lem)
    for lem in lemmas.values():
        if lem.senses:
            continue
        for ref in lem.refs:
            for target in by_head.get(ref, []):
                if target.senses and target is not lem:
                    lem.senses = list(target.senses[:3])
                    break
            if lem.senses:
                break


def apply_overrides(lemmas, path):
    """news-senses.tsv / learned-senses.tsv: `arabic<TAB>pos<TAB>english` puts english first ('-' = untranslated)."""
    if not os.path.exists(path):
        return 0
    n = 0
    for row in read_tsv(path):
        if row[0].startswith("#") or len(row) < 3:
            continue
        ar, pos, eng = row[0], row[1], row[2]
        lem = lemmas.get((ar, pos))
        if lem is None:
            lem = lemmas[(ar, pos)] = Lemma(ar, pos)
        eng = "" if eng == "-" else eng
        if eng in lem.senses:
            lem.senses.remove(eng)
        lem.senses.insert(0, eng)
        n += 1
    return n


IMPERFECT_PREFIX = "يتنأ"


def features(form, lemma, pos):
    f = 0
    stem = form
    lem_has_al = lemma.startswith("ال")
    if stem.startswith("ال") and not lem_has_al and len(stem) > 3:
        f |= F_DEFINITE
        stem = stem[2:]
    if pos == "verb":
        if stem == lemma:
            return f
        if f & F_DEFINITE or stem.startswith("م") and not lemma.startswith("م") or stem.endswith("ة") or stem.endswith("ات"):
            f |= F_NOMINAL
            if stem.endswith("ات"):
                f |= F_PLURAL
            return f
        if stem[0] in IMPERFECT_PREFIX and lemma[0] != stem[0]:
            f |= F_IMPERFECT
            # ون of a lemma ending ن is its own root letter when nothing follows it: يكون "is" (كان), not "they are".
            plural_un = stem.endswith("ون") and (not lemma.endswith("ن") or len(stem) >= len(lemma) + 2)
            if plural_un or stem.endswith("وا") or (stem.endswith("ن") and stem[0] in "يت" and len(stem) >= len(lemma) + 2) or stem[0] == "ن":
                f |= F_PLURAL_SUBJECT
            return f
        if lemma[0] == stem[0] and len(stem) >= len(lemma):
            if stem.endswith("وا") or stem.endswith("نا") or stem.endswith("تم") or (stem.endswith("ن") and len(stem) > len(lemma)):
                f |= F_PLURAL_SUBJECT
            return f
        if stem[0] in IMPERFECT_PREFIX:
            f |= F_IMPERFECT
            return f
        f |= F_NOMINAL
        return f
    if pos in ("noun", "adj", "num"):
        base = lemma[:-1] if lemma.endswith("ة") else lemma
        if stem in (lemma, base + "ة", lemma + "ا", base + "ا"):
            if stem.endswith("ة") and not lemma.endswith("ة"):
                f |= F_FEMININE
            return f
        # A participle or nisba in ين is a masculine plural, not a dual: اللاجئين "the refugees",
        # المسؤولين "the officials", المدنيين "the civilians".
        participle = lemma.startswith("م") or (len(lemma) == 4 and lemma[1] == "ا")
        if stem == lemma + "ين" and (participle or lemma.endswith("ي")):
            return f | F_PLURAL
        # Its construct plural drops the ن: مقاتلي، مقاتلو (مقاتليه "his fighters").
        if participle and stem in (lemma + "ي", lemma + "و"):
            return f | F_PLURAL
        if stem.endswith("تان") or stem.endswith("تين") or (stem.endswith("ان") or stem.endswith("ين") and pos == "noun") and stem[:-2] in (lemma, base):
            if stem[:-2] in (lemma, base) or stem[:-3] == base:
                return f | F_DUAL
        if stem == lemma + "ي" or stem == base + "ي":
            return f  # a nisba look-alike (روسي → روس), not a plural
        if stem.endswith("ات") or stem.endswith("ون") or stem.endswith("ين"):
            return f | F_PLURAL
        if stem.endswith("ة") and stem[:-1] == lemma:
            return f | F_FEMININE
        if stem != lemma and len(stem) > 2:
            return f | F_PLURAL  # broken plural (قوات→قوة handled above, صواريخ→صاروخ here)
    return f


POS_PREF_VERBISH = {"verb": 0}


def nisba_forms(head):
    """The forms of a nisba adjective with their feature bits: أمني → الأمني, أمنية, الأمنيين …"""
    out = []
    for suffix, f in (("", 0), ("ة", F_FEMININE), ("ين", F_PLURAL), ("ون", F_PLURAL), ("ات", F_PLURAL | F_FEMININE)):
        out.append((head + suffix, f))
        out.append(("ال" + head + suffix, f | F_DEFINITE))
    return out


def build(src, out):
    wik = load_lemmas(os.path.join(src, "wiktionary-ar-en.tsv"))
    resolve_refs(wik)
    n_freq = apply_overrides(wik, os.path.join(REPO, "Data/lexicon/frequency-senses.tsv"))
    n_learn = apply_overrides(wik, os.path.join(REPO, "Data/lexicon/learned-senses.tsv"))
    n_over = apply_overrides(wik, os.path.join(REPO, "Data/lexicon/news-senses.tsv"))
    preferred_pos = {}
    for row in read_tsv(os.path.join(REPO, "Data/lexicon/news-senses.tsv")):
        if not row[0].startswith("#") and len(row) >= 3:
            preferred_pos.setdefault(row[0], row[1])
    n_expr = apply_overrides(wik, os.path.join(REPO, "Data/lexicon/news-expressions.tsv"))
    for row in read_tsv(os.path.join(REPO, "Data/lexicon/news-expressions.tsv")):
        if not row[0].startswith("#") and len(row) >= 3:
            preferred_pos[row[0]] = row[1]
    awn = load_lemmas(os.path.join(src, "awn-pwn-ar-en.tsv"), awn=True)
    for lem in awn.values():
        lem.senses = lem.senses[:4]

    lemma_list = []
    heads = OrderedDict()  # headword -> [Lemma] in preferred POS order
    for lem in wik.values():
        if not lem.senses:
            continue
        heads.setdefault(lem.headword, []).append(lem)
    awn_heads = OrderedDict()
    for lem in awn.values():
        if lem.senses and lem.headword not in heads:
            awn_heads.setdefault(lem.headword, []).append(lem)
    for group in list(heads.values()) + list(awn_heads.values()):
        for lem in group:
            lem.index = len(lemma_list)
            lemma_list.append(lem)

    keys = OrderedDict()  # key -> list of (lemma index, features)

    def add(key, lem, f):
        lst = keys.setdefault(key, [])
        if len(lst) < MAX_ANALYSES and all(i != lem.index for i, _ in lst):
            lst.append((lem.index, f))

    def verbish(form, lemma):
        s = form[2:] if form.startswith("ال") else form
        # ت / تا after the lemma is a perfect verb ending (نقلت "she reported"), never a noun form.
        # أفعال is a broken plural (الأسواق "the markets"), not a first-person imperfect.
        af_al = s[0] == "أ" and len(s) == 5 and s[3] == "ا"
        return (s[0] in IMPERFECT_PREFIX and lemma[0] != s[0] and not af_al or s.endswith("وا") or s.endswith("تم")
                or s in (lemma + "ت", lemma + "تا"))

    def jussive(form, lemma):
        """An imperfect that lost the lemma's final weak letter (تصل of صلى): rare beside an
        indicative reading of another lemma (تصل of وصل "arrive")."""
        s = form[2:] if form.startswith("ال") else form
        return s[0] in IMPERFECT_PREFIX and lemma[-1] in "ىيا" and s[-1] not in "ىياون"

    def sound_plural_miss(form, lemma):
        """A feminine sound plural (الطائرات) whose lemma does not end in ة (طائر "bird")."""
        s = form[2:] if form.startswith("ال") else form
        return s.endswith("ات") and not lemma.endswith("ة")

    for head, group in heads.items():
        # A curated sense's part of speech comes first for its headword (يوم noun before conj);
        # a nisba (ending ي) with both readings is an adjective first (روسي "Russian").
        want = preferred_pos.get(head) or ("adj" if head.endswith("ي") else None)
        for lem in sorted(group, key=lambda l: 0 if l.pos == want else 1):
            add(head, lem, 0)
    curated_pairs = {(row[0], row[1]) for row in read_tsv(os.path.join(REPO, "Data/lexicon/news-senses.tsv"))
                     if not row[0].startswith("#") and len(row) >= 3}
    forms = {}
    for row in read_tsv(os.path.join(src, "wiktionary-ar-en-forms.tsv")):
        forms.setdefault(row[0], []).append(row[1])
    for form, lemmas in forms.items():
        cands = []
        # The form is the headword with its article (الروسي → روسي): that headword first.
        # So is a noun headword the form's lemmas leave out (البيانات → بيانات "data", not بيانة "piano").
        # (Not a nisba's feminine noun: الإسبانية is "the Spanish", not "the Spanish woman".)
        plural_only = not form.endswith("ية") and not form.endswith("ي") and any(l.pos == "noun" for l in heads.get(form[2:], []))
        if form.startswith("ال") and (form[2:] in lemmas or plural_only):
            lemmas = [form[2:]] + [l for l in lemmas if l != form[2:]]
        for lemma in lemmas:
            for lem in heads.get(lemma, []):
                cands.append((lem, lemma))
        # An imperfect-looking form reads as a verb first, across lemmas (يقول: قال before قول);
        # then a curated part of speech first (البريطاني: adj before noun).
        # A feminine sound plural reads as the lemma in ة (الطائرات: طائرة "aircraft" before طائر
        # "bird"), and a jussive of a weak lemma comes after other verbs (تصل: وصل before صلى).
        has_ta = any(l.endswith("ة") for _, l in cands)
        # Among the rest, a curated reading (lemma and part of speech) comes first: تعمل is عمل "work",
        # not أعمل "make work".
        cands.sort(key=lambda c: (0 if (c[0].pos == "verb") == verbish(form, c[1]) else 1,
                                  0 if form.startswith("ال") and c[1] == form[2:] and (plural_only or c[1] in forms[form]) else 1,
                                  1 if has_ta and sound_plural_miss(form, c[1]) else 0,
                                  1 if c[0].pos == "verb" and jussive(form, c[1]) else 0,
                                  0 if (c[1], c[0].pos) in curated_pairs else 1,
                                  0 if (preferred_pos.get(c[1]) or ("adj" if c[1].endswith("ي") else None)) in (None, c[0].pos) else 1))
        for lem, lemma in cands:
            add(form, lem, features(form, lemma, lem.pos))
    # The imperfect of a hollow verb beats a rare Form V headword spelled alike: تقول "she says"
    # (قال), not تقوّل "fabricate"; تكون (كان), تزيد (زاد).
    hollow_imperfects = set()
    for key, lst in keys.items():
        if len(key) != 4 or key[0] not in "يتن" or key[2] not in "وي" or len(lst) < 2:
            continue
        hollow = [a for a in lst if lemma_list[a[0]].pos == "verb" and len(lemma_list[a[0]].headword) == 3
                  and lemma_list[a[0]].headword[1] == "ا" and lemma_list[a[0]].headword[0] == key[1]]
        if hollow and key[0] == "ي":
            hollow_imperfects.add(key)
        if hollow and lst[0] not in hollow:
            keys[key] = hollow[:1] + [a for a in lst if a is not hollow[0]]
    # A curated nisba adjective (أمني "security") reads first in all its forms: الأمنية is
    # "the security …", not "the wish".
    n_nisba = 0
    for row in read_tsv(os.path.join(REPO, "Data/lexicon/news-senses.tsv")):
        if row[0].startswith("#") or len(row) < 3 or row[1] != "adj" or not row[0].endswith("ي") or " " in row[0]:
            continue
        head = row[0]
        lem = next((l for l in heads.get(head, []) if l.pos == "adj"), None)
        if lem is None:
            continue
        for form, f in nisba_forms(head):
            lst = [a for a in keys.get(form, []) if a[0] != lem.index]
            keys[form] = [(lem.index, f)] + lst[:MAX_ANALYSES - 1]
            n_nisba += 1
    print(f"curated nisba forms: {n_nisba}; expressions: {n_expr}", file=sys.stderr)
    # A definite headword that is only a proper name (المدينة "Medina") reads as its common noun first.
    for key, lst in keys.items():
        if key.startswith("ال") and lst and all(lemma_list[i].pos == "name" for i, _ in lst[:1]):
            common = [a for a in lst if lemma_list[a[0]].pos != "name"]
            if common:
                keys[key] = common + [a for a in lst if lemma_list[a[0]].pos == "name"]
    # Learned analysis preference per key (learned-forms.tsv: key, lemma, pos).
    n_forms = 0
    lf = os.path.join(REPO, "Data/lexicon/learned-forms.tsv")
    # A curated headword outranks a learned preference for another lemma (حقوق "rights", not the
    # verb حق); a learned choice among its curated readings stands (عمل: verb or noun).
    curated = {(row[0], row[1]) for name in ("news-senses.tsv", "news-expressions.tsv")
               for row in read_tsv(os.path.join(REPO, "Data/lexicon", name)) if not row[0].startswith("#") and len(row) >= 3}
    curated_heads = {head for head, _ in curated}
    if os.path.exists(lf):
        for row in read_tsv(lf):
            if row[0].startswith("#") or len(row) < 3 or row[0] not in keys:
                continue
            # (So does a curated headword behind the article: الحقوق is "the rights", as حقوق.)
            head = row[0][2:] if row[0].startswith("ال") and row[0][2:] in curated_heads else row[0]
            if head in curated_heads and (row[1], row[2]) not in curated:
                continue
            # A hollow verb's imperfect in ي stays a verb: يكون is "is / be", never the noun "being".
            if row[0] in hollow_imperfects and row[2] != "verb":
                continue
            lst = keys[row[0]]
            # A learned part of speech takes the form's curated lemma of it, if any (تعمل: the verb عمل
            # "work", not أعمل "make work").
            want = (row[1], row[2])
            if want not in curated:
                want = next(((lemma_list[a[0]].headword, row[2]) for a in lst
                             if lemma_list[a[0]].pos == row[2] and (lemma_list[a[0]].headword, row[2]) in curated), want)
            hit = [a for a in lst if (lemma_list[a[0]].headword, lemma_list[a[0]].pos) == want]
            if hit:
                keys[row[0]] = hit[:1] + [a for a in lst if a is not hit[0]]
                n_forms += 1
    print(f"learned analysis preferences applied: {n_forms}", file=sys.stderr)
    for head, group in awn_heads.items():
        if head not in keys:
            for lem in group:
                add(head, lem, F_AWN)
    for row in read_tsv(os.path.join(src, "awn-pwn-ar-en-forms.tsv")):
        form, lemma = row[0], row[1]
        if form in keys:
            continue
        for lem in heads.get(lemma, []) + awn_heads.get(lemma, []):
            add(form, lem, F_PLURAL | (F_AWN if lem.awn else 0))

    # ---- serialise ----
    pool = bytearray()
    pool_index = {}

    def sref(s):
        if s in pool_index:
            return pool_index[s]
        b = s.encode("utf-8")
        off = len(pool)
        pool.extend(struct.pack("<H", len(b)))
        pool.extend(b)
        pool_index[s] = off
        return off

    sense_refs = []
    lemma_recs = bytearray()
    for lem in lemma_list:
        senses = lem.senses[:MAX_SENSES]
        lemma_recs += struct.pack("<IIHBB", sref(lem.headword), len(sense_refs), len(senses), POS_CODES.get(lem.pos, 0),
                                  1 if lem.awn else 0)
        sense_refs.extend(sref(s) for s in senses)
    sorted_keys = sorted(keys.keys(), key=lambda k: k.encode("utf-8"))
    analyses = []
    key_recs = bytearray()
    for k in sorted_keys:
        lst = keys[k]
        key_recs += struct.pack("<IIHH", sref(k), len(analyses), len(lst), 0)
        analyses.extend((i << 8) | f for i, f in lst)
    loose_rows = sorted(((loose(k).encode("utf-8"), i) for i, k in enumerate(sorted_keys) if loose(k) != k),
                        key=lambda r: (r[0], r[1]))
    loose_recs = bytearray()
    for lk, i in loose_rows:
        loose_recs += struct.pack("<II", sref(lk.decode("utf-8")), i)

    # The first two words of multi-word keys (الولايات المتحدة), so the glosser tests spans cheaply.
    prefixes = sorted({" ".join(k.split(" ")[:2]) for k in sorted_keys if " " in k}, key=lambda k: k.encode("utf-8"))
    prefix_blob = bytearray()  # inline, contiguous: u16 length + UTF-8 per prefix
    for k in prefixes:
        b = k.encode("utf-8")
        prefix_blob += struct.pack("<H", len(b)) + b
    sections = [bytes(lemma_recs), struct.pack(f"<{len(sense_refs)}I", *sense_refs), bytes(key_recs),
                struct.pack(f"<{len(analyses)}I", *analyses), bytes(loose_recs), bytes(pool),
                bytes(prefix_blob)]
    counts = [len(lemma_list), len(sense_refs), len(sorted_keys), len(analyses), len(loose_rows), len(pool), len(prefix_blob)]
    header_size = 8 + 8 * len(sections)
    offs, off = [], header_size
    for s in sections:
        while off % 4:
            off += 1
        offs.append(off)
        off += len(s)
    blob = bytearray(b"QLEX" + struct.pack("<I", 2))
    for o, c in zip(offs, counts):
        blob += struct.pack("<II", o, c)
    for o, s in zip(offs, sections):
        blob += b"\0" * (o - len(blob))
        blob += s
    with open(out, "wb") as f:
        f.write(blob)
    print(f"{out}: {len(blob):,} bytes; {len(lemma_list):,} lemmas ({len(awn_heads):,} AWN headwords), "
          f"{len(sorted_keys):,} keys, {len(analyses):,} analyses, overrides {n_over} curated + {n_learn} learned + {n_freq} by frequency",
          file=sys.stderr)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=os.path.join(os.path.dirname(REPO), "shared/data/lexicon"))
    ap.add_argument("--out", default=os.path.join(REPO, "Data/lexicon/lexicon.bin"))
    a = ap.parse_args()
    if not os.path.isdir(a.src):
        a.src = "/work/shared/data/lexicon" if os.path.isdir("/work/shared/data/lexicon") else a.src
    build(a.src, a.out)
