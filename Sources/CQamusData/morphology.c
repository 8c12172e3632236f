#include "cqamus_data_morphology.h"
#include "embed.h"

/* The clitic analyzer's word list, derived from Wiktionary (CC BY-SA 3.0);
 * see Data/morphology/README.md and Tools/morphology/build_stems.py. */
QAMUS_EMBED(morphology_stems, "Data/morphology/stems.tsv")
