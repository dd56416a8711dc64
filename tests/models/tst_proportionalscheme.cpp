#include "ProportionalScheme.h"

#include <QtTest>

namespace {
QVector<AllocationParticipant> byContribution(const QVector<qint64> &contributions)
{
    QVector<AllocationParticipant> ps;
    for (qint64 c : contributions) {
        AllocationParticipant p;
        p.name = QStringLiteral("P%1").arg(ps.size() + 1);
        p.contribution = Money(c, "USD");
        ps.append(p);
    }
    return ps;
}
QVector<qint64> minor(const Allocation &a)
{
    QVector<qint64> v;
    for (const Money &m : a.amounts) v.append(m.minorUnits());
    return v;
}
}  // namespace

class TestProportionalScheme : public QObject {
    Q_OBJECT
private slots:
    void sharesInProportionToContribution()
    {
        // 10,000.00 over contributions 50,000 : 30,000 : 20,000 = 50% : 30% : 20%
        const auto a = ProportionalScheme::allocate(Money(1000000, "USD"), byContribution({50000, 30000, 20000}));
        QVERIFY(a);
        QCOMPARE(minor(*a), (QVector<qint64>{500000, 300000, 200000}));
        QCOMPARE(a->amounts[0].currency(), QStringLiteral("USD"));
    }

    void awkwardRemainderAndLoss()
    {
        // 100.00 over three equal contributions: 33.333.. each -> 33.34, 33.33, 33.33
        QCOMPARE(minor(*ProportionalScheme::allocate(Money(10000, "CNY"), byContribution({7, 7, 7}))),
                 (QVector<qint64>{3334, 3333, 3333}));
        // A loss of 100.00 by the same rule
        QCOMPARE(minor(*ProportionalScheme::allocate(Money(-10000, "CNY"), byContribution({7, 7, 7}))),
                 (QVector<qint64>{-3334, -3333, -3333}));
    }

    void explainsWhatIsWrong()
    {
        QString error;
        QVERIFY(!ProportionalScheme::allocate(Money(100, "USD"), byContribution({0, 0}), &error));
        QVERIFY(error.contains("zero"));
        QVERIFY(!ProportionalScheme::allocate(Money(100, "USD"), byContribution({5, -1}), &error));
        QVERIFY(error.contains("P2"));
        auto mixed = byContribution({5, 5});
        mixed[1].contribution = Money(5, "EUR");  // 5 USD and 5 EUR are not equal weights
        QVERIFY(!ProportionalScheme::allocate(Money(100, "USD"), mixed, &error));
        QVERIFY(error.contains("EUR") && error.contains("USD"));
    }
};

QTEST_GUILESS_MAIN(TestProportionalScheme)
#include "tst_proportionalscheme.moc"
