// A workspace file open in two Lepton processes: the second is told, with the other process's
// id, and a lock left by a process that crashed does not stand in the way.
#include "models/storage/WorkspaceLock.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestWorkspaceLock : public QObject {
    Q_OBJECT
private:
    // Starts a second process that locks path, and waits until it has.
    static bool startHolder(QProcess &holder, const QString &path)
    {
        holder.start(QStringLiteral(LEPTON_LOCK_CHILD), {path});
        return holder.waitForStarted(30000) && holder.waitForReadyRead(30000) &&
               holder.readLine().trimmed() == QByteArrayLiteral("locked");
    }

private slots:
    void secondProcessIsToldTheFileIsOpenElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        QProcess holder;
        QVERIFY(startHolder(holder, path));

        WorkspaceLock lock;
        const QString said = lock.take(path);
        QVERIFY(!lock.isHeld());
        QVERIFY2(said.contains(QDir::toNativeSeparators(path)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("is open elsewhere")), qPrintable(said));
        QVERIFY2(said.contains(QString::number(holder.processId())), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Restore from Backup is refused")), qPrintable(said));

        // Once the other process closes the file, this one takes it over; and the other way round.
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(!QFile::exists(WorkspaceLock::lockFilePath(path)));
        QCOMPARE(lock.take(path), QString());
        QVERIFY(lock.isHeld());
        QProcess second;
        second.start(QStringLiteral(LEPTON_LOCK_CHILD), {path});
        QVERIFY(second.waitForStarted(30000) && second.waitForReadyRead(30000));
        QVERIFY(QString::fromLocal8Bit(second.readLine()).contains(QString::number(QCoreApplication::applicationPid())));
        second.closeWriteChannel();
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 1);
        lock.release();
        QVERIFY(!QFile::exists(WorkspaceLock::lockFilePath(path)));
    }

    void lockOfACrashedProcessDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crashed.sqlite"));
        QProcess holder;
        QVERIFY(startHolder(holder, path));
        holder.kill();  // SIGKILL: no chance to remove its lock file
        QVERIFY(holder.waitForFinished(30000));
        QVERIFY(QFile::exists(WorkspaceLock::lockFilePath(path)));

        WorkspaceLock lock;
        QCOMPARE(lock.take(path), QString());
        QVERIFY(lock.isHeld());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLock)
#include "tst_workspacelock.moc"
