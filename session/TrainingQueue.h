#pragma once
// Which training run goes next: one run at a time per device, first come first served on each,
// so that a run waiting for the CPU never holds back a run for the GPU (and the other way round).
// It only decides; TrainingPage starts the workers it names.
#include <QList>
#include <QString>

class TrainingQueue {
public:
    struct Entry {
        qint64 runId = 0;
        bool resume = false;  // continue from the run's checkpoint instead of starting it
        QString device;       // "cpu" or "cuda": the device the run trains on (see deviceOf)
    };

    // The device a run's configured device ("auto", "cpu", "cuda") trains on on this machine.
    static QString deviceOf(const QString &configured);

    void enqueue(const Entry &entry);
    // The waiting entries whose device is free, oldest first; they count as running from now on.
    QList<Entry> takeStartable();
    // The run ended (or never started): its device takes the next run.
    void finish(qint64 runId);
    // Takes a waiting run out of the queue; false when it is not waiting (e.g. already running).
    bool withdraw(qint64 runId);

    bool isWaiting(qint64 runId) const;
    bool isRunning(qint64 runId) const;
    bool isQueued(qint64 runId) const { return isWaiting(runId) || isRunning(runId); }
    QList<qint64> waitingRuns() const;
    QList<qint64> runningRuns() const;

private:
    QList<Entry> m_waiting;
    QList<Entry> m_running;  // at most one per device
};
