#pragma once
// The training runs of one open workspace, for the Training page and lepton-train alike: it
// stores new runs (refusing data whose contract no longer allows training unless the user says
// why), queues them one at a time per device, trains each on a TrainingWorker on its own thread,
// keeps each run's log with the run, and on shutdown stops what runs (resumable) and records what
// waits as never started. Runs of other clients of a shared server are theirs: shown as running
// elsewhere, never marked stopped here. QtCore only: views connect to its signals.
#include "models/records/TrainingRun.h"
#include "session/BestModelPredictor.h"
#include "session/TrainingQueue.h"
#include "session/TrainingWorker.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;
class Workspace;

namespace lepton {
struct TrainingConfig;
}

class TrainingSession : public QObject {
    Q_OBJECT
public:
    static constexpr int kLogLinesKept = 5000;  // per run

    // Marks this client's runs that a closed or crashed session left running or queued stopped.
    explicit TrainingSession(Workspace &workspace, QObject *parent = nullptr);
    // shutdown()
    ~TrainingSession() override;

    // The vocabulary from-scratch text models start with: bert-base-uncased's from the shared
    // data ($LEPTON_SHARED_DATA, else the one beside the build's checkout); empty when neither has it.
    static QString defaultVocabulary();

    // This client as runs record it: "host/user".
    QString client() const { return m_client; }
    // Why training on data shared under the contract needs the user's confirmation now (see
    // TrainingRun::dataAccessProblem); empty when it does not, or when *error is set.
    QString dataAccessProblem(qint64 contractId, QString *error) const;
    // The confirmation a start or resume of this run still needs: dataAccessProblem() of its
    // contract unless the run has a note already.
    QString confirmationNeeded(const TrainingRun &run, QString *error) const;

    // Stores the run (queued) and starts it when its device is free. run carries the name, links,
    // output folder and, where confirmationNeeded(run) says so, the user's reason in
    // confirmationNote (recorded with the problem, the user and the reason); its config and
    // fingerprint are filled in here. Refuses linked data that needs a reason without one.
    bool startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error);
    // Queues a stopped or failed run again: from its checkpoint, or from the start if it has none.
    // note: the user's reason where confirmationNeeded() says the run needs one.
    bool resumeRun(qint64 runId, const QString &note, QString *error);
    // A running run stops within a second (resumable); a waiting one leaves the queue at once.
    void stopRun(qint64 runId);
    // Stops the runs in progress, waits for their threads, and marks the waiting runs stopped.
    void shutdown();

    bool isTraining() const { return !m_workers.isEmpty(); }
    bool isQueued(qint64 runId) const { return m_queue.isQueued(runId); }
    bool isRunningHere(qint64 runId) const { return m_workers.contains(runId); }
    const TrainingQueue &queue() const { return m_queue; }
    // The run can be resumed here: stopped or failed, and not queued.
    bool canResume(const TrainingRun &run) const { return run.canResume() && !m_queue.isQueued(run.id); }
    // Another client of the shared workspace runs (or queued) it.
    bool runsElsewhere(const TrainingRun &run) const;

    // The run's log, oldest line first: this session's lines and those kept from earlier ones.
    QStringList log(qint64 runId) const;
    // What the log says when a run ends.
    static QString outcomeText(const TrainingOutcome &outcome);
    // A regression's model as people call it: "linear", "mlp" (table columns) or "text".
    static QString regressionModelTitle(const QString &model);

    // Classifies with a run's best model off the GUI thread.
    BestModelPredictor *predictor() const { return m_predictor; }

signals:
    // The stored runs changed (a run was added, queued, started or ended).
    void runsChanged();
    void runStarted(qint64 runId);
    void progress(qint64 runId, const TrainingStepInfo &step);
    void metricPoints(qint64 runId, const QList<MetricPoint> &points);
    // A new best model replaced the run's best/ folder when evaluation.best.
    void evaluation(qint64 runId, const TrainingEvaluation &evaluation);
    void logLine(qint64 runId, const QString &line);
    void finished(qint64 runId, const TrainingOutcome &outcome);
    void failed(qint64 runId, const QString &message);
    // After finished() or failed(), once the run has left the queue; or a waiting run's stop.
    void runEnded(qint64 runId, TrainingRun::Status status);

private:
    void enqueue(qint64 runId, bool resume, const QString &configuredDevice);
    void startNext();
    void startWorker(const TrainingQueue::Entry &entry);
    void onDone(qint64 runId);
    void appendLog(qint64 runId, const QString &line);
    void flushLogs();

    Workspace &m_workspace;
    QString m_client;
    TrainingQueue m_queue;
    QHash<qint64, TrainingWorker *> m_workers;   // by run id, while their threads work
    QHash<qint64, TrainingRun::Status> m_endings; // how runs ended whose threads are still winding down
    mutable QHash<qint64, QStringList> m_logs;   // the lines shown, read from the workspace once per run
    QHash<qint64, QStringList> m_unsavedLogs;    // written to the workspace in batches
    QTimer *m_logFlush;
    BestModelPredictor *m_predictor;
    bool m_shutDown = false;
};
