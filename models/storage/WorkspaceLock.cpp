#include "models/storage/WorkspaceLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

WorkspaceLock::WorkspaceLock() = default;

WorkspaceLock::~WorkspaceLock() = default;

QString WorkspaceLock::lockFilePath(const QString &workspacePath)
{
    return QFileInfo(workspacePath).absoluteFilePath() + QStringLiteral(".lock");
}

QString WorkspaceLock::take(const QString &workspacePath)
{
    release();
    auto lock = std::make_unique<QLockFile>(lockFilePath(workspacePath));
    // A lock is stale only when its process is gone (QLockFile checks the process id on this
    // computer), never by age, also where the file system has no file locks to tell (a network
    // share): a window may keep a workspace open for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    const QString file = QDir::toNativeSeparators(QFileInfo(workspacePath).absoluteFilePath());
    qint64 pid = 0;
    QString host, application;
    if (lock->error() != QLockFile::LockFailedError || !lock->getLockInfo(&pid, &host, &application))
        return tr("Lepton Partner Studio could not mark the workspace %1 as open in this window (the lock file %2 cannot be "
                  "written), so another window that opens it will not be told. Make the workspace's folder writable.")
            .arg(file, QDir::toNativeSeparators(lockFilePath(workspacePath)));
    return tr("The workspace %1 is open elsewhere too (%2, process %3 on %4). Nothing is lost: both windows save their "
              "changes to the same file, and each shows the other's changes after Refresh (F5). While it is open there, "
              "Restore from Backup is refused in both. If you did not mean to open it twice, close it in one of them.")
        .arg(file, application.isEmpty() ? tr("another program") : application)
        .arg(pid)
        .arg(host.isEmpty() ? tr("this computer") : host);
}

void WorkspaceLock::release()
{
    m_lock.reset();  // QLockFile's destructor unlocks and removes the file
}

bool WorkspaceLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}
