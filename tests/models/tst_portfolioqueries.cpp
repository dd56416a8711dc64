#include "models/analytics/LifetimeProfitShare.h"
#include "models/analytics/PortfolioQueries.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <limits>

// A real workspace (a file, or a database on the test server): three partners, three projects, ledger entries in USD, EUR and CNY.
class TestPortfolioQueries : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Workspace m_ws;
    using Filter = PortfolioQueries::Filter;
    using Length = ReportingPeriod::Length;

    void exec(const QString &sql, const QVariantList &values)
    {
        QString error;
        SqlStatement statement(m_ws.database(), sql);
        QVERIFY2(statement.exec(values, &error), qPrintable(error));
    }
    void partner(qint64 id, const QString &name)
    {
        exec("INSERT INTO partners (id, name, kind, industry, tier, status, rating, created_at, updated_at) "
             "VALUES (?, ?, 'enterprise', 'finance', 'key', 'active', 3, 'x', 'x')",
             {id, name});
    }
    void project(qint64 id, const QString &name, const QString &industry, const QList<qint64> &partners)
    {
        exec("INSERT INTO projects (id, name, industry, status, start_date, created_at, updated_at) "
             "VALUES (?, ?, ?, 'running', '2024-01-01', 'x', 'x')",
             {id, name, industry});
        for (qint64 p : partners)
            exec("INSERT INTO participants (project_id, partner_id, role, currency) VALUES (?, ?, 'investor', 'USD')", {id, p});
    }
    void entry(qint64 projectId, const QString &date, const QString &kind, qint64 minor, const QString &currency = "USD")
    {
        exec("INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (?, ?, ?, ?, ?)",
             {projectId, date, kind, minor, currency});
    }
    static QVector<qint64> profits(const QVector<PortfolioQueries::Totals> &rows)
    {
        QVector<qint64> v;
        for (const auto &r : rows) v.append(r.figures.profit().minorUnits());
        return v;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_ws.open(TestBackend::freshLocation(m_dir.filePath("portfolio.sqlite")), &error), qPrintable(error));
        partner(1, "Alpha");
        partner(2, "Beta");
        partner(3, "Gamma");
        project(10, "Imaging", "healthcare", {1, 2});
        project(20, "Routing", "logistics", {2});
        project(30, "Payments", "finance", {3});
        entry(10, "2024-01-15", "revenue", 100000);
        entry(10, "2024-01-20", "cost", 40000);
        entry(10, "2024-02-03", "cost", 25050);
        entry(10, "2024-04-10", "revenue", 30000);
        entry(10, "2024-01-01", "revenue", 500, "EUR");
        entry(20, "2024-03-01", "revenue", 10000);
        entry(20, "2024-03-02", "cost", 50000);
        entry(30, "2024-05-01", "revenue", 99900, "CNY");
    }

    void listsTheCurrenciesInsteadOfMixingThem()
    {
        QCOMPARE(*PortfolioQueries(m_ws.database()).currencies({}), (QStringList{"CNY", "EUR", "USD"}));
        Filter onlyRouting;
        onlyRouting.projectId = 20;
        QCOMPARE(*PortfolioQueries(m_ws.database()).currencies(onlyRouting), QStringList{"USD"});
        // The EUR and CNY entries are not in the USD total: 1000 + 300 + 100 revenue, 400 + 250.50 + 500 cost
        const auto usd = PortfolioQueries(m_ws.database()).total({}, "USD");
        QVERIFY(usd);
        QCOMPARE(usd->revenue(), Money(140000, "USD"));
        QCOMPARE(usd->cost(), Money(115050, "USD"));
        QCOMPARE(usd->profit(), Money(24950, "USD"));
    }

    void periodsOfThePortfolio()
    {
        QString error;
        const auto months = PortfolioQueries(m_ws.database()).periods(Length::Month, {}, "USD", &error);
        QVERIFY2(months, qPrintable(error));
        QCOMPARE(months->size(), 4);  // January to April
        QCOMPARE(months->at(0).figures.profit(), Money(60000, "USD"));   // 1000 - 400
        QCOMPARE(months->at(1).figures.profit(), Money(-25050, "USD"));  // February: cost only
        QCOMPARE(months->at(2).figures.profit(), Money(-40000, "USD"));  // March: 100 - 500
        QCOMPARE(months->at(3).figures.revenue(), Money(30000, "USD"));
        const auto quarters = PortfolioQueries(m_ws.database()).periods(Length::Quarter, {}, "USD");
        QCOMPARE(quarters->size(), 2);
        QCOMPARE(quarters->at(0).period.label(), QStringLiteral("2024 Q1"));
        // Q1: revenue 1000 + 100 = 1100.00, cost 400 + 250.50 + 500 = 1150.50
        QCOMPARE(quarters->at(0).figures.profit(), Money(-5050, "USD"));
        QCOMPARE(quarters->at(1).figures.profit(), Money(30000, "USD"));
        const auto years = PortfolioQueries(m_ws.database()).periods(Length::Year, {}, "CNY");
        QCOMPARE(years->size(), 1);
        QCOMPARE(years->at(0).figures.revenue(), Money(99900, "CNY"));
    }

    void periodsOfOneProjectAgreeWithTheLedgerCalculator()
    {
        Filter imaging;
        imaging.projectId = 10;
        const auto fromSql = PortfolioQueries(m_ws.database()).periods(Length::Month, imaging, "USD");
        const auto fromEntries = ProjectEconomics::byPeriod(
            {{QDate(2024, 1, 15), LedgerAmount::Kind::Revenue, Money(100000, "USD")},
             {QDate(2024, 1, 20), LedgerAmount::Kind::Cost, Money(40000, "USD")},
             {QDate(2024, 2, 3), LedgerAmount::Kind::Cost, Money(25050, "USD")},
             {QDate(2024, 4, 10), LedgerAmount::Kind::Revenue, Money(30000, "USD")}},
            Length::Month, "USD");
        QCOMPARE(fromSql->size(), fromEntries->size());
        for (int i = 0; i < fromSql->size(); ++i) {
            QCOMPARE(fromSql->at(i).period.first(), fromEntries->at(i).period.first());
            QCOMPARE(fromSql->at(i).figures.profit(), fromEntries->at(i).figures.profit());
        }
        const auto eur = PortfolioQueries(m_ws.database()).periods(Length::Month, imaging, "EUR");
        QCOMPARE(eur->size(), 1);
        QCOMPARE(eur->at(0).figures.revenue(), Money(500, "EUR"));
    }

    void filtersNarrowTheTotals()
    {
        PortfolioQueries q(m_ws.database());
        Filter health;
        health.industry = "healthcare";
        QCOMPARE(q.total(health, "USD")->revenue(), Money(130000, "USD"));
        Filter beta;
        beta.partnerId = 2;  // Imaging and Routing
        QCOMPARE(q.total(beta, "USD")->profit(), Money(24950, "USD"));
        Filter alpha;
        alpha.partnerId = 1;  // Imaging only
        QCOMPARE(q.total(alpha, "USD")->profit(), Money(64950, "USD"));
        Filter febToMarch;
        febToMarch.from = QDate(2024, 2, 1);
        febToMarch.to = QDate(2024, 3, 31);
        QCOMPARE(q.total(febToMarch, "USD")->revenue(), Money(10000, "USD"));
        QCOMPARE(q.total(febToMarch, "USD")->cost(), Money(75050, "USD"));
        febToMarch.to = QDate(2024, 3, 1);  // the end date is inclusive
        QCOMPARE(q.total(febToMarch, "USD")->cost(), Money(25050, "USD"));
    }

    void rankedByProjectPartnerAndIndustry()
    {
        PortfolioQueries q(m_ws.database());
        using Rank = PortfolioQueries::Rank;
        // Routing lost 400.00, Imaging earned 1300 - 650.50 = 649.50
        const auto losers = q.byProject({}, "USD", Rank::LeastProfitableFirst, 10);
        QCOMPARE(profits(*losers), (QVector<qint64>{-40000, 64950}));
        QCOMPARE(losers->at(0).key, QStringLiteral("Routing"));
        QCOMPARE(losers->at(0).id, qint64(20));
        QCOMPARE(q.byProject({}, "USD", Rank::MostProfitableFirst, 1)->at(0).key, QStringLiteral("Imaging"));
        QCOMPARE(q.byProject({}, "USD", Rank::MostProfitableFirst, 1)->size(), 1);  // only what is shown
        // Alpha: Imaging 649.50; Beta: Imaging + Routing = 249.50; Gamma has no USD.
        const auto partners = q.byPartner({}, "USD", Rank::MostProfitableFirst, 10);
        QCOMPARE(profits(*partners), (QVector<qint64>{64950, 24950}));
        QCOMPARE(partners->at(0).key, QStringLiteral("Alpha"));
        QCOMPARE(partners->at(1).id, qint64(2));
        // Filtered to Alpha: Alpha and Beta over the project they share (Imaging) only.
        Filter alpha;
        alpha.partnerId = 1;
        QCOMPARE(profits(*q.byPartner(alpha, "USD", Rank::MostProfitableFirst, 10)), (QVector<qint64>{64950, 64950}));
        const auto industries = q.byIndustry({}, "USD");
        QCOMPARE(industries->size(), 2);
        QCOMPARE(industries->at(0).key, QStringLiteral("healthcare"));
        QCOMPARE(industries->at(0).figures.revenue(), Money(130000, "USD"));
        QCOMPARE(industries->at(1).figures.profit(), Money(-40000, "USD"));
    }

    void lifetimeProfitSharesOfThePartners()
    {
        const PortfolioQueries queries(m_ws.database());
        // Hand-computed in USD: Imaging (Alpha, Beta) 1300 - 650.50 = 649.50, Routing (Beta)
        // 100 - 500 = -400, Payments has no USD. Portfolio 249.50; Alpha's projects earned 649.50
        // (1299/499 of it, more than all: Routing lost money), Beta's 249.50 (all of it).
        Filter recent;
        recent.from = QDate(2024, 3, 1);  // lifetime: the dates do not apply
        const auto all = LifetimeProfitShare::read(queries, recent, "USD", 10);
        QVERIFY(all);
        QCOMPARE(all->portfolioProfit(), Money(24950, "USD"));
        QCOMPARE(all->partners().size(), 2);
        QCOMPARE(all->partners()[0].name, QString("Alpha"));
        QCOMPARE(all->partners()[0].profit, Money(64950, "USD"));
        QCOMPARE(*all->partners()[0].share, *Rate::fraction(1299, 499));
        QCOMPARE(all->partners()[1].name, QString("Beta"));
        QCOMPARE(*all->partners()[1].share, Rate::whole(1));
        QCOMPARE(LifetimeProfitShare::read(queries, recent, "USD", 1)->partners().size(), 1);

        // One industry: Imaging alone is the portfolio, and both its partners earned all of it.
        Filter healthcare;
        healthcare.industry = "healthcare";
        const auto imaging = LifetimeProfitShare::read(queries, healthcare, "USD", 10);
        QVERIFY(imaging);
        QCOMPARE(imaging->portfolioProfit(), Money(64950, "USD"));
        QCOMPARE(imaging->partners().size(), 2);
        for (const auto &p : imaging->partners()) QCOMPARE(*p.share, Rate::whole(1));

        // A portfolio that lost money has no shares to give.
        Filter routing;
        routing.industry = "logistics";
        const auto loss = LifetimeProfitShare::read(queries, routing, "USD", 10);
        QVERIFY(loss);
        QCOMPARE(loss->partners().size(), 1);
        QVERIFY(!loss->partners()[0].share);
    }

    // ranking() adds up in one pass what projectSums(), byProject() and partnerRevenues() each
    // ask the database for.
    void rankingAnswersAsTheSeparateQueriesDo()
    {
        project(40, "Solo", "finance", {});  // no partner: counted, but nobody's revenue
        entry(40, "2024-02-10", "revenue", 7000);
        const PortfolioQueries queries(m_ws.database());
        QString error;
        Filter winter;
        winter.from = QDate(2024, 1, 1);
        winter.to = QDate(2024, 3, 1);
        // Hand-computed: Imaging 1000 - 650.50 = 349.50 by 1 March, Solo 70, Routing 100 - 0 on 1 March.
        const auto hand = queries.ranking(winter, "USD", 2, &error);
        QVERIFY2(hand, qPrintable(error));
        QCOMPARE(hand->sums.projects, 3);
        QCOMPARE(hand->sums.revenue, 117000);
        QCOMPARE(profits(hand->leading), (QVector<qint64>{34950, 10000}));
        QCOMPARE(hand->leading.first().key, QStringLiteral("Imaging"));
        QCOMPARE(hand->partners.nonZero(), (PortfolioQueries::RevenueByPartner{{1, 100000}, {2, 110000}}));

        Filter healthcare, beta, spring;
        healthcare.industry = "healthcare";
        beta.partnerId = 2;
        spring.from = QDate(2024, 3, 2);
        for (const Filter &f : {Filter(), winter, healthcare, beta, spring}) {
            const auto ranking = queries.ranking(f, "USD", 3, &error);
            QVERIFY2(ranking, qPrintable(error));
            const auto sums = queries.projectSums(f, "USD");
            QCOMPARE(ranking->sums.projects, sums->projects);
            QCOMPARE(ranking->sums.losing, sums->losing);
            QCOMPARE(ranking->sums.revenue, sums->revenue);
            QCOMPARE(ranking->sums.cost, sums->cost);
            const auto leading = *queries.byProject(f, "USD", PortfolioQueries::Rank::MostProfitableFirst, 3);
            QCOMPARE(profits(ranking->leading), profits(leading));
            for (int i = 0; i < leading.size(); ++i) {
                QCOMPARE(ranking->leading[i].id, leading[i].id);
                QCOMPARE(ranking->leading[i].key, leading[i].key);
            }
            auto revenues = *queries.partnerRevenues(f, "USD");
            revenues.removeIf([](auto p) { return p.value() == 0; });
            QCOMPARE(ranking->partners.nonZero(), revenues);

        }
        exec("DELETE FROM projects WHERE id = 40", {});
    }

    // Ids far beyond the partners table (written by hand) are added up like any other, and an
    // overflow is reported, not wrapped.
    void partnerTallyAddsUpEveryId()
    {
        PortfolioQueries::PartnerTally a;
        const qint64 far = (qint64(1) << 40) + 7;
        QVERIFY(a.add(3, 500) && a.add(far, 20) && a.add(3, 250));
        QVERIFY(a.add(70000, 9) && a.add(far, 1) && a.add(5, 0) && a.add(-2, 4));
        QCOMPARE(a.nonZero(), (PortfolioQueries::RevenueByPartner{{3, 750}, {70000, 9}, {far, 21}, {-2, 4}}));
        QString error;
        QVERIFY(!a.add(3, std::numeric_limits<qint64>::max(), &error));
        QVERIFY(error.contains("too large"));
    }

    void reportsDatabaseErrors()
    {
        QSqlDatabase closed;
        QString error;
        QVERIFY(!PortfolioQueries(closed).total({}, "USD", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortfolioQueries)
#include "tst_portfolioqueries.moc"
