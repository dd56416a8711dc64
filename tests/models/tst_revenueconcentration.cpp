#include "models/analytics/RevenueConcentration.h"

#include <QtTest>

namespace {
QVector<Money> usd(const QVector<qint64> &minor)
{
    QVector<Money> v;
    for (qint64 m : minor) v.append(Money(m, "USD"));
    return v;
}
}  // namespace

class TestRevenueConcentration : public QObject {
    Q_OBJECT
private slots:
    void herfindahlIndex_data()
    {
        QTest::addColumn<QVector<qint64>>("revenues");
        QTest::addColumn<qint64>("hhi");
        QTest::addColumn<QString>("label");
        // shares 50%, 30%, 20%: 2500 + 900 + 400 = 3800
        QTest::newRow("50/30/20") << QVector<qint64>{500, 300, 200} << qint64(3800) << "Highly concentrated";
        // four equal quarters: 4 * 625 = 2500, the top of "moderate"
        QTest::newRow("quarters") << QVector<qint64>{7, 7, 7, 7} << qint64(2500) << "Moderately concentrated";
        // shares 30, 30, 20, 10, 10: 900 + 900 + 400 + 100 + 100 = 2400
        QTest::newRow("30/30/20/10/10") << QVector<qint64>{3, 3, 2, 1, 1} << qint64(2400) << "Moderately concentrated";
        // ten equal: 10 * 100 = 1000
        QTest::newRow("ten equal") << QVector<qint64>(10, 123) << qint64(1000) << "Unconcentrated";
        // three equal: 3 * 1111.11 = 3333.33 -> 3333
        QTest::newRow("thirds") << QVector<qint64>{1, 1, 1} << qint64(3333) << "Highly concentrated";
        // one partner with all the revenue (the others none): 10000
        QTest::newRow("monopoly") << QVector<qint64>{0, 99, 0} << qint64(10000) << "Highly concentrated";
        // huge amounts are scaled, not overflowed: two equal partners -> 5000
        QTest::newRow("huge") << QVector<qint64>{qint64(1) << 62, qint64(1) << 62} << qint64(5000) << "Highly concentrated";
    }
    void herfindahlIndex()
    {
        QFETCH(QVector<qint64>, revenues);
        QFETCH(qint64, hhi);
        QFETCH(QString, label);
        const auto c = RevenueConcentration::of(usd(revenues), "USD");
        QVERIFY(c);
        QCOMPARE(c->hhi(), hhi);
        QCOMPARE(c->label(), label);
    }

    void thresholds()
    {
        using L = RevenueConcentration::Level;
        QCOMPARE(RevenueConcentration::levelOf(1499), L::Unconcentrated);
        QCOMPARE(RevenueConcentration::levelOf(1500), L::Moderate);
        QCOMPARE(RevenueConcentration::levelOf(2500), L::Moderate);
        QCOMPARE(RevenueConcentration::levelOf(2501), L::High);
    }

    void explainsWhatCannotBeMeasured()
    {
        QString error;
        QVERIFY(!RevenueConcentration::of(usd({0, 0}), "USD", &error));
        QVERIFY(error.contains("no revenue"));
        QVERIFY(!RevenueConcentration::of(usd({5, -1}), "USD", &error));
        QVERIFY(error.contains("negative"));
        QVERIFY(!RevenueConcentration::of({Money(5, "USD"), Money(5, "EUR")}, "USD", &error));
        QVERIFY(error.contains("EUR"));
    }
};

QTEST_GUILESS_MAIN(TestRevenueConcentration)
#include "tst_revenueconcentration.moc"
