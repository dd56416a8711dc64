#include "SharedData.h"
#include "TerminatedContract.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"

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
};

QTEST_GUILESS_MAIN(TestLeptonTrain)
#include "tst_leptontrain.moc"
