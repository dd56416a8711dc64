#include "models/repositories/TrainingRunRepository.h"

#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

namespace {

const QString kColumns = QStringLiteral(
    "id, name, config_json, model, data_file, data_fingerprint, project_id, partner_id, contract_id, status, "
    "failure_reason, created_at, started_at, ended_at, best_metrics_json, output_folder, confirmation_note, owner_client");

QVariant optionalTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(SqlValue::fromTime(time)) : QVariant(QMetaType::fromType<QString>());
}

TrainingRun runFrom(const SqlStatement &row)
{
    TrainingRun r;
    r.id = row.value(0).toLongLong();
    r.name = row.value(1).toString();
    r.configJson = row.value(2).toString();
    r.model = row.value(3).toString();
    r.dataFile = row.value(4).toString();
    r.dataFingerprint = row.value(5).toString();
    r.projectId = row.value(6).toLongLong();
    r.partnerId = row.value(7).toLongLong();
    r.contractId = row.value(8).toLongLong();
    r.status = TrainingRun::statusFromKey(row.value(9).toString()).value_or(TrainingRun::Status::Failed);
    r.failureReason = row.value(10).toString();
    r.createdAt = SqlValue::toTime(row.value(11));
    if (!row.value(12).isNull()) r.startedAt = SqlValue::toTime(row.value(12));
    if (!row.value(13).isNull()) r.endedAt = SqlValue::toTime(row.value(13));
    r.bestMetricsJson = row.value(14).toString();
    r.outputFolder = row.value(15).toString();
    r.confirmationNote = row.value(16).toString();
    r.owner = row.value(17).toString();
    return r;
}

}  // namespace

TrainingRunRepository::TrainingRunRepository(Workspace &workspace) : m_workspace(workspace) {}

bool TrainingRunRepository::create(TrainingRun &run, QString *error)
{
    TrainingRun r = run;
    r.createdAt = SqlValue::now();
    SqlStatement insert(m_workspace.database(),
                        QStringLiteral("INSERT INTO training_runs (%1) VALUES (%2,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                            .arg(kColumns, m_workspace.dialect().idValue(QStringLiteral("training_runs"))));
    const QVariantList values = {QVariant(QMetaType::fromType<qint64>()), SqlValue::text(r.name), r.configJson, r.model, r.dataFile, r.dataFingerprint,
                                 SqlValue::fromId(r.projectId), SqlValue::fromId(r.partnerId), SqlValue::fromId(r.contractId),
                                 TrainingRun::statusKey(r.status), SqlValue::text(r.failureReason), SqlValue::fromTime(r.createdAt),
                                 optionalTime(r.startedAt), optionalTime(r.endedAt),
                                 r.bestMetricsJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.bestMetricsJson),
                                 r.outputFolder, SqlValue::text(r.confirmationNote), SqlValue::text(r.owner)};
    if (!insert.exec(values, error)) return false;
    r.id = insert.returnedId();
    run = r;
    return true;
}

QList<TrainingRun> TrainingRunRepository::select(const QString &where, const QVariantList &values, QString *error) const
{
    QList<TrainingRun> runs;
    SqlStatement rows(m_workspace.database(), QStringLiteral("SELECT %1 FROM training_runs %2").arg(kColumns, where));
    if (!rows.exec(values, error)) return runs;
    while (rows.next()) runs << runFrom(rows);
    return runs;
}

std::optional<TrainingRun> TrainingRunRepository::find(qint64 id, QString *error) const
{
    const QList<TrainingRun> found = select(QStringLiteral("WHERE id = ?"), {id}, error);
    return found.isEmpty() ? std::nullopt : std::optional<TrainingRun>(found.first());
}

QList<TrainingRun> TrainingRunRepository::list(int limit, int offset, QString *error) const
{
    return select(QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"), {limit, offset}, error);
}

int TrainingRunRepository::count() const
{
    QString error;
    return SqlStatement::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM training_runs"), {}, &error).toInt();
}

bool TrainingRunRepository::remove(qint64 id, QString *error)
{
    return changeRun(QStringLiteral("DELETE FROM training_runs WHERE id = ?"), {id}, error);
}

bool TrainingRunRepository::changeRun(const QString &sql, const QVariantList &values, QString *error)
{
    SqlStatement statement(m_workspace.database(), sql);
    if (!statement.exec(values, error)) return false;
    if (statement.rowsAffected() == 0) {
        if (error) *error = tr("The training run no longer exists; it may have been deleted. Reload the run list.");
        return false;
    }
    return true;
}

bool TrainingRunRepository::markRunning(qint64 id, const QString &owner, QString *error)
{
    return changeRun(QStringLiteral("UPDATE training_runs SET status = 'running', failure_reason = '', ended_at = NULL, "
                                       "started_at = coalesce(started_at, ?), owner_client = ? WHERE id = ?"),
                        {SqlValue::fromTime(SqlValue::now()), SqlValue::text(owner), id}, error);
}

bool TrainingRunRepository::markEnded(qint64 id, TrainingRun::Status status, const QString &failureReason,
                                      const QString &bestMetricsJson, QString *error)
{
    // A run stopped before its first evaluation keeps the best metrics of an earlier session.
    return changeRun(QStringLiteral("UPDATE training_runs SET status = ?, failure_reason = ?, ended_at = ?, "
                                       "best_metrics_json = coalesce(?, best_metrics_json) WHERE id = ?"),
                        {TrainingRun::statusKey(status), SqlValue::text(failureReason), SqlValue::fromTime(SqlValue::now()),
                         bestMetricsJson.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(bestMetricsJson), id},
                        error);
}

bool TrainingRunRepository::markQueued(qint64 id, const QString &owner, QString *error)
{
    return changeRun(QStringLiteral("UPDATE training_runs SET status = 'queued', failure_reason = '', owner_client = ? WHERE id = ?"),
                     {SqlValue::text(owner), id}, error);
}

bool TrainingRunRepository::addConfirmationNote(qint64 id, const QString &note, QString *error)
{
    // Only where none was recorded: a note, once given, is the run's record of why.
    SqlStatement statement(m_workspace.database(),
                           QStringLiteral("UPDATE training_runs SET confirmation_note = ? WHERE id = ? AND confirmation_note = ''"));
    if (!statement.exec({note, id}, error)) return false;
    if (statement.rowsAffected() == 1) return true;
    if (error) *error = tr("Training run %1 already has a confirmation note, or is no longer in the workspace.").arg(id);
    return false;
}

int TrainingRunRepository::markInterruptedRunsStopped(const QString &owner, QString *error)
{
    const QPair<QString, QString> interrupted[] = {
        {QStringLiteral("running"), tr("The application closed during the run; resume it to continue from its last checkpoint.")},
        {QStringLiteral("queued"), tr("The application closed before the run's turn came; resume it to start it.")}};
    int stopped = 0;
    for (const auto &[status, reason] : interrupted) {
        // Runs of other clients of a shared server train on their machines; runs without an
        // owner come from before owners were recorded, when one client had the workspace.
        SqlStatement statement(m_workspace.database(),
                               QStringLiteral("UPDATE training_runs SET status = 'stopped', failure_reason = ?, ended_at = ? "
                                              "WHERE status = ? AND owner_client IN (?, '')"));
        if (!statement.exec({reason, SqlValue::fromTime(SqlValue::now()), status, owner}, error)) return stopped;
        stopped += statement.rowsAffected();
    }
    return stopped;
}

bool TrainingRunRepository::appendLog(qint64 runId, const QStringList &lines, QString *error)
{
    const QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error) *error = transaction.error();
        return false;
    }
    SqlStatement insert(db, QStringLiteral("INSERT INTO training_log (run_id, line_no, line) "
                                           "SELECT ?, coalesce(max(line_no), 0) + 1, ? FROM training_log WHERE run_id = ?"));
    for (const QString &line : lines)
        if (!insert.exec({runId, line, runId}, error)) return false;
    return transaction.commit(error);
}

QStringList TrainingRunRepository::log(qint64 runId, int lastLines, QString *error) const
{
    QStringList lines;
    SqlStatement rows(m_workspace.database(),
                      QStringLiteral("SELECT line FROM training_log WHERE run_id = ? ORDER BY line_no DESC LIMIT ?"));
    if (!rows.exec({runId, lastLines}, error)) return lines;
    while (rows.next()) lines.prepend(rows.value(0).toString());
    return lines;
}

bool TrainingRunRepository::addMetricPoints(qint64 runId, const QList<MetricPoint> &points, QString *error)
{
    const QSqlDatabase db = m_workspace.database();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error) *error = transaction.error();
        return false;
    }
    SqlStatement insert(db, QStringLiteral("INSERT INTO training_metrics (run_id, kind, step, epoch, value) VALUES (?, ?, ?, ?, ?) "
                                           "ON CONFLICT (run_id, kind, step) DO UPDATE SET epoch = excluded.epoch, value = excluded.value"));
    for (const MetricPoint &p : points)
        if (!insert.exec({runId, p.kind, p.step, p.epoch, p.value}, error)) return false;
    return transaction.commit(error);
}

QList<MetricPoint> TrainingRunRepository::metricPoints(qint64 runId, const QString &kind, QString *error) const
{
    QList<MetricPoint> points;
    const QString sql = QStringLiteral("SELECT step, epoch, kind, value FROM training_metrics WHERE run_id = ? %1 ORDER BY kind, step")
                            .arg(kind.isEmpty() ? QString() : QStringLiteral("AND kind = ?"));
    SqlStatement rows(m_workspace.database(), sql);
    QVariantList values = {runId};
    if (!kind.isEmpty()) values << kind;
    if (!rows.exec(values, error)) return points;
    while (rows.next())
        points << MetricPoint{rows.value(0).toLongLong(), rows.value(1).toInt(), rows.value(2).toString(), rows.value(3).toDouble()};
    return points;
}

QList<TrainingRunRepository::Choice> TrainingRunRepository::choices(const QString &sql, const QVariantList &values, QString *error) const
{
    QList<Choice> found;
    SqlStatement rows(m_workspace.database(), sql);
    if (!rows.exec(values, error)) return found;
    while (rows.next()) found << Choice{rows.value(0).toLongLong(), rows.value(1).toString()};
    return found;
}

QList<TrainingRunRepository::Choice> TrainingRunRepository::projectChoices(QString *error) const
{
    return choices(QStringLiteral("SELECT id, name FROM projects ORDER BY name"), {}, error);
}

QList<TrainingRunRepository::Choice> TrainingRunRepository::partnersUnder(qint64 contractId, QString *error) const
{
    return choices(QStringLiteral("SELECT p.id, p.name FROM partners p JOIN contract_parties c ON c.partner_id = p.id "
                                  "WHERE c.contract_id = ? ORDER BY p.name"),
                   {contractId}, error);
}

QList<TrainingRunRepository::Choice> TrainingRunRepository::contractChoices(QString *error) const
{
    return choices(QStringLiteral("SELECT id, reference || ' - ' || title FROM contracts ORDER BY reference"), {}, error);
}
