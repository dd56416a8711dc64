#include "session/TrainingQueue.h"

#include "training/ComputeDevice.h"

#include <algorithm>

QString TrainingQueue::deviceOf(const QString &configured)
{
    // "auto" means CUDA exactly when the trainer would pick it; "cuda" without a GPU still queues
    // for "cuda", where the trainer fails with a message instead of taking the CPU's turn.
    if (configured.isEmpty() || configured == QLatin1String("auto"))
        return lepton::ComputeDevice::cudaAvailable() ? QStringLiteral("cuda") : QStringLiteral("cpu");
    return configured;
}

void TrainingQueue::enqueue(const Entry &entry)
{
    m_waiting.append(entry);
}

QList<TrainingQueue::Entry> TrainingQueue::takeStartable()
{
    QList<Entry> startable;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        const QString device = it->device;
        const auto busy = [&device](const Entry &e) { return e.device == device; };
        if (std::any_of(m_running.cbegin(), m_running.cend(), busy)) {
            ++it;
            continue;
        }
        m_running.append(*it);
        startable.append(*it);
        it = m_waiting.erase(it);
    }
    return startable;
}

void TrainingQueue::finish(qint64 runId)
{
    m_running.removeIf([runId](const Entry &e) { return e.runId == runId; });
}

bool TrainingQueue::withdraw(qint64 runId)
{
    return m_waiting.removeIf([runId](const Entry &e) { return e.runId == runId; }) > 0;
}

static QList<qint64> runIds(const QList<TrainingQueue::Entry> &entries)
{
    QList<qint64> ids;
    for (const TrainingQueue::Entry &e : entries) ids.append(e.runId);
    return ids;
}

bool TrainingQueue::isWaiting(qint64 runId) const
{
    return runIds(m_waiting).contains(runId);
}

bool TrainingQueue::isRunning(qint64 runId) const
{
    return runIds(m_running).contains(runId);
}

QList<qint64> TrainingQueue::waitingRuns() const
{
    return runIds(m_waiting);
}

QList<qint64> TrainingQueue::runningRuns() const
{
    return runIds(m_running);
}
