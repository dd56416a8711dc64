#pragma once
// ctest counts a skipped test as passed, so where everything must run (the environment variable CI
// is set, as CI services do) a skip is a failure instead: nothing passes there by not running.
#include <QtTest>

inline bool skipsAreFailures()
{
    return qEnvironmentVariableIsSet("CI");
}

// Skips the test function with the message, or fails it under CI. expected: the test's
// prerequisite should be there (e.g. the shared data folder exists), so its absence fails too.
#define SKIP_OR_FAIL_IF(expected, message)                      \
    do {                                                        \
        if (skipsAreFailures() || (expected)) QFAIL(message);   \
        QSKIP(message);                                         \
    } while (false)

#define SKIP_UNLESS_CI(message) SKIP_OR_FAIL_IF(false, message)
