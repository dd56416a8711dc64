#include "training/LinearRegression.h"
#include "training/RegressionMetrics.h"
#include "training/RegressionTrainer.h"
#include "training/TextDataset.h"

#include <QtTest>
#include <cmath>
#include <fstream>
#include <random>

using namespace lepton;

// Regression on a numeric label: the closed-form least squares, its metrics, the numeric label
// reader and the run that keeps the model with the lowest validation RMSE.
class TestRegression : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static TabularDataset table(std::vector<std::string> names, std::vector<std::vector<float>> rows,
                                std::vector<double> targets)
    {
        TabularDataset data;
        data.featureNames = std::move(names);
        for (const auto &row : rows) data.features.insert(data.features.end(), row.begin(), row.end());
        data.targets = std::move(targets);
        return data;
    }

    // rows of x1,x2,y with y = shape(x1, x2) + noise; x uniform in [-2, 2].
    std::string writeCsv(const char *name, double (*shape)(double, double), int rows) const
    {
        const std::string path = (m_dir.path() + "/" + name).toStdString();
        std::ofstream out(path);
        out << "x1,x2,y\n";
        std::mt19937_64 random(7);
        std::uniform_real_distribution<double> x(-2.0, 2.0);
        std::normal_distribution<double> noise(0.0, 0.05);
        for (int i = 0; i < rows; ++i) {
            const double a = x(random), b = x(random);
            out << a << ',' << b << ',' << shape(a, b) + noise(random) << '\n';
        }
        return path;
    }

    TrainingConfig regressionConfig(const std::string &train, const char *run) const
    {
        TrainingConfig config;
        config.task = "regression";
        config.model = "linear,mlp";
        config.trainFile = train;
        config.labelColumn = "y";
        config.validationFraction = 0.2;
        config.learningRate = 3e-3;
        config.threads = 1;
        config.outDir = (m_dir.path() + "/" + run).toStdString();
        return config;
    }

private slots:
    void workedExampleHasSlopeTwoAndInterceptZero()
    {
        // The design documents' example: x = 1..10, y = 2x.
        std::vector<std::vector<float>> rows;
        std::vector<double> targets;
        for (int x = 1; x <= 10; ++x) {
            rows.push_back({float(x)});
            targets.push_back(2.0 * x);
        }
        const auto model = LinearRegression::fit(table({"x"}, rows, targets));
        QCOMPARE(model.coefficients().size(), std::size_t(1));
        QCOMPARE(model.coefficients()[0].feature, std::string("x"));
        QVERIFY(std::abs(model.coefficients()[0].perUnit - 2.0) < 1e-12);
        QVERIFY(std::abs(model.intercept()) < 1e-12);
        // Per standard deviation of x (population std of 1..10 is sqrt(8.25)).
        QVERIFY(std::abs(model.coefficients()[0].perStd - 2.0 * std::sqrt(8.25)) < 1e-12);
        const auto fitted = model.predict(table({"x"}, {{11.0f}}, {}));
        QVERIFY(std::abs(fitted[0] - 22.0) < 1e-12);
    }

    void recoversAPlaneAndKeepsAConstantColumnAtZero()
    {
        std::vector<std::vector<float>> rows;
        std::vector<double> targets;
        for (int i = 0; i < 30; ++i) {
            const float a = float(i % 7), b = float((i * 5) % 11);
            rows.push_back({a, 4.0f, b});
            targets.push_back(3.0 * a - 0.5 * b + 7.0);
        }
        const auto model = LinearRegression::fit(table({"visits", "region", "calls"}, rows, targets));
        QVERIFY(std::abs(model.coefficients()[0].perUnit - 3.0) < 1e-9);
        QCOMPARE(model.coefficients()[1].perUnit, 0.0);
        QCOMPARE(model.coefficients()[1].perStd, 0.0);
        QVERIFY(std::abs(model.coefficients()[2].perUnit + 0.5) < 1e-9);
        QVERIFY(std::abs(model.intercept() - 7.0) < 1e-9);
        QVERIFY(QByteArray::fromStdString(model.toJson()).contains("\"feature\": \"calls\""));
    }

    void aRedundantFeatureIsNamed()
    {
        std::vector<std::vector<float>> rows;
        std::vector<double> targets;
        for (int i = 0; i < 20; ++i) {
            const float a = float(i), b = float(i * i % 13);
            rows.push_back({a, b, a + b});
            targets.push_back(a);
        }
        try {
            LinearRegression::fit(table({"a", "b", "total"}, rows, targets));
            QFAIL("a feature that is the sum of two others was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("'total'"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, LinearRegression::fit(table({"a"}, {{1.0f}}, {1.0})));
    }

    void metricsMatchTheirDefinitions()
    {
        const auto m = RegressionMetrics::compute({1, 2, 3, 4}, {1, 2, 3, 8});
        QCOMPARE(m.examples, int64_t(4));
        QCOMPARE(m.mae, 1.0);
        QCOMPARE(m.rmse, 2.0);
        QCOMPARE(m.r2, 1.0 - 16.0 / 5.0);
        QCOMPARE(RegressionMetrics::compute({1, 2, 3}, {2, 2, 2}).r2, 0.0);  // the mean explains nothing
        QCOMPARE(RegressionMetrics::compute({5, 5}, {5, 5}).r2, 1.0);
        QCOMPARE(RegressionMetrics::compute({5, 5}, {4, 5}).r2, 0.0);
    }

    void aNonNumericLabelNamesItsLine()
    {
        const std::string path = (m_dir.path() + "/bad.csv").toStdString();
        std::ofstream(path) << "x,revenue\n1,10\n2,n/a\n";
        try {
            TabularDataset::withTargetsFromCsv(path, {}, "revenue");
            QFAIL("a label 'n/a' was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("line 3"), e.what());
            QVERIFY2(QByteArray(e.what()).contains("'n/a'"), e.what());
        }
        const std::string texts = (m_dir.path() + "/bad-texts.csv").toStdString();
        std::ofstream(texts) << "text,score\ngood,1\nfine,2.5\nbad,\n";
        try {
            TextDataset::withTargetsFromCsv(texts, "text", "score");
            QFAIL("an empty text label was accepted");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("line 4"), e.what());
        }
        std::ofstream(texts) << "text,score\ngood,1\nfine,2.5\n";
        const auto read = TextDataset::withTargetsFromCsv(texts, "text", "score");
        QCOMPARE(read.subset({1}).texts, std::vector<std::string>{"fine"});
        QCOMPARE(read.subset({1}).targets, std::vector<double>{2.5});
    }

    // --model says what a regression reads: "linear", "mlp" or both fit feature columns; a scratch
    // preset or a checkpoint folder reads texts, with its text model's defaults, the best epoch by
    // RMSE, and no class settings.
    void theModelSaysWhetherARegressionReadsTexts()
    {
        TrainingConfig config;
        config.task = "regression";
        config.trainFile = "train.csv";
        config.outDir = "out";
        for (const char *tabular : {"linear", "mlp", "linear,mlp", "mlp,linear"}) {
            config.model = tabular;
            QVERIFY2(!config.isTextRegression(), tabular);
        }
        for (const char *text : {"scratch:tiny", "scratch:mini", "/models/bert-base-uncased"}) {
            config.model = text;
            QVERIFY2(config.isTextRegression(), text);
        }
        config.model = "scratch:tiny";
        const TrainingConfig filled = config.withDefaults();
        QCOMPARE(*filled.bestMetric, std::string("rmse"));
        TrainingConfig classifier = config;
        classifier.task = "classification";
        QCOMPARE(*filled.epochs, *classifier.withDefaults().epochs);
        QCOMPARE(*filled.learningRate, *classifier.withDefaults().learningRate);

        config.bestMetric = "accuracy";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, config.withDefaults());
        config.bestMetric = "r2";
        QCOMPARE(*config.withDefaults().bestMetric, std::string("r2"));
        config.classWeights = true;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, config.withDefaults());
        classifier.bestMetric = "rmse";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, classifier.withDefaults());
    }

    void keepsTheModelWithTheLowerValidationRmse()
    {
        // A plane: least squares is exact up to the noise, and wins.
        const auto plane = writeCsv("plane.csv", [](double a, double b) { return 2.0 * a - b + 1.0; }, 300);
        const auto linearWins = RegressionTrainer(regressionConfig(plane, "plane")).run();
        QCOMPARE(linearWins.candidates.size(), std::size_t(2));
        QCOMPARE(linearWins.bestModel, std::string("linear"));
        QVERIFY(linearWins.candidates[0].validation.r2 > 0.99);
        QVERIFY2(linearWins.candidates[1].validation.r2 > 0.9, qPrintable(QString::number(linearWins.candidates[1].validation.r2)));
        QCOMPARE(linearWins.validationTruth.size(), std::size_t(60));
        QVERIFY(linearWins.linear && std::abs(linearWins.linear->coefficients()[0].perUnit - 2.0) < 0.02);
        QVERIFY(QFileInfo::exists(m_dir.path() + "/plane/regression.json"));
        QFile pairs(m_dir.path() + "/plane/validation_predictions.csv");
        QVERIFY(pairs.open(QIODevice::ReadOnly));
        const auto lines = pairs.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 61);
        QCOMPARE(lines[0], QByteArray("actual,predicted"));
        QCOMPARE(lines[1].split(',')[0].toDouble(), linearWins.validationTruth[0]);
        QCOMPARE(lines[1].split(',')[1].toDouble(), linearWins.validationPredicted[0]);

        // A bowl: no straight line fits it, the MLP does.
        const auto bowl = writeCsv("bowl.csv", [](double a, double b) { return a * a + b; }, 300);
        const auto mlpWins = RegressionTrainer(regressionConfig(bowl, "bowl")).run();
        QCOMPARE(mlpWins.bestModel, std::string("mlp"));
        QVERIFY(mlpWins.candidates[0].validation.r2 < 0.6);
        QVERIFY2(mlpWins.candidates[1].validation.r2 > 0.9, qPrintable(QString::number(mlpWins.candidates[1].validation.r2)));
        QVERIFY(mlpWins.candidates[1].epochs > 0);
    }

    void anUnknownRegressionModelIsRefused()
    {
        auto config = regressionConfig(writeCsv("tiny.csv", [](double a, double) { return a; }, 20), "unknown");
        config.model = "scratch:tiny";
        try {
            RegressionTrainer(config).run();
            QFAIL("a text model was accepted for regression");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QByteArray(e.what()).contains("linear,mlp"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestRegression)
#include "tst_regression.moc"
