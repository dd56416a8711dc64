#pragma once
// Backups of a workspace on a PostgreSQL server as workspace files, for users who cannot reach
// the server machine's own backups: File > Backup Copy writes the server's records to a new
// SQLite workspace file, and File > Restore from Backup replaces the server's records with a
// workspace file's (SQLite workspaces use WorkspaceBackup instead).
#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QString>

class Workspace;

class ServerBackup {
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)
public:
    // exportTo on a worker thread with connections of its own. Empty result = success.
    static QFuture<QString> start(const QString &location, const QString &targetPath);
    // Writes every record of the server workspace at location, as one consistent snapshot, to a
    // new workspace file at targetPath (replacing a file there only once the copy is complete).
    static QString exportTo(const QString &location, const QString &targetPath);

    // Replaces every record of the server workspace at location with the records of the
    // workspace file backupPath (which stays as it was; an older one is upgraded in a copy), in
    // one server transaction that first locks every record table against other writers, then
    // exports the records to undoFolder (*undoPath, so the restore can be undone) and replaces
    // them: a save by another client is either in the undo copy or waits and lands after. Only
    // the owner of the workspace's tables may restore: it replaces the audit log, which nobody
    // else may change. Nothing is changed unless everything succeeds.
    static QString restore(const QString &backupPath, const QString &location, const QString &undoFolder, QString *undoPath);

private:
    // Copies every record the server connection sees, in its current transaction, to a new
    // workspace file at targetPath.
    static QString writeFile(const Workspace &server, const QString &targetPath);
    static bool lockRecords(const QSqlDatabase &db, QString *error);
    static bool replaceRecords(const Workspace &file, const Workspace &server, QString *error);
};
