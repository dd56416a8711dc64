#include "models/storage/WorkspaceBackup.h"

#include "models/storage/SqlStatement.h"
#include "models/storage/SqliteLibrary.h"
#include "models/storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// std::rename replaces the target in one step (POSIX), unlike QFile::rename.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
}  // namespace

QFuture<QString> WorkspaceBackup::start(const QString &workspacePath, const QString &targetPath)
{
    return QtConcurrent::run([workspacePath, targetPath] { return copy(workspacePath, targetPath); });
}

QString WorkspaceBackup::copy(const QString &workspacePath, const QString &targetPath)
{
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(workspacePath).absoluteFilePath())
        return tr("The backup cannot replace the workspace itself. Choose another file name.");
    QString error;
    const QString connection = QStringLiteral("backup-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        SqliteLibrary::prepare();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        error = db.open() ? vacuumInto(db, targetPath) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

QString WorkspaceBackup::moveIntoPlace(const QString &temp, const QString &target)
{
    QString error = flushToDisk(temp, false);
    if (error.isEmpty() && !replaceFile(temp, target))
        error = tr("The copy could not be moved to %1: %2").arg(QDir::toNativeSeparators(target), systemError());
    if (error.isEmpty()) error = flushToDisk(QFileInfo(target).absolutePath(), true);
    return error;
}

QString WorkspaceBackup::flushToDisk(const QString &path, bool folder)
{
    // A rename is only durable once the file's bytes and then the folder entry are on disk.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | (folder ? O_DIRECTORY : 0));
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    const QString why = ok ? QString() : tr("%1 could not be written to disk: %2").arg(QDir::toNativeSeparators(path), systemError());
    if (fd >= 0) ::close(fd);
    return why;
}

void WorkspaceBackup::removeWithJournals(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) QFile::remove(path + suffix);
}

QString WorkspaceBackup::backupFolder(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString WorkspaceBackup::timestamp(const QDateTime &now)
{
    return now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

QString WorkspaceBackup::beforeMigration(const QString &workspacePath, int fromVersion, QString *written, const QDateTime &now)
{
    const QString folder = backupFolder(workspacePath);
    if (!QDir().mkpath(folder))
        return tr("The folder %1 for backups cannot be created. Make the workspace's folder writable.").arg(QDir::toNativeSeparators(folder));
    const QString target = QDir(folder).filePath(QStringLiteral("%1-v%2-%3.sqlite")
                                                     .arg(QFileInfo(workspacePath).completeBaseName())
                                                     .arg(fromVersion)
                                                     .arg(timestamp(now)));
    const QString error = copy(workspacePath, target);
    if (!error.isEmpty()) return error;
    if (written) *written = target;
    prune(workspacePath);
    return {};
}

void WorkspaceBackup::prune(const QString &workspacePath)
{
    // Names sort by time within one version; the version is compared as a number.
    QDir folder(backupFolder(workspacePath));
    const QString base = QFileInfo(workspacePath).completeBaseName();
    QStringList copies = folder.entryList({base + QStringLiteral("-v*.sqlite")}, QDir::Files);
    const QRegularExpression pattern(QStringLiteral("^%1-v(\\d+)-(\\d{8}-\\d{6}-\\d{3})\\.sqlite$").arg(QRegularExpression::escape(base)));
    QList<QPair<QString, QString>> dated;  // (time, file)
    for (const QString &file : copies)
        if (const QRegularExpressionMatch m = pattern.match(file); m.hasMatch()) dated.append({m.captured(2), file});
    std::sort(dated.begin(), dated.end());
    for (int i = 0; i < int(dated.size()) - kKeptBackups; ++i) QFile::remove(folder.filePath(dated[i].second));
}

QString WorkspaceBackup::checkedCopy(const QString &backupPath, const QString &copyPath)
{
    if (!QFileInfo(backupPath).isFile())
        return tr("The backup %1 does not exist. Choose an existing backup file.").arg(QDir::toNativeSeparators(backupPath));
    // A file that is not SQLite at all fails here.
    removeWithJournals(copyPath);
    QString error = copy(backupPath, copyPath);
    if (!error.isEmpty())
        return tr("The backup %1 cannot be read: %2 Choose a backup made by Lepton Partner Studio.").arg(QDir::toNativeSeparators(backupPath), error);
    Workspace check;
    check.setBackupBeforeMigration(false);  // the copy is upgraded; the chosen file stays as it was
    bool ok = check.open(copyPath, &error);
    if (ok) {
        const QString quick = SqlStatement::scalar(check.database(), QStringLiteral("PRAGMA quick_check"), {}, &error).toString();
        if (quick != QLatin1String("ok")) {
            error = tr("The backup %1 is damaged (%2). Choose another backup.").arg(QDir::toNativeSeparators(backupPath), quick.isEmpty() ? error : quick);
            ok = false;
        }
    }
    check.close();
    if (!ok) removeWithJournals(copyPath);
    return ok ? QString() : error;
}

QString WorkspaceBackup::restore(const QString &backupPath, const QString &workspacePath, QString *undoPath)
{
    const QFileInfo target(workspacePath);
    if (QFileInfo(backupPath).absoluteFilePath() == target.absoluteFilePath())
        return tr("%1 is the workspace itself. Choose a backup file.").arg(QDir::toNativeSeparators(backupPath));

    // A single-file copy beside the workspace (same file system, so the final rename is atomic).
    const QString temp = target.absoluteFilePath() + QStringLiteral(".restoring");
    QString error = checkedCopy(backupPath, temp);
    if (!error.isEmpty()) return error;
    error = flushToDisk(temp, false);

    // The workspace is held exclusively from the undo copy to the rename: another window or
    // program that has it open would go on committing into the replaced file, and lose it all.
    const QString connection = QStringLiteral("restore-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase hold;
    const auto release = [&] {
        if (!hold.isValid()) return;
        hold.close();
        hold = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    };
    if (error.isEmpty() && target.exists()) {
        hold = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        error = holdExclusively(hold, workspacePath);
        if (!error.isEmpty()) {
            release();
            removeWithJournals(temp);
            return error;
        }
        const QString undo = QDir(backupFolder(workspacePath))
                                 .filePath(QStringLiteral("%1-before-restore-%2.sqlite").arg(target.completeBaseName(), timestamp(QDateTime::currentDateTime())));
        if (!QDir().mkpath(backupFolder(workspacePath))) error = tr("The folder %1 for backups cannot be created.").arg(backupFolder(workspacePath));
        if (error.isEmpty()) error = vacuumInto(hold, undo);
        if (!error.isEmpty()) {
            release();
            removeWithJournals(temp);
            return tr("The current workspace could not be saved before the restore, so nothing was changed: %1").arg(error);
        }
        if (undoPath) *undoPath = undo;
    }
    if (error.isEmpty()) {
        // The old file's journals must not be applied to the restored one.
        QFile::remove(workspacePath + QStringLiteral("-wal"));
        QFile::remove(workspacePath + QStringLiteral("-shm"));
        if (!replaceFile(temp, target.absoluteFilePath()))
            error = tr("The backup could not be put in place of %1: %2").arg(QDir::toNativeSeparators(workspacePath), systemError());
    }
    if (error.isEmpty()) error = flushToDisk(target.absolutePath(), true);
    if (!error.isEmpty()) removeWithJournals(temp);
    release();
    return error;
}

QString WorkspaceBackup::holdExclusively(QSqlDatabase &db, const QString &workspacePath)
{
    SqliteLibrary::prepare();
    db.setDatabaseName(workspacePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    if (!db.open()) return tr("The workspace %1 cannot be opened: %2").arg(QDir::toNativeSeparators(workspacePath), db.lastError().text());
    // Every connection to a WAL workspace holds a shared lock on it while open, so leaving WAL
    // succeeds only when no other connection exists; the exclusive locking mode then keeps the
    // file's lock until this connection closes.
    QSqlQuery query(db);
    const bool alone = query.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && query.next() &&
                       query.value(0).toString() == QLatin1String("delete");
    if (!alone)
        return tr("The workspace %1 is open elsewhere (another window of Lepton Partner Studio or another program), so it was not "
                  "restored: their later changes would be lost. Close it there and try again.")
            .arg(QDir::toNativeSeparators(workspacePath));
    for (const QString &sql : {QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), QStringLiteral("BEGIN EXCLUSIVE"), QStringLiteral("COMMIT")})
        if (!query.exec(sql))
            return tr("The workspace %1 could not be locked for the restore: %2").arg(QDir::toNativeSeparators(workspacePath), query.lastError().text());
    return {};
}

QString WorkspaceBackup::vacuumInto(const QSqlDatabase &db, const QString &targetPath)
{
    // VACUUM INTO refuses to overwrite, and a stale copy must not survive a failed backup:
    // write to a temporary name, flush it, then move it into place.
    const QString temp = targetPath + QStringLiteral(".partial");
    QFile::remove(temp);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temp);
    QString error = query.exec() ? QString() : query.lastError().text();
    if (error.isEmpty()) error = moveIntoPlace(temp, targetPath);
    if (!error.isEmpty()) QFile::remove(temp);
    return error;
}
