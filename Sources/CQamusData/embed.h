#ifndef CQAMUS_EMBED_H
#define CQAMUS_EMBED_H
#include <stddef.h>

/* QAMUS_EMBED(name, "path/inside/package") defines
 *   const unsigned char *qamus_data_<name>(void);
 *   size_t qamus_data_<name>_size(void);
 * over the file's bytes, embedded at build time. QAMUS_PACKAGE_DIR is set by
 * Package.swift to the package's absolute path. */
#define QAMUS_STR2(x) #x
#define QAMUS_EMBED(name, path)                                                     \
    __asm__(".section .rodata\n"                                                    \
            ".balign 16\n"                                                          \
            ".global qamus_blob_" #name "_start\n"                                  \
            "qamus_blob_" #name "_start:\n"                                         \
            ".incbin \"" QAMUS_PACKAGE_DIR "/" path "\"\n"                          \
            ".global qamus_blob_" #name "_end\n"                                    \
            "qamus_blob_" #name "_end:\n"                                           \
            ".byte 0\n"                                                             \
            ".previous\n");                                                         \
    extern const unsigned char qamus_blob_##name##_start[];                         \
    extern const unsigned char qamus_blob_##name##_end[];                           \
    const unsigned char *qamus_data_##name(void) { return qamus_blob_##name##_start; } \
    size_t qamus_data_##name##_size(void) {                                         \
        return (size_t)(qamus_blob_##name##_end - qamus_blob_##name##_start);       \
    }

#endif
