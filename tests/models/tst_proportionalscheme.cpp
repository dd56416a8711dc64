#include "models/analytics/ProportionalScheme.h"

#include "AllocationTestData.h"

#include <QtTest>

class TestProportionalScheme : public QObject {
    Q_OBJECT
private slots:
    void sharesInProportionToContribution()
    {
        // 10,000.00 over contributions 50,000 : 30,000 : 20,000 = 50% : 30% : 20%
        const auto a = ProportionalScheme::allocate(Money(1000000, "USD"), participantsContributing({50000, 30000, 20000}));
        QVERIFY(a);
        QCOMPARE(minorUnits(*a), (QVector<qint64>{500000, 300000, 200000}));
        QCOMPARE(a->amounts[0].currency(), QStringLiteral("USD"));
    }

    void awkwardRemainderAndLoss()
    {
        // 100.00 over three equal contributions: 33.333.. each -> 33.34, 33.33, 33.33
        QCOMPARE(minorUnits(*ProportionalScheme::allocate(Money(10000, "CNY"), participantsContributing({7, 7, 7}))),
                 (QVector<qint64>{3334, 3333, 3333}));
        // A loss of 100.00 by the same rule
        QCOMPARE(minorUnits(*ProportionalScheme::allocate(Money(-10000, "CNY"), participantsContributing({7, 7, 7}))),
                 (QVector<qint64>{-3334, -3333, -3333}));
    }

    void explainsWhatIsWrong()
    {
        QString error;
        QVERIFY(!ProportionalScheme::allocate(Money(100, "USD"), participantsContributing({0, 0}), &error));
        QVERIFY(error.contains("zero"));
        QVERIFY(!ProportionalScheme::allocate(Money(100, "USD"), participantsContributing({5, -1}), &error));
        QVERIFY(error.contains("P2"));
        auto mixed = participantsContributing({5, 5});
        mixed[1].contribution = Money(5, "EUR");  // 5 USD and 5 EUR are not equal weights
        QVERIFY(!ProportionalScheme::allocate(Money(100, "USD"), mixed, &error));
        QVERIFY(error.contains("EUR") && error.contains("USD"));
    }
};

QTEST_GUILESS_MAIN(TestProportionalScheme)
#include "tst_proportionalscheme.moc"
