#include "models/analytics/PerformanceScheme.h"

#include "AllocationTestData.h"

#include <QtTest>

namespace {
QVector<AllocationParticipant> scored(const QVector<QPair<QString, QString>> &baseAndScore)
{
    QVector<AllocationParticipant> ps;
    for (const auto &bs : baseAndScore) {
        AllocationParticipant p;
        p.name = QStringLiteral("P%1").arg(ps.size() + 1);
        p.guaranteedBase = *Rate::parse(bs.first);
        p.performanceScore = *Rate::parse(bs.second);
        ps.append(p);
    }
    return ps;
}
}  // namespace

class TestPerformanceScheme : public QObject {
    Q_OBJECT
private slots:
    void baseThenByScore()
    {
        // bases 10%, 10%, 0%; scores 80, 40, 80 (sum 200); 80% left to share by score:
        // P1 = 10% + 80% * 80/200 = 42%, P2 = 10% + 80% * 40/200 = 26%, P3 = 0% + 32% = 32%
        const auto ps = scored({{"10%", "80"}, {"10%", "40"}, {"0", "80"}});
        const auto shares = PerformanceScheme::shares(ps);
        QVERIFY(shares);
        QCOMPARE(shares->at(0), *Rate::parse("42%"));
        QCOMPARE(shares->at(1), *Rate::parse("26%"));
        QCOMPARE(shares->at(2), *Rate::parse("32%"));
        QCOMPARE(minorUnits(*PerformanceScheme::allocate(Money(100000, "USD"), ps)), (QVector<qint64>{42000, 26000, 32000}));
        // a loss of 1000.00 is carried by the same shares
        QCOMPARE(minorUnits(*PerformanceScheme::allocate(Money(-100000, "USD"), ps)),
                 (QVector<qint64>{-42000, -26000, -32000}));
    }

    void withoutBaseItIsPurelyByScore()
    {
        // 1.00 by scores 4.5 : 4.5 : 4.5 -> 33.33.. each -> 34, 33, 33
        QCOMPARE(minorUnits(*PerformanceScheme::allocate(Money(100, "EUR"), scored({{"0", "4.5"}, {"0", "4.5"}, {"0", "4.5"}}))),
                 (QVector<qint64>{34, 33, 33}));
        // 7.00 by scores 1 : 2 -> 2.333.., 4.666.. -> 233, 467
        QCOMPARE(minorUnits(*PerformanceScheme::allocate(Money(700, "EUR"), scored({{"0", "1"}, {"0", "2"}}))),
                 (QVector<qint64>{233, 467}));
    }

    void basesOfOneHundredPercentNeedNoScores()
    {
        QCOMPARE(minorUnits(*PerformanceScheme::allocate(Money(1000, "EUR"), scored({{"70%", "0"}, {"30%", "0"}}))),
                 (QVector<qint64>{700, 300}));
    }

    void explainsWhatIsWrong()
    {
        QString error;
        QVERIFY(!PerformanceScheme::allocate(Money(100, "USD"), scored({{"60%", "1"}, {"50%", "1"}}), &error));
        QVERIFY(error.contains("110.0000%"));
        QVERIFY(!PerformanceScheme::allocate(Money(100, "USD"), scored({{"20%", "0"}, {"0", "0"}}), &error));
        QVERIFY(error.contains("80.00%") && error.contains("scores"));
        QVERIFY(!PerformanceScheme::allocate(Money(100, "USD"), scored({{"0", "-1"}, {"0", "2"}}), &error));
        QVERIFY(error.contains("P1"));
    }
};

QTEST_GUILESS_MAIN(TestPerformanceScheme)
#include "tst_performancescheme.moc"
