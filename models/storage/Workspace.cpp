#include "models/storage/Workspace.h"

#include "models/storage/ServerConnection.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqliteLibrary.h"
#include "models/storage/WorkspaceBackup.h"
#include "models/storage/WorkspaceSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSqlError>
#include <atomic>

int Workspace::latestVersion()
{
    return WorkspaceSchema::latestVersion();
}

Workspace::Workspace()
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("lepton-workspace-%1").arg(++counter);
}

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString &location, QString *error, int targetVersion)
{
    close();
    QString why;
    const std::optional<ServerConnection> server = ServerConnection::fromLocation(location);
    int version = 0;
    bool empty = true;
    m_migrationBackup.clear();
    bool ok = (server ? connect(*server, &why) : openFile(location, &why)) && checkIdentity(&version, &empty, &why) &&
              dialect().configure(m_db, &why);
    if (ok && version > targetVersion) {
        why = tr("The workspace is at version %1, newer than the requested %2.").arg(version).arg(targetVersion);
        ok = false;
    }
    // A file is upgraded only once its pages are known sound, also when the window checks them
    // later on a worker thread: a damaged file stays as it was, to be restored from a backup.
    if (ok && !server && !empty && version < targetVersion && !m_damageCheck) {
        why = checkPages();
        ok = why.isEmpty();
    }
    // Records written by an older version are copied before the upgrade touches them (a server
    // keeps its own backups).
    if (ok && !server && !empty && version < targetVersion && m_backupBeforeMigration)
        ok = backUpBeforeUpgrade(version, &why);
    ok = ok && (version == targetVersion || WorkspaceSchema::upgrade(m_db, targetVersion, &why));
    if (!ok) {
        close();
        if (error)
            *error = tr("Cannot open the workspace %1: %2").arg(server ? server->displayName() : QDir::toNativeSeparators(location), why);
        return false;
    }
    m_path = server ? server->location() : QFileInfo(location).absoluteFilePath();
    // path() leaves the password out; worker threads and backups reconnect with the one that worked.
    if (server && !server->password.isEmpty()) ServerConnection::rememberPassword(m_path, server->password);
    m_readOnly = !dialect().canWrite(m_db);
    m_mayRestore = !m_readOnly && dialect().ownsRecords(m_db);
    m_userName = server ? dialect().databaseUser(m_db) : systemUserName();
    m_encryption = server ? readEncryption() : QString();
    return true;
}

bool Workspace::openWithoutDamageCheck(const QString &location, QString *error)
{
    m_damageCheck = false;
    const bool ok = open(location, error);
    m_damageCheck = true;
    return ok;
}

bool Workspace::openFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1. Choose a folder you can write to.").arg(info.absolutePath());
        return false;
    }
    SqliteLibrary::prepare();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(info.absoluteFilePath());
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (m_db.open()) return true;
    *error = m_db.lastError().text();
    return false;
}

bool Workspace::connect(const ServerConnection &server, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("this installation has no PostgreSQL driver for Qt. Install the package libqt6sql6-psql and try again.");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(server.host);
    m_db.setPort(server.port);
    m_db.setDatabaseName(server.database);
    m_db.setUserName(server.user);
    m_db.setPassword(server.password);
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=lepton-studio;sslmode=%1").arg(server.sslMode()));
    if (m_db.open()) return true;
    const QString said = m_db.lastError().text().trimmed();
    if (!server.allowUnencrypted && said.contains(QLatin1String("does not support SSL")))
        *error = tr("the server does not offer an encrypted connection, so the password was not sent (%1). Ask the server's "
                    "administrator to turn on TLS, or, only for a server on this computer or a network you trust, choose "
                    "\"Allow an unencrypted connection\".")
                     .arg(said);
    else if (!server.allowUnencrypted && said.contains(QLatin1String("root certificate")))
        *error = tr("the server's certificate cannot be checked (%1). Save the certificate of the authority that signed it as "
                    "~/.postgresql/root.crt (ask the server's administrator for it) and connect again.")
                     .arg(said);
    else
        *error = tr("the server refused the connection or could not be reached (%1). Check the host, port, database, user "
                    "and password, and that the server accepts connections from this computer.")
                     .arg(said);
    return false;
}

QString Workspace::readEncryption() const
{
    QString error;
    SqlStatement ssl(m_db, QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    if (!ssl.exec(&error) || !ssl.next()) return tr("Encryption unknown");
    return ssl.value(0).toBool() ? tr("Encrypted (%1)").arg(ssl.value(1).toString()) : tr("Not encrypted");
}

bool Workspace::checkIdentity(int *version, bool *empty, QString *error)
{
    qint32 application = 0;
    if (!dialect().readIdentity(m_db, &application, version, empty, error)) {
        *error = tr("it is not a Lepton workspace (%1). Open a workspace made by Lepton Partner Studio.").arg(*error);
        return false;
    }
    if (!*empty && application != kApplicationId) {
        *error = isServer() ? tr("the database holds tables of another program, not a Lepton workspace. Connect to a database "
                                 "made by Lepton Partner Studio, or to a new, empty database to create one.")
                            : tr("it is an SQLite file from another program, not a Lepton workspace. Open a file made by Lepton "
                                 "Partner Studio, or choose a new file name to create one.");
        return false;
    }
    if (*version > latestVersion()) {
        *error = tr("it was written by a newer Lepton Partner Studio (schema version %1; this version knows up to %2). Update the application to open it.")
                     .arg(*version)
                     .arg(latestVersion());
        return false;
    }
    // A file from elsewhere may be damaged (a half-copied download, a failing disk): reported now,
    // not by a later save that fails.
    if (!*empty && m_damageCheck) *error = checkPages();
    return error->isEmpty();
}

QString Workspace::checkPages() const
{
    // SQLite's quick check reads every page once; a server checks its own pages.
    if (isServer()) return {};
    QString error;
    const QVariant check = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA quick_check(1)"), {}, &error);
    if (check.toString() == QLatin1String("ok")) return {};
    return tr("the file is damaged (SQLite's check says: %1). Restore it from a backup, or open another file.")
        .arg(check.isValid() ? check.toString() : error);
}

QString Workspace::damageIn(const QString &location)
{
    Workspace workspace;
    QString error;
    if (!workspace.openWithoutDamageCheck(location, &error)) return error;
    return workspace.checkPages();
}

void Workspace::setDamaged(const QString &damage)
{
    m_damage = damage;
    // isReadOnly() turns the window's editing off; the pragma also refuses a write that comes
    // another way.
    QString error;
    if (!SqlStatement::execAll(m_db, {QStringLiteral("PRAGMA query_only=ON")}, &error))
        qWarning("The damaged workspace could not be made read-only: %s", qPrintable(error));
}

bool Workspace::backUpBeforeUpgrade(int version, QString *error)
{
    const QString failed = WorkspaceBackup::beforeMigration(m_db.databaseName(), version, &m_migrationBackup);
    if (failed.isEmpty()) return true;
    *error = tr("it needs an upgrade from version %1, and the backup copy made before every upgrade failed (%2). "
                "Free some disk space or make the workspace's folder writable, then open it again.")
                 .arg(version)
                 .arg(failed);
    return false;
}

void Workspace::close()
{
    if (!m_db.isValid()) return;
    if (m_db.isOpen()) {
        QString ignored;
        SqlStatement::execAll(m_db, dialect().beforeClose(), &ignored);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_userName.clear();
    m_readOnly = false;
    m_mayRestore = false;
    m_encryption.clear();
    m_damage.clear();
}

bool Workspace::isServer() const
{
    return dialect().isPostgres();
}

QString Workspace::localFolder() const
{
    return QFileInfo(isServer() ? defaultPath() : m_path).absolutePath();
}

const SqlDialect &Workspace::dialect() const
{
    return SqlDialect::of(m_db);
}

int Workspace::schemaVersion() const
{
    QString ignored;
    qint32 application = 0;
    int version = 0;
    bool empty = false;
    dialect().readIdentity(m_db, &application, &version, &empty, &ignored);
    return version;
}

QString Workspace::systemUserName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty()) return name;
    }
    return tr("unknown user");
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.sqlite");
}
