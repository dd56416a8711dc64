#include "ui/shell/AppSettings.h"

#include "models/analytics/PortfolioTotals.h"
#include "models/storage/ServerConnection.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString RecentKey = QStringLiteral("workspaces/recent");
}

QString AppSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
}

QLocale AppSettings::displayLocale()
{
    const QString code = language();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QStringList AppSettings::recentWorkspaces()
{
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::addRecentWorkspace(const QString &path)
{
    // A server location is kept as it is (it holds no password); a file by its absolute path.
    const QString absolute = ServerConnection::fromLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recentWorkspaces();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecent) list.removeLast();
    QSettings().setValue(RecentKey, list);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(path);
    QSettings().setValue(RecentKey, list);
}

QString AppSettings::lastWorkspace()
{
    const QStringList list = recentWorkspaces();
    return list.isEmpty() ? QString() : list.first();
}

bool AppSettings::maskPiiInExports()
{
    return QSettings().value(QStringLiteral("privacy/maskPiiInExports"), false).toBool();
}

void AppSettings::setMaskPiiInExports(bool on)
{
    QSettings().setValue(QStringLiteral("privacy/maskPiiInExports"), on);
}

Rate AppSettings::expectedReturn()
{
    // Kept as the exact fraction, so "1/3" comes back as typed and not as a rounded percentage.
    const QString stored = QSettings().value(QStringLiteral("analysis/expectedReturn")).toString();
    const std::optional<Rate> rate = stored.isEmpty() ? std::nullopt : Rate::parse(stored);
    return rate ? *rate : PortfolioTotals::defaultExpectedReturn();
}

void AppSettings::setExpectedReturn(const Rate &rate)
{
    QSettings().setValue(QStringLiteral("analysis/expectedReturn"),
                         QStringLiteral("%1/%2").arg(rate.numerator()).arg(rate.denominator()));
}
