#pragma once
// The user's preferences kept between sessions (QSettings): interface language and the
// workspaces opened recently. One place, so main() and the windows agree on keys.
#include "models/analytics/Rate.h"

#include <QLocale>
#include <QString>
#include <QStringList>

class AppSettings {
public:
    // "en", "zh_CN", or empty for the system language.
    static QString language();
    static void setLanguage(const QString &code);
    // The locale that dates, numbers and money are shown in: the chosen language's.
    static QLocale displayLocale();

    static QStringList recentWorkspaces();
    // Puts the path first, drops duplicates and keeps the list short.
    static void addRecentWorkspace(const QString &path);
    static void removeRecentWorkspace(const QString &path);

    static QString lastWorkspace();

    // Whether CSV exports mask e-mail addresses and phone numbers (off unless the user asks).
    static bool maskPiiInExports();
    static void setMaskPiiInExports(bool on);

    // r of the cooperation benefit E = R - C + r * C: the return expected on the cost invested
    // (PortfolioTotals::defaultExpectedReturn until the user sets another in Settings).
    static Rate expectedReturn();
    static void setExpectedReturn(const Rate &rate);

    static constexpr int MaxRecent = 8;
};
