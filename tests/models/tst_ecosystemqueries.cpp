// Contracts ending within 30/60/90 days follow the dashboard's filter like the other
// indicators: counted from the end of the date range when one is set, narrowed to the industry
// of the contracts' projects and to the partner's contracts.
#include "models/analytics/EcosystemQueries.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

class TestEcosystemQueries : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_ws;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QString error;
        SqlStatement q(m_ws.database(), sql);
        QVERIFY2(q.exec(values, &error), qPrintable(error));
    }

    void contract(int id, const QString &endDate)
    {
        exec("INSERT INTO contracts (id, reference, title, mode, start_date, end_date, currency, status, allocation_method, "
             "created_at, updated_at) VALUES (?, ?, 'C', 'joint_rnd', '2020-01-01', ?, 'USD', 'active', 'proportional', "
             "'2020-01-01', '2020-01-01')",
             {id, QStringLiteral("REF-%1").arg(id), endDate});
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ws.open(TestBackend::freshLocation(m_dir.filePath("eco.sqlite")), &error), qPrintable(error));
        // Ending 10, 45, 80 and 200 days after 1 March 2026, and one that ended before it.
        contract(1, "2026-03-11");
        contract(2, "2026-04-15");
        contract(3, "2026-05-20");
        contract(4, "2026-09-17");
        contract(5, "2026-02-01");
        exec("INSERT INTO partners (id, name, kind, industry, tier, status, rating, created_at, updated_at) "
             "VALUES (7, 'Alpha', 'company', 'healthcare', 'strategic', 'active', 3, '2020-01-01', '2020-01-01')");
        exec("INSERT INTO contract_parties (contract_id, partner_id) VALUES (2, 7), (4, 7)");
        // Contract 3 runs a retail project, contract 1 a healthcare one.
        exec("INSERT INTO projects (name, industry, contract_id, status, start_date, created_at, updated_at) VALUES "
             "('Shop', 'retail', 3, 'running', '2025-01-01', '2025-01-01', '2025-01-01'), "
             "('Clinic', 'healthcare', 1, 'running', '2025-01-01', '2025-01-01', '2025-01-01')");
    }

    void countsFromTodayWithoutADateRange()
    {
        const EcosystemQueries q(m_ws.database());
        const auto e = q.expiringContracts({}, QDate(2026, 3, 1));
        QVERIFY(e);
        QCOMPARE((QVector<int>{e->within30, e->within60, e->within90}), (QVector<int>{1, 2, 3}));
    }

    void countsFromTheEndOfTheDateRange()
    {
        const EcosystemQueries q(m_ws.database());
        PortfolioQueries::Filter f;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 7, 1);  // contract 4 ends 78 days later; 1 to 3 have ended by then
        QCOMPARE(EcosystemQueries::expiryReference(f, QDate(2026, 3, 1)), QDate(2026, 7, 1));
        const auto e = q.expiringContracts(f, QDate(2026, 3, 1));
        QVERIFY(e);
        QCOMPARE((QVector<int>{e->within30, e->within60, e->within90}), (QVector<int>{0, 0, 1}));
    }

    void followsTheIndustryAndPartnerFilters()
    {
        const EcosystemQueries q(m_ws.database());
        PortfolioQueries::Filter retail;
        retail.industry = "retail";
        auto e = q.expiringContracts(retail, QDate(2026, 3, 1));
        QCOMPARE((QVector<int>{e->within30, e->within60, e->within90}), (QVector<int>{0, 0, 1}));
        PortfolioQueries::Filter partner;
        partner.partnerId = 7;
        e = q.expiringContracts(partner, QDate(2026, 3, 1));
        QCOMPARE((QVector<int>{e->within30, e->within60, e->within90}), (QVector<int>{0, 1, 1}));
    }

    // The contract pipeline and the cooperation-mode mix narrow to the industry like the tiles.
    void contractGroupsFollowTheIndustryFilter()
    {
        const EcosystemQueries q(m_ws.database());
        const auto count = [](const QVector<EcosystemQueries::ContractGroup> &groups, const QString &key) {
            for (const auto &g : groups)
                if (g.key == key) return g.contracts;
            return -1;
        };
        auto byStatus = q.contractsByStatus({}, "USD");
        QVERIFY(byStatus);
        QCOMPARE(count(*byStatus, "active"), 5);
        PortfolioQueries::Filter healthcare;
        healthcare.industry = "healthcare";
        byStatus = q.contractsByStatus(healthcare, "USD");
        QVERIFY(byStatus);
        QCOMPARE(count(*byStatus, "active"), 1);  // contract 1 runs the clinic
        const auto byMode = q.contractsByMode(healthcare, "USD");
        QVERIFY(byMode);
        QCOMPARE(count(*byMode, "joint_rnd"), 1);
    }
};

QTEST_GUILESS_MAIN(TestEcosystemQueries)
#include "tst_ecosystemqueries.moc"
