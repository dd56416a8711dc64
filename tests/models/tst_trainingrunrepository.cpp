#include "TestRecords.h"
#include "models/repositories/TrainingRunRepository.h"

#include <QFile>

using namespace TestRecords;

namespace {

TrainingRun run(const QString &name)
{
    TrainingRun r;
    r.name = name;
    r.configJson = QStringLiteral(R"({"model":"mlp","train_file":"breast_cancer.csv"})");
    r.model = QStringLiteral("mlp");
    r.dataFile = QStringLiteral("/data/breast_cancer.csv");
    r.dataFingerprint = QString(64, QLatin1Char('a'));
    r.outputFolder = QStringLiteral("/runs/") + name;
    return r;
}

const QString kHere = QStringLiteral("laptop/zhang");

}  // namespace

class TestTrainingRunRepository : public QObject {
    Q_OBJECT
private slots:
    void runKeepsItsProvenanceAndStatusHistory()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        ContractRepository contracts(f.workspace);
        ProjectRepository projects(f.workspace);
        QString error;
        Partner hospital = partner("Westlake Hospital");
        QVERIFY2(partners.create(hospital, &error), qPrintable(error));
        Contract c = contract("DS-2025-07", {hospital.id});
        c.status = ContractStatus::Terminated;
        QVERIFY2(contracts.create(c, &error), qPrintable(error));
        Project p = project("Tumour triage", {hospital.id});
        p.contractId = c.id;
        QVERIFY2(projects.create(p, &error), qPrintable(error));

        TrainingRunRepository runs(f.workspace);
        TrainingRun r = run("triage-mlp");
        r.projectId = p.id;
        r.partnerId = hospital.id;
        r.contractId = c.id;
        r.confirmationNote = QStringLiteral("Contract terminated; partner agreed by mail to a last evaluation run.");
        QVERIFY2(runs.create(r, &error), qPrintable(error));
        QVERIFY(r.id > 0);
        std::optional<TrainingRun> stored = runs.find(r.id, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->status, TrainingRun::Status::Queued);
        QCOMPARE(stored->contractId, c.id);
        QCOMPARE(stored->confirmationNote, r.confirmationNote);
        QCOMPARE(stored->createdAt, r.createdAt);
        QVERIFY(!stored->startedAt.isValid());

        QVERIFY2(runs.markRunning(r.id, kHere, &error), qPrintable(error));
        const QDateTime firstStart = runs.find(r.id)->startedAt;
        QVERIFY(firstStart.isValid());
        QVERIFY2(runs.markEnded(r.id, TrainingRun::Status::Failed, "loss became NaN", {}, &error), qPrintable(error));
        stored = runs.find(r.id);
        QCOMPARE(stored->status, TrainingRun::Status::Failed);
        QCOMPARE(stored->failureReason, QStringLiteral("loss became NaN"));
        QVERIFY(stored->endedAt.isValid());
        QVERIFY(stored->canResume());

        // Resumed: running again with its first start kept, then finished with its best metrics.
        QTest::qWait(5);
        QVERIFY(runs.markRunning(r.id, kHere, &error));
        stored = runs.find(r.id);
        QCOMPARE(stored->status, TrainingRun::Status::Running);
        QCOMPARE(stored->startedAt, firstStart);
        QVERIFY(stored->failureReason.isEmpty());
        QVERIFY(!stored->endedAt.isValid());
        QVERIFY(runs.markEnded(r.id, TrainingRun::Status::Finished, {}, R"({"accuracy":0.96})", &error));
        QVERIFY(runs.markEnded(r.id, TrainingRun::Status::Finished, {}, {}, &error));
        QCOMPARE(runs.find(r.id)->bestMetricsJson, QStringLiteral(R"({"accuracy":0.96})"));

        // The form offers the contract's parties as the partner who shared the data.
        const QList<TrainingRunRepository::Choice> parties = runs.partnersUnder(c.id, &error);
        QCOMPARE(parties.size(), 1);
        QCOMPARE(parties[0].name, QStringLiteral("Westlake Hospital"));
        QCOMPARE(runs.projectChoices().size(), 1);
        QVERIFY(runs.contractChoices().first().name.startsWith("DS-2025-07"));

        // The data's provenance cannot be deleted from under the run.
        QVERIFY(!projects.remove(p.id, p.version, &error));
        QVERIFY(projects.find(p.id));
    }

    void historyListsNewestFirstInPages()
    {
        Fixture f;
        QVERIFY(f.open());
        TrainingRunRepository runs(f.workspace);
        QString error;
        for (int i = 0; i < 5; ++i) {
            TrainingRun r = run(QStringLiteral("run-%1").arg(i));
            QVERIFY2(runs.create(r, &error), qPrintable(error));
        }
        QCOMPARE(runs.count(), 5);
        const QList<TrainingRun> page = runs.list(2, 1);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page[0].name, QStringLiteral("run-3"));
        QCOMPARE(page[1].name, QStringLiteral("run-2"));
        QVERIFY(!runs.markRunning(9999, kHere, &error));
        QVERIFY(error.contains("no longer exists"));
    }

    void metricPointsArriveInBatchesAndReadBackInStepOrder()
    {
        Fixture f;
        QVERIFY(f.open());
        TrainingRunRepository runs(f.workspace);
        QString error;
        TrainingRun r = run("mr-scratch");
        QVERIFY(runs.create(r, &error));
        QList<MetricPoint> points;
        for (int step = 100000; step >= 1; --step) points << MetricPoint{step, 1 + step / 40000, "train_loss", 1.0 / step};
        points << MetricPoint{40000, 1, "accuracy", 0.71} << MetricPoint{80000, 2, "accuracy", 0.74};
        QVERIFY2(runs.addMetricPoints(r.id, points, &error), qPrintable(error));

        const QList<MetricPoint> loss = runs.metricPoints(r.id, "train_loss", &error);
        QCOMPARE(loss.size(), 100000);
        QCOMPARE(loss.first(), (MetricPoint{1, 1, "train_loss", 1.0}));
        QCOMPARE(loss.last().step, qint64(100000));
        QCOMPARE(runs.metricPoints(r.id, "accuracy").size(), 2);
        QCOMPARE(runs.metricPoints(r.id).size(), 100002);

        // A resumed run repeats the steps after its checkpoint: the new values replace the old.
        QVERIFY(runs.addMetricPoints(r.id, {MetricPoint{80000, 2, "accuracy", 0.75}}, &error));
        QCOMPARE(runs.metricPoints(r.id, "accuracy").last().value, 0.75);

        // A batch is all or nothing: a point for a run that does not exist stores none of it.
        QVERIFY(!runs.addMetricPoints(r.id + 1, {MetricPoint{1, 1, "lr", 0.001}}, &error));
        QVERIFY(runs.addMetricPoints(r.id, {}, &error));
        QVERIFY(runs.metricPoints(r.id + 1).isEmpty());

        // Deleting the run deletes its curve.
        QVERIFY2(runs.remove(r.id, &error), qPrintable(error));
        QVERIFY(!runs.find(r.id));
        QVERIFY(runs.metricPoints(r.id).isEmpty());
    }

    void runsCutOffOrLeftQueuedByAClosedAppBecomeResumableOnReopen()
    {
        Fixture f;
        QVERIFY(f.open());
        QString error;
        qint64 id = 0, waitingId = 0, finishedId = 0, theirsId = 0;
        {
            TrainingRunRepository runs(f.workspace);
            TrainingRun r = run("crashed");
            QVERIFY(runs.create(r, &error) && runs.markRunning(r.id, kHere, &error));
            id = r.id;
            TrainingRun waiting = run("waiting");  // created queued, never started
            QVERIFY(runs.create(waiting, &error));
            waitingId = waiting.id;
            TrainingRun done = run("done");
            QVERIFY(runs.create(done, &error) && runs.markRunning(done.id, kHere, &error) &&
                    runs.markEnded(done.id, TrainingRun::Status::Finished, {}, {}, &error));
            finishedId = done.id;
            // Another client of a shared server trains this one on its machine right now.
            TrainingRun theirs = run("theirs");
            QVERIFY(runs.create(theirs, &error) && runs.markRunning(theirs.id, QStringLiteral("gpu-box/li"), &error));
            theirsId = theirs.id;
        }
        f.workspace.close();
        QVERIFY(f.open());
        TrainingRunRepository runs(f.workspace);
        QCOMPARE(runs.markInterruptedRunsStopped(kHere, &error), 2);
        QCOMPARE(runs.find(theirsId)->status, TrainingRun::Status::Running);
        QCOMPARE(runs.find(theirsId)->owner, QStringLiteral("gpu-box/li"));
        QCOMPARE(runs.find(id)->owner, kHere);
        const TrainingRun reopened = *runs.find(id);
        QCOMPARE(reopened.status, TrainingRun::Status::Stopped);
        QVERIFY(reopened.canResume());
        QVERIFY(reopened.failureReason.contains("during the run"));
        const TrainingRun neverStarted = *runs.find(waitingId);
        QCOMPARE(neverStarted.status, TrainingRun::Status::Stopped);
        QVERIFY(neverStarted.canResume());
        QVERIFY2(neverStarted.failureReason.contains("before the run's turn"), qPrintable(neverStarted.failureReason));
        QCOMPARE(runs.find(finishedId)->status, TrainingRun::Status::Finished);
        QCOMPARE(runs.markInterruptedRunsStopped(kHere, &error), 0);

        // Resuming puts it back in the queue.
        QVERIFY2(runs.markQueued(waitingId, kHere, &error), qPrintable(error));
        QCOMPARE(runs.find(waitingId)->status, TrainingRun::Status::Queued);
        QVERIFY(runs.find(waitingId)->failureReason.isEmpty());

        // The log stays with the run: appended in batches, read back oldest first, the last lines only.
        QVERIFY2(runs.appendLog(id, {"one", "two"}, &error), qPrintable(error));
        QVERIFY2(runs.appendLog(id, {"three"}, &error), qPrintable(error));
        QCOMPARE(runs.log(id, 10), QStringList({"one", "two", "three"}));
        QCOMPARE(runs.log(id, 2), QStringList({"two", "three"}));
        QVERIFY(runs.log(waitingId, 10).isEmpty());

        // A confirmation note is recorded once, never replaced.
        QVERIFY2(runs.addConfirmationNote(id, "Partner agreed by mail.", &error), qPrintable(error));
        QVERIFY(!runs.addConfirmationNote(id, "Another reason.", &error));
        QCOMPARE(runs.find(id)->confirmationNote, QStringLiteral("Partner agreed by mail."));
    }

    void olderWorkspaceGainsTheRunTables()
    {
        QTemporaryDir dir;
        const QString path = TestBackend::freshLocation(dir.filePath("old.sqlite"));
        QString error;
        {
            Workspace old;  // version 4: the last one before the training run tables
            QVERIFY2(old.open(path, &error, 4), qPrintable(error));
            QCOMPARE(old.schemaVersion(), 4);
        }
        Workspace ws;
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
        TrainingRunRepository runs(ws);
        TrainingRun r = run("after-upgrade");
        QVERIFY2(runs.create(r, &error), qPrintable(error));
    }

    void endedDataAccessNeedsConfirmation()
    {
        Contract c = contract("DS-9", {});
        const QDate today(2026, 3, 1);
        QVERIFY(TrainingRun::dataAccessProblem(c, today).isEmpty());
        c.dataAccessExpiry = QDate(2026, 3, 1);
        QVERIFY(TrainingRun::dataAccessProblem(c, today).isEmpty());  // the last day still counts
        c.dataAccessExpiry = QDate(2026, 2, 28);
        QVERIFY(TrainingRun::dataAccessProblem(c, today).contains("2026-02-28"));
        c.dataAccessExpiry = {};
        c.status = ContractStatus::Terminated;
        QVERIFY(TrainingRun::dataAccessProblem(c, today).contains("terminated"));
        c.status = ContractStatus::Expired;
        QVERIFY(TrainingRun::dataAccessProblem(c, today).contains("expired"));
    }

    void fingerprintIsTheSha256OfTheFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("abc.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
        file.close();
        QString error;
        QCOMPARE(TrainingRun::fingerprintOf(file.fileName(), &error),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(TrainingRun::fingerprintOf(dir.filePath("missing.csv"), &error).isEmpty());
        QVERIFY(error.contains("missing.csv"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingRunRepository)
#include "tst_trainingrunrepository.moc"
