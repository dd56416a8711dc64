#include "models/lists/PartnerListModel.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "TestRecords.h"
#include "DamagedWorkspace.h"
#include "models/storage/Workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestWorkspace : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

    static void exec(Workspace &ws, const QString &sql, const QVariantList &values = {})
    {
        QString error;
        SqlStatement statement(ws.database(), sql);
        QVERIFY2(statement.exec(values, &error), qPrintable(error));
    }

private slots:
    void emptyFileReachesLatestVersion()
    {
        Workspace ws;
        QString error;
        const QString location = TestBackend::freshLocation(file("new/sub/folder/ws.sqlite"));
        QVERIFY2(ws.open(location, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
        QVERIFY(Workspace::latestVersion() >= 8);
        QVERIFY(!ws.isReadOnly());
        if (TestBackend::isPostgres()) {
            QVERIFY(ws.isServer());
            QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT application_id FROM lepton_schema", {}, &error).toInt(), Workspace::kApplicationId);
        } else {
            QCOMPARE(SqlStatement::scalar(ws.database(), "PRAGMA foreign_keys", {}, &error).toInt(), 1);
            QCOMPARE(SqlStatement::scalar(ws.database(), "PRAGMA journal_mode", {}, &error).toString(), QString("wal"));
            QCOMPARE(SqlStatement::scalar(ws.database(), "PRAGMA application_id", {}, &error).toInt(), Workspace::kApplicationId);
        }
        // Reopening an up-to-date workspace changes nothing.
        ws.close();
        QVERIFY2(ws.open(location, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
    }

    void firstVersionUpgradesWithItsDataIntact()
    {
        const QString path = TestBackend::freshLocation(file("v1.sqlite"));
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(path, &error, 1), qPrintable(error));
            QCOMPARE(ws.schemaVersion(), 1);
            exec(ws, "INSERT INTO partners (id, name, kind, industry, country, city, capability_tags, tier, status, rating, created_at, updated_at) "
                     "VALUES (7, '北京慧眼医疗', 'startup', 'healthcare', 'China', 'Beijing', '[\"medical imaging\"]', 'key', 'active', 4, "
                     "'2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z')");
            exec(ws, "INSERT INTO contracts (id, reference, title, mode, start_date, end_date, notice_days, value_minor, currency, status, "
                     "allocation_method, created_at, updated_at) VALUES (3, 'C-1', 'Imaging pilot', 'joint_rnd', '2024-01-01', '2025-01-01', 30, "
                     "1234567, 'CNY', 'active', 'fixed_shares', 'x', 'x')");
            exec(ws, "INSERT INTO contract_parties VALUES (3, 7)");
            exec(ws, "INSERT INTO projects (id, name, industry, contract_id, status, start_date, created_at, updated_at) "
                     "VALUES (5, 'CT triage', 'healthcare', 3, 'running', '2024-02-01', 'x', 'x')");
            exec(ws, "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency, description) "
                     "VALUES (5, '2024-03-01', 'revenue', 50000, 'CNY', 'first invoice')");
        }
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
        PartnerRepository partners(ws);
        const auto partner = partners.find(7);
        QVERIFY(partner.has_value());
        QCOMPARE(partner->name, QString("北京慧眼医疗"));
        QCOMPARE(partner->kind, PartnerKind::Startup);
        QCOMPARE(partner->capabilityTags, QStringList{"medical imaging"});
        QCOMPARE(partner->rating, 4);
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT sum(amount_minor) FROM ledger_entries WHERE project_id = 5", {}, &error).toLongLong(), 50000);
        // Records written before versions existed all start at version 1, and saving moves it on.
        for (const char *table : {"partners", "contracts", "projects", "ledger_entries"})
            QCOMPARE(SqlStatement::scalar(ws.database(), QString("SELECT count(*) FROM %1 WHERE version = 1").arg(table), {}, &error).toInt(), 1);
        QCOMPARE(partner->version, qint64(1));
        // The search index of version 2 covers rows written under version 1.
        PartnerListModel list(ws);
        list.setSearchText("慧眼医");
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.idAt(0), qint64(7));
        list.setSearchText("北京");  // the word index of version 3 too
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.idAt(0), qint64(7));
        QString auditError;
        QVERIFY(AuditLog(ws).entriesFor("partner", 7, &auditError).isEmpty());
        QVERIFY2(auditError.isEmpty(), qPrintable(auditError));
        // The partner is still protected by the contract it is party to.
        QVERIFY(!partners.remove(7, partner->version, &error));
        QVERIFY(error.contains("1 contract"));
        Partner noted = *partner;
        noted.notes = "upgraded";
        QVERIFY2(partners.update(noted, &error), qPrintable(error));
        QCOMPARE(partners.find(7)->version, qint64(2));
    }

    void version16RecordsTheContractsSynergy()
    {
        // A contract written at version 15 has no synergy after the upgrade, and can be given one;
        // the column refuses what the contract form refuses, also to writers that bypass it.
        const QString path = TestBackend::freshLocation(file("v15.sqlite"));
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(path, &error, 15), qPrintable(error));
            QCOMPARE(ws.schemaVersion(), 15);
            exec(ws, "INSERT INTO partners (id, name, kind, industry, tier, status, rating, created_at, updated_at) "
                     "VALUES (7, 'Alpha Vision', 'startup', 'healthcare', 'key', 'active', 4, '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z')");
            exec(ws, "INSERT INTO contracts (id, reference, title, mode, start_date, end_date, currency, status, "
                     "allocation_method, created_at, updated_at) VALUES (3, 'C-15', 'Imaging pilot', 'joint_rnd', '2024-01-01', "
                     "'2025-01-01', 'CNY', 'active', 'shapley', '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z')");
            exec(ws, "INSERT INTO contract_parties VALUES (3, 7)");
        }
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
        QVERIFY(Workspace::latestVersion() >= 16);
        ContractRepository contracts(ws);
        auto contract = contracts.find(3, &error);
        QVERIFY2(contract, qPrintable(error));
        QCOMPARE(contract->pairSynergyBasisPoints, 0);
        contract->pairSynergyBasisPoints = 750;
        QVERIFY2(contracts.update(*contract, &error), qPrintable(error));
        QCOMPARE(contracts.find(3)->pairSynergyBasisPoints, 750);
        SqlStatement tooMuch(ws.database(), "UPDATE contracts SET pair_synergy_bp = 10001 WHERE id = 3");
        QVERIFY(!tooMuch.exec({}, &error));
        QCOMPARE(contracts.find(3)->pairSynergyBasisPoints, 750);
    }

    void deletedIdsAreNeverGivenAgain()
    {
        // SQLite gave the id of a deleted record (the highest) to the next new one, which then
        // showed the deleted record's audit history as its own; also for records deleted before
        // the upgrade that fixed it.
        const QString path = TestBackend::freshLocation(file("ids.sqlite"));
        QString error;
        qint64 deleted = 0;
        {
            Workspace ws;
            // A server's ids come from sequences at every version, and this build's repositories
            // rely on its audit triggers (version 14): it starts at the latest version.
            QVERIFY2(ws.open(path, &error, TestBackend::isPostgres() ? Workspace::latestVersion() : 10), qPrintable(error));
            PartnerRepository partners(ws);
            Partner kept = TestRecords::partner("Kept Partner"), gone = TestRecords::partner("Deleted Partner");
            QVERIFY2(partners.create(kept, &error) && partners.create(gone, &error), qPrintable(error));
            QVERIFY2(partners.remove(gone.id, gone.version, &error), qPrintable(error));
            deleted = gone.id;
        }
        Workspace ws;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        PartnerRepository partners(ws);
        for (const char *name : {"First New Partner", "Second New Partner"}) {
            Partner fresh = TestRecords::partner(name);
            QVERIFY2(partners.create(fresh, &error), qPrintable(error));
            QVERIFY2(fresh.id > deleted, qPrintable(QString("id %1 given again").arg(fresh.id)));
            const QList<AuditEntry> history = AuditLog(ws).entriesFor("partner", fresh.id, &error);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history.first().action, QString("create"));
            QVERIFY2(partners.remove(fresh.id, fresh.version, &error), qPrintable(error));
            deleted = fresh.id;
        }
        // The rebuilt tables kept their search index and foreign keys.
        PartnerListModel list(ws);
        list.setSearchText("Kept");
        QCOMPARE(list.rowCount(), 1);
        if (!ws.isServer()) QCOMPARE(SqlStatement::scalar(ws.database(), "PRAGMA foreign_keys", {}, &error).toInt(), 1);
    }

    void failedUpgradeStepIsUndoneAndReported()
    {
        const QString path = TestBackend::freshLocation(file("clash.sqlite"));
        {
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(path, &error, 1), qPrintable(error));
            // A table that version 2 wants to create already exists: that step must fail whole.
            exec(ws, "CREATE TABLE audit_log (x INTEGER)");
        }
        Workspace ws;
        QString error;
        QVERIFY(!ws.open(path, &error));
        QVERIFY2(error.contains("version 2") && error.contains("audit_log"), qPrintable(error));
        QVERIFY(!ws.isOpen());
        QVERIFY2(ws.open(path, &error, 1), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), 1);
        // Nothing of the failed step stayed behind.
        const QString searchTables = TestBackend::isPostgres() ? "SELECT count(*) FROM pg_views WHERE viewname = 'partners_search'"
                                                               : "SELECT count(*) FROM sqlite_master WHERE name = 'partners_search'";
        QCOMPARE(SqlStatement::scalar(ws.database(), searchTables, {}, &error).toInt(), 0);
    }

    void refusesFilesItDoesNotKnow()
    {
        if (TestBackend::isPostgres()) QSKIP("files only; refusesDatabasesItDoesNotKnow covers the server");
        QString error;
        {
            QFile text(file("notes.sqlite"));
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(QByteArray("These are my meeting notes, not a database.\n").repeated(200));
        }
        Workspace ws;
        QVERIFY(!ws.open(file("notes.sqlite"), &error));
        QVERIFY2(error.contains("not a Lepton workspace"), qPrintable(error));

        {
            QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-program");
            other.setDatabaseName(file("other.sqlite"));
            QVERIFY(other.open());
            QSqlQuery(other).exec("CREATE TABLE songs (title TEXT)");
            other.close();
        }
        QSqlDatabase::removeDatabase("other-program");
        QVERIFY(!ws.open(file("other.sqlite"), &error));
        QVERIFY2(error.contains("another program"), qPrintable(error));

        {
            Workspace newer;
            QVERIFY2(newer.open(file("newer.sqlite"), &error), qPrintable(error));
            exec(newer, QString("PRAGMA user_version=%1").arg(Workspace::latestVersion() + 1));
        }
        QVERIFY(!ws.open(file("newer.sqlite"), &error));
        QVERIFY2(error.contains("newer"), qPrintable(error));
    }

    // A workspace damaged on the way (a half-copied file, a failing disk) is refused on open with
    // the damage named, instead of failing later in the middle of a save. The window opens it
    // at once and checks on a worker thread (damageIn()); found damaged, it writes nothing more.
    void refusesADamagedFile()
    {
        if (TestBackend::isPostgres()) QSKIP("file only: a server checks its own pages");
        QString error;
        const QString intact = file("intact.sqlite");
        {
            Workspace ws;
            QVERIFY2(ws.open(intact, &error), qPrintable(error));
        }
        QCOMPARE(Workspace::damageIn(intact), QString());
        const QString path = file("damaged.sqlite");
        const QString made = DamagedWorkspace::make(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));

        Workspace ws;
        QVERIFY(!ws.open(path, &error));
        QVERIFY2(error.contains("damaged") && error.contains("Restore it from a backup"), qPrintable(error));
        QVERIFY(!ws.isOpen());

        const QString damage = Workspace::damageIn(path);
        QVERIFY2(damage.contains("damaged") && damage.contains("Restore it from a backup"), qPrintable(damage));
        Workspace window;
        QVERIFY2(window.openWithoutDamageCheck(path, &error), qPrintable(error));
        QVERIFY(!window.isReadOnly());
        window.setDamaged(damage);
        QVERIFY(window.isReadOnly());
        QCOMPARE(window.damage(), damage);
        QVERIFY(!SqlStatement::execAll(window.database(), {"CREATE TABLE scratch (a INTEGER)"}, &error));
        QVERIFY2(error.contains("readonly") || error.contains("read-only") || error.contains("read only"), qPrintable(error));
    }

    void refusesDatabasesItDoesNotKnow()
    {
        if (!TestBackend::isPostgres()) QSKIP("server only; refusesFilesItDoesNotKnow covers files");
        QString error;
        const QString other = TestBackend::newDatabase();
        {
            Workspace ws;  // builds a workspace, then turns it into another program's database
            QVERIFY2(ws.open(other, &error, 1), qPrintable(error));
            exec(ws, "DROP TABLE lepton_schema");
        }
        Workspace ws;
        QVERIFY(!ws.open(other, &error));
        QVERIFY2(error.contains("another program"), qPrintable(error));

        const QString newer = TestBackend::newDatabase();
        {
            Workspace w;
            QVERIFY2(w.open(newer, &error), qPrintable(error));
            exec(w, "UPDATE lepton_schema SET version = version + 1");
        }
        QVERIFY(!ws.open(newer, &error));
        QVERIFY2(error.contains("newer"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
