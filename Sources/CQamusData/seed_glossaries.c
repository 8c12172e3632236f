#include "cqamus_data.h"
#include "embed.h"

/* Concatenation of the shipped seed glossaries; see Glossaries/README.md. */
QAMUS_EMBED(seed_glossaries, "Glossaries/news-seed-glossary.tsv")
