#ifndef CQAMUS_DATA_H
#define CQAMUS_DATA_H

/* Data files compiled into the binary with the assembler's .incbin, so that a
 * release binary copied anywhere still has its glossaries, lexicons and models.
 * Each blob is reached through a pair of accessors declared here and defined in
 * one small .c file per blob (see embed.h). After changing an embedded file,
 * touch its .c file so the build picks the change up. */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `Glossaries/default-seed.tsv` and friends: the glossaries that seed a fresh default database.
const unsigned char *qamus_data_seed_glossaries(void);
size_t qamus_data_seed_glossaries_size(void);

#ifdef __cplusplus
}
#endif

/* The other blobs, one header each. Listing them here (not only in the umbrella
 * directory) makes an incremental build notice a new header. */
#include "cqamus_data_lexicon.h"
#include "cqamus_data_morphology.h"
#include "cqamus_data_translit.h"

#endif
