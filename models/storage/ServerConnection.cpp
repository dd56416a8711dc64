#include "models/storage/ServerConnection.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString kScheme = QStringLiteral("postgresql");
const QString kSslMode = QStringLiteral("sslmode");
const QString kUnencryptedAllowed = QStringLiteral("prefer");

QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> remembered;
    return remembered;
}
}  // namespace

QString ServerConnection::location() const
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (allowUnencrypted) url.setQuery(kSslMode + QLatin1Char('=') + kUnencryptedAllowed);
    return url.toString();
}

QString ServerConnection::sslMode() const
{
    return allowUnencrypted ? kUnencryptedAllowed : QStringLiteral("verify-full");
}

QString ServerConnection::displayName() const
{
    return QStringLiteral("%1 @ %2:%3 (%4)").arg(database, host).arg(port).arg(user);
}

std::optional<ServerConnection> ServerConnection::fromLocation(const QString &location)
{
    if (!location.startsWith(kScheme + QStringLiteral("://"))) return std::nullopt;
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) return std::nullopt;
    ServerConnection c;
    c.host = url.host();
    c.port = url.port(kDefaultPort);
    c.user = url.userName();
    c.database = url.path().mid(1);
    c.password = url.password();
    c.allowUnencrypted = QUrlQuery(url).queryItemValue(kSslMode) == kUnencryptedAllowed;
    if (c.password.isEmpty()) {
        QMutexLocker lock(&passwordsMutex);
        c.password = passwords().value(c.location());
    }
    return c;
}

void ServerConnection::rememberPassword(const QString &location, const QString &password)
{
    QMutexLocker lock(&passwordsMutex);
    passwords().insert(location, password);
}
