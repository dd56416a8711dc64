// One run at a time per device, first come first served on each device.
#include "training/ComputeDevice.h"
#include "session/TrainingQueue.h"

#include <QtTest>

class TestTrainingQueue : public QObject {
    Q_OBJECT

private slots:
    void oneRunPerDeviceInArrivalOrder()
    {
        TrainingQueue queue;
        queue.enqueue({1, false, "cpu"});
        queue.enqueue({2, false, "cpu"});
        queue.enqueue({3, true, "cuda"});
        queue.enqueue({4, false, "cuda"});

        // The second CPU run does not hold back the first CUDA run.
        const QList<TrainingQueue::Entry> first = queue.takeStartable();
        QCOMPARE(first.size(), 2);
        QCOMPARE(first[0].runId, 1);
        QCOMPARE(first[1].runId, 3);
        QVERIFY(first[1].resume);
        QCOMPARE(queue.runningRuns(), QList<qint64>({1, 3}));
        QCOMPARE(queue.waitingRuns(), QList<qint64>({2, 4}));
        QVERIFY(queue.takeStartable().isEmpty());

        // The CUDA run ending frees only the GPU.
        queue.finish(3);
        const QList<TrainingQueue::Entry> next = queue.takeStartable();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next[0].runId, 4);
        QVERIFY(queue.isWaiting(2));
        QVERIFY(queue.isRunning(1) && !queue.isRunning(3));

        queue.finish(1);
        QCOMPARE(queue.takeStartable().first().runId, 2);
        QVERIFY(queue.waitingRuns().isEmpty());
    }

    void aWaitingRunCanBeWithdrawnButNotARunningOne()
    {
        TrainingQueue queue;
        queue.enqueue({7, false, "cpu"});
        queue.enqueue({8, false, "cpu"});
        queue.enqueue({9, false, "cpu"});
        QCOMPARE(queue.takeStartable().size(), 1);
        QVERIFY(!queue.withdraw(7));
        QVERIFY(queue.withdraw(8));
        QVERIFY(!queue.isQueued(8));
        queue.finish(7);
        QCOMPARE(queue.takeStartable().first().runId, 9);
    }

    void autoTrainsWhereTheTrainerWould()
    {
        // Explicit devices keep their queue; "auto" joins the queue of the device the trainer picks.
        QCOMPARE(TrainingQueue::deviceOf("cpu"), QStringLiteral("cpu"));
        QCOMPARE(TrainingQueue::deviceOf("cuda"), QStringLiteral("cuda"));
        const QString picked = QString::fromStdString(lepton::ComputeDevice::parse("auto").name());
        QCOMPARE(TrainingQueue::deviceOf("auto"), picked);
        QCOMPARE(TrainingQueue::deviceOf(""), picked);
    }
};

QTEST_GUILESS_MAIN(TestTrainingQueue)
#include "tst_trainingqueue.moc"
