#pragma once
// One workspace = one SQLite file, or one database on a PostgreSQL server, holding partners,
// contracts, projects and their audit log. Its location is the file path or the server location
// (see ServerConnection); SqlDialect holds the SQL that differs between the two.
//
// Thread rule (Qt's rule for QSqlDatabase): a Workspace, and every repository and list model made
// from it, is used only on the thread that opened it. Work on another thread opens its own
// Workspace on the same path; the WAL journal lets it read while this one writes.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class SqlDialect;
struct ServerConnection;

class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    // The schema version this build writes; see WorkspaceSchema for each step.
    static int latestVersion();
    // PRAGMA application_id of every Lepton workspace ("LPS1"), so that another program's SQLite
    // file is not mistaken for one.
    static constexpr qint32 kApplicationId = 0x4C505331;

    Workspace();
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens the file (creating it and its folder when missing) or connects to the server
    // database a "postgresql://" location names, and upgrades its schema one version at a time
    // up to targetVersion (tests pass an older version to build old workspaces). Refuses files
    // and databases that are not Lepton workspaces or come from a newer version of the app.
    // Before upgrading a workspace file that holds tables, a copy goes to the backups folder
    // (WorkspaceBackup::beforeMigration); if that copy fails, the workspace is not upgraded.
    bool open(const QString &location, QString *error, int targetVersion = latestVersion());
    // Off for a file that is itself a copy about to be checked (File > Restore).
    void setBackupBeforeMigration(bool on) { m_backupBeforeMigration = on; }
    // open() without SQLite's damage check of a file, which reads every page (a second for
    // 400 MB): for the window, which runs damageIn() on a worker thread instead so that a large
    // workspace opens at once, and for worker threads' connections to it (QSqlDatabase is per
    // thread). A file that needs an upgrade is still checked first: nothing is migrated before
    // the check has passed.
    bool openWithoutDamageCheck(const QString &location, QString *error);
    // The damage check on a connection of its own, for a worker thread: empty when the file is
    // sound (or is a server's), else what is wrong and what to do.
    static QString damageIn(const QString &location);
    // The automatic copy made by the last open(), empty when none was needed.
    QString migrationBackup() const { return m_migrationBackup; }
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    // The file path, or the server location (without the password).
    QString path() const { return m_path; }
    bool isServer() const;
    // Where files that go with the workspace (training runs) are written: the file's folder,
    // or the user's data folder for a server workspace.
    QString localFolder() const;
    QSqlDatabase database() const { return m_db; }
    const SqlDialect &dialect() const;
    int schemaVersion() const;
    // True when the database refuses this user's changes (a read-only role on the server), or
    // the file was found damaged.
    bool isReadOnly() const { return m_readOnly || !m_damage.isEmpty(); }
    // Found damaged after opening (damageIn() on a worker thread): this connection refuses every
    // write from now on, so that nothing more is saved into the damaged file.
    void setDamaged(const QString &damage);
    QString damage() const { return m_damage; }
    // How the connection to a server travels, for the status bar: "Encrypted (TLSv1.3)" or "Not
    // encrypted" (only where the user allowed it); empty for a file.
    QString encryption() const { return m_encryption; }
    // True when this user may replace every record from a backup (SqlDialect::ownsRecords).
    bool mayRestore() const { return m_mayRestore; }

    // Who changes records, for the audit log: the database user on a server, the
    // operating-system user for a file.
    QString userName() const { return m_userName; }
    static QString systemUserName();
    // Where a workspace lives unless the user picks another file.
    static QString defaultPath();

private:
    bool openFile(const QString &path, QString *error);
    bool connect(const ServerConnection &server, QString *error);
    bool checkIdentity(int *version, bool *empty, QString *error);
    bool backUpBeforeUpgrade(int version, QString *error);
    QString checkPages() const;
    QString readEncryption() const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    QString m_userName;
    bool m_readOnly = false;
    bool m_mayRestore = false;
    QString m_damage;
    QString m_encryption;
    bool m_backupBeforeMigration = true;
    bool m_damageCheck = true;
    QString m_migrationBackup;
};
