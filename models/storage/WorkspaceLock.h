#pragma once
// Marks a workspace file as open in this process: a lock file beside it ("NAME.sqlite.lock",
// QLockFile), so that a second Lepton Partner Studio opening the same file is told that it is
// open elsewhere. The lock only informs: both processes may still work on the file (SQLite keeps
// their saves apart), while File > Restore, which would replace the file under the other one,
// is refused as long as the other one has it open (WorkspaceBackup::restore). A lock left by a
// process that crashed is taken over, never in the way.
//
// One per window and process: QLockFile counts the lock as this process's, so a second lock on
// the same file in the same process would report the file open elsewhere.
#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

class WorkspaceLock {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)
public:
    WorkspaceLock();
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock &) = delete;
    WorkspaceLock &operator=(const WorkspaceLock &) = delete;

    // Gives up the lock held so far and locks workspacePath for this process. Empty when this
    // process now holds it; otherwise what the user should know: which process has the file
    // open, and what that means for their work.
    QString take(const QString &workspacePath);
    // Gives up the lock (another workspace, a server, or the window closing).
    void release();
    bool isHeld() const;

    static QString lockFilePath(const QString &workspacePath);

private:
    std::unique_ptr<QLockFile> m_lock;
};
