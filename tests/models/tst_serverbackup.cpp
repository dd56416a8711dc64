// A server workspace backed up to a workspace file and restored from one (ServerBackup), on the
// test server (ctest fixture "postgres"), and the list of record tables that both rely on.
#include "models/demo/DemoWorkspace.h"
#include "models/repositories/PartnerRepository.h"
#include "models/storage/RecordTables.h"
#include "models/storage/ServerBackup.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "TestRecords.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"
#include "models/analytics/CoalitionValues.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

class TestServerBackup : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;

    // Every table's rows as sorted text lines: equal lists mean equal tables, whichever backend
    // and row order. Derived tables included: the triggers must have rebuilt them.
    static QMap<QString, QStringList> contents(const QSqlDatabase &db)
    {
        QMap<QString, QStringList> out;
        QStringList tables = RecordTables::names() + RecordTables::derivedNames();
        tables.removeAll(QStringLiteral("lepton_schema"));
        for (const QString &table : tables) {
            const QSqlRecord columns = db.record(table);
            QStringList names;
            for (int i = 0; i < columns.count(); ++i) names << columns.fieldName(i);
            names.sort();  // the same column order on both backends
            QString error;
            SqlStatement rows(db, QStringLiteral("SELECT %1 FROM %2").arg(names.join(", "), table));
            if (!rows.exec(&error)) qFatal("%s", qPrintable(error));
            QStringList lines;
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < names.size(); ++i) values << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
                lines << values.join(QLatin1Char('|'));
            }
            lines.sort();
            out.insert(table, lines);
        }
        return out;
    }

    static QMap<QString, QStringList> contentsOf(const QString &location)
    {
        Workspace ws;
        ws.setBackupBeforeMigration(false);
        QString error;
        if (!ws.open(location, &error)) qFatal("%s", qPrintable(error));
        return contents(ws.database());
    }

    static void exec(const QString &location, const QString &sql)
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(location, &error), qPrintable(error));
        QVERIFY2(SqlStatement::execAll(ws.database(), {sql}, &error), qPrintable(error));
    }

    // The ordinary tables of a live workspace: not SQLite's FTS5 tables (virtual and shadow).
    static QStringList liveTables(const QString &location)
    {
        Workspace ws;
        QString error;
        if (!ws.open(location, &error)) qFatal("%s", qPrintable(error));
        SqlStatement tables(ws.database(), ws.isServer() ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                                                         : "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                                           "AND name NOT LIKE 'sqlite_%'");
        if (!tables.exec(&error)) qFatal("%s", qPrintable(error));
        QStringList out;
        while (tables.next()) out << tables.value(0).toString();
        out.sort();
        return out;
    }

    QString loginAs(const QString &user, const QString &role) const { return TestBackend::loginAs(m_location, user, role); }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestBackend::isPostgres(), "run with LEPTON_TEST_BACKEND=postgres (ctest does)");
        QVERIFY(m_dir.isValid());
    }

    // The demo records (partners, contracts, projects, participants, milestones, ledger, audit
    // log) plus a training run with metric points and a project's coalition values.
    void init()
    {
        m_location = TestBackend::newDatabase();
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(m_location, &error), qPrintable(error));
        QVERIFY2(DemoWorkspace::fill(ws, &error, QDate(2026, 3, 15)), qPrintable(error));
        const qint64 project = SqlStatement::scalar(ws.database(), "SELECT MIN(project_id) FROM participants", {}, &error).toLongLong();
        TrainingRunRepository runs(ws);
        TrainingRun run = TestRecords::trainingRun(project);
        QVERIFY2(runs.create(run, &error), qPrintable(error));
        QVERIFY2(runs.addMetricPoints(run.id, {{1, 0, MetricPoint::kTrainLoss, 0.75}, {2, 0, MetricPoint::kTrainLoss, 0.5}}, &error),
                 qPrintable(error));
        QVERIFY2(CoalitionValues(ws.database()).save(project, {1, 2}, 3, 125000, &error), qPrintable(error));
    }

    void everyTableIsCopiedOrDerived()
    {
        QStringList known = RecordTables::names() + RecordTables::derivedNames();
        known.sort();
        for (const QString &location : {m_location, m_dir.filePath("tables.sqlite")}) {
            const QStringList live = liveTables(location);
            for (const QString &table : live)
                QVERIFY2(known.contains(table), qPrintable(QStringLiteral("%1 is neither copied by a backup nor listed as derived; add it to "
                                                                          "RecordTables").arg(table)));
            for (const QString &table : RecordTables::names()) QVERIFY2(live.contains(table), qPrintable(table));
        }
    }

    void backupHoldsEveryRecordAndRebuildsTheTotals()
    {
        const QString file = m_dir.filePath("backup.sqlite");
        QFile::remove(file);
        QCOMPARE(ServerBackup::start(m_location, file).result(), QString());
        QVERIFY(!QFile::exists(file + ".partial"));
        const auto server = contentsOf(m_location);
        const auto backup = contentsOf(file);
        QVERIFY(server.value("audit_log").size() > 50);
        for (const char *table : {"partners", "participants", "milestones", "ledger_entries", "training_metrics", "coalition_values",
                                     "ledger_partner_totals"})
            QVERIFY2(!server.value(table).isEmpty(), table);
        for (auto it = server.cbegin(); it != server.cend(); ++it) QCOMPARE(backup.value(it.key()), it.value());

        Workspace copy;
        QString error;
        QVERIFY2(copy.open(file, &error), qPrintable(error));
        QCOMPARE(copy.schemaVersion(), Workspace::latestVersion());
        // The search index was rebuilt, and link rows keep the order the user listed them in.
        const QString name = SqlStatement::scalar(copy.database(), "SELECT name FROM partners ORDER BY id", {}, &error).toString();
        QVERIFY(SqlStatement::scalar(copy.database(), "SELECT count(*) FROM partners_search WHERE partners_search MATCH ?",
                                     {'"' + name + '"'}, &error).toInt() >= 1);
        Workspace ws;
        QVERIFY2(ws.open(m_location, &error), qPrintable(error));
        const QString order = QStringLiteral("SELECT partner_id FROM participants WHERE project_id = ? ORDER BY %1");
        for (qint64 project = 1; project <= 5; ++project) {
            QVariantList a, b;
            SqlStatement s(ws.database(), order.arg(SqlDialect::postgres().insertionOrder())), f(copy.database(), order.arg(SqlDialect::sqlite().insertionOrder()));
            QVERIFY(s.exec({project}, &error) && f.exec({project}, &error));
            while (s.next()) a << s.value(0);
            while (f.next()) b << f.value(0).toLongLong();
            QCOMPARE(b, a);
        }
    }

    void restorePutsTheFilesRecordsOnTheServer()
    {
        const QString file = m_dir.filePath("restore.sqlite");
        QFile::remove(file);
        QCOMPARE(ServerBackup::exportTo(m_location, file), QString());
        // History written by someone else keeps its author (the server would stamp the restorer).
        exec(file, "UPDATE audit_log SET who = 'alice' WHERE id = 1");
        const auto backup = contentsOf(file);

        // Changes after the backup: a new partner, a renamed one, a deleted ledger entry.
        exec(m_location, "INSERT INTO partners (name, kind, industry, tier, status, rating, created_at, updated_at) "
                         "VALUES ('Added Later', 'startup', 'education', 'standard', 'active', 3, 'x', 'x')");
        exec(m_location, "UPDATE partners SET name = 'Renamed Later' WHERE id = 2");
        exec(m_location, "DELETE FROM ledger_entries WHERE id = 3");
        const auto changed = contentsOf(m_location);
        QVERIFY(changed != backup);

        QString undo;
        const QString undoFolder = m_dir.filePath("undo");
        QCOMPARE(ServerBackup::restore(file, m_location, undoFolder, &undo), QString());
        QCOMPARE(contentsOf(m_location), backup);
        QVERIFY2(undo.startsWith(undoFolder) && QFile::exists(undo), qPrintable(undo));
        QCOMPARE(contentsOf(undo), changed);  // restoring the undo copy undoes the restore

        // New records get ids after the restored ones, and the server stamps their author again.
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(m_location, &error), qPrintable(error));
        const qint64 maxId = SqlStatement::scalar(ws.database(), "SELECT MAX(id) FROM partners", {}, &error).toLongLong();
        const qint64 maxAudit = SqlStatement::scalar(ws.database(), "SELECT MAX(id) FROM audit_log", {}, &error).toLongLong();
        Partner p;
        p.name = QStringLiteral("After Restore");
        p.kind = PartnerKind::Startup;
        p.industry = Industry::Education;
        p.rating = 3;
        QVERIFY2(PartnerRepository(ws).create(p, &error), qPrintable(error));
        QCOMPARE(p.id, maxId + 1);
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT who FROM audit_log WHERE id = ?", {maxAudit + 1}, &error).toString(), ws.userName());
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT who FROM audit_log WHERE id = 1", {}, &error).toString(), QStringLiteral("alice"));
    }

    void savesDuringARestoreAreNeverLost()
    {
        // Another user keeps saving new partners on a connection of their own while the owner
        // restores: every save the server acknowledged is either in the undo copy (saved before
        // the restore) or on the server afterwards (saved after it), never lost in between.
        const QString file = m_dir.filePath("during.sqlite");
        QFile::remove(file);
        QCOMPARE(ServerBackup::exportTo(m_location, file), QString());
        QStringList acknowledged;
        QString failure;
        QAtomicInt saves = 0;
        QAtomicInt stop = 0;
        std::unique_ptr<QThread> editor(QThread::create([&] {
            Workspace ws;
            if (!ws.open(m_location, &failure)) return;
            PartnerRepository partners(ws);
            for (int i = 0; !stop.loadAcquire(); ++i) {
                Partner p;
                p.name = QStringLiteral("Saved during restore %1").arg(i);
                p.kind = PartnerKind::Startup;
                p.industry = Industry::Education;
                p.rating = 3;
                QString error;
                if (partners.create(p, &error)) {
                    acknowledged << p.name;
                    saves.fetchAndAddRelease(1);
                } else if (!error.contains("lock timeout")) {
                    failure = error;
                    return;
                }
            }
        }));
        editor->start();
        QTRY_VERIFY_WITH_TIMEOUT(saves.loadAcquire() >= 5 || editor->isFinished(), 30000);
        QString undo;
        const QString error = ServerBackup::restore(file, m_location, m_dir.filePath("undo-during"), &undo);
        const int afterRestore = saves.loadAcquire();
        QTRY_VERIFY_WITH_TIMEOUT(saves.loadAcquire() >= afterRestore + 5 || editor->isFinished(), 30000);
        stop.storeRelease(1);
        QVERIFY(editor->wait(60000));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(error, QString());

        const auto names = [](const QString &location) {
            Workspace ws;
            QString why;
            if (!ws.open(location, &why)) qFatal("%s", qPrintable(why));
            SqlStatement rows(ws.database(), "SELECT name FROM partners");
            if (!rows.exec(&why)) qFatal("%s", qPrintable(why));
            QSet<QString> out;
            while (rows.next()) out << rows.value(0).toString();
            return out;
        };
        const QSet<QString> server = names(m_location), before = names(undo), restored = names(file);
        int lost = 0, inBoth = 0;
        for (const QString &name : acknowledged) {
            lost += !server.contains(name) && !before.contains(name);
            inBoth += server.contains(name) && before.contains(name);
        }
        qInfo("saves lost during a restore: %d of %lld", lost, qlonglong(acknowledged.size()));
        QCOMPARE(lost, 0);
        QCOMPARE(inBoth, 0);  // a save before the restore is undone by it, and kept in the undo copy
        // The server holds the restored records plus the saves that came after, nothing else.
        for (const QString &name : server) QVERIFY2(restored.contains(name) || acknowledged.contains(name), qPrintable(name));
        QVERIFY(before.size() > restored.size());
    }

    void failedRestoreLeavesTheServerUntouched()
    {
        const auto before = contentsOf(m_location);
        const QString undoFolder = m_dir.filePath("undo-failed");
        QString undo;

        const QString notWorkspace = m_dir.filePath("notes.sqlite");
        QFile text(notWorkspace);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("These are meeting notes, not a workspace.\n");
        text.close();
        QString error = ServerBackup::restore(notWorkspace, m_location, undoFolder, &undo);
        QVERIFY2(error.contains("cannot be read"), qPrintable(error));

        // A workspace file whose last rows the server refuses (a link to a partner that does not
        // exist): the records already deleted and inserted are rolled back with it.
        const QString broken = m_dir.filePath("broken.sqlite");
        QFile::remove(broken);
        QCOMPARE(ServerBackup::exportTo(m_location, broken), QString());
        {
            Workspace ws;
            QVERIFY2(ws.open(broken, &error), qPrintable(error));
            QVERIFY2(SqlStatement::execAll(ws.database(), {"PRAGMA foreign_keys = OFF",
                                                          "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES ('x', 'x', 'x', 1, 'x')",
                                                          "INSERT INTO training_metrics (run_id, kind, step, epoch, value) VALUES (999, 'x', 1, 0, 1)"},
                                           &error),
                     qPrintable(error));
        }
        error = ServerBackup::restore(broken, m_location, undoFolder, &undo);
        QVERIFY2(error.contains("nothing was changed") && error.contains("training_metrics"), qPrintable(error));
        QCOMPARE(contentsOf(m_location), before);
        QVERIFY(undo.isEmpty());
        QVERIFY(QDir(undoFolder).entryList(QDir::Files).isEmpty());

        // The audit trigger is on again: the server still stamps new entries.
        exec(m_location, "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES ('x', 'forged', 'x', 1, 'x')");
        Workspace ws;
        QVERIFY2(ws.open(m_location, &error), qPrintable(error));
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT who FROM audit_log ORDER BY id DESC", {}, &error).toString(), ws.userName());
    }

    void onlyTheOwnerMayRestore()
    {
        const QString file = m_dir.filePath("owner.sqlite");
        QFile::remove(file);
        QCOMPARE(ServerBackup::exportTo(m_location, file), QString());
        const QString database = ServerConnection::fromLocation(m_location)->database;
        const auto before = contentsOf(m_location);
        for (const QString &role : {SqlDialect::readerRole(database), SqlDialect::editorRole(database)}) {
            const QString user = QStringLiteral("%1_user").arg(role);
            const QString location = loginAs(user, role);
            QString undo;
            const QString error = ServerBackup::restore(file, location, m_dir.filePath("undo-refused"), &undo);
            QVERIFY2(error.contains(user) && error.contains("only the owner"), qPrintable(error));
            // A reader may still take a backup copy.
            QCOMPARE(ServerBackup::exportTo(location, m_dir.filePath("by-" + user + ".sqlite")), QString());
            TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
            TestBackend::adminExec(QStringLiteral("DROP ROLE %1").arg(user));
        }
        QCOMPARE(contentsOf(m_location), before);
    }
};

QTEST_GUILESS_MAIN(TestServerBackup)
#include "tst_serverbackup.moc"
