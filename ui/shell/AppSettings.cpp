#include "ui/shell/AppSettings.h"

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
