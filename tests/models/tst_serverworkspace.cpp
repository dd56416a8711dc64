// Least privilege on a PostgreSQL workspace: the roles the migrations create, a read-only user
// whose writes the server itself refuses, and an audit log the server stamps with the database
// user. Runs only against the test server (ctest fixture "postgres").
#include "models/storage/AuditLog.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"
#include "TestBackend.h"
#include "TestRecords.h"
#include "models/storage/Workspace.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

class TestServerWorkspace : public QObject {
    Q_OBJECT
private:
    // A fresh, migrated database and its name.
    QString m_location;
    QString m_database;

    static Partner partner(const QString &name)
    {
        Partner p;
        p.name = name;
        p.kind = PartnerKind::University;
        p.industry = Industry::Education;
        p.rating = 4;
        return p;
    }

    QString loginAs(const QString &user, const QString &role) const { return TestBackend::loginAs(m_location, user, role); }

    static qint64 auditCount(const Workspace &ws)
    {
        QString error;
        return SqlStatement::scalar(ws.database(), "SELECT count(*) FROM audit_log", {}, &error).toLongLong();
    }

    static QString serverTime(const Workspace &ws)
    {
        QString error;
        return SqlStatement::scalar(ws.database(), R"(SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))",
                                    {}, &error)
            .toString();
    }

    // Every kind of audited edit the application makes, each leaving exactly one audit entry.
    static void editEveryKindOfRecord(Workspace &ws)
    {
        QString error;
        PartnerRepository partners(ws);
        ContractRepository contracts(ws);
        ProjectRepository projects(ws);
        qint64 entries = auditCount(ws);
        const auto oneEntryMore = [&](bool saved, const char *what) {
            QVERIFY2(saved, qPrintable(QString("%1: %2").arg(what, error)));
            QVERIFY2(auditCount(ws) == ++entries, what);
        };
        Partner alpha = TestRecords::partner("Alpha Labs"), beta = TestRecords::partner("Beta Works");
        oneEntryMore(partners.create(alpha, &error), "create a partner");
        oneEntryMore(partners.create(beta, &error), "create another");
        alpha.rating = 2;
        oneEntryMore(bool(partners.update(alpha, &error)), "update a partner");
        Partner mine = alpha;
        mine.city = QStringLiteral("Hangzhou");
        oneEntryMore(bool(partners.overwrite(mine, alpha.version, &error)), "overwrite a partner");
        Partner removed;
        oneEntryMore(bool(partners.remove(beta.id, beta.version, &error, &removed)), "delete a partner");
        oneEntryMore(partners.restore(removed, &error), "restore a partner");

        Contract contract = TestRecords::contract("AUD-1", {alpha.id});
        oneEntryMore(contracts.create(contract, &error), "create a contract");
        contract.title = QStringLiteral("Renewed data agreement");
        oneEntryMore(bool(contracts.update(contract, &error)), "update a contract");

        Project project = TestRecords::project("Harbour sensors", {alpha.id});
        project.milestones << Milestone{0, QStringLiteral("Kick-off"), QDate(2025, 4, 1), QDate()};
        oneEntryMore(projects.create(project, &error), "create a project");
        project.milestones << Milestone{0, QStringLiteral("Pilot"), QDate(2025, 9, 1), QDate()};
        project.participants << Participant{beta.id, ParticipantRole::DataProvider, Money(20000, "CNY"), 0, 0};
        oneEntryMore(bool(projects.update(project, &error)), "update a project's milestones and participants");

        LedgerEntry entry;
        entry.projectId = project.id;
        entry.date = QDate(2025, 5, 1);
        entry.kind = LedgerKind::Revenue;
        entry.amount = Money(120000, "CNY");
        entry.description = QStringLiteral("Pilot fee");
        oneEntryMore(projects.addLedgerEntry(entry, &error), "add a ledger entry");
        entry.amount = Money(150000, "CNY");
        oneEntryMore(bool(projects.updateLedgerEntry(entry, &error)), "update a ledger entry");
        oneEntryMore(bool(projects.removeLedgerEntry(entry.id, entry.version, &error)), "delete a ledger entry");
    }

    // The audit log as comparable text, oldest first: entity, id, action and the records before
    // and after, without the times of saving (which differ between two runs); *who receives the
    // authors seen.
    static QStringList auditTrail(const Workspace &ws, QSet<QString> *who)
    {
        QString error;
        QStringList trail;
        SqlStatement rows(ws.database(), "SELECT entity, entity_id, action, who, before_json, after_json FROM audit_log ORDER BY id");
        if (!rows.exec(&error)) return {error};
        const auto record = [](const QVariant &json) {
            QJsonObject o = QJsonDocument::fromJson(json.toString().toUtf8()).object();
            o.remove("created_at");
            o.remove("updated_at");
            return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        };
        while (rows.next()) {
            trail << QStringList{rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(), record(rows.value(4)),
                                 record(rows.value(5))}
                         .join(" | ");
            *who << rows.value(3).toString();
        }
        return trail;
    }

    static int roleCount(const QString &name)
    {
        QString error;
        return SqlStatement::scalar(TestBackend::admin(), "SELECT count(*) FROM pg_roles WHERE rolname = ?", {name}, &error).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestBackend::isPostgres(), "run with LEPTON_TEST_BACKEND=postgres (ctest does)");
    }

    void init()
    {
        m_location = TestBackend::newDatabase();
        m_database = ServerConnection::fromLocation(m_location)->database;
        Workspace owner;
        QString error;
        QVERIFY2(owner.open(m_location, &error), qPrintable(error));
        PartnerRepository partners(owner);
        Partner p = partner("Zhejiang University");
        QVERIFY2(partners.create(p, &error), qPrintable(error));
    }

    void migrationsCreateAReaderAndAnEditorRole()
    {
        QCOMPARE(roleCount(SqlDialect::readerRole(m_database)), 1);
        QCOMPARE(roleCount(SqlDialect::editorRole(m_database)), 1);
        // Roles outlive a dropped database; a new database of the same name migrates again.
        TestBackend::adminExec(QStringLiteral("DROP DATABASE %1").arg(m_database));
        TestBackend::adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_database));
        Workspace again;
        QString error;
        QVERIFY2(again.open(m_location, &error), qPrintable(error));
        QCOMPARE(again.schemaVersion(), Workspace::latestVersion());
        QCOMPARE(roleCount(SqlDialect::readerRole(m_database)), 1);
    }

    void adoptsOnlyRolesMadeAsTheMigrationWouldMakeThem()
    {
        // Roles of the same name that already exist are refused when they can log in, or when
        // they have members who would reach the new workspace unasked.
        const QString location = TestBackend::newDatabase();
        const QString database = ServerConnection::fromLocation(location)->database;
        const QString reader = SqlDialect::readerRole(database);
        TestBackend::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader));
        Workspace ws;
        QString error;
        QVERIFY(!ws.open(location, &error));
        QVERIFY2(error.contains("can log in") && error.contains(reader), qPrintable(error));

        const QString bystander = QStringLiteral("bystander_%1").arg(QCoreApplication::applicationPid());
        TestBackend::adminExec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(reader));
        TestBackend::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(bystander, reader));
        QVERIFY(!ws.open(location, &error));
        QVERIFY2(error.contains("already exist with members"), qPrintable(error));

        // Made by an administrator as the README shows, for an owner who may not create roles:
        // adopted, and the workspace is created.
        const QString fresh = TestBackend::newDatabase();
        const QString freshDatabase = ServerConnection::fromLocation(fresh)->database;
        const QString owner = QStringLiteral("owner_%1").arg(QCoreApplication::applicationPid());
        TestBackend::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN NOCREATEROLE PASSWORD 'secret-%1'").arg(owner));
        TestBackend::adminExec(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(freshDatabase, owner));
        TestBackend::adminExec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(SqlDialect::readerRole(freshDatabase)));
        TestBackend::adminExec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(SqlDialect::editorRole(freshDatabase)));
        ServerConnection c = *ServerConnection::fromLocation(fresh);
        c.user = owner;
        ServerConnection::rememberPassword(c.location(), QStringLiteral("secret-") + owner);
        QVERIFY2(ws.open(c.location(), &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
        QVERIFY(!ws.isReadOnly());
        QVERIFY(ws.mayRestore());
    }

    void readOnlyUserIsRefusedWritesByTheServer()
    {
        const QString user = QStringLiteral("reader_%1").arg(QCoreApplication::applicationPid());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(loginAs(user, SqlDialect::readerRole(m_database)), &error), qPrintable(error));
        QVERIFY(ws.isReadOnly());
        QCOMPARE(ws.userName(), user);
        PartnerRepository partners(ws);
        QCOMPARE(partners.count(), 1);  // reading works
        QVERIFY(partners.findByName("zhejiang university").has_value());

        // The repository's write, and a write that skips every check of the application: both
        // refused by the server, in its own words.
        Partner p = partner("Fudan University");
        QVERIFY(!partners.create(p, &error));
        QVERIFY2(error.contains("permission denied for table partners") && error.contains("read-only"), qPrintable(error));
        SqlStatement raw(ws.database(), "DELETE FROM partners");
        QVERIFY(!raw.exec(&error));
        QVERIFY2(error.contains("permission denied for table partners"), qPrintable(error));
        QCOMPARE(partners.count(), 1);
        TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
    }

    void auditLogRecordsTheDatabaseUserOfEveryChange()
    {
        const QString user = QStringLiteral("editor_%1").arg(QCoreApplication::applicationPid());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(loginAs(user, SqlDialect::editorRole(m_database)), &error), qPrintable(error));
        QVERIFY(!ws.isReadOnly());
        PartnerRepository partners(ws);
        Partner p = partner("Fudan University");
        QVERIFY2(partners.create(p, &error), qPrintable(error));
        p.rating = 5;
        QVERIFY2(partners.update(p, &error), qPrintable(error));
        QVERIFY2(partners.remove(p.id, p.version, &error), qPrintable(error));
        const QList<AuditEntry> entries = AuditLog(ws).entriesFor("partner", p.id, &error);
        QCOMPARE(entries.size(), 3);
        for (const AuditEntry &e : entries) QCOMPARE(e.who, user);

        // Only the server writes entries, and an editor cannot rewrite or remove history.
        SqlStatement forged(ws.database(), "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)");
        QVERIFY(!forged.exec({"2026-01-01T00:00:00.000Z", "somebody-else", "partner", p.id, "update"}, &error));
        QVERIFY2(error.contains("permission denied for table audit_log"), qPrintable(error));
        QCOMPARE(AuditLog(ws).entriesFor("partner", p.id, &error).size(), 3);
        SqlStatement rewrite(ws.database(), "UPDATE audit_log SET who = 'somebody-else'");
        QVERIFY(!rewrite.exec(&error));
        QVERIFY2(error.contains("permission denied for table audit_log"), qPrintable(error));
        SqlStatement erase(ws.database(), "DELETE FROM audit_log");
        QVERIFY(!erase.exec(&error));
        QVERIFY2(error.contains("permission denied for table audit_log"), qPrintable(error));
        ws.close();
        TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
        TestBackend::adminExec(QStringLiteral("DROP ROLE %1").arg(user));
    }

    void editorsPlainSqlLeavesAnEntryWithTheServersTimeAndUser()
    {
        // An editor who changes records with plain SQL, outside the application, leaves the
        // same trail as the application: one entry per change, by the server.
        const QString user = QStringLiteral("sql_editor_%1").arg(QCoreApplication::applicationPid());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(loginAs(user, SqlDialect::editorRole(m_database)), &error), qPrintable(error));
        const qint64 id = PartnerRepository(ws).findByName("Zhejiang University")->id;
        const qint64 before = auditCount(ws);
        const QString from = serverTime(ws);
        QVERIFY2(SqlStatement::execAll(ws.database(), {QStringLiteral("UPDATE partners SET rating = 2 WHERE id = %1").arg(id)}, &error),
                 qPrintable(error));
        const QString to = serverTime(ws);
        QCOMPARE(auditCount(ws), before + 1);
        const AuditEntry entry = AuditLog(ws).entriesFor("partner", id, &error).last();
        QCOMPARE(entry.who, user);
        QCOMPARE(entry.action, QString("update"));
        QVERIFY2(entry.at.isValid(), qPrintable(error));
        const QString at = entry.at.toString(Qt::ISODateWithMs);
        QVERIFY2(from <= at && at <= to, qPrintable(QString("%1 not within %2 .. %3").arg(at, from, to)));
        QCOMPARE(entry.before.value("rating").toInt(), 4);
        QCOMPARE(entry.after.value("rating").toInt(), 2);
        QCOMPARE(entry.changedFields(), QStringList{"rating"});

        // Inserted and deleted rows too, and one statement that changes two rows leaves two.
        const QStringList writes{
            "INSERT INTO partners (name, kind, industry, tier, status, rating, created_at, updated_at) "
            "VALUES ('Plain Insert Ltd', 'company', 'education', 'standard', 'active', 3, 'x', 'x')",
            "UPDATE partners SET notes = 'checked'",
            "DELETE FROM partners WHERE name = 'Plain Insert Ltd'",
        };
        QVERIFY2(SqlStatement::execAll(ws.database(), writes, &error), qPrintable(error));
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE id > ? AND who = ?",
                                      {QVariant::fromValue(entry.id), user}, &error)
                     .toString(),
                 QString("create,update,update,delete"));
        ws.close();
        TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
        TestBackend::adminExec(QStringLiteral("DROP ROLE %1").arg(user));
    }

    void applicationsEditsLeaveTheSameEntriesAsOnSqlite()
    {
        // The same edits by an editor on a new server workspace and on a workspace file: one entry
        // each, and the same entries (records, actions), whoever writes them.
        const QString location = TestBackend::newDatabase();
        const QString database = ServerConnection::fromLocation(location)->database;
        QString error;
        {
            Workspace owner;
            QVERIFY2(owner.open(location, &error), qPrintable(error));  // creates the roles
        }
        const QString user = QStringLiteral("same_editor_%1").arg(QCoreApplication::applicationPid());
        Workspace server;
        QVERIFY2(server.open(TestBackend::loginAs(location, user, SqlDialect::editorRole(database)), &error), qPrintable(error));
        editEveryKindOfRecord(server);
        if (QTest::currentTestFailed()) return;

        QTemporaryDir dir;
        Workspace file;
        QVERIFY2(file.open(dir.filePath("same-edits.sqlite"), &error), qPrintable(error));
        editEveryKindOfRecord(file);
        if (QTest::currentTestFailed()) return;

        QSet<QString> serverAuthors, fileAuthors;
        const QStringList onServer = auditTrail(server, &serverAuthors), inFile = auditTrail(file, &fileAuthors);
        QCOMPARE(onServer.size(), 13);
        for (int i = 0; i < onServer.size(); ++i) QCOMPARE(onServer.value(i), inFile.value(i));
        QCOMPARE(serverAuthors, QSet<QString>{user});
        QCOMPARE(fileAuthors, QSet<QString>{Workspace::systemUserName()});
        // The project's entry shows its milestones and participants, as the application saved them.
        QVERIFY2(onServer.value(9).contains("Pilot") && onServer.value(9).contains("\"partner_id\":2"), qPrintable(onServer.value(9)));
        server.close();
        TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
        TestBackend::adminExec(QStringLiteral("DROP ROLE %1").arg(user));
    }

    void editorsLedgerWritesKeepEveryTotal()
    {
        // An editor's ledger and project writes fire the triggers that keep the totals tables
        // (versions 6 and 9): the editor needs the rights on all of them. The project's delete
        // takes its amounts out of the industry's and the partner's totals.
        const QString user = QStringLiteral("ledger_editor_%1").arg(QCoreApplication::applicationPid());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(loginAs(user, SqlDialect::editorRole(m_database)), &error), qPrintable(error));
        const QStringList writes{
            "INSERT INTO projects (id, name, industry, status, start_date, created_at, updated_at) "
            "VALUES (70, 'Sensor grid', 'smart_city', 'running', '2026-01-01', 'x', 'x')",
            "INSERT INTO participants (project_id, partner_id, role, currency) SELECT 70, id, 'lead', 'USD' FROM partners",
            "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (70, '2026-02-01', 'revenue', 900, 'USD')",
            "UPDATE projects SET industry = 'transport' WHERE id = 70",
        };
        QVERIFY2(SqlStatement::execAll(ws.database(), writes, &error), qPrintable(error));
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT revenue_minor FROM ledger_industry_day_totals WHERE industry = 'transport'",
                                      {}, &error).toLongLong(), 900);
        QVERIFY2(SqlStatement::execAll(ws.database(), {"DELETE FROM projects WHERE id = 70"}, &error), qPrintable(error));
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT COUNT(*) FROM ledger_industry_day_totals", {}, &error).toInt(), 0);
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT SUM(revenue_minor) FROM ledger_partner_totals", {}, &error).toLongLong(), 0);
        ws.close();
        TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
        TestBackend::adminExec(QStringLiteral("DROP ROLE %1").arg(user));
    }

    void editorsCannotForgeTheAuditLogTheTotalsOrANote()
    {
        const QString user = QStringLiteral("forger_%1").arg(QCoreApplication::applicationPid());
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(loginAs(user, SqlDialect::editorRole(m_database)), &error), qPrintable(error));
        PartnerRepository partners(ws);
        Partner p = partner("Tongji University");
        QVERIFY2(partners.create(p, &error), qPrintable(error));

        // An audit row with the id the next save would get is refused (it would block that
        // save), and so is a back-dated one: only the server's triggers write entries.
        const qint64 next = SqlStatement::scalar(ws.database(), "SELECT MAX(id) + 1 FROM audit_log", {}, &error).toLongLong();
        SqlStatement chosenId(ws.database(), "INSERT INTO audit_log (id, at, who, entity, entity_id, action) VALUES (?, ?, ?, ?, ?, ?)");
        QVERIFY(!chosenId.exec({next, "2026-01-01T00:00:00.000Z", user, "partner", p.id, "update"}, &error));
        QVERIFY2(error.contains("permission denied for table audit_log"), qPrintable(error));
        SqlStatement backDated(ws.database(), "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)");
        QVERIFY(!backDated.exec({"2001-01-01T00:00:00.000Z", "somebody-else", "partner", p.id, "update"}, &error));
        QVERIFY2(error.contains("permission denied for table audit_log"), qPrintable(error));
        QCOMPARE(SqlStatement::scalar(ws.database(), "SELECT count(*) FROM audit_log WHERE at < '2020' OR who <> ?", {user}, &error).toInt(),
                 1);  // the owner's first partner, from init()
        p.rating = 5;
        QVERIFY2(partners.update(p, &error), qPrintable(error));

        // The totals behind the dashboard are written by their triggers only.
        for (const char *sql : {"UPDATE ledger_day_totals SET revenue_minor = revenue_minor * 1000",
                                "INSERT INTO ledger_project_totals (project_id, currency, revenue_minor, cost_minor, entries) "
                                "SELECT id, 'USD', 900000000, 0, 1 FROM projects",
                                "DELETE FROM ledger_partner_totals", "DELETE FROM ledger_industry_day_totals",
                                "DELETE FROM ledger_partner_month_totals"}) {
            SqlStatement write(ws.database(), sql);
            QVERIFY2(!write.exec(&error), sql);
            QVERIFY2(error.contains("permission denied"), qPrintable(error));
        }

        // The server takes the application's description of a change only where it fits: a
        // delete described as an update of another version is recorded as the delete it was,
        // with the row as it was, and a description of another record changes nothing.
        Partner gone = partner("Tianjin University");
        QVERIFY2(partners.create(gone, &error), qPrintable(error));
        {
            Transaction forging(ws.database());
            QVERIFY2(forging.isActive(), qPrintable(forging.error()));
            QVERIFY2(SqlStatement(ws.database(), "DELETE FROM partners WHERE id = ?").exec({gone.id}, &error), qPrintable(error));
            const QString lie = QStringLiteral("{\"entity\":\"partner\",\"entity_id\":\"%1\",\"action\":\"update\",\"before\":null,"
                                             "\"after\":\"{\\\"version\\\":7}\"}");
            SqlStatement describe(ws.database(), "SELECT lepton_audit_describe(?)");
            QVERIFY2(describe.exec({lie.arg(gone.id)}, &error), qPrintable(error));
            QVERIFY2(describe.exec({lie.arg(p.id)}, &error), qPrintable(error));
            QVERIFY2(forging.commit(&error), qPrintable(error));
        }
        const AuditEntry deleted = AuditLog(ws).entriesFor("partner", gone.id, &error).last();
        QCOMPARE(deleted.action, QString("delete"));
        QCOMPARE(deleted.who, user);
        QCOMPARE(deleted.before.value("name").toString(), gone.name);
        QVERIFY(deleted.after.isEmpty());
        QCOMPARE(AuditLog(ws).entriesFor("partner", p.id, &error).size(), 2);  // create, update

        // A training run's confirmation of data access is kept as it was written.
        TrainingRunRepository runs(ws);
        TrainingRun run = TestRecords::trainingRun();
        run.confirmationNote = QStringLiteral("Data use confirmed with the partner's DPO on 3 March");
        QVERIFY2(runs.create(run, &error), qPrintable(error));
        SqlStatement rewrite(ws.database(), "UPDATE training_runs SET confirmation_note = 'nothing to see' WHERE id = ?");
        QVERIFY(!rewrite.exec({run.id}, &error));
        QVERIFY2(error.contains("confirmation note"), qPrintable(error));
        QCOMPARE(runs.find(run.id)->confirmationNote, run.confirmationNote);
        ws.close();
        TestBackend::adminExec(QStringLiteral("DROP OWNED BY %1").arg(user));
        TestBackend::adminExec(QStringLiteral("DROP ROLE %1").arg(user));
    }

    void deletingAProjectWaitsForALedgerEntryBeingAdded()
    {
        // Bob adds a 5,000,000 USD entry to a project that has none yet, and has not committed
        // when Alice deletes the project on her own connection. Her delete must either count his
        // entry and be refused, or make his insert fail; never cascade it away unrecorded.
        Workspace bob;
        QString error;
        QVERIFY2(bob.open(m_location, &error), qPrintable(error));
        ProjectRepository projects(bob);
        Project project;
        project.name = QStringLiteral("Port logistics");
        project.industry = Industry::Logistics;
        project.startDate = QDate(2026, 1, 1);
        QVERIFY2(projects.create(project, &error), qPrintable(error));

        Transaction adding(bob.database());
        QVERIFY2(adding.isActive(), qPrintable(adding.error()));
        LedgerEntry entry;
        entry.projectId = project.id;
        entry.date = QDate(2026, 2, 1);
        entry.kind = LedgerKind::Revenue;
        entry.amount = Money(500000000, QStringLiteral("USD"));
        QVERIFY2(projects.addLedgerEntry(entry, &error), qPrintable(error));

        QString aliceError;
        bool aliceDeleted = false;
        std::unique_ptr<QThread> alice(QThread::create([&] {
            Workspace ws;
            QString why;
            if (!ws.open(m_location, &why)) {
                aliceError = why;
                return;
            }
            aliceDeleted = bool(ProjectRepository(ws).remove(project.id, project.version, &aliceError));
        }));
        alice->start();
        QThread::msleep(800);  // Alice is now waiting for Bob's transaction
        QVERIFY2(adding.commit(&error), qPrintable(error));
        QVERIFY(alice->wait(30000));

        QVERIFY2(!aliceDeleted, "the project was deleted with an entry another user had just added");
        QVERIFY2(aliceError.contains("1 ledger entry"), qPrintable(aliceError));
        QVERIFY(projects.findLedgerEntry(entry.id).has_value());
        const QList<AuditEntry> history = AuditLog(bob).entriesFor("ledger_entry", entry.id, &error);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, QStringLiteral("create"));
    }

    void refusesToSendThePasswordToAServerWithoutTls()
    {
        // The test server offers no TLS. By default the connection must be encrypted and the
        // server's certificate checked, so the password is not sent to it.
        ServerConnection c = *ServerConnection::fromLocation(m_location);
        QVERIFY(c.allowUnencrypted);
        c.allowUnencrypted = false;
        QCOMPARE(c.sslMode(), QStringLiteral("verify-full"));
        QVERIFY(!c.location().contains("sslmode"));
        ServerConnection::rememberPassword(c.location(), c.password);
        Workspace refused;
        QString error;
        QVERIFY(!refused.open(c.location(), &error));
        QVERIFY2(error.contains("does not offer an encrypted connection") && error.contains("password was not sent") &&
                     error.contains("Allow an unencrypted connection"),
                 qPrintable(error));

        // Allowed for this server, visibly: the location says so, and the workspace tells the
        // status bar that the connection is not encrypted.
        c.allowUnencrypted = true;
        QVERIFY(c.location().endsWith("?sslmode=prefer"));
        QVERIFY(ServerConnection::fromLocation(c.location())->allowUnencrypted);
        Workspace allowed;
        QVERIFY2(allowed.open(m_location, &error), qPrintable(error));
        QCOMPARE(allowed.encryption(), QStringLiteral("Not encrypted"));
    }

    void wrongPasswordSaysWhatToCheck()
    {
        ServerConnection c = *ServerConnection::fromLocation(m_location);
        c.password = QStringLiteral("not-the-password");
        QString location = c.location();
        location.replace(QStringLiteral("://%1@").arg(c.user), QStringLiteral("://%1:not-the-password@").arg(c.user));
        Workspace ws;
        QString error;
        QVERIFY(!ws.open(location, &error));
        QVERIFY2(error.contains("password authentication failed") && error.contains("Check the host, port, database, user and password"),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerWorkspace)
#include "tst_serverworkspace.moc"
