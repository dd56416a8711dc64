#include "Workspace.h"

#include "SqlStatement.h"
#include "WorkspaceBackup.h"
#include "WorkspaceSchema.h"

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

bool Workspace::open(const QString &path, QString *error, int targetVersion)
{
    close();
    QString why;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) *error = tr("Cannot create the folder %1. Choose a folder you can write to.").arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(info.absoluteFilePath());
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    int version = 0;
    bool empty = true;
    m_migrationBackup.clear();
    bool ok = m_db.open();
    if (!ok) why = m_db.lastError().text();
    ok = ok && checkIdentity(&version, &empty, &why) && configure(&why);
    if (ok && version > targetVersion) {
        why = tr("The workspace is at version %1, newer than the requested %2.").arg(version).arg(targetVersion);
        ok = false;
    }
    // Records written by an older version are copied before the upgrade touches them.
    if (ok && !empty && version < targetVersion && m_backupBeforeMigration) {
        const QString failed = WorkspaceBackup::beforeMigration(info.absoluteFilePath(), version, &m_migrationBackup);
        if (!failed.isEmpty()) {
            why = tr("it needs an upgrade from version %1, and the backup copy made before every upgrade failed (%2). "
                     "Free some disk space or make the workspace's folder writable, then open it again.")
                      .arg(version)
                      .arg(failed);
            ok = false;
        }
    }
    ok = ok && WorkspaceSchema::upgrade(m_db, version, targetVersion, &why);
    if (!ok) {
        close();
        if (error) *error = tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    m_path = info.absoluteFilePath();
    return true;
}

bool Workspace::checkIdentity(int *version, bool *empty, QString *error)
{
    // The first read also tells whether the file is SQLite at all ("file is not a database").
    const QVariant app = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA application_id"), {}, error);
    if (!app.isValid()) {
        *error = tr("it is not a Lepton workspace (%1). Open a .sqlite file made by Lepton Partner Studio.").arg(*error);
        return false;
    }
    *version = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA user_version"), {}, error).toInt();
    const int tables = SqlStatement::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, error).toInt();
    *empty = tables == 0;
    if (!(app.toInt() == 0 && *version == 0 && *empty) && app.toInt() != kApplicationId) {
        *error = tr("it is an SQLite file from another program, not a Lepton workspace. Open a file made by Lepton Partner Studio, or choose a new file name to create one.");
        return false;
    }
    if (*version > latestVersion()) {
        *error = tr("it was written by a newer Lepton Partner Studio (schema version %1; this version knows up to %2). Update the application to open it.")
                     .arg(*version)
                     .arg(latestVersion());
        return false;
    }
    // A file from elsewhere may be damaged (a half-copied download, a failing disk). SQLite's quick
    // check reads every page once, so damage is reported now, not by a later save that fails.
    if (!empty) {
        const QVariant check = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA quick_check(1)"), {}, error);
        if (check.toString() != QLatin1String("ok")) {
            *error = tr("the file is damaged (SQLite's check says: %1). Restore it from a backup, or open another file.")
                         .arg(check.isValid() ? check.toString() : *error);
            return false;
        }
    }
    return true;
}

bool Workspace::configure(QString *error)
{
    // WAL: readers (list models, worker threads) never block the writer. synchronous=NORMAL,
    // chosen over FULL: in WAL mode a commit is durable against an application crash as soon as
    // COMMIT returns (the frames are in the OS's page cache; tst_crashimport SIGKILLs a 100,000-row
    // import to prove it), and no setting can corrupt the file. FULL would only add an fsync per
    // commit so that the last commit also survives a power cut or an OS crash, which costs every
    // edit a disk flush; a power cut may lose the last commit(s), never consistency.
    const QVariant mode = SqlStatement::scalar(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), {}, error);
    if (!mode.isValid()) return false;
    return SqlStatement::execAll(m_db,
                                 {QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA synchronous=NORMAL"),
                                  QStringLiteral("PRAGMA busy_timeout=5000"),
                                  QStringLiteral("PRAGMA cache_size=-32000")},  // 32 MB page cache
                                 error);
}

void Workspace::close()
{
    if (!m_db.isValid()) return;
    if (m_db.isOpen()) {
        // Keeps the query planner's statistics current, so the lists keep choosing the right
        // index as a workspace grows (SQLite's advice: run it before closing a connection).
        QString ignored;
        SqlStatement::execAll(m_db, {QStringLiteral("PRAGMA optimize")}, &ignored);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

int Workspace::schemaVersion() const
{
    QString ignored;
    return SqlStatement::scalar(m_db, QStringLiteral("PRAGMA user_version"), {}, &ignored).toInt();
}

QString Workspace::userName()
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
