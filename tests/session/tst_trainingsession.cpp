// The training session without widgets: real short runs (breast cancer MLP from the shared data)
// on a real workspace, as the Training page and lepton-train drive it.
#include "BreastCancerRun.h"
#include "SharedData.h"
#include "SpamScores.h"
#include "TerminatedContract.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"
#include "session/TrainingSession.h"
#include "training/RegressionTrainer.h"
#include "training/Trainer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

class TestTrainingSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;
    QString m_csv;

    TrainingRun record(const QString &name)
    {
        TrainingRun run;
        run.name = name;
        run.outputFolder = m_dir.filePath(name);
        return run;
    }

    lepton::TrainingConfig cpuRun(int epochs)
    {
        lepton::TrainingConfig c = breastCancerMlp(m_csv, epochs);
        c.device = "cpu";
        return c;
    }

    TrainingRun stored(qint64 id) { return *TrainingRunRepository(m_workspace).find(id); }
    qint64 latestId() { return TrainingRunRepository(m_workspace).list(1, 0).first().id; }

    static TrainingRun::Status endStatus(const QSignalSpy &ended, qint64 runId)
    {
        for (const QList<QVariant> &e : ended)
            if (e.at(0).toLongLong() == runId) return e.at(1).value<TrainingRun::Status>();
        return TrainingRun::Status::Queued;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_workspace.open(m_dir.filePath("workspace.sqlite"), &error), qPrintable(error));
        m_csv = sharedDataFile("tabular/breast_cancer.csv");
        if (m_csv.isEmpty()) SKIP_WITHOUT_SHARED_DATA("shared data tabular/breast_cancer.csv not found; set LEPTON_SHARED_DATA");
    }

    void runsOnOneDeviceTakeTurnsInArrivalOrder()
    {
        TrainingSession session(m_workspace);
        QSignalSpy started(&session, &TrainingSession::runStarted);
        QSignalSpy ended(&session, &TrainingSession::runEnded);
        QString error;
        QVERIFY2(session.startRun(cpuRun(300), record("first"), &error), qPrintable(error));
        const qint64 first = latestId();
        QVERIFY(session.startRun(cpuRun(2), record("second"), &error));
        const qint64 second = latestId();
        QVERIFY(session.startRun(cpuRun(2), record("third"), &error));
        const qint64 third = latestId();
        QCOMPARE(session.queue().runningRuns(), QList<qint64>({first}));
        QCOMPARE(session.queue().waitingRuns(), QList<qint64>({second, third}));
        QCOMPARE(stored(third).status, TrainingRun::Status::Queued);

        QVERIFY(started.wait(60000));
        session.stopRun(first);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 3, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isTraining(), 30000);
        QCOMPARE(started.count(), 3);
        QCOMPARE(started.at(0).at(0).toLongLong(), first);
        QCOMPARE(started.at(1).at(0).toLongLong(), second);
        QCOMPARE(started.at(2).at(0).toLongLong(), third);
        QCOMPARE(endStatus(ended, first), TrainingRun::Status::Stopped);
        QCOMPARE(endStatus(ended, second), TrainingRun::Status::Finished);
        QCOMPARE(endStatus(ended, third), TrainingRun::Status::Finished);
        QCOMPARE(stored(third).owner, session.client());
    }

    void stoppedRunIsResumableAndItsLogOutlivesResumeAndRestart()
    {
        qint64 id = 0;
        qint64 steps = 0;
        {
            TrainingSession session(m_workspace);
            QSignalSpy ended(&session, &TrainingSession::runEnded);
            QSignalSpy progress(&session, &TrainingSession::progress);
            QString error;
            QVERIFY(session.startRun(cpuRun(300), record("resumable"), &error));
            id = latestId();
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).value<TrainingStepInfo>().step > 50, 60000);
            QVERIFY(!session.canResume(stored(id)));  // running
            session.stopRun(id);
            QVERIFY(ended.wait(30000));
            QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Stopped);
            // Resumable as soon as it ended, before any view looks again.
            QVERIFY(session.canResume(stored(id)));
            QVERIFY2(session.resumeRun(id, {}, &error), qPrintable(error));
            QVERIFY(!session.resumeRun(id, {}, &error));  // queued already
            QVERIFY2(error.contains("only a stopped or failed run"), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 120000);
            QCOMPARE(ended.last().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
            steps = progress.last().at(1).value<TrainingStepInfo>().totalSteps;
            const QString log = session.log(id).join('\n');
            QVERIFY2(log.contains("Starting run") && log.contains("Stopped at step") && log.contains("Resuming run") &&
                         log.contains("Finished after"),
                     qPrintable(log));
        }
        QCOMPARE(TrainingRunRepository(m_workspace).metricPoints(id, MetricPoint::kTrainLoss).size(), int(steps));
        // After a restart the log is read back from the workspace, the first session's lines first.
        TrainingSession restarted(m_workspace);
        const QStringList log = restarted.log(id);
        QVERIFY2(log.first().contains("Starting run"), qPrintable(log.join('\n')));
        QVERIFY2(log.last().contains("Finished after"), qPrintable(log.join('\n')));
        // Nothing said on the command line leaks into the log a user reads.
        QVERIFY2(!log.join('\n').contains("--"), qPrintable(log.join('\n')));
    }

    void shutdownStopsTheRunningRunAndRecordsTheWaitingOnesAsNeverStarted()
    {
        qint64 running = 0, waiting = 0;
        {
            TrainingSession session(m_workspace);
            QSignalSpy started(&session, &TrainingSession::runStarted);
            QString error;
            QVERIFY(session.startRun(cpuRun(300), record("cut-short"), &error));
            running = latestId();
            QVERIFY(session.startRun(cpuRun(300), record("never-started"), &error));
            waiting = latestId();
            QVERIFY(started.wait(60000));
        }  // the application closes
        QCOMPARE(stored(running).status, TrainingRun::Status::Stopped);
        const TrainingRun neverStarted = stored(waiting);
        QCOMPARE(neverStarted.status, TrainingRun::Status::Stopped);
        QVERIFY2(neverStarted.failureReason.contains("before it started"), qPrintable(neverStarted.failureReason));
        QVERIFY(!neverStarted.startedAt.isValid());
        QVERIFY(neverStarted.canResume());
    }

    void failingRunEndsWithItsReasonAndTheNextRunStillTrains()
    {
        QFile broken(m_dir.filePath("broken.csv"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("a,diagnosis\n1,benign\n\"2,malignant\n");
        broken.close();
        TrainingSession session(m_workspace);
        QSignalSpy ended(&session, &TrainingSession::runEnded);
        QSignalSpy failed(&session, &TrainingSession::failed);
        QString error;
        QVERIFY(session.startRun(breastCancerMlp(broken.fileName(), 2), record("broken"), &error));
        const qint64 brokenId = latestId();
        QVERIFY(session.startRun(cpuRun(2), record("after-broken"), &error));
        const qint64 nextId = latestId();
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 120000);
        QCOMPARE(endStatus(ended, brokenId), TrainingRun::Status::Failed);
        QCOMPARE(endStatus(ended, nextId), TrainingRun::Status::Finished);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(1).toString().contains("broken.csv"), qPrintable(failed.first().at(1).toString()));
        QCOMPARE(stored(brokenId).status, TrainingRun::Status::Failed);
        QVERIFY(session.canResume(stored(brokenId)));
    }

    void linkedDataUnderAnEndedContractNeedsAReasonToStartOrResume()
    {
        TerminatedContract terminated;
        QString error;
        QVERIFY2(terminated.create(m_workspace, "DS-2024-09", &error), qPrintable(error));
        const Contract &c = terminated.contract;
        const Partner &party = terminated.hospital;
        TrainingSession session(m_workspace);
        QSignalSpy ended(&session, &TrainingSession::runEnded);
        TrainingRun run = record("linked");
        run.contractId = c.id;
        run.partnerId = party.id;
        QVERIFY2(session.confirmationNeeded(run, &error).contains("terminated"), qPrintable(error));
        const int before = TrainingRunRepository(m_workspace).count();
        QVERIFY(!session.startRun(cpuRun(2), run, &error));
        QVERIFY2(error.contains("terminated") && error.contains("reason"), qPrintable(error));
        QCOMPARE(TrainingRunRepository(m_workspace).count(), before);

        run.confirmationNote = QStringLiteral("Partner allowed one last run by mail of 2026-01-05.");
        QVERIFY2(session.startRun(cpuRun(2), run, &error), qPrintable(error));
        const TrainingRun started = stored(latestId());
        QVERIFY2(started.confirmationNote.contains("terminated") && started.confirmationNote.contains("one last run") &&
                     started.confirmationNote.contains(m_workspace.userName()),
                 qPrintable(started.confirmationNote));
        QVERIFY(ended.wait(60000));

        // A run stored without a reason (its contract ended after it started) asks for one on resume.
        TrainingRun older = record("linked-before-the-end");
        older.contractId = c.id;
        older.partnerId = party.id;
        older.configJson = QString::fromStdString(cpuRun(2).toJson());
        older.model = "mlp";
        older.dataFile = m_csv;
        older.dataFingerprint = QString(64, 'a');
        older.status = TrainingRun::Status::Stopped;
        QVERIFY2(TrainingRunRepository(m_workspace).create(older, &error), qPrintable(error));
        QVERIFY(!session.resumeRun(older.id, {}, &error));
        QVERIFY2(error.contains("reason"), qPrintable(error));
        QCOMPARE(stored(older.id).status, TrainingRun::Status::Stopped);
        QVERIFY2(session.resumeRun(older.id, QStringLiteral("Renewal signed, data access continues."), &error), qPrintable(error));
        QVERIFY(stored(older.id).confirmationNote.contains("Renewal signed"));
        QVERIFY(ended.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isTraining(), 30000);
    }

    void runsOfOtherClientsAreLeftRunningAndShownAsElsewhere()
    {
        QString error;
        TrainingRunRepository runs(m_workspace);
        TrainingRun theirs = record("on-the-gpu-box");
        theirs.configJson = QString::fromStdString(cpuRun(2).toJson());
        theirs.model = "mlp";
        theirs.dataFile = m_csv;
        theirs.dataFingerprint = QString(64, 'a');
        QVERIFY(runs.create(theirs, &error));
        QVERIFY(runs.markRunning(theirs.id, QStringLiteral("gpu-box/li"), &error));
        TrainingRun mine = theirs;
        mine.name = "cut-off-here";
        QVERIFY(runs.create(mine, &error));
        TrainingSession before(m_workspace);  // this client as every session of it names itself
        QVERIFY(runs.markRunning(mine.id, before.client(), &error));

        TrainingSession session(m_workspace);  // the page opens again
        QCOMPARE(stored(theirs.id).status, TrainingRun::Status::Running);
        QVERIFY(session.runsElsewhere(stored(theirs.id)));
        QVERIFY(!session.canResume(stored(theirs.id)));
        QCOMPARE(stored(mine.id).status, TrainingRun::Status::Stopped);
        QVERIFY(!session.runsElsewhere(stored(mine.id)));
        QVERIFY(session.canResume(stored(mine.id)));
    }

    // A regression run's best model answers try-it with a number: here the linear model of
    // price = 2 * rooms + 3 * floor + 5, which least squares recovers exactly.
    void tryItGivesARegressionRunsNumber()
    {
        const QString csv = m_dir.filePath("prices.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rooms,floor,price\n");
        for (int i = 0; i < 40; ++i)
            file.write(QByteArray::number(i % 7) + ',' + QByteArray::number(i % 5) + ',' +
                       QByteArray::number(2 * (i % 7) + 3 * (i % 5) + 5) + '\n');
        file.close();
        lepton::TrainingConfig config;
        config.task = "regression";
        config.model = "linear";
        config.trainFile = csv.toStdString();
        config.labelColumn = "price";
        config.outDir = m_dir.filePath("prices").toStdString();
        QCOMPARE(lepton::RegressionTrainer(config).run().bestModel, std::string("linear"));

        TrainingSession session(m_workspace);
        BestModelPredictor *predictor = session.predictor();
        QSignalSpy answers(predictor, &BestModelPredictor::answered);
        predictor->classifyFeatures(m_dir.filePath("prices"), {"10", "1.5"});
        QVERIFY(answers.wait(60000));
        const ModelAnswer answer = answers.takeFirst().at(0).value<ModelAnswer>();
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QVERIFY(answer.classes.isEmpty());
        QVERIFY(answer.number.has_value());
        QVERIFY2(qAbs(*answer.number - 29.5) < 1e-6, qPrintable(QString::number(*answer.number)));
    }

    // A text regression run's best model answers a typed text with its number (lepton-predict
    // reads the target's mean and standard deviation stored with the model): a scratch BERT that
    // learned SMS messages' spam score (1 spam, 0 ham) scores a prize text far above a lunch date.
    void tryItGivesATextRegressionRunsNumber()
    {
        REQUIRE_SHARED_DATA(sms, "text/sms_spam/train.csv");
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-uncased-vocab.txt");
        const QString csv = m_dir.filePath("spam-score.csv");
        writeSpamScores(sms.toStdString(), csv.toStdString(), 300, 900);
        lepton::TrainingConfig config;
        config.task = "regression";
        config.model = "scratch:tiny";
        config.vocabFile = vocab.toStdString();
        config.trainFile = csv.toStdString();
        config.labelColumn = "spam";
        config.epochs = 3;
        config.batchSize = 16;
        config.maxLength = 32;
        config.learningRate = 2e-3;
        config.warmupRatio = 0.0;
        config.threads = 1;
        config.device = "cpu";
        config.outDir = m_dir.filePath("spam-score").toStdString();
        QVERIFY(lepton::Trainer(config).run().best.regression.has_value());

        TrainingSession session(m_workspace);
        BestModelPredictor *predictor = session.predictor();
        QSignalSpy answers(predictor, &BestModelPredictor::answered);
        const auto score = [&](const QString &text) {
            predictor->classifyText(m_dir.filePath("spam-score"), text);
            if (answers.wait(60000)) return answers.takeFirst().at(0).value<ModelAnswer>();
            ModelAnswer none;
            none.error = QStringLiteral("no answer in a minute");
            return none;
        };
        const ModelAnswer spam = score(QStringLiteral("WINNER! Claim your free prize now, txt WIN to 80086"));
        const ModelAnswer ham = score(QStringLiteral("see you at lunch"));
        QVERIFY2(spam.error.isEmpty() && ham.error.isEmpty(), qPrintable(spam.error + ham.error));
        QVERIFY(spam.classes.isEmpty());
        QVERIFY(spam.number.has_value() && ham.number.has_value());
        QVERIFY2(*spam.number > *ham.number + 0.5, qPrintable(QStringLiteral("spam %1, ham %2").arg(*spam.number).arg(*ham.number)));
    }

    void tryItClassifiesInAProcessOfItsOwn()
    {
        TrainingSession session(m_workspace);
        QSignalSpy ended(&session, &TrainingSession::runEnded);
        QString error;
        QVERIFY(session.startRun(cpuRun(5), record("try-it"), &error));
        const TrainingRun run = stored(latestId());
        QVERIFY(ended.wait(60000));

        QFile data(m_csv);
        QVERIFY(data.open(QIODevice::ReadOnly));
        data.readLine();
        QStringList firstRow = QString::fromUtf8(data.readLine()).trimmed().split(',');
        QCOMPARE(firstRow.takeLast(), QStringLiteral("malignant"));

        BestModelPredictor *predictor = session.predictor();
        QSignalSpy answers(predictor, &BestModelPredictor::answered);
        const quint64 request = predictor->classifyFeatures(run.outputFolder, firstRow);
        // The caller goes on at once: loading and classifying happen in the predictor's process.
        QVERIFY(answers.isEmpty());
        QVERIFY(answers.wait(60000));
        const qint64 modelProcess = predictor->modelProcessId();
        QVERIFY(modelProcess > 0);
        QVERIFY(modelProcess != QCoreApplication::applicationPid());
        ModelAnswer answer = answers.takeFirst().at(0).value<ModelAnswer>();
        QCOMPARE(answer.request, request);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.predicted(), QStringLiteral("malignant"));
        QCOMPARE(answer.classes.size(), 2);
        QVERIFY(answer.classes[0].probability >= answer.classes[1].probability);

        // Wrong input says what to fix; a text for a tabular model, too.
        QStringList typo = firstRow;
        typo[3] = "12,5";
        predictor->classifyFeatures(run.outputFolder, typo);
        predictor->classifyFeatures(run.outputFolder, {"1", "2"});
        predictor->classifyText(run.outputFolder, "a text");
        predictor->classifyText(m_dir.filePath("no-such-run"), "a text");
        QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 4, 60000);
        const auto refusal = [&](int i) { return answers.at(i).at(0).value<ModelAnswer>().error; };
        QVERIFY2(refusal(0).contains("not a number") && refusal(0).contains("12,5"), qPrintable(refusal(0)));
        QVERIFY2(refusal(1).contains("Give 30 feature values"), qPrintable(refusal(1)));
        QVERIFY2(refusal(2).contains("reads feature values"), qPrintable(refusal(2)));
        QVERIFY2(refusal(3).contains("no best model yet"), qPrintable(refusal(3)));
        QCOMPARE(predictor->modelProcessId(), modelProcess);  // one process answered them all

        // A model process that dies (killed for memory, say) fails its request with a reason,
        // and the next request starts a new one.
        answers.clear();
        predictor->classifyFeatures(run.outputFolder, firstRow);
        QVERIFY(::kill(pid_t(modelProcess), SIGKILL) == 0);
        QVERIFY(answers.wait(60000));
        answer = answers.takeFirst().at(0).value<ModelAnswer>();
        QVERIFY2(answer.error.contains("ended before it answered"), qPrintable(answer.error));
        QCOMPARE(predictor->modelProcessId(), 0);
        predictor->classifyFeatures(run.outputFolder, firstRow);
        QVERIFY(answers.wait(60000));
        answer = answers.takeFirst().at(0).value<ModelAnswer>();
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.predicted(), QStringLiteral("malignant"));
        QVERIFY(predictor->modelProcessId() != modelProcess);
    }
};

QTEST_GUILESS_MAIN(TestTrainingSession)
#include "tst_trainingsession.moc"
