#include "SharedData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// lepton-train as a user runs it: exit codes, the one-line reason on bad input, the JSON result
// line on stdout, and a fitted folder that eval and predict read back.
class TestLeptonTrain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Outcome {
        int exitCode = -1;
        QByteArray out, err;
        QJsonObject lastJson() const
        {
            const auto lines = out.trimmed().split('\n');
            return QJsonDocument::fromJson(lines.last()).object();
        }
    };

    static Outcome run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(LEPTON_TRAIN_EXE), arguments);
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(60000)) return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private slots:
    void withoutArgumentsPrintsUsage()
    {
        const auto outcome = run({});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.err.contains("usage: lepton-train"));
    }

    void badInputExitsNonZeroWithOneLine()
    {
        const auto missing = run({"fit", "--model", "mlp", "--train", m_dir.path() + "/nothing.csv", "--out",
                                  m_dir.path() + "/bad"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(missing.err.trimmed().count('\n'), 0);
        QVERIFY2(missing.err.contains("nothing.csv: cannot open"), missing.err.constData());

        const auto option = run({"fit", "--epochs", "many"});
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.contains("--epochs expects a number"), option.err.constData());
    }

    void tokenizePrintsOneLineOfIdsPerInputLine()
    {
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-uncased-vocab.txt");
        const auto outcome = run({"tokenize", "--vocab", vocab}, "Hello world!\n\nunaffable\n");
        QVERIFY2(outcome.exitCode == 0, outcome.err.constData());
        // Ids of bert-base-uncased: [CLS] hello world ! [SEP]; an empty line is [CLS] [SEP].
        QCOMPARE(outcome.out, QByteArray("101 7592 2088 999 102\n101 102\n101 14477 20961 3468 102\n"));
    }

    void fitThenEvalAndPredictTheFolder()
    {
        REQUIRE_SHARED_DATA(cancer, "tabular/breast_cancer.csv");
        const QString out = m_dir.path() + "/cancer";
        const auto fit = run({"fit", "--model", "mlp", "--train", cancer, "--label-column", "diagnosis", "--epochs",
                              "5", "--lr", "0.01", "--threads", "1", "--out", out});
        QVERIFY2(fit.exitCode == 0, fit.err.constData());
        const auto result = fit.lastJson();
        QCOMPARE(result["status"].toString(), QStringLiteral("finished"));
        QCOMPARE(result["epochs"].toInt(), 5);
        QVERIFY(result["best"].toObject()["accuracy"].toDouble() > 0.9);
        QVERIFY(fit.err.contains("evaluation at step"));  // progress went to stderr

        const auto eval = run({"eval", "--model", out, "--data", cancer});
        QVERIFY2(eval.exitCode == 0, eval.err.constData());
        const auto metrics = eval.lastJson();
        QCOMPARE(metrics["examples"].toInt(), 569);
        QVERIFY(metrics["accuracy"].toDouble() > 0.9);
        QCOMPARE(metrics["labels"].toArray().size(), 2);

        const auto predict = run({"predict", "--model", out, "--data", cancer});
        QVERIFY2(predict.exitCode == 0, predict.err.constData());
        const auto predictions = predict.lastJson()["predictions"].toArray();
        QCOMPARE(predictions.size(), 569);
        const auto probabilities = predictions[0].toObject()["probabilities"].toObject();
        QVERIFY(qAbs(probabilities["benign"].toDouble() + probabilities["malignant"].toDouble() - 1.0) < 1e-5);

        // Resuming a finished run has nothing left to do and reports the same best result.
        const auto resumed = run({"fit", "--resume", out, "--threads", "1"});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(resumed.lastJson()["best"].toObject(), result["best"].toObject());
    }

    void regressionReportsEveryModelAndTheCoefficients()
    {
        const QString csv = m_dir.path() + "/sales.csv";
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("visits,price,revenue\n");
        for (int i = 0; i < 60; ++i)
            file.write(QByteArray::number(i % 9) + ',' + QByteArray::number((i * 7) % 5) + ',' +
                       QByteArray::number(3 * (i % 9) - 2 * ((i * 7) % 5) + 5) + '\n');
        file.close();
        const auto fit = run({"fit", "--task", "regression", "--train", csv, "--label-column", "revenue", "--epochs",
                              "20", "--threads", "1", "--out", m_dir.path() + "/sales"});
        QVERIFY2(fit.exitCode == 0, fit.err.constData());
        const auto result = fit.lastJson();
        QCOMPARE(result["task"].toString(), QStringLiteral("regression"));
        QCOMPARE(result["best_model"].toString(), QStringLiteral("linear"));
        const auto models = result["models"].toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[1].toObject()["model"].toString(), QStringLiteral("mlp"));
        QVERIFY(models[0].toObject()["validation"].toObject()["r2"].toDouble() > 0.9999);
        const auto visits = result["linear"].toObject()["coefficients"].toArray()[0].toObject();
        QCOMPARE(visits["feature"].toString(), QStringLiteral("visits"));
        QVERIFY(qAbs(visits["per_unit"].toDouble() - 3.0) < 1e-6);
        QVERIFY(fit.err.contains("linear: validation RMSE"));
    }
};

QTEST_GUILESS_MAIN(TestLeptonTrain)
#include "tst_leptontrain.moc"
