// Least privilege on a PostgreSQL workspace: the roles the migrations create, a read-only user
// whose writes the server itself refuses, and an audit log the server stamps with the database
// user. Runs only against the test server (ctest fixture "postgres").
#include "models/storage/AuditLog.h"
#include "models/repositories/PartnerRepository.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
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
