#include "training/Metrics.h"

#include <QtTest>
#include <stdexcept>

using lepton::Metrics;
using lepton::RegressionMetrics;

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void matchesAHandComputedExample()
    {
        // truth a a a b b c, predicted a a b b c c
        const auto m = Metrics::compute({"a", "b", "c"}, {0, 0, 0, 1, 1, 2}, {0, 0, 1, 1, 2, 2}, 0.5);
        QCOMPARE(m.examples, int64_t(6));
        QCOMPARE(m.confusion, (std::vector<std::vector<int64_t>>{{2, 1, 0}, {0, 1, 1}, {0, 0, 1}}));
        QVERIFY(qFuzzyCompare(m.accuracy, 4.0 / 6.0));
        QVERIFY(qFuzzyCompare(m.classes[0].precision, 1.0));
        QVERIFY(qFuzzyCompare(m.classes[0].recall, 2.0 / 3.0));
        QVERIFY(qFuzzyCompare(m.classes[0].f1, 0.8));
        QVERIFY(qFuzzyCompare(m.classes[1].f1, 0.5));
        QVERIFY(qFuzzyCompare(m.classes[2].precision, 0.5));
        QVERIFY(qFuzzyCompare(m.classes[2].recall, 1.0));
        QVERIFY(qFuzzyCompare(m.classes[2].f1, 2.0 / 3.0));
        QVERIFY(qFuzzyCompare(m.macroF1, (0.8 + 0.5 + 2.0 / 3.0) / 3.0));
        QCOMPARE(m.classes[0].support, int64_t(3));
        QCOMPARE(m.classes[2].support, int64_t(1));
        QCOMPARE(m.value("loss"), 0.5);
    }

    void aClassNeverPredictedScoresZeroNotNaN()
    {
        // Everything predicted as ham: spam precision has no predictions to divide by.
        const auto m = Metrics::compute({"ham", "spam"}, {0, 0, 0, 1}, {0, 0, 0, 0}, 0.1);
        QCOMPARE(m.classes[1].precision, 0.0);
        QCOMPARE(m.classes[1].recall, 0.0);
        QCOMPARE(m.classes[1].f1, 0.0);
        QVERIFY(qFuzzyCompare(m.accuracy, 0.75));
        QVERIFY(qFuzzyCompare(m.macroF1, (6.0 / 7.0) / 2.0));
    }

    void roundTripsThroughJson()
    {
        const auto m = Metrics::compute({"neg", "pos"}, {0, 1, 1, 0}, {0, 1, 0, 0}, 0.25);
        const auto back = Metrics::fromJson(m.toJson());
        QCOMPARE(back.toJson(), m.toJson());
        QCOMPARE(back.confusion, m.confusion);
        QCOMPARE(back.classes[1].name, std::string("pos"));
        QVERIFY(m.toJson().find("\"confusion_matrix\":[[2,0],[1,1]]") != std::string::npos);
    }

    void knowsWhichWayIsBetter()
    {
        QVERIFY(Metrics::higherIsBetter("macro_f1"));
        QVERIFY(!Metrics::higherIsBetter("loss"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Metrics().value("f2"));
        QVERIFY(!Metrics::higherIsBetter("rmse") && !Metrics::higherIsBetter("mae") && Metrics::higherIsBetter("r2"));
    }

    // A text regression's evaluation: its MAE, RMSE and R^2 survive the checkpoint's JSON (a
    // resumed run compares against them) and pick the best epoch; class metrics do not apply.
    void regressionFiguresRoundTripAndAreTheOnlyOnesToChooseBy()
    {
        Metrics m;
        m.loss = 0.5;
        m.regression = RegressionMetrics::compute({1.0, 2.0, 4.0}, {1.5, 2.0, 3.0});
        const auto back = Metrics::fromJson(m.toJson());
        QVERIFY(back.regression.has_value());
        QCOMPARE(back.toJson(), m.toJson());
        QCOMPARE(back.value("rmse"), m.regression->rmse);
        QCOMPARE(back.value("r2"), m.regression->r2);
        QCOMPARE(back.value("loss"), 0.5);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, m.value("accuracy"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, Metrics().value("rmse"));
        QVERIFY(!Metrics::fromJson(Metrics().toJson()).regression.has_value());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
