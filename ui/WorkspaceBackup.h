#pragma once
// A consistent copy of a workspace file, made with SQLite's VACUUM INTO on a worker thread with
// its own connection, so the window stays responsive and the copy never catches a half-written
// transaction (WAL lets the copy read while the window keeps working).
#include <QFuture>
#include <QString>

class WorkspaceBackup {
public:
    // Empty result = success; otherwise what went wrong, in words a user can act on.
    static QFuture<QString> start(const QString &workspacePath, const QString &targetPath);
    // The same work, on the calling thread (used by start and by tests).
    static QString copy(const QString &workspacePath, const QString &targetPath);
};
