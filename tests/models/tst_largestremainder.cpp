#include "models/analytics/LargestRemainder.h"

#include <QRandomGenerator>
#include <QtTest>

using WideMath::Int;

class TestLargestRemainder : public QObject {
    Q_OBJECT
private slots:
    void roundsHandComputedExamples_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QVector<qint64>>("weights");
        QTest::addColumn<QVector<qint64>>("expected");
        // 100 / 3 = 33.33 each; floors 33+33+33 = 99, the 1 left goes to the first (tie).
        QTest::newRow("thirds") << qint64(100) << QVector<qint64>{1, 1, 1} << QVector<qint64>{34, 33, 33};
        // A loss by the same rule: -34, -33, -33.
        QTest::newRow("loss thirds") << qint64(-100) << QVector<qint64>{1, 1, 1} << QVector<qint64>{-34, -33, -33};
        // 1000 * 1/6, 2/6, 3/6 = 166.67, 333.33, 500; floors 999, the .67 gets the last cent.
        QTest::newRow("1:2:3") << qint64(1000) << QVector<qint64>{1, 2, 3} << QVector<qint64>{167, 333, 500};
        // 7 * 5/10, 3/10, 2/10 = 3.5, 2.1, 1.4; floors 6, remainder .5 wins.
        QTest::newRow("7 cents") << qint64(7) << QVector<qint64>{5, 3, 2} << QVector<qint64>{4, 2, 1};
        // 2 cents over 3 equal: .67 each, ties go in input order.
        QTest::newRow("2 over 3") << qint64(2) << QVector<qint64>{1, 1, 1} << QVector<qint64>{1, 1, 0};
        QTest::newRow("-2 over 3") << qint64(-2) << QVector<qint64>{1, 1, 1} << QVector<qint64>{-1, -1, 0};
        // A zero weight receives nothing.
        QTest::newRow("zero weight") << qint64(10) << QVector<qint64>{0, 1, 1} << QVector<qint64>{0, 5, 5};
        QTest::newRow("zero total") << qint64(0) << QVector<qint64>{3, 1} << QVector<qint64>{0, 0};
    }
    void roundsHandComputedExamples()
    {
        QFETCH(qint64, total);
        QFETCH(QVector<qint64>, weights);
        QFETCH(QVector<qint64>, expected);
        QString error;
        const auto amounts = LargestRemainder::byWeights(total, weights, &error);
        QVERIFY2(amounts, qPrintable(error));
        QCOMPARE(*amounts, expected);
    }

    void roundsMixedSignShares()
    {
        // Shares 1.5 and -0.5 of a total of 1: floors 1 and -1, the 1 left goes to the first (tie of .5).
        const auto a = LargestRemainder::apportion(1, {3, -1}, 2);
        QVERIFY(a);
        QCOMPARE(*a, (QVector<qint64>{2, -1}));
    }

    void splitsByExactShares()
    {
        const Rate third = *Rate::fraction(1, 3);
        // 100.00 by thirds: 33.3333 each -> 3334, 3333, 3333.
        QCOMPARE(*LargestRemainder::byShares(10000, {third, third, third}), (QVector<qint64>{3334, 3333, 3333}));
        // 0.1 + 0.2 + 0.7 of 10 cents = 1, 2, 7 exactly.
        QCOMPARE(*LargestRemainder::byShares(10, {*Rate::parse("0.1"), *Rate::parse("0.2"), *Rate::parse("0.7")}),
                 (QVector<qint64>{1, 2, 7}));
    }

    void refusesWhatCannotBeApportioned()
    {
        QString error;
        QVERIFY(!LargestRemainder::byWeights(100, {0, 0}, &error));
        QVERIFY(error.contains("zero"));
        QVERIFY(!LargestRemainder::byWeights(100, {2, -1}, &error));
        QVERIFY(error.contains("negative"));
        QVERIFY(!LargestRemainder::byWeights(100, {}, &error));
        QVERIFY(!LargestRemainder::apportion(10, {3, 3}, 1, &error));  // 6 != 10
        QVERIFY(!LargestRemainder::byShares(10, {*Rate::fraction(1, 2), *Rate::fraction(1, 3)}, &error));
    }

    // Over many random splits (fixed seed): the amounts always sum exactly to the total, each is
    // within one minor unit of its exact share, and a larger weight never gets less.
    void alwaysSumsExactlyToTheTotal()
    {
        QRandomGenerator rng(20240501);
        for (int round = 0; round < 20000; ++round) {
            const int n = 1 + int(rng.bounded(12));
            QVector<qint64> weights(n);
            for (qint64 &w : weights) w = rng.bounded(4) == 0 ? 0 : qint64(rng.bounded(1000000));
            weights[int(rng.bounded(n))] += 1;  // at least one positive
            qint64 total;
            switch (round % 4) {
            case 0: total = qint64(rng.generate64() % 2000000000001ULL) - 1000000000000LL; break;
            case 1: total = qint64(rng.bounded(2 * n + 1)) - n; break;  // awkward: fewer cents than people
            case 2: total = -(qint64(rng.generate64() >> 2)); break;    // huge losses
            default: total = qint64(rng.generate64() >> 2); break;
            }
            QString error;
            const auto a = LargestRemainder::byWeights(total, weights, &error);
            QVERIFY2(a, qPrintable(error));
            Int sum = 0, weightSum = 0;
            for (qint64 w : weights) weightSum += w;
            for (int i = 0; i < n; ++i) {
                sum += (*a)[i];
                const Int exactTimesW = Int(total) * weights[i];  // exact share = this / weightSum
                const Int diff = Int((*a)[i]) * weightSum - exactTimesW;
                QVERIFY(WideMath::absolute(diff) < weightSum);  // |amount - exact| < 1
                for (int j = 0; j < n; ++j)
                    if (weights[i] > weights[j])
                        QVERIFY(total >= 0 ? (*a)[i] >= (*a)[j] : (*a)[i] <= (*a)[j]);
            }
            QVERIFY(sum == total);
        }
    }
};

QTEST_GUILESS_MAIN(TestLargestRemainder)
#include "tst_largestremainder.moc"
