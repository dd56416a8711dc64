#pragma once
// One workspace = one SQLite file holding partners, contracts, projects and their audit log.
//
// Thread rule (Qt's rule for QSqlDatabase): a Workspace, and every repository and list model made
// from it, is used only on the thread that opened it. Work on another thread opens its own
// Workspace on the same path; the WAL journal lets it read while this one writes.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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

    // Opens the file, creating it (and its folder) when missing, and upgrades its schema one
    // version at a time up to targetVersion (tests pass an older version to build old files).
    // Refuses files that are not Lepton workspaces or come from a newer version of the app.
    // Before upgrading a workspace that holds tables, a copy goes to the backups folder
    // (WorkspaceBackup::beforeMigration); if that copy fails, the workspace is not upgraded.
    bool open(const QString &path, QString *error, int targetVersion = latestVersion());
    // Off for a file that is itself a copy about to be checked (File > Restore).
    void setBackupBeforeMigration(bool on) { m_backupBeforeMigration = on; }
    // The automatic copy made by the last open(), empty when none was needed.
    QString migrationBackup() const { return m_migrationBackup; }
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    int schemaVersion() const;

    // Who changes records, for the audit log: the operating-system user name.
    static QString userName();
    // Where a workspace lives unless the user picks another file.
    static QString defaultPath();

private:
    bool configure(QString *error);
    bool checkIdentity(int *version, bool *empty, QString *error);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    bool m_backupBeforeMigration = true;
    QString m_migrationBackup;
};
