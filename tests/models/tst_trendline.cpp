#include "models/analytics/TrendLine.h"

#include <QtTest>

class TestTrendLine : public QObject {
    Q_OBJECT

private slots:
    void workedExampleHasSlopeTwoAndInterceptZero()
    {
        // The design documents' example, y = 2x for x = 1..10: index 0 is x = 1.
        QVector<double> values;
        for (int x = 1; x <= 10; ++x) values << 2.0 * x;
        const auto line = TrendLine::fit(values);
        QVERIFY(line);
        QVERIFY(qAbs(line->slope() - 2.0) < 1e-12);
        QVERIFY(qAbs(line->valueAt(-1)) < 1e-12);  // x = 0: intercept 0
        QVERIFY(qAbs(line->rSquared() - 1.0) < 1e-12);
        QVERIFY(qAbs(line->valueAt(10) - 22.0) < 1e-12);  // the month after the last
    }

    void rSquaredSaysHowStraightTheSeriesIs()
    {
        const auto zigzag = TrendLine::fit({1, 3, 1, 3, 1, 3});
        QVERIFY(zigzag);
        QVERIFY(zigzag->rSquared() < 0.2);
        // Least squares by hand: mean index 2.5, mean value 2, slope = 1 / 17.5 * 3.
        QVERIFY(qAbs(zigzag->slope() - 3.0 / 17.5) < 1e-12);
        QCOMPARE(TrendLine::fit({5, 5, 5})->rSquared(), 1.0);
        QCOMPARE(TrendLine::fit({5, 5, 5})->slope(), 0.0);
    }

    void needsTwoValues()
    {
        QVERIFY(!TrendLine::fit({}));
        QVERIFY(!TrendLine::fit({42.0}));
    }
};

QTEST_GUILESS_MAIN(TestTrendLine)
#include "tst_trendline.moc"
