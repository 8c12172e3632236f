#ifndef CQAMUS_DATA_TRANSLIT_H
#define CQAMUS_DATA_TRANSLIT_H

/* Transliteration data compiled into the binary (see translit.c). */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `Data/translit/graphone.qtm`: the trained graphone n-gram model.
const unsigned char *qamus_data_translit_model(void);
size_t qamus_data_translit_model_size(void);

/// `Data/translit/english.qtm`: the English letter model that rescores the model's n-best list.
const unsigned char *qamus_data_translit_letters(void);
size_t qamus_data_translit_letters_size(void);

/// `Data/translit/graphone-r2l.qtm`: the graphone model trained right to left (re-ranker feature).
const unsigned char *qamus_data_translit_r2l(void);
size_t qamus_data_translit_r2l_size(void);

/// `Data/translit/rerank.tsv`: the n-best re-ranker's feature weights.
const unsigned char *qamus_data_translit_rerank(void);
size_t qamus_data_translit_rerank_size(void);

/// `Glossaries/names/curated-news-names.tsv`: prominent names in newsroom spelling.
const unsigned char *qamus_data_names_curated(void);
size_t qamus_data_names_curated_size(void);

/// `Glossaries/names/cldr-places.tsv`: CLDR country and city names (Unicode-DFS-2016).
const unsigned char *qamus_data_names_cldr(void);
size_t qamus_data_names_cldr_size(void);

/// `Glossaries/names/wikidata-persons-coling2018.tsv`: Wikidata person-name tokens (CC0).
const unsigned char *qamus_data_names_wikidata(void);
size_t qamus_data_names_wikidata_size(void);

/// `Glossaries/names/google-ar2en.tsv`: Google Arabic-English pairs (Apache-2.0).
const unsigned char *qamus_data_names_google(void);
size_t qamus_data_names_google_size(void);

#ifdef __cplusplus
}
#endif

#endif
