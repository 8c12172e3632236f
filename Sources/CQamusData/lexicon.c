#include "cqamus_data_lexicon.h"
#include "embed.h"

/* The compiled Arabic-English lexicon (Wiktionary + Arabic WordNet fallback),
 * built by Tools/lexicon/compile_lexicon.py; format in Data/lexicon/FORMAT.md. */
QAMUS_EMBED(lexicon, "Data/lexicon/lexicon.bin")
