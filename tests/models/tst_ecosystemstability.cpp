// Ecosystem stability month by month on a hand-built workspace (real SQLite, or the test
// server's PostgreSQL): active, new and ended partnerships from the contracts, and revenue
// concentration from the partners' monthly revenue that the schema keeps, every figure computed
// by hand below; the industry filter; the months shown without a date range; the trend sentence
// in English and Chinese.
#include "models/analytics/EcosystemStability.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

void exec(Workspace &ws, const QString &sql, const QVariantList &values = {})
{
    QString error;
    SqlStatement q(ws.database(), sql);
    QVERIFY2(q.exec(values, &error), qPrintable(error));
}

const QDate kToday(2026, 6, 15);

}  // namespace

class TestEcosystemStability : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Workspace m_ws;

    EcosystemStability read(const PortfolioQueries::Filter &filter)
    {
        QString error;
        const auto s = EcosystemStability::read(m_ws.database(), filter, QStringLiteral("USD"), kToday, &error);
        [&] { QVERIFY2(s, qPrintable(error)); }();
        return s ? *s : EcosystemStability({});
    }

    static PortfolioQueries::Filter januaryToApril()
    {
        PortfolioQueries::Filter f;
        f.from = QDate(2026, 1, 10);  // any day of the month takes the whole month
        f.to = QDate(2026, 4, 30);
        return f;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ws.open(TestBackend::freshLocation(m_dir.filePath("stability.sqlite")), &error), qPrintable(error));
        // Partners A and B in healthcare, C and D in finance.
        const QStringList names{"A", "B", "C", "D"}, industries{"healthcare", "healthcare", "finance", "finance"};
        for (int i = 0; i < 4; ++i)
            exec(m_ws, "INSERT INTO partners (id, name, kind, industry, tier, status, rating, created_at, updated_at) "
                       "VALUES (?, ?, 'company', ?, 'strategic', 'active', 3, '2025-01-01', '2025-01-01')",
                 {i + 1, names[i], industries[i]});
        // A: two signed contracts that overlap in February, the first from before the months shown,
        // the second running past today. B: one, February 15 to March 20. C: a draft (no
        // partnership) and, with D, a terminated contract from March 1 to April 10.
        const QList<QVariantList> contracts{{1, "K1", "active", "2025-06-01", "2026-02-10"},
                                            {2, "K2", "active", "2026-02-01", "2026-12-31"},
                                            {3, "K3", "expired", "2026-02-15", "2026-03-20"},
                                            {4, "K4", "draft", "2026-01-01", "2026-12-31"},
                                            {5, "K5", "terminated", "2026-03-01", "2026-04-10"}};
        for (const QVariantList &c : contracts)
            exec(m_ws, "INSERT INTO contracts (id, reference, title, mode, status, start_date, end_date, currency, allocation_method, "
                       "created_at, updated_at) VALUES (?, ?, 'T', 'joint_rnd', ?, ?, ?, 'USD', 'proportional', '2025-01-01', '2025-01-01')",
                 c);
        for (const auto &[contract, partner] : QList<QPair<int, int>>{{1, 1}, {2, 1}, {3, 2}, {4, 3}, {5, 3}, {5, 4}})
            exec(m_ws, "INSERT INTO contract_parties (contract_id, partner_id) VALUES (?, ?)", {contract, partner});
        // Projects: P1 with A and B, P2 with C, P3 with A, C and D.
        for (int p = 1; p <= 3; ++p)
            exec(m_ws, "INSERT INTO projects (id, name, industry, status, start_date, created_at, updated_at) "
                       "VALUES (?, ?, 'healthcare', 'running', '2025-01-01', '2025-01-01', '2025-01-01')",
                 {p, QStringLiteral("P%1").arg(p)});
        for (const auto &[project, partner] : QList<QPair<int, int>>{{1, 1}, {1, 2}, {2, 3}, {3, 1}, {3, 3}, {3, 4}})
            exec(m_ws, "INSERT INTO participants (project_id, partner_id, role, currency) VALUES (?, ?, 'lead', 'USD')", {project, partner});
        const QList<QVariantList> entries{{1, "2026-01-05", "revenue", 600, "USD"}, {2, "2026-01-31", "revenue", 200, "USD"},
                                          {1, "2026-01-07", "cost", 999, "USD"},    {2, "2026-01-08", "revenue", 50, "CNY"},
                                          {3, "2026-02-14", "revenue", 300, "USD"}, {2, "2026-04-01", "revenue", 1000, "USD"},
                                          {1, "2026-05-02", "revenue", 500, "USD"}};
        for (const QVariantList &e : entries)
            exec(m_ws, "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (?, ?, ?, ?, ?)", e);
    }

    void countsPartnershipsMonthByMonth()
    {
        const auto months = read(januaryToApril()).months();
        QCOMPARE(months.size(), 4);
        QCOMPARE(months.first().first, QDate(2026, 1, 1));
        QCOMPARE(months.last().first, QDate(2026, 4, 1));
        // Active: Jan A; Feb A (once, two contracts), B; Mar A, B, C, D; Apr A, C, D.
        const QVector<int> active{1, 2, 4, 3}, started{0, 1, 2, 0}, ended{0, 0, 1, 2};
        for (int m = 0; m < 4; ++m) {
            QCOMPARE(months[m].active, active[m]);
            // New: B in February; C and D in March (A began before January; C's draft does not count).
            QCOMPARE(months[m].started, started[m]);
            // Ended: B in March, C and D in April (A's last contract runs past today).
            QCOMPARE(months[m].ended, ended[m]);
        }
    }

    void measuresConcentrationMonthByMonth()
    {
        const auto months = read(januaryToApril()).months();
        QCOMPARE(months.size(), 4);
        // January in USD: A 600 and B 600 (P1), C 200 (P2); cost and CNY weigh nothing.
        // HHI = 10000 * (600² + 600² + 200²) / 1400² = 3877.55 -> 3878; largest 600 / 1400.
        QCOMPARE(months[0].revenue, 1400);
        QVERIFY(months[0].concentration);
        QCOMPARE(months[0].concentration->hhi(), 3878);
        QCOMPARE(qRound(months[0].largestShare * 100), 4286);
        // February: P3's 300 for each of A, C and D: 10000 / 3 -> 3333, largest a third.
        QCOMPARE(months[1].concentration->hhi(), 3333);
        QCOMPARE(qRound(months[1].largestShare * 100), 3333);
        // March: no revenue, so no index. April: C alone.
        QVERIFY(!months[2].concentration);
        QCOMPARE(months[2].largestShare, 0.0);
        QCOMPARE(months[3].concentration->hhi(), 10000);
        QCOMPARE(months[3].concentration->level(), RevenueConcentration::Level::High);
        QCOMPARE(months[3].largestShare, 100.0);
    }

    void followsTheIndustryFilter()
    {
        PortfolioQueries::Filter healthcare = januaryToApril();
        healthcare.industry = QStringLiteral("healthcare");
        const auto months = read(healthcare).months();
        QCOMPARE(months.size(), 4);
        // Partners A and B only. January: A 600, B 600 -> 5000; February: A 300 -> 10000.
        QCOMPARE(months[0].concentration->hhi(), 5000);
        QCOMPARE(months[1].concentration->hhi(), 10000);
        QVERIFY(!months[3].concentration);
        const QVector<int> active{1, 2, 2, 1};
        for (int m = 0; m < 4; ++m) QCOMPARE(months[m].active, active[m]);
        QCOMPARE(months[2].ended, 1);  // B
        QCOMPARE(months[3].ended, 0);
    }

    void withoutDatesShowsTheMonthsUpToToday()
    {
        const auto months = read({}).months();
        // From A's first contract (June 2025; quiet months before it left out) to June 2026.
        QCOMPARE(months.first().first, QDate(2025, 6, 1));
        QCOMPARE(months.last().first, QDate(2026, 6, 1));
        QCOMPARE(months.size(), 13);
        QCOMPARE(months.first().started, 1);
        QCOMPARE(months[11].concentration->hhi(), 5000);  // May: P1's 500 for A and B
        QCOMPARE(months.last().active, 1);                  // A
    }

    void statesTheTrend()
    {
        const EcosystemStability s = read(januaryToApril());
        QCOMPARE(s.trend(), QStringLiteral("Concentration rose from 3878 to 10000 in 3 months. Active partners went from 1 to 3; "
                                           "new partnerships: 3, ended: 3."));
        EcosystemStability::Month a{QDate(2026, 1, 1)}, b{QDate(2026, 2, 1)};
        a.concentration = RevenueConcentration::ofSums(2.0, 2.0);  // two equal partners: 5000
        b.concentration = RevenueConcentration::ofSums(3.0, 3.0);  // three: 3333
        a.active = 2;
        b.active = 3;
        QCOMPARE(EcosystemStability({a, b}).trend(),
                 QStringLiteral("Concentration fell from 5000 to 3333 in 1 month. Active partners went from 2 to 3; new partnerships: 0, ended: 0."));
        QCOMPARE(EcosystemStability({a}).trend(), QStringLiteral("Fewer than two months of data: no trend yet."));

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(LEPTON_QM_FILE)));
        QCoreApplication::installTranslator(&chinese);
        const QString zh = s.trend();
        const QString none = EcosystemStability({a}).trend();
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(zh, QStringLiteral("集中度在 3 个月内从 3878 升至 10000。活跃合作伙伴从 1 家变为 3 家；新建合作：3，结束合作：3。"));
        QCOMPARE(none, QStringLiteral("数据不足两个月，尚无趋势。"));
    }
};

QTEST_GUILESS_MAIN(TestEcosystemStability)
#include "tst_ecosystemstability.moc"
