// Least privilege on a PostgreSQL workspace: the roles the migrations create, a read-only user
// whose writes the server itself refuses, and an audit log the server stamps with the database
// user. Runs only against the test server (ctest fixture "postgres").
#include "models/storage/AuditLog.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"
#include "TestBackend.h"
#include "TestRecords.h"
#include "models/storage/Workspace.h"

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

        // The server writes the name, whatever the client claims, and an editor cannot rewrite
        // or remove history.
        SqlStatement forged(ws.database(), "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)");
        QVERIFY2(forged.exec({"2026-01-01T00:00:00.000Z", "somebody-else", "partner", p.id, "update"}, &error), qPrintable(error));
        QCOMPARE(AuditLog(ws).entriesFor("partner", p.id, &error).last().who, user);
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
        // save); a back-dated one gets the server's time and author.
        const qint64 next = SqlStatement::scalar(ws.database(), "SELECT MAX(id) + 1 FROM audit_log", {}, &error).toLongLong();
        SqlStatement chosenId(ws.database(), "INSERT INTO audit_log (id, at, who, entity, entity_id, action) VALUES (?, ?, ?, ?, ?, ?)");
        QVERIFY(!chosenId.exec({next, "2026-01-01T00:00:00.000Z", user, "partner", p.id, "update"}, &error));
        QVERIFY2(error.contains("permission denied for table audit_log"), qPrintable(error));
        SqlStatement backDated(ws.database(), "INSERT INTO audit_log (at, who, entity, entity_id, action) VALUES (?, ?, ?, ?, ?)");
        QVERIFY2(backDated.exec({"2001-01-01T00:00:00.000Z", "somebody-else", "partner", p.id, "update"}, &error), qPrintable(error));
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
