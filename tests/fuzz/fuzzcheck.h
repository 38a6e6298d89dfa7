#pragma once

#include <cstdio>
#include <cstdlib>

#include <QString>

// An invariant that does not hold is a finding like a crash: abort, so that libFuzzer keeps the
// input that broke it (crash-<sha1> in the artifact folder).
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

// JSON travels as UTF-8; a string that UTF-8 cannot carry (a lone surrogate, which a "\ud800"
// escape in a client's JSON yields) comes back as U+FFFD, by design of the encoding.
inline bool survivesUtf8(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}
