#include "models/analytics/PortfolioTotals.h"

#include <QtTest>

namespace {
ProfitAndLoss pl(qint64 revenue, qint64 cost, const char *currency = "USD")
{
    return *ProfitAndLoss::of(Money(revenue, currency), Money(cost, currency));
}
// A: 1000.00 - 600.00 = 400.00; B: 200.00 - 500.00 = -300.00; C: nothing yet.
QVector<ProfitAndLoss> sample() { return {pl(100000, 60000), pl(20000, 50000), pl(0, 0)}; }
}  // namespace

class TestPortfolioTotals : public QObject {
    Q_OBJECT
private slots:
    // The seed model's worked example: R = 100, C = 50, r = 0.25 gives E = 100 - 50 + 12.5 = 62.5.
    void cooperationBenefitOfTheWorkedExample()
    {
        const auto t = PortfolioTotals::compute({pl(10000, 5000)}, *Rate::parse("0.25"), "USD");
        QVERIFY(t);
        QCOMPARE(t->totalRevenue(), Money(10000, "USD"));
        QCOMPARE(t->totalCost(), Money(5000, "USD"));
        QCOMPARE(t->expectedReturnOnCost(), Money(1250, "USD"));
        QCOMPARE(t->cooperationBenefit(), Money(6250, "USD"));
    }

    void cooperationBenefitWithDefaultRate()
    {
        const auto t = PortfolioTotals::compute(sample(), PortfolioTotals::defaultExpectedReturn(), "USD");
        QVERIFY(t);
        QCOMPARE(t->totalRevenue(), Money(120000, "USD"));
        QCOMPARE(t->totalProfit(), Money(10000, "USD"));  // 400 - 300 = 100.00
        QCOMPARE(t->totalCost(), Money(110000, "USD"));   // C = 1100.00
        QCOMPARE(t->expectedReturnOnCost(), Money(27500, "USD"));  // 0.25 * 1100 = 275.00
        // E = R - C + r C = 1200 - 1100 + 275 = 375.00
        QCOMPARE(t->cooperationBenefit(), Money(37500, "USD"));
        QCOMPARE(t->projectCount(), 3);
        QCOMPARE(t->losingProjectCount(), 1);
    }

    void cooperationBenefitWithOtherRates_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("benefit");
        QTest::newRow("0.2") << "0.2" << qint64(120000 - 110000 + 22000);   // 320.00
        QTest::newRow("30%") << "30%" << qint64(120000 - 110000 + 33000);   // 430.00
        QTest::newRow("1/3") << "1/3" << qint64(120000 - 110000 + 36667);   // 366.666.. -> 366.67
        QTest::newRow("zero") << "0" << qint64(120000 - 110000);
        QTest::newRow("150%") << "1.5" << qint64(120000 - 110000 + 165000);  // any value is allowed
    }
    void cooperationBenefitWithOtherRates()
    {
        QFETCH(QString, rate);
        QFETCH(qint64, benefit);
        const auto t = PortfolioTotals::compute(sample(), *Rate::parse(rate), "USD");
        QVERIFY(t);
        QCOMPARE(t->cooperationBenefit().minorUnits(), benefit);
    }

    void roundsTheReturnOnCostHalfAwayFromZero()
    {
        // R = 0.01, C = 0.02, r = 0.25: r C = 0.005 -> 0.01; E = 0.01 - 0.02 + 0.01 = 0.00
        const auto t = PortfolioTotals::compute({pl(1, 2)}, PortfolioTotals::defaultExpectedReturn(), "USD");
        QCOMPARE(t->expectedReturnOnCost(), Money(1, "USD"));
        QCOMPARE(t->cooperationBenefit(), Money(0, "USD"));
    }

    void refusesToMixCurrencies()
    {
        auto projects = sample();
        projects.append(pl(100, 10, "CNY"));
        QString error;
        QVERIFY(!PortfolioTotals::compute(projects, PortfolioTotals::defaultExpectedReturn(), "USD", &error));
        QVERIFY(error.contains("CNY"));
    }
};

QTEST_GUILESS_MAIN(TestPortfolioTotals)
#include "tst_portfoliototals.moc"
