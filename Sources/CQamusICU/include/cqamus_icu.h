#ifndef CQAMUS_ICU_H
#define CQAMUS_ICU_H

/* A small C face on the system ICU. This header includes no ICU header on
 * purpose: Foundation on Linux bundles its own ICU headers, and importing the
 * system ones into Swift clashes with them. All text is UTF-16 (uint16_t). */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Normalisation forms offered by `qamus_icu_normalize`.
typedef enum {
    QAMUS_ICU_NFC = 0,
    QAMUS_ICU_NFD = 1,
    QAMUS_ICU_NFKC = 2,
    QAMUS_ICU_NFKD = 3
} qamus_icu_form;

/// Normalises `src` (`len` code units) into `dst` (capacity `cap`).
/// Returns the length written, or the needed length (> cap) when `dst` is too
/// small, or -1 on an ICU error.
int32_t qamus_icu_normalize(qamus_icu_form form, const uint16_t *src, int32_t len,
                            uint16_t *dst, int32_t cap);

/// Sentence boundaries (UTF-16 offsets, excluding 0, including `len`) found by
/// ICU's sentence BreakIterator for `locale` (e.g. "ar"). Returns the number of
/// boundaries written (at most `cap`), or -1 on an ICU error.
int32_t qamus_icu_sentence_breaks(const char *locale, const uint16_t *text, int32_t len,
                                  int32_t *boundaries, int32_t cap);

/// The ICU version the library was linked against, e.g. "72.1".
const char *qamus_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
