// File > Backup Copy: a consistent copy that opens as a workspace with the same records, made
// while the workspace stays open; never over the workspace itself. The automatic copy before a
// schema upgrade, and File > Restore with its checks and its undo.
#include "DamagedWorkspace.h"
#include "models/repositories/PartnerRepository.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"
#include "models/storage/WorkspaceBackup.h"

#include <QTemporaryDir>
#include <QtTest>

class TestWorkspaceBackup : public QObject {
    Q_OBJECT
private:
    // Plain SQL, not PartnerRepository: the repository writes today's schema, and these
    // workspaces are kept at older versions.
    static bool addPartner(Workspace &workspace, const QString &name)
    {
        QString error;
        SqlStatement insert(workspace.database(),
                            QStringLiteral("INSERT INTO partners (name, kind, industry, tier, status, rating, created_at, updated_at) "
                                           "VALUES (?, 'company', 'healthcare', 'standard', 'active', 3, '2025-01-01', '2025-01-01')"));
        const bool ok = insert.exec({name}, &error);
        if (!ok) qWarning("%s", qPrintable(error));
        return ok;
    }
    static QStringList partnerNames(const QString &path)
    {
        Workspace workspace;
        QString error;
        if (!workspace.open(path, &error)) return {error};
        QStringList names;
        SqlStatement rows(workspace.database(), QStringLiteral("SELECT name FROM partners ORDER BY name"));
        if (rows.exec(&error))
            while (rows.next()) names << rows.value(0).toString();
        return names;
    }

private slots:
    void neverUpgradesADamagedFile()
    {
        // The window opens without the damage check (it runs on a worker thread), but a file
        // that needs an upgrade is checked before anything is migrated or copied.
        QTemporaryDir dir;
        const QString path = dir.filePath("damaged-old.sqlite");
        const QString made = DamagedWorkspace::make(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QString error;
        const int older = Workspace::latestVersion() - 1;
        {
            Workspace ws;
            QVERIFY2(ws.openWithoutDamageCheck(path, &error), qPrintable(error));
            QVERIFY2(SqlStatement::execAll(ws.database(), {QString("PRAGMA user_version=%1").arg(older)}, &error), qPrintable(error));
        }
        Workspace window;
        QVERIFY(!window.openWithoutDamageCheck(path, &error));
        QVERIFY2(error.contains("damaged") && error.contains("Restore it from a backup"), qPrintable(error));
        QVERIFY(!QDir(WorkspaceBackup::backupFolder(path)).exists());  // nothing copied for an upgrade either
        QSqlDatabase raw = QSqlDatabase::addDatabase("QSQLITE", "damaged-old-raw");
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QCOMPARE(SqlStatement::scalar(raw, "PRAGMA user_version", {}, &error).toInt(), older);
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("damaged-old-raw");
    }

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

    void upgradeLeavesABackupThatOpensAtTheOldVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        {
            Workspace old;
            QVERIFY2(old.open(path, &error, 3), qPrintable(error));
            QVERIFY(old.migrationBackup().isEmpty());  // a new file has nothing to lose
            QVERIFY(addPartner(old, QStringLiteral("Alpha")));
        }
        Workspace upgraded;
        QVERIFY2(upgraded.open(path, &error), qPrintable(error));
        QCOMPARE(upgraded.schemaVersion(), Workspace::latestVersion());
        const QString backup = upgraded.migrationBackup();
        QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("old-v3-")));
        QCOMPARE(QFileInfo(backup).absolutePath(), dir.filePath(QStringLiteral("backups")));
        upgraded.close();

        Workspace copy;
        QVERIFY2(copy.open(backup, &error, 3), qPrintable(error));  // opened without upgrading it
        QCOMPARE(copy.schemaVersion(), 3);
        QCOMPARE(PartnerRepository(copy).count(), 1);
        copy.close();

        // Opening the now current workspace again needs no upgrade and makes no further copy.
        QVERIFY(upgraded.open(path, &error));
        QVERIFY(upgraded.migrationBackup().isEmpty());
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).size(), 1);
    }

    void keepsTheNewestFewUpgradeBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        QString error;
        {
            Workspace w;
            QVERIFY2(w.open(path, &error), qPrintable(error));
        }
        const QDateTime first(QDate(2026, 1, 1), QTime(9, 0));
        QStringList written;
        for (int i = 0; i < WorkspaceBackup::kKeptBackups + 3; ++i) {
            QString file;
            QCOMPARE(WorkspaceBackup::beforeMigration(path, 2 + i / 4, &file, first.addDays(i)), QString());
            written << QFileInfo(file).fileName();
        }
        QStringList kept = QDir(WorkspaceBackup::backupFolder(path)).entryList(QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), WorkspaceBackup::kKeptBackups);
        written = written.mid(3);
        written.sort();
        QCOMPARE(kept, written);
    }

    void restoreReplacesTheWorkspaceAndCanBeUndone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QString error;
        {
            Workspace live;
            QVERIFY2(live.open(path, &error), qPrintable(error));
            QVERIFY(addPartner(live, QStringLiteral("Alpha")));
            QCOMPARE(WorkspaceBackup::copy(path, backup), QString());
            QVERIFY(addPartner(live, QStringLiteral("Beta")));
        }
        QString undo;
        QCOMPARE(WorkspaceBackup::restore(backup, path, &undo), QString());
        QCOMPARE(partnerNames(path), QStringList{"Alpha"});
        QVERIFY(QFileInfo(undo).fileName().startsWith(QStringLiteral("live-before-restore-")));
        QCOMPARE(partnerNames(undo), (QStringList{"Alpha", "Beta"}));
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));

        // Undo: restore the copy taken before.
        QString undoOfUndo;
        QCOMPARE(WorkspaceBackup::restore(undo, path, &undoOfUndo), QString());
        QCOMPARE(partnerNames(path), (QStringList{"Alpha", "Beta"}));
    }

    void restoreIsRefusedWhileTheWorkspaceIsOpenElsewhere()
    {
        // Another window (or process) keeps the workspace open: replacing the file under it
        // would send its later saves into the replaced file, where nobody sees them again.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("monday.sqlite"));
        QString error;
        Workspace other;
        QVERIFY2(other.open(path, &error), qPrintable(error));
        QVERIFY(addPartner(other, QStringLiteral("Alpha")));
        QCOMPARE(WorkspaceBackup::copy(path, backup), QString());
        QVERIFY(addPartner(other, QStringLiteral("Beta")));

        QString undo;
        error = WorkspaceBackup::restore(backup, path, &undo);
        QVERIFY2(error.contains("open elsewhere") && error.contains("Close it there"), qPrintable(error));
        QVERIFY(undo.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
        // The other connection's next save lands in the workspace everyone opens.
        QVERIFY(addPartner(other, QStringLiteral("Gamma")));
        QCOMPARE(partnerNames(path), (QStringList{"Alpha", "Beta", "Gamma"}));

        // Closed there, the restore goes ahead.
        other.close();
        QCOMPARE(WorkspaceBackup::restore(backup, path, &undo), QString());
        QCOMPARE(partnerNames(path), QStringList{"Alpha"});
        QCOMPARE(partnerNames(undo), (QStringList{"Alpha", "Beta", "Gamma"}));
    }

    void restoreUpgradesAnOlderBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("v3.sqlite"));
        QString error;
        {
            Workspace old;
            QVERIFY2(old.open(backup, &error, 3), qPrintable(error));
            QVERIFY(addPartner(old, QStringLiteral("From version 3")));
        }
        QString undo;
        QCOMPARE(WorkspaceBackup::restore(backup, path, &undo), QString());
        QVERIFY(undo.isEmpty());  // there was no workspace to save
        Workspace restored;
        QVERIFY2(restored.open(path, &error), qPrintable(error));
        QCOMPARE(restored.schemaVersion(), Workspace::latestVersion());
        QVERIFY(restored.migrationBackup().isEmpty());  // upgraded before it was put in place
        QCOMPARE(PartnerRepository(restored).count(), 1);
        restored.close();
        // The chosen backup itself is left as it was.
        Workspace original;
        QVERIFY2(original.open(backup, &error, 3), qPrintable(error));
        QCOMPARE(original.schemaVersion(), 3);
    }

    void restoreRefusesFilesItCannotOpenAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QString error;
        {
            Workspace live;
            QVERIFY2(live.open(path, &error), qPrintable(error));
            QVERIFY(addPartner(live, QStringLiteral("Alpha")));
        }
        const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("partner list, not a database\n").repeated(200));
        file.close();

        const QString foreign = dir.filePath(QStringLiteral("other-app.sqlite"));
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(SqlStatement::execAll(db, {QStringLiteral("CREATE TABLE songs (title TEXT)")}, &error));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        {
            Workspace w;
            QVERIFY2(w.open(newer, &error), qPrintable(error));
            QVERIFY(SqlStatement::execAll(w.database(), {QStringLiteral("PRAGMA user_version=%1").arg(Workspace::latestVersion() + 1)}, &error));
        }
        const QList<QPair<QString, QString>> cases = {{text, "cannot be read"},
                                                      {foreign, "another program"},
                                                      {newer, "newer Lepton Partner Studio"},
                                                      {dir.filePath(QStringLiteral("missing.sqlite")), "does not exist"},
                                                      {path, "the workspace itself"}};
        for (const auto &[bad, reason] : cases) {
            QString undo;
            const QString refused = WorkspaceBackup::restore(bad, path, &undo);
            QVERIFY2(refused.contains(reason), qPrintable(bad + ": " + refused));
            QVERIFY(undo.isEmpty());
            QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));
            QCOMPARE(partnerNames(path), QStringList{"Alpha"});
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceBackup)
#include "tst_workspacebackup.moc"
