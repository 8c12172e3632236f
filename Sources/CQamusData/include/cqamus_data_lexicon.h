#ifndef CQAMUS_DATA_LEXICON_H
#define CQAMUS_DATA_LEXICON_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `Data/lexicon/lexicon.bin`: the compiled Arabic-English lexicon, queried in place.
const unsigned char *qamus_data_lexicon(void);
size_t qamus_data_lexicon_size(void);

#ifdef __cplusplus
}
#endif

#endif
