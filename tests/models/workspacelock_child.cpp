// A second Lepton process for tst_workspacelock and tst_mainwindow: locks the workspace named by
// argv[1] as the window does, says "locked" (or what the lock said), and keeps the lock until its
// standard input closes; the tests also kill it to leave a stale lock behind.
#include "models/storage/WorkspaceLock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) return 2;
    WorkspaceLock lock;
    const QString said = lock.take(QString::fromLocal8Bit(argv[1]));
    std::printf("%s\n", said.isEmpty() ? "locked" : qPrintable(said));
    std::fflush(stdout);
    QTextStream in(stdin);
    while (!in.readLine().isNull()) {
    }
    return said.isEmpty() ? 0 : 1;
}
