#include "models/records/ProjectValidator.h"
#include "models/storage/SqlStatement.h"
#include "TestRecords.h"

using namespace TestRecords;

class TestProjectRepository : public QObject {
    Q_OBJECT
    // Two new partners and a project, not stored yet, that both take part in; *second is the
    // second partner.
    static Project projectOfTwoNewPartners(Workspace &workspace, Partner *second)
    {
        PartnerRepository partners(workspace);
        QString error;
        Partner a = partner("Orchid Analytics");
        *second = partner("Summit Freight");
        if (!partners.create(a, &error) || !partners.create(*second, &error)) qFatal("%s", qPrintable(error));
        return project("Cold-chain forecasting", {a.id, second->id});
    }

private slots:
    void createReadUpdateDeleteWithParticipantsAndMilestones()
    {
        Fixture f;
        QVERIFY(f.open());
        ProjectRepository projects(f.workspace);
        QString error;
        Partner b;
        Project p = projectOfTwoNewPartners(f.workspace, &b);
        p.participants[0].role = ParticipantRole::DataProvider;
        p.participants[0].fixedShareBasisPoints = 6000;
        p.participants[1].fixedShareBasisPoints = 4000;
        p.participants[1].performanceScore = 87.5;
        p.milestones = {{0, "Pilot live", QDate(2025, 6, 1), QDate(2025, 6, 3)}, {0, "Roll-out", QDate(2025, 12, 1), {}}};
        QVERIFY2(projects.create(p, &error), qPrintable(error));
        QVERIFY(p.milestones[0].id > 0);
        QCOMPARE(*projects.find(p.id), p);
        QCOMPARE(projects.projectsOf(b.id).size(), 1);
        QVERIFY(p.hasOverdueMilestones(QDate(2025, 12, 2)));
        QVERIFY(!p.hasOverdueMilestones(QDate(2025, 11, 30)));

        Project changed = p;
        changed.participants.removeLast();
        changed.milestones[1].doneDate = QDate(2025, 11, 20);
        Project before;
        QVERIFY2(projects.update(changed, &error, &before), qPrintable(error));
        QCOMPARE(before.participants.size(), 2);
        QCOMPARE(projects.find(p.id)->participants.size(), 1);
        QCOMPARE(projects.find(p.id)->milestones[1].doneDate, QDate(2025, 11, 20));
        QVERIFY(projects.projectsOf(b.id).isEmpty());

        Project removed;
        QVERIFY2(projects.remove(p.id, changed.version, &error, &removed), qPrintable(error));
        QVERIFY(!projects.find(p.id));
        QVERIFY2(projects.restore(removed, &error), qPrintable(error));
        QCOMPARE(*projects.find(p.id), removed);
    }

    void aFailedMultiRowChangeLeavesNothingHalfDone()
    {
        // A project, its participants, milestones and audit entry are one transaction: when the
        // last participant row fails, the project keeps its old name, participants and milestones.
        Fixture f;
        QVERIFY(f.open());
        ProjectRepository projects(f.workspace);
        QString error;
        Partner b;
        Project p = projectOfTwoNewPartners(f.workspace, &b);
        p.milestones = {{0, "Pilot live", QDate(2025, 6, 1), {}}};
        QVERIFY2(projects.create(p, &error), qPrintable(error));
        const QSqlDatabase db = f.workspace.database();
        const auto count = [&](const char *sql) { return SqlStatement::scalar(db, sql, {}, &error).toInt(); };
        const int audited = count("SELECT count(*) FROM audit_log");

        Project broken = p;
        broken.name = "Renamed";
        broken.milestones.append({0, "Roll-out", QDate(2025, 12, 1), {}});
        broken.participants.last().partnerId = b.id + 1000;  // a partner deleted meanwhile
        QVERIFY(!projects.update(broken, &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));
        QCOMPARE(*projects.find(p.id), p);
        QCOMPARE(count("SELECT count(*) FROM participants"), 2);
        QCOMPARE(count("SELECT count(*) FROM milestones"), 1);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), audited);

        // Deleting the project takes its participants and milestones in the same statement.
        QVERIFY2(projects.remove(p.id, p.version, &error), qPrintable(error));
        QCOMPARE(count("SELECT count(*) FROM participants"), 0);
        QCOMPARE(count("SELECT count(*) FROM milestones"), 0);
        QCOMPARE(count("SELECT count(*) FROM audit_log"), audited + 1);
    }

    void ledgerSumsRevenueCostAndProfitPerCurrency()
    {
        Fixture f;
        QVERIFY(f.open());
        ProjectRepository projects(f.workspace);
        QString error;
        Project p = project("Smart farm sensors");
        QVERIFY(projects.create(p, &error));
        const struct { int month; LedgerKind kind; qint64 minor; const char *currency; } lines[] = {
            {1, LedgerKind::Revenue, 1000010, "CNY"}, {2, LedgerKind::Revenue, 20, "CNY"},
            {2, LedgerKind::Cost, 300005, "CNY"}, {3, LedgerKind::Revenue, 700, "USD"}};
        for (const auto &line : lines) {
            LedgerEntry e{0, p.id, QDate(2025, line.month, 15), line.kind, Money(line.minor, line.currency), "invoice"};
            QVERIFY2(projects.addLedgerEntry(e, &error), qPrintable(error));
        }
        const LedgerTotals totals = projects.totals(p.id);
        QCOMPARE(totals.revenue(), (QList<Money>{Money(1000030, "CNY"), Money(700, "USD")}));
        QCOMPARE(totals.cost(), QList<Money>{Money(300005, "CNY")});
        QCOMPARE(totals.profit(), (QList<Money>{Money(700025, "CNY"), Money(700, "USD")}));
        QCOMPARE(projects.ledger(p.id).size(), 4);

        LedgerEntry e = projects.ledger(p.id).first();
        e.amount = Money(10, "CNY");
        LedgerEntry before;
        QVERIFY(projects.updateLedgerEntry(e, &error, &before));
        QCOMPARE(before.amount.minorUnits(), qint64(1000010));
        QCOMPARE(projects.totals(p.id).revenue().first().minorUnits(), qint64(30));

        // A project with accounts is archived, not deleted.
        QVERIFY(!projects.remove(p.id, p.version, &error));
        QVERIFY2(error.contains("4 ledger entries") && error.contains("Cancelled"), qPrintable(error));

        LedgerEntry negative{0, p.id, QDate(2025, 1, 1), LedgerKind::Cost, Money(-5, "CNY"), ""};
        QVERIFY(!projects.addLedgerEntry(negative, &error));
        QVERIFY(error.contains("negative"));
        LedgerEntry removed;
        QVERIFY(projects.removeLedgerEntry(e.id, e.version, &error, &removed));
        QVERIFY(projects.restoreLedgerEntry(removed, &error));
        QCOMPARE(*projects.findLedgerEntry(e.id), removed);
        QCOMPARE(AuditLog(f.workspace).entriesFor("ledger_entry", e.id).size(), 4);
    }

    void validatesParticipantsAndDates()
    {
        Project p = project("Shares", {1, 2});
        p.participants[0].fixedShareBasisPoints = 7000;
        p.participants[1].fixedShareBasisPoints = 3001;
        p.participants[1].contribution = Money(-1, "USD");
        p.endDate = QDate(2025, 1, 1);
        p.milestones = {{0, " ", QDate(), {}}};
        const ValidationResult r = ProjectValidator().validate(p);
        QVERIFY2(r.messageFor("participants").contains("100.01"), qPrintable(r.summary()));
        QVERIFY(r.messageFor("participants").contains("negative"));
        QVERIFY(r.messageFor("end_date").contains("before the start"));
        QVERIFY(r.messageFor("milestones").contains("title"));
        QVERIFY(r.messageFor("milestones").contains("due date"));
        p = project("Twice", {1, 1});
        QVERIFY(ProjectValidator().validate(p).messageFor("participants").contains("twice"));
        QVERIFY(ProjectValidator().validate(project("Fine", {1, 2})).isValid());
    }
};

QTEST_GUILESS_MAIN(TestProjectRepository)
#include "tst_projectrepository.moc"
