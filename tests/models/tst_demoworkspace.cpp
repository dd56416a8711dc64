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
        // Every project has participants, milestones and 24 months of revenue and cost up to this month.
        QCOMPARE(SqlStatement::scalar(f.workspace.database(), "SELECT count(*) FROM ledger_entries", {}, &error).toInt(), 25 * 48);
        QCOMPARE(SqlStatement::scalar(f.workspace.database(), "SELECT count(DISTINCT project_id) FROM participants", {}, &error).toInt(), 25);
        QCOMPARE(distinct(f.workspace, "SELECT substr(entry_date, 1, 7) FROM ledger_entries").size(), 24);
        QCOMPARE(SqlStatement::scalar(f.workspace.database(), "SELECT max(entry_date) FROM ledger_entries", {}, &error).toString().left(7),
                 QString("2026-11"));
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
