#ifndef CQAMUS_DATA_MORPHOLOGY_H
#define CQAMUS_DATA_MORPHOLOGY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `Data/morphology/stems.tsv`: the clitic analyzer's word list (one key per line,
/// letters as bytes code point - 0x600, a tab, decimal flags).
const unsigned char *qamus_data_morphology_stems(void);
size_t qamus_data_morphology_stems_size(void);

#ifdef __cplusplus
}
#endif

#endif
