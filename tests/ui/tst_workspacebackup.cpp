// File > Backup Copy: a consistent copy that opens as a workspace with the same records, made
// while the workspace stays open; never over the workspace itself.
#include "PartnerRepository.h"
#include "Workspace.h"
#include "WorkspaceBackup.h"

#include <QTemporaryDir>
#include <QtTest>

class TestWorkspaceBackup : public QObject {
    Q_OBJECT
private slots:
    void copyOpensWithTheSameRecords()
    {
        QTemporaryDir dir;
        Workspace workspace;
        QString error;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY2(workspace.open(path, &error), qPrintable(error));
        PartnerRepository partners(workspace);
        for (int i = 0; i < 25; ++i) {
            Partner p;
            p.name = QStringLiteral("伙伴 %1").arg(i);
            QVERIFY2(partners.create(p, &error), qPrintable(error));
        }
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        QFuture<QString> done = WorkspaceBackup::start(path, target);  // worker thread
        done.waitForFinished();
        QVERIFY2(done.result().isEmpty(), qPrintable(done.result()));

        // A second backup replaces the first instead of failing.
        QVERIFY(WorkspaceBackup::copy(path, target).isEmpty());
        Workspace copy;
        QVERIFY2(copy.open(target, &error), qPrintable(error));
        QCOMPARE(PartnerRepository(copy).count(), 25);
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    }

    void refusesToOverwriteTheWorkspace()
    {
        QTemporaryDir dir;
        Workspace workspace;
        QString error;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY2(workspace.open(path, &error), qPrintable(error));
        QVERIFY(!WorkspaceBackup::copy(path, path).isEmpty());
        QVERIFY(!WorkspaceBackup::copy(path, dir.filePath(QStringLiteral("no/such/folder/copy.sqlite"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "tst_workspacebackup.moc"
