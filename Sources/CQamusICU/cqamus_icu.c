#include "cqamus_icu.h"

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>
#include <stdio.h>

static const UNormalizer2 *instance_for(qamus_icu_form form, UErrorCode *status) {
    switch (form) {
    case QAMUS_ICU_NFC: return unorm2_getNFCInstance(status);
    case QAMUS_ICU_NFD: return unorm2_getNFDInstance(status);
    case QAMUS_ICU_NFKC: return unorm2_getNFKCInstance(status);
    case QAMUS_ICU_NFKD: return unorm2_getNFKDInstance(status);
    }
    return unorm2_getNFCInstance(status);
}

int32_t qamus_icu_normalize(qamus_icu_form form, const uint16_t *src, int32_t len,
                            uint16_t *dst, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *norm = instance_for(form, &status);
    if (U_FAILURE(status)) return -1;
    int32_t written = unorm2_normalize(norm, (const UChar *)src, len, (UChar *)dst, cap, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return written;
    if (U_FAILURE(status)) return -1;
    return written;
}

int32_t qamus_icu_sentence_breaks(const char *locale, const uint16_t *text, int32_t len,
                                  int32_t *boundaries, int32_t cap) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_SENTENCE, locale, (const UChar *)text, len, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t pos = ubrk_next(it); pos != UBRK_DONE && count < cap; pos = ubrk_next(it)) {
        boundaries[count++] = pos;
    }
    ubrk_close(it);
    return count;
}

const char *qamus_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, text);
    return text;
}
