#pragma once
// Stores training runs and their metric points in the workspace. Metric points arrive in batches
// (one transaction each) because a run logs one per step and per evaluation.
#include "models/records/TrainingRun.h"

#include <optional>

class Workspace;

class TrainingRunRepository {
    Q_DECLARE_TR_FUNCTIONS(TrainingRunRepository)
public:
    explicit TrainingRunRepository(Workspace &workspace);

    // Stamps createdAt and sets run.id.
    bool create(TrainingRun &run, QString *error);
    std::optional<TrainingRun> find(qint64 id, QString *error = nullptr) const;
    // Newest first, one page of the history.
    QList<TrainingRun> list(int limit, int offset, QString *error = nullptr) const;
    int count() const;
    // Deletes the run and its metric points (not its output folder).
    bool remove(qint64 id, QString *error);

    // Running from now on on the owner's machine (TrainingRun::owner); the first start is kept
    // when a stopped run is resumed.
    bool markRunning(qint64 id, const QString &owner, QString *error);
    // Finished, stopped or failed, with the reason (failed), the best metrics so far and the end time.
    bool markEnded(qint64 id, TrainingRun::Status status, const QString &failureReason, const QString &bestMetricsJson,
                   QString *error);
    // Waiting for its device on the owner's machine again (a stopped or failed run the user resumes).
    bool markQueued(qint64 id, const QString &owner, QString *error);
    // Records why a run was trained although its data access had ended, where none was recorded.
    bool addConfirmationNote(qint64 id, const QString &note, QString *error);
    // The owner's runs still marked running or queued when the workspace opens belong to a session
    // that closed or crashed: they become stopped, with the reason, so the user can resume (or
    // start) them. Other clients' runs are left alone. Returns how many.
    int markInterruptedRunsStopped(const QString &owner, QString *error);

    // The run's log, kept with it across resumes and sessions: lines appended in one transaction,
    // and the last lines, oldest first.
    bool appendLog(qint64 runId, const QStringList &lines, QString *error);
    QStringList log(qint64 runId, int lastLines, QString *error = nullptr) const;

    // All points in one transaction; a point for a (kind, step) already stored replaces it.
    bool addMetricPoints(qint64 runId, const QList<MetricPoint> &points, QString *error);
    // Ordered by kind, then step; kind empty: every kind.
    QList<MetricPoint> metricPoints(qint64 runId, const QString &kind = {}, QString *error = nullptr) const;

    // What a run can be linked to, by name (reference for contracts), for the new-run form.
    struct Choice {
        qint64 id = 0;
        QString name;
    };
    QList<Choice> projectChoices(QString *error = nullptr) const;
    // The partners that are parties to the contract: the ones who can have shared its data.
    QList<Choice> partnersUnder(qint64 contractId, QString *error = nullptr) const;
    QList<Choice> contractChoices(QString *error = nullptr) const;

private:
    QList<Choice> choices(const QString &sql, const QVariantList &values, QString *error) const;
    QList<TrainingRun> select(const QString &where, const QVariantList &values, QString *error) const;
    bool changeRun(const QString &sql, const QVariantList &values, QString *error);

    Workspace &m_workspace;
};
