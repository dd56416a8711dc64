#include "WorkspaceBackup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <cstdio>
#include <cstring>

QFuture<QString> WorkspaceBackup::start(const QString &workspacePath, const QString &targetPath)
{
    return QtConcurrent::run([workspacePath, targetPath] { return copy(workspacePath, targetPath); });
}

QString WorkspaceBackup::copy(const QString &workspacePath, const QString &targetPath)
{
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(workspacePath).absoluteFilePath())
        return QCoreApplication::translate("WorkspaceBackup",
                                           "The backup cannot replace the workspace itself. Choose another file name.");
    // VACUUM INTO refuses to overwrite, and a stale copy must not survive a failed backup:
    // write to a temporary name, then move it into place.
    const QString temp = targetPath + QStringLiteral(".partial");
    QFile::remove(temp);
    QString error;
    const QString connection = QStringLiteral("backup-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(workspacePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(temp);
            if (!query.exec()) error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    // std::rename replaces an older backup in one step (POSIX), unlike QFile::rename.
    if (error.isEmpty()
        && std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(targetPath).constData()) != 0)
        error = QCoreApplication::translate("WorkspaceBackup", "The copy could not be moved to %1: %2")
                    .arg(targetPath, QString::fromLocal8Bit(std::strerror(errno)));
    if (!error.isEmpty()) QFile::remove(temp);
    return error;
}
