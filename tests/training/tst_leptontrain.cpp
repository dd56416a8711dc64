#include "DiabetesCsv.h"
#include "SharedData.h"
#include "SpamScores.h"
#include "TerminatedContract.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
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

    // What a newcomer tries first: help for the program and for each command, exit code 0, every
    // option explained with its default.
    void helpExplainsEveryOptionWithItsDefault()
    {
        for (const QStringList &arguments : {QStringList{"--help"}, QStringList{"-h"}, QStringList{"help"}}) {
            const auto outcome = run(arguments);
            QCOMPARE(outcome.exitCode, 0);
            QVERIFY2(outcome.out.contains("fit        train a model"), outcome.out.constData());
        }
        const auto fit = run({"fit", "--help"});
        QCOMPARE(fit.exitCode, 0);
        QVERIFY2(fit.err.isEmpty(), fit.err.constData());
        for (const char *option : {"--train FILE", "--epochs N", "--lr X", "--max-length N", "--overwrite", "--resume DIR"})
            QVERIFY2(fit.out.contains(option), option);
        QVERIFY(fit.out.contains("(default lepton-run)"));
        QVERIFY(fit.out.contains(QByteArray("default: all cores, here ") + QByteArray::number(QThread::idealThreadCount())));
        QCOMPARE(run({"help", "fit"}).out, fit.out);
        for (const char *command : {"eval", "predict", "tokenize"}) {
            const auto help = run({command, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(QByteArray("usage: lepton-train ") + command), help.out.constData());
        }
    }

    void versionNamesTheProgramAndItsLibTorch()
    {
        const auto outcome = run({"--version"});
        QCOMPARE(outcome.exitCode, 0);
        // Debian's LibTorch here; a CUDA build says "(CUDA, N GPUs)".
        QVERIFY2(QRegularExpression(R"(^lepton-train \d+\.\d+\.\d+ \(LibTorch \d+\.\d+\.\d+ \((CPU|CUDA, \d+ GPUs?)\)\))")
                     .match(QString::fromUtf8(outcome.out))
                     .hasMatch(),
                 outcome.out.constData());
    }

    void badInputExitsNonZeroWithOneLine()
    {
        const auto missing = run({"fit", "--model", "mlp", "--train", m_dir.path() + "/nothing.csv", "--out",
                                  m_dir.path() + "/bad"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QCOMPARE(missing.err.trimmed().count('\n'), 0);
        QVERIFY2(missing.err.contains("--train " + (m_dir.path() + "/nothing.csv").toUtf8() + " does not exist"),
                 missing.err.constData());

        const auto folder = run({"fit", "--model", "mlp", "--train", m_dir.path(), "--out", m_dir.path() + "/bad"});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains("is a folder, not a file"), folder.err.constData());

        const auto data = run({"eval", "--model", m_dir.path(), "--data", m_dir.path() + "/nothing.csv"});
        QCOMPARE(data.exitCode, 1);
        QVERIFY2(data.err.contains("--data " + (m_dir.path() + "/nothing.csv").toUtf8() + " does not exist"),
                 data.err.constData());

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

    // The figures at the end of a run: its duration and samples/s on stderr, with the parameter
    // count in the JSON line.
    void fitEndsWithTheRunsFigures()
    {
        REQUIRE_SHARED_DATA(cancer, "tabular/breast_cancer.csv");
        const auto fit = run({"fit", "--model", "mlp", "--train", cancer, "--label-column", "diagnosis", "--epochs",
                              "2", "--threads", "1", "--out", m_dir.path() + "/figures"});
        QVERIFY2(fit.exitCode == 0, fit.err.constData());
        QVERIFY2(QRegularExpression(R"(finished in 0:00:\d\d \(0:00:\d\d in training steps\), \d+ samples/s\n)")
                     .match(QString::fromUtf8(fit.err))
                     .hasMatch(),
                 fit.err.constData());
        const auto result = fit.lastJson();
        QVERIFY(result["run_seconds"].toDouble() >= result["train_seconds"].toDouble());
        // 30 features -> 32 -> 16 -> 2 classes: weights and biases.
        QCOMPARE(result["parameters"].toInt(), 30 * 32 + 32 + 32 * 16 + 16 + 16 * 2 + 2);
        QCOMPARE(result["peak_gpu_memory_bytes"].toInt(), 0);
    }

    // A used --out is refused, and nothing in it is touched; with --overwrite the new run may
    // start from the very model it replaces, which is deleted only once the new run has loaded it.
    void usedOutputFolderNeedsOverwriteAndKeepsItsModelUntilTheNewRunStarts()
    {
        REQUIRE_SHARED_DATA(mr, "text/mr/train.csv");
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-uncased-vocab.txt");
        QFile source(mr);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray header = source.readLine();
        QByteArray rows = header;
        for (int i = 0; i < 60; ++i) rows += source.readLine();  // negatives first in the file
        source.seek(source.size() / 2);
        source.readLine();
        for (int i = 0; i < 60; ++i) rows += source.readLine();
        const QString csv = m_dir.filePath("mr-small.csv");
        QFile small(csv);
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write(rows);
        small.close();
        const QString out = m_dir.filePath("run1");
        const QStringList quick{"--epochs", "1", "--max-length", "16", "--threads", "1", "--vocab", vocab};
        const auto first = run(QStringList{"fit", "--train", csv, "--out", out} + quick);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString bestConfig = out + "/best/config.json";
        QVERIFY(QFileInfo::exists(bestConfig));
        const QDateTime written = QFileInfo(bestConfig).lastModified();

        const auto refused = run(QStringList{"fit", "--train", csv, "--out", out} + quick);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("already holds files") && refused.err.contains("--overwrite"), refused.err.constData());
        QCOMPARE(QFileInfo(bestConfig).lastModified(), written);

        const auto again = run(QStringList{"fit", "--model", out + "/best", "--train", csv, "--out", out, "--overwrite"} + quick);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.lastJson()["status"].toString(), QStringLiteral("finished"));
        QVERIFY(QFileInfo::exists(bestConfig));
    }

    // The same data-access rule as the Training page's: a run on data under a terminated contract
    // is refused without the user's reason, and recorded with it.
    void fitInAWorkspaceRecordsProvenanceAndNeedsAReasonForEndedData()
    {
        REQUIRE_SHARED_DATA(cancer, "tabular/breast_cancer.csv");
        const QString path = m_dir.filePath("provenance.sqlite");
        qint64 contractId = 0, partnerId = 0;
        {
            Workspace workspace;
            QString error;
            QVERIFY2(workspace.open(path, &error), qPrintable(error));
            TerminatedContract terminated;
            QVERIFY2(terminated.create(workspace, "DS-2024-03", &error), qPrintable(error));
            contractId = terminated.contract.id;
            partnerId = terminated.hospital.id;
        }
        const QStringList common = {"fit", "--model", "mlp", "--train", cancer, "--label-column", "diagnosis", "--epochs", "2",
                                    "--threads", "1", "--workspace", path, "--contract", QString::number(contractId),
                                    "--partner", QString::number(partnerId)};
        const auto refused = run(common + QStringList{"--out", m_dir.filePath("refused")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("terminated") && refused.err.contains("reason"), refused.err.constData());

        const auto provenance = run({"fit", "--train", cancer, "--contract", QString::number(contractId)});
        QCOMPARE(provenance.exitCode, 2);
        QVERIFY2(provenance.err.contains("--workspace"), provenance.err.constData());

        const auto confirmed = run(common + QStringList{"--out", m_dir.filePath("confirmed"), "--name", "last-evaluation",
                                                        "--confirm-note", "Partner allowed a last evaluation by mail of 2026-01-05."});
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        QCOMPARE(confirmed.lastJson()["status"].toString(), QStringLiteral("finished"));
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(path, &error), qPrintable(error));
        const QList<TrainingRun> runs = TrainingRunRepository(workspace).list(10, 0);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].name, QStringLiteral("last-evaluation"));
        QCOMPARE(runs[0].contractId, contractId);
        QCOMPARE(runs[0].partnerId, partnerId);
        QCOMPARE(runs[0].status, TrainingRun::Status::Finished);
        QVERIFY2(runs[0].confirmationNote.contains("terminated") && runs[0].confirmationNote.contains("last evaluation"),
                 qPrintable(runs[0].confirmationNote));
        QCOMPARE(qint64(confirmed.lastJson()["run_id"].toDouble()), runs[0].id);
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

    // With --workspace a regression is recorded like a classifier: through the training session,
    // its result (every model's figures, the coefficients) kept with the run.
    void regressionInAWorkspaceIsRecordedWithItsResult()
    {
        const QString csv = m_dir.filePath("diabetes-all.csv"), path = m_dir.filePath("regression.sqlite");
        QString error;
        QVERIFY2(DiabetesCsv::write(csv, 0, DiabetesCsv::kRows, &error), qPrintable(error));
        const auto fit = run({"fit", "--task", "regression", "--train", csv, "--label-column", "progression", "--epochs", "5",
                              "--threads", "1", "--workspace", path, "--name", "diabetes", "--out", m_dir.filePath("diabetes-ws")});
        QVERIFY2(fit.exitCode == 0, fit.err.constData());
        QCOMPARE(fit.lastJson()["status"].toString(), QStringLiteral("finished"));
        QVERIFY2(fit.err.contains("Best: "), fit.err.constData());
        Workspace workspace;
        QVERIFY2(workspace.open(path, &error), qPrintable(error));
        TrainingRunRepository runs(workspace);
        const QList<TrainingRun> stored = runs.list(10, 0);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].status, TrainingRun::Status::Finished);
        const QJsonObject result = QJsonDocument::fromJson(stored[0].bestMetricsJson.toUtf8()).object();
        QCOMPARE(result["task"].toString(), QStringLiteral("regression"));
        QCOMPARE(result["models"].toArray().size(), 2);
        QCOMPARE(result["linear"].toObject()["coefficients"].toArray().size(), 10);
        QCOMPARE(runs.metricPoints(stored[0].id, MetricPoint::kValidationRmse).size(), 5);
        QCOMPARE(runs.metricPoints(stored[0].id, MetricPoint::kLinearR2).size(), 1);
    }

    // A real regression on the diabetes data (DiabetesCsv). Both models are fitted, reloaded by
    // eval (which must reproduce the run's own validation figures) and by predict (whose numbers
    // must give the same errors); the linear R^2 is scikit-learn's.
    void regressionOnDiabetesIsReloadedByEvalAndPredict()
    {
        // A fixed split: the first 354 patients train, the last 88 are held out.
        const QString train = m_dir.path() + "/diabetes-train.csv", test = m_dir.path() + "/diabetes-test.csv";
        std::vector<double> heldOutTruth;
        QString error;
        QVERIFY2(DiabetesCsv::write(train, 0, 354, &error) && DiabetesCsv::write(test, 354, DiabetesCsv::kRows, &error, &heldOutTruth),
                 qPrintable(error));

        QMap<QString, double> r2;
        for (const QString model : {"linear", "mlp"}) {
            const QString out = m_dir.path() + "/diabetes-" + model;
            const auto fit = run({"fit", "--task", "regression", "--model", model, "--train", train, "--eval", test,
                                  "--label-column", "progression", "--threads", "1", "--out", out});
            QVERIFY2(fit.exitCode == 0, fit.err.constData());
            const auto fitted = fit.lastJson()["models"].toArray()[0].toObject()["validation"].toObject();

            const auto eval = run({"eval", "--model", out, "--data", test, "--threads", "1"});
            QVERIFY2(eval.exitCode == 0, eval.err.constData());
            const auto scored = eval.lastJson();
            for (const char *metric : {"mae", "rmse", "r2"})
                QVERIFY2(qAbs(scored[metric].toDouble() - fitted[metric].toDouble()) < 1e-6,
                         qPrintable(model + ' ' + metric + ": eval " + QString::number(scored[metric].toDouble()) +
                                    ", fit " + QString::number(fitted[metric].toDouble())));
            QCOMPARE(scored["examples"].toInt(), 88);
            r2[model] = scored["r2"].toDouble();

            const auto predict = run({"predict", "--model", out, "--data", test, "--threads", "1"});
            QVERIFY2(predict.exitCode == 0, predict.err.constData());
            const auto rows = predict.lastJson()["predictions"].toArray();
            QCOMPARE(rows.size(), 88);
            double absoluteErrors = 0;
            for (int i = 0; i < rows.size(); ++i)
                absoluteErrors += qAbs(rows[i].toObject()["value"].toDouble() - heldOutTruth[std::size_t(i)]);
            QVERIFY2(qAbs(absoluteErrors / 88 - scored["mae"].toDouble()) < 1e-6, qPrintable(model));
        }

        QProcess sklearn;
        sklearn.start(QStringLiteral("/usr/bin/python3"),
                      {"-c", "import sys, numpy; from sklearn.linear_model import LinearRegression\n"
                             "a, b = (numpy.loadtxt(p, delimiter=',', skiprows=1) for p in sys.argv[1:])\n"
                             "print(LinearRegression().fit(a[:, :-1], a[:, -1]).score(b[:, :-1], b[:, -1]))",
                       train, test});
        QVERIFY(sklearn.waitForFinished(60000));
        bool number = false;
        const double sklearnR2 = sklearn.readAllStandardOutput().trimmed().toDouble(&number);
        QVERIFY2(number, sklearn.readAllStandardError().constData());
        QVERIFY2(qAbs(r2["linear"] - sklearnR2) < 1e-6,
                 qPrintable(QString("linear R^2 %1, scikit-learn %2").arg(r2["linear"]).arg(sklearnR2)));
        QVERIFY2(r2["mlp"] > 0.45, qPrintable(QString("MLP R^2 %1").arg(r2["mlp"])));
    }

    // A text regression through the command line: a scratch BERT learns SMS messages' spam score
    // (1 spam, 0 ham), eval reproduces the run's best validation figures from the reloaded folder,
    // and predict --text answers a number.
    void textRegressionIsFittedEvaluatedAndPredicted()
    {
        REQUIRE_SHARED_DATA(sms, "text/sms_spam/train.csv");
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-uncased-vocab.txt");
        const QString train = m_dir.path() + "/spam-train.csv", validation = m_dir.path() + "/spam-validation.csv";
        writeSpamScores(sms.toStdString(), train.toStdString(), 300, 900);
        writeSpamScores(sms.toStdString(), validation.toStdString(), 50, 150, 300, 900);
        // Without --model a regression reads feature columns, which a text file lacks: the reason
        // names the way to a text model.
        const auto tabular = run({"fit", "--task", "regression", "--train", train, "--label-column", "spam", "--out",
                                  m_dir.path() + "/spam-tabular"});
        QCOMPARE(tabular.exitCode, 1);
        QVERIFY2(tabular.err.contains("no numeric feature columns") && tabular.err.contains("--model scratch:tiny"),
                 tabular.err.constData());

        const QString out = m_dir.path() + "/spam-score";
        const auto fit = run({"fit", "--task", "regression", "--model", "scratch:tiny", "--vocab", vocab, "--train", train,
                              "--eval", validation, "--label-column", "spam", "--epochs", "3", "--batch-size", "16",
                              "--max-length", "32", "--lr", "2e-3", "--warmup-ratio", "0", "--threads", "1", "--out", out});
        QVERIFY2(fit.exitCode == 0, fit.err.constData());
        QVERIFY2(fit.err.contains("RMSE") && fit.err.contains("R^2"), fit.err.constData());  // each epoch's figures
        const auto best = fit.lastJson()["best"].toObject()["regression"].toObject();
        QVERIFY2(best["r2"].toDouble() > 0.5, qPrintable(QString::number(best["r2"].toDouble())));
        QVERIFY(QFileInfo::exists(out + "/validation_predictions.csv"));

        const auto eval = run({"eval", "--model", out, "--data", validation, "--threads", "1"});
        QVERIFY2(eval.exitCode == 0, eval.err.constData());
        const auto scored = eval.lastJson();
        QCOMPARE(scored["examples"].toInt(), 200);
        for (const char *metric : {"mae", "rmse", "r2"})
            QVERIFY2(qAbs(scored[metric].toDouble() - best[metric].toDouble()) < 1e-5,
                     qPrintable(QString("%1: eval %2, fit %3").arg(metric).arg(scored[metric].toDouble()).arg(best[metric].toDouble())));

        const auto spam = run({"predict", "--model", out, "--text", "WINNER! Claim your free prize now, txt WIN to 80086"});
        const auto ham = run({"predict", "--model", out, "--text", "see you at lunch"});
        QVERIFY2(spam.exitCode == 0 && ham.exitCode == 0, spam.err.constData());
        const double spamScore = spam.lastJson()["predictions"].toArray()[0].toObject()["value"].toDouble(-1);
        const double hamScore = ham.lastJson()["predictions"].toArray()[0].toObject()["value"].toDouble(-1);
        QVERIFY2(spamScore > hamScore + 0.5, qPrintable(QString("spam %1, ham %2").arg(spamScore).arg(hamScore)));
    }
};

QTEST_GUILESS_MAIN(TestLeptonTrain)
#include "tst_leptontrain.moc"
