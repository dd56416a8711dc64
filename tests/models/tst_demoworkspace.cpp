#include "models/lists/ContractListModel.h"
#include "models/demo/DemoWorkspace.h"
#include "models/lists/ProjectListModel.h"
#include "models/storage/SqlStatement.h"
#include "TestRecords.h"

#include <QSet>

using namespace TestRecords;

class TestDemoWorkspace : public QObject {
    Q_OBJECT
private:
    static QSet<QString> distinct(Workspace &ws, const QString &sql)
    {
        QSet<QString> values;
        SqlStatement q(ws.database(), sql);
        QString error;
        if (!q.exec(&error)) qWarning("%s", qPrintable(error));
        while (q.next()) values.insert(q.value(0).toString());
        return values;
    }

private slots:
    void fillsEveryKindOfRecord()
    {
        Fixture f;
        QVERIFY(f.open());
        QString error;
        const QDate today(2026, 11, 23);
        QVERIFY2(DemoWorkspace::fill(f.workspace, &error, today), qPrintable(error));
        QCOMPARE(PartnerRepository(f.workspace).count(), 30);
        QCOMPARE(ContractRepository(f.workspace).count(), 20);
        QCOMPARE(ProjectRepository(f.workspace).count(), 25);
        QCOMPARE(distinct(f.workspace, "SELECT industry FROM partners").size(), Choices::all<Industry>().size());
        QCOMPARE(distinct(f.workspace, "SELECT kind FROM partners").size(), Choices::all<PartnerKind>().size());
        QCOMPARE(distinct(f.workspace, "SELECT mode FROM contracts").size(), Choices::all<CooperationMode>().size());
        QCOMPARE(distinct(f.workspace, "SELECT status FROM contracts").size(), Choices::all<ContractStatus>().size());
        // Every project has participants and milestones; the ledger covers two years up to today.
        QCOMPARE(SqlStatement::scalar(f.workspace.database(), "SELECT count(DISTINCT project_id) FROM participants", {}, &error).toInt(), 25);
        QCOMPARE(distinct(f.workspace, "SELECT substr(entry_date, 1, 7) FROM ledger_entries").size(), 23);
        QCOMPARE(SqlStatement::scalar(f.workspace.database(), "SELECT max(entry_date) FROM ledger_entries", {}, &error).toString(),
                 QString("2026-10-28"));
        QCOMPARE(distinct(f.workspace, "SELECT status FROM projects").size(), Choices::all<ProjectStatus>().size());
        // The lists have something to flag.
        ContractListModel contracts(f.workspace);
        contracts.setToday(today);
        bool flagged = false;
        for (int r = 0; r < contracts.rowCount(); ++r) flagged |= contracts.index(r, 0).data(RecordListModel::AttentionRole).toBool();
        QVERIFY(flagged);

        // Refuses to mix demo records into a workspace that has some.
        QVERIFY(!DemoWorkspace::fill(f.workspace, &error, today));
        QVERIFY(error.contains("already"));
        QCOMPARE(PartnerRepository(f.workspace).count(), 30);
    }

    // Nothing in the demo contradicts the day it was made or itself.
    void datesAndStatusesAgree_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("start of a month") << QDate(2026, 12, 5);
        QTest::newRow("end of a month") << QDate(2026, 11, 30);
    }
    void datesAndStatusesAgree()
    {
        QFETCH(QDate, today);
        Fixture f;
        QVERIFY(f.open());
        QString error;
        QVERIFY2(DemoWorkspace::fill(f.workspace, &error, today), qPrintable(error));
        const QString day = today.toString(Qt::ISODate);
        const auto count = [&](const char *sql) {
            const QVariantList values(QString::fromLatin1(sql).count(QLatin1Char('?')), day);
            return SqlStatement::scalar(f.workspace.database(), QString::fromLatin1(sql), values, &error).toInt();
        };
        QCOMPARE(count("SELECT count(*) FROM ledger_entries WHERE entry_date > ?"), 0);
        QCOMPARE(count("SELECT count(*) FROM milestones WHERE done_date > ?"), 0);
        // Planned projects have not started: no ledger, nothing done.
        QCOMPARE(count("SELECT count(*) FROM ledger_entries e JOIN projects p ON p.id = e.project_id "
                       "WHERE p.status = 'planned' OR e.entry_date < p.start_date OR e.entry_date > coalesce(p.end_date, ?)"), 0);
        QCOMPARE(count("SELECT count(*) FROM milestones m JOIN projects p ON p.id = m.project_id "
                       "WHERE p.status = 'planned' AND (m.done_date IS NOT NULL OR p.start_date <= ?)"), 0);
        // Done projects finished every milestone; only running or paused ones have overdue milestones.
        QCOMPARE(count("SELECT count(*) FROM milestones m JOIN projects p ON p.id = m.project_id "
                       "WHERE m.done_date IS NULL AND (p.status = 'done' OR (m.due_date < ? AND p.status NOT IN ('running', 'on_hold')))"), 0);
        QVERIFY(count("SELECT count(*) FROM milestones WHERE done_date IS NULL AND due_date < ?") > 0);
        // Work under a draft or a negotiation has not started; work under an ended contract has ended.
        QCOMPARE(count("SELECT count(*) FROM projects p JOIN contracts c ON c.id = p.contract_id WHERE "
                       "((c.status IN ('draft', 'negotiation') AND p.status <> 'planned') OR "
                       "(c.status IN ('expired', 'terminated') AND p.status NOT IN ('done', 'cancelled')))"), 0);
        QCOMPARE(count("SELECT count(*) FROM contracts WHERE status IN ('draft', 'negotiation') AND start_date <= ?"), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sameSeedSameRecords()
    {
        Fixture a, b;
        QVERIFY(a.open() && b.open());
        QString error;
        const QDate today(2026, 5, 1);
        QVERIFY(DemoWorkspace::fill(a.workspace, &error, today) && DemoWorkspace::fill(b.workspace, &error, today));
        const QString sums = "SELECT group_concat(amount_minor, ',') FROM (SELECT amount_minor FROM ledger_entries ORDER BY id)";
        QCOMPARE(SqlStatement::scalar(a.workspace.database(), sums, {}, &error), SqlStatement::scalar(b.workspace.database(), sums, {}, &error));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
