#include "models/storage/ServerBackup.h"

#include "models/storage/RecordTables.h"
#include "models/storage/ServerConnection.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"
#include "models/storage/WorkspaceBackup.h"

#include <QDateTime>
#include <QDir>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

QFuture<QString> ServerBackup::start(const QString &location, const QString &targetPath)
{
    return QtConcurrent::run([location, targetPath] { return exportTo(location, targetPath); });
}

QString ServerBackup::exportTo(const QString &location, const QString &targetPath)
{
    Workspace server;
    QString error;
    if (!server.open(location, &error)) return error;
    // One snapshot of the server, whatever other clients commit meanwhile.
    Transaction read(server.database());
    if (!read.isActive()) return read.error();
    if (!SqlStatement::execAll(server.database(), {QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")}, &error))
        return error;
    return writeFile(server, targetPath);
}

QString ServerBackup::writeFile(const Workspace &server, const QString &targetPath)
{
    // Written under a temporary name: a failed export leaves no half file, nor a damaged old one.
    const QString temp = targetPath + QStringLiteral(".partial");
    WorkspaceBackup::removeWithJournals(temp);
    QString error;
    {
        Workspace file;
        if (file.open(temp, &error)) {
            Transaction write(file.database());
            if (!write.isActive())
                error = write.error();
            else if (RecordTables::copy(server.database(), file.database(), &error))
                write.commit(&error);
        }
    }
    if (error.isEmpty()) error = WorkspaceBackup::moveIntoPlace(temp, targetPath);
    if (!error.isEmpty()) WorkspaceBackup::removeWithJournals(temp);
    return error;
}

QString ServerBackup::restore(const QString &backupPath, const QString &location, const QString &undoFolder, QString *undoPath)
{
    Workspace server;
    QString error;
    if (!server.open(location, &error)) return error;
    // ALTER TABLE (below) needs the owner; an editor may not delete the audit log either.
    if (!server.dialect().ownsRecords(server.database(), &error))
        return tr("Your database user %1 may not replace this workspace's records and audit log; only the owner of its tables may "
                  "restore it. Connect as that user, or ask the server's administrator to restore the backup.")
            .arg(server.userName());

    // The chosen file is checked, and upgraded if older, in a copy of our own.
    QTemporaryDir scratch;
    if (!scratch.isValid()) return tr("No temporary folder could be created (%1). Free some disk space and try again.").arg(scratch.errorString());
    const QString copy = scratch.filePath(QStringLiteral("restoring.sqlite"));
    error = WorkspaceBackup::checkedCopy(backupPath, copy);
    if (!error.isEmpty()) return error;
    Workspace file;
    file.setBackupBeforeMigration(false);  // checkedCopy has upgraded it already
    if (!file.open(copy, &error)) return tr("The server's records were not replaced, nothing was changed: %1").arg(error);
    if (!QDir().mkpath(undoFolder)) return tr("The folder %1 for backups cannot be created.").arg(QDir::toNativeSeparators(undoFolder));
    const QString undo = QDir(undoFolder).filePath(QStringLiteral("%1-before-restore-%2.sqlite")
                                                       .arg(ServerConnection::fromLocation(location)->database,
                                                            WorkspaceBackup::timestamp(QDateTime::currentDateTime())));

    // One transaction from the lock to the commit: no other client's save lands between the undo
    // copy and the replacement (it would be in neither), nor beside the restored records. Others
    // wait for the commit, or are told the workspace is busy.
    const QSqlDatabase db = server.database();
    Transaction replace(db);
    if (!replace.isActive()) return replace.error();
    if (!lockRecords(db, &error))
        return tr("Other users are saving changes to this workspace, so it could not be locked for the restore, and nothing was "
                  "changed (%1). Try again in a moment.")
            .arg(error);
    error = writeFile(server, undo);
    if (!error.isEmpty()) return tr("The server's records could not be saved before the restore, so nothing was changed: %1").arg(error);
    if (!replaceRecords(file, server, &error) || !replace.commit(&error)) {
        WorkspaceBackup::removeWithJournals(undo);  // nothing changed, nothing to undo
        return tr("The server's records were not replaced, nothing was changed: %1").arg(error);
    }
    if (undoPath) *undoPath = undo;
    return {};
}

bool ServerBackup::lockRecords(const QSqlDatabase &db, QString *error)
{
    // EXCLUSIVE mode: others may still read (and take backup copies) but not write.
    QStringList locks;
    for (const QString &table : RecordTables::names()) locks << QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table);
    return SqlStatement::execAll(db, locks, error);
}

bool ServerBackup::replaceRecords(const Workspace &file, const Workspace &server, QString *error)
{
    const QSqlDatabase db = server.database();
    // The server stamps new audit entries with the current user, and writes one for every change
    // of a record; the restored history keeps its authors and gains no entry per replaced record.
    // DDL is transactional in PostgreSQL: the triggers are back on at commit or rollback.
    QStringList auditOff = {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_who")};
    for (const auto &[table, entity] : RecordTables::audited()) auditOff << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER lepton_audit").arg(table);
    QStringList auditOn = auditOff;
    auditOn.replaceInStrings(QStringLiteral(" DISABLE "), QStringLiteral(" ENABLE "));
    bool ok = SqlStatement::execAll(db, auditOff, error) && RecordTables::removeAll(db, error) &&
              RecordTables::copy(file.database(), db, error) && SqlStatement::execAll(db, auditOn, error);
    // Inserts with explicit ids leave the identity sequences behind: new records would collide.
    for (const QString &table : RecordTables::names()) {
        if (!ok || !db.record(table).contains(QStringLiteral("id"))) continue;
        ok = SqlStatement::scalar(db,
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM %1")
                                      .arg(table),
                                  {}, error)
                 .isValid();
    }
    return ok;
}
