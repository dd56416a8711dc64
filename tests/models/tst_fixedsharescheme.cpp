#include "models/analytics/FixedShareScheme.h"

#include "AllocationTestData.h"

#include <QtTest>

namespace {
QVector<AllocationParticipant> withShares(const QStringList &shares)
{
    QVector<AllocationParticipant> ps;
    for (const QString &s : shares) {
        AllocationParticipant p;
        p.name = QStringLiteral("P%1").arg(ps.size() + 1);
        if (!s.isEmpty()) p.fixedShare = *Rate::parse(s);
        ps.append(p);
    }
    return ps;
}
}  // namespace

class TestFixedShareScheme : public QObject {
    Q_OBJECT
private slots:
    void sharesByTheContractsPercentages()
    {
        // 1,234.57 at 40% / 35% / 25% = 493.828, 432.0995, 308.6425
        // floors 49382 + 43209 + 30864 = 123455; 2 cents left: .95 (P2) then .8 (P1)
        const auto a = FixedShareScheme::allocate(Money(123457, "USD"), withShares({"40%", "35%", "25%"}));
        QVERIFY(a);
        QCOMPARE(minorUnits(*a), (QVector<qint64>{49383, 43210, 30864}));
        // the same for a loss
        QCOMPARE(minorUnits(*FixedShareScheme::allocate(Money(-123457, "USD"), withShares({"40%", "35%", "25%"}))),
                 (QVector<qint64>{-49383, -43210, -30864}));
        // thirds are exact: 1/3 + 1/3 + 1/3 = 100%
        QCOMPARE(minorUnits(*FixedShareScheme::allocate(Money(100, "USD"), withShares({"1/3", "1/3", "1/3"}))),
                 (QVector<qint64>{34, 33, 33}));
    }

    void sharesMustSumToExactlyOneHundredPercent()
    {
        QString error;
        QVERIFY(!FixedShareScheme::allocate(Money(100, "USD"), withShares({"40%", "35%", "24.99%"}), &error));
        QVERIFY2(error.contains("99.9900%") && error.contains("100%"), qPrintable(error));
        QVERIFY(!FixedShareScheme::allocate(Money(100, "USD"), withShares({"60%", "50%"}), &error));
        QVERIFY(error.contains("110.0000%"));
        // 33.33% three times is 99.99%, not 100%: rejected rather than silently topped up
        QVERIFY(!FixedShareScheme::allocate(Money(100, "USD"), withShares({"33.33%", "33.33%", "33.33%"}), &error));
    }

    void everyParticipantNeedsAValidShare()
    {
        QString error;
        QVERIFY(!FixedShareScheme::allocate(Money(100, "USD"), withShares({"100%", ""}), &error));
        QVERIFY(error.contains("P2"));
        QVERIFY(!FixedShareScheme::allocate(Money(100, "USD"), withShares({"110%", "-10%"}), &error));
        QVERIFY(error.contains("negative"));
    }
};

QTEST_GUILESS_MAIN(TestFixedShareScheme)
#include "tst_fixedsharescheme.moc"
