#pragma once

#include <QTest>

// A helper's QCOMPAREs return from the helper only; CHECK stops the test function too.
#define CHECK(helperCall)                                                                          \
    do {                                                                                           \
        helperCall;                                                                                \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
