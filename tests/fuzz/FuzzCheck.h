#pragma once
// Shared by the fuzz targets: a broken invariant stops the run at once, so libFuzzer (or the
// replay test) reports the input that caused it. Not assert(): it must hold in release builds too.
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                       \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                           \
        }                                                                                           \
    } while (false)
