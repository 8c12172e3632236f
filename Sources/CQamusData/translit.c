#include "cqamus_data_translit.h"
#include "embed.h"

/* The transliteration model and the shipped name lexicons; see Glossaries/names/README.md
 * and Tools/translit/train_translit.py. Touch this file after changing any of them. */
QAMUS_EMBED(translit_model, "Data/translit/graphone.qtm")
QAMUS_EMBED(translit_letters, "Data/translit/english.qtm")
QAMUS_EMBED(translit_r2l, "Data/translit/graphone-r2l.qtm")
QAMUS_EMBED(translit_rerank, "Data/translit/rerank.tsv")
QAMUS_EMBED(names_curated, "Glossaries/names/curated-news-names.tsv")
QAMUS_EMBED(names_cldr, "Glossaries/names/cldr-places.tsv")
QAMUS_EMBED(names_wikidata, "Glossaries/names/wikidata-persons-coling2018.tsv")
QAMUS_EMBED(names_google, "Glossaries/names/google-ar2en.tsv")
