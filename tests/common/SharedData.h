#pragma once
// Where the real public data sets live: $LEPTON_SHARED_DATA, else ../shared/data beside the
// checkout. A test that needs them skips with a message saying how to provide them, except where
// everything must run (CI set) or the data is expected (LEPTON_SHARED_DATA set, or the shared
// folder exists): there a missing file fails, because ctest counts a skip as a pass.
#include "Skip.h"

#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QtTest>

inline QString sharedDataDir()
{
    QString dir = qEnvironmentVariable("LEPTON_SHARED_DATA");
    if (dir.isEmpty()) dir = qEnvironmentVariable("LEPTON_SHARED_DATA_DEFAULT");
    return QDir::cleanPath(dir);
}

// Full path of a file under the shared data folder, or an empty string when it is missing.
inline QString sharedDataFile(const QString &relative)
{
    const QString path = sharedDataDir() + QLatin1Char('/') + relative;
    return QFileInfo::exists(path) ? path : QString();
}

// The data is meant to be there: LEPTON_SHARED_DATA is set, or the shared folder exists.
inline bool sharedDataExpected()
{
    return qEnvironmentVariableIsSet("LEPTON_SHARED_DATA") || QFileInfo(sharedDataDir()).isDir();
}

#define SKIP_WITHOUT_SHARED_DATA(message) SKIP_OR_FAIL_IF(sharedDataExpected(), message)

#define REQUIRE_SHARED_DATA(var, relative)                                                            \
    const QString var = sharedDataFile(relative);                                                     \
    if (var.isEmpty())                                                                                \
        SKIP_WITHOUT_SHARED_DATA(qPrintable(QStringLiteral("shared data %1 not found under %2; set LEPTON_SHARED_DATA") \
                                    .arg(relative, sharedDataDir())))
