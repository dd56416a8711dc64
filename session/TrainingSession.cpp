#include "session/TrainingSession.h"

#include "models/records/Contract.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"
#include "training/Trainer.h"
#include "training/TrainingConfig.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>
#include <QTime>
#include <QTimer>

#include <stdexcept>

namespace {

// Log lines reach the workspace in one transaction per interval, however fast a run logs.
constexpr int kLogFlushMs = 500;

}  // namespace

TrainingSession::TrainingSession(Workspace &workspace, QObject *parent)
    : QObject(parent),
      m_workspace(workspace),
      m_client(QSysInfo::machineHostName() + QLatin1Char('/') + workspace.userName()),
      m_logFlush(new QTimer(this)),
      m_predictor(new BestModelPredictor(this))
{
    m_logFlush->setInterval(kLogFlushMs);
    connect(m_logFlush, &QTimer::timeout, this, &TrainingSession::flushLogs);
    m_logFlush->start();
    QString error;
    TrainingRunRepository(m_workspace).markInterruptedRunsStopped(m_client, &error);
    if (!error.isEmpty()) qWarning("training runs of a closed session could not be marked stopped: %s", qPrintable(error));
}

TrainingSession::~TrainingSession()
{
    shutdown();
}

void TrainingSession::shutdown()
{
    if (m_shutDown) return;
    m_shutDown = true;
    for (TrainingWorker *worker : std::as_const(m_workers)) {
        disconnect(worker, nullptr, this, nullptr);
        worker->requestStop();
    }
    // Runs still waiting will not start in this session: the history says so, and they can be resumed.
    TrainingRunRepository runs(m_workspace);
    for (const qint64 runId : m_queue.waitingRuns()) {
        QString error;
        if (!runs.markEnded(runId, TrainingRun::Status::Stopped, tr("Taken out of the queue before it started; resume it to start it."), {},
                            &error))
            qWarning("a waiting run could not be marked stopped: %s", qPrintable(error));
    }
    // The current threads and any that are still winding down after their run ended.
    for (QThread *thread : findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly)) {
        thread->quit();
        thread->wait();
    }
    m_workers.clear();
    flushLogs();
}

QString TrainingSession::defaultVocabulary()
{
    const QString relative = QStringLiteral("/vocab/bert-base-uncased-vocab.txt");
    for (const QString &dir : {qEnvironmentVariable("LEPTON_SHARED_DATA"), QStringLiteral(LEPTON_SHARED_DATA_DEFAULT)})
        if (!dir.isEmpty() && QFileInfo::exists(dir + relative)) return QDir::cleanPath(dir + relative);
    return {};
}

QString TrainingSession::dataAccessProblem(qint64 contractId, QString *error) const
{
    if (!contractId) return {};
    const std::optional<Contract> contract = ContractRepository(m_workspace).find(contractId, error);
    if (!contract) return {};
    return TrainingRun::dataAccessProblem(*contract, QDate::currentDate());
}

QString TrainingSession::confirmationNeeded(const TrainingRun &run, QString *error) const
{
    if (!run.confirmationNote.isEmpty() && run.id) return {};  // stored with the run already
    return dataAccessProblem(run.contractId, error);
}

bool TrainingSession::startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error)
{
    if (run.outputFolder.isEmpty()) {
        if (error) *error = tr("Choose an output folder for the run.");
        return false;
    }
    if (run.partnerId && !run.contractId) {
        if (error) *error = tr("Name the contract under which the partner shared the data.");
        return false;
    }
    QString why;
    const QString problem = dataAccessProblem(run.contractId, &why);
    if (!why.isEmpty()) {
        if (error) *error = why;
        return false;
    }
    const QString note = run.confirmationNote.trimmed();
    if (!problem.isEmpty() && note.isEmpty()) {
        if (error) *error = tr("%1\nTraining on this data needs your reason, which is recorded with the run.").arg(problem);
        return false;
    }
    run.confirmationNote = problem.isEmpty() ? QString() : tr("%1 Confirmed by %2: %3").arg(problem, m_workspace.userName(), note);
    lepton::TrainingConfig c = config;
    c.outDir = run.outputFolder.toStdString();
    run.configJson = QString::fromStdString(c.toJson());
    run.dataFile = QString::fromStdString(c.trainFile);
    run.model = QString::fromStdString(c.model);
    run.dataFingerprint = TrainingRun::fingerprintOf(run.dataFile, error);
    if (run.dataFingerprint.isEmpty()) return false;
    // Made now, so that an unwritable place is reported before anything is stored, and the
    // folder is taken: the next run's name is chosen beside it.
    if (!QDir().mkpath(run.outputFolder)) {
        if (error) *error = tr("The output folder %1 cannot be created; choose a folder you can write to.").arg(QDir::toNativeSeparators(run.outputFolder));
        return false;
    }
    run.status = TrainingRun::Status::Queued;
    run.owner = m_client;
    if (!TrainingRunRepository(m_workspace).create(run, error)) return false;
    enqueue(run.id, false, QString::fromStdString(c.device));
    return true;
}

bool TrainingSession::resumeRun(qint64 runId, const QString &note, QString *error)
{
    TrainingRunRepository runs(m_workspace);
    const std::optional<TrainingRun> run = runs.find(runId, error);
    if (!run) return false;
    if (!canResume(*run)) {
        if (error) *error = tr("Run \"%1\" is %2; only a stopped or failed run can be resumed.").arg(run->name, TrainingRun::statusLabel(run->status).toLower());
        return false;
    }
    lepton::TrainingConfig config;
    try {
        config = lepton::TrainingConfig::fromJson(run->configJson.toStdString());
    } catch (const std::exception &e) {
        if (error) *error = tr("The configuration of run \"%1\" cannot be read: %2").arg(run->name, QString::fromStdString(e.what()));
        return false;
    }
    // The contract may have ended since the run started: the same rule as for a new run.
    QString why;
    const QString problem = confirmationNeeded(*run, &why);
    if (!why.isEmpty()) {
        if (error) *error = why;
        return false;
    }
    if (!problem.isEmpty()) {
        if (note.trimmed().isEmpty()) {
            if (error) *error = tr("%1\nTraining on this data needs your reason, which is recorded with the run.").arg(problem);
            return false;
        }
        if (!runs.addConfirmationNote(runId, tr("%1 Confirmed by %2: %3").arg(problem, m_workspace.userName(), note.trimmed()), error))
            return false;
    }
    if (!runs.markQueued(runId, m_client, error)) return false;
    // A run stopped before its first checkpoint (or never started) starts again from the beginning.
    enqueue(runId, lepton::Trainer::hasCheckpoint(run->outputFolder.toStdString()), QString::fromStdString(config.device));
    return true;
}

void TrainingSession::enqueue(qint64 runId, bool resume, const QString &configuredDevice)
{
    m_queue.enqueue({runId, resume, TrainingQueue::deviceOf(configuredDevice)});
    emit runsChanged();
    startNext();
}

void TrainingSession::stopRun(qint64 runId)
{
    if (TrainingWorker *worker = m_workers.value(runId)) {
        worker->requestStop();
        appendLog(runId, tr("Stopping: the run writes a checkpoint and ends within a second."));
    } else if (m_queue.withdraw(runId)) {
        QString error;
        if (!TrainingRunRepository(m_workspace)
                 .markEnded(runId, TrainingRun::Status::Stopped, tr("Taken out of the queue before it started; resume it to start it."), {},
                            &error))
            appendLog(runId, tr("The stop could not be recorded in the workspace: %1").arg(error));
        emit runsChanged();
        emit runEnded(runId, TrainingRun::Status::Stopped);
    }
}

void TrainingSession::startNext()
{
    for (const TrainingQueue::Entry &entry : m_queue.takeStartable()) startWorker(entry);
}

void TrainingSession::startWorker(const TrainingQueue::Entry &entry)
{
    const qint64 runId = entry.runId;
    auto *thread = new QThread(this);
    auto *worker = new TrainingWorker(m_workspace.path(), runId, entry.resume ? TrainingWorker::Mode::Resume : TrainingWorker::Mode::Start,
                                      m_client);
    m_workers.insert(runId, worker);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &TrainingWorker::run);
    connect(worker, &TrainingWorker::done, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Each signal carries its run, so that a view follows whichever run it shows.
    connect(worker, &TrainingWorker::started, this, [this, runId] {
        emit runsChanged();
        emit runStarted(runId);
    });
    connect(worker, &TrainingWorker::progress, this, [this, runId](const TrainingStepInfo &s) { emit progress(runId, s); });
    connect(worker, &TrainingWorker::metricPoints, this, [this, runId](const QList<MetricPoint> &points) { emit metricPoints(runId, points); });
    connect(worker, &TrainingWorker::evaluation, this, [this, runId](const TrainingEvaluation &e) {
        const std::optional<lepton::RegressionMetrics> &r = e.metrics.regression;
        const QString figures = r ? tr("RMSE %1, MAE %2, R² %3").arg(r->rmse, 0, 'g', 5).arg(r->mae, 0, 'g', 5).arg(r->r2, 0, 'f', 4)
                                  : tr("loss %1, accuracy %2, macro-F1 %3")
                                        .arg(e.metrics.loss, 0, 'f', 4)
                                        .arg(e.metrics.accuracy, 0, 'f', 4)
                                        .arg(e.metrics.macroF1, 0, 'f', 4);
        appendLog(runId, tr("Evaluation at step %1 (epoch %2): %3%4")
                             .arg(e.step)
                             .arg(e.epoch)
                             .arg(figures, e.best ? tr(" - new best model") : QString()));
        if (e.best) m_predictor->forget();  // best/ was rewritten
        emit evaluation(runId, e);
    });
    connect(worker, &TrainingWorker::logLine, this, [this, runId](const QString &line) { appendLog(runId, line); });
    connect(worker, &TrainingWorker::finished, this, [this, runId](const TrainingOutcome &o) {
        appendLog(runId, outcomeText(o));
        if (!o.regressionModel.isEmpty()) m_predictor->forget();  // a regression writes best/ as it ends
        m_endings.insert(runId, o.status);
        emit finished(runId, o);
    });
    connect(worker, &TrainingWorker::failed, this, [this, runId](const QString &message) {
        appendLog(runId, tr("Failed: %1").arg(message));
        m_endings.insert(runId, TrainingRun::Status::Failed);
        emit failed(runId, message);
    });
    connect(worker, &TrainingWorker::done, this, [this, runId] { onDone(runId); });

    appendLog(runId, entry.resume ? tr("Resuming run %1 on the %2 from its last checkpoint.").arg(runId).arg(entry.device.toUpper())
                                  : tr("Starting run %1 on the %2.").arg(runId).arg(entry.device.toUpper()));
    thread->start();
}

void TrainingSession::onDone(qint64 runId)
{
    // done() was the worker's last word; its thread quits and deletes itself without the GUI
    // waiting for it (a low-priority thread on a busy CPU may take a while to be scheduled).
    m_workers.remove(runId);
    m_queue.finish(runId);
    flushLogs();
    emit runsChanged();
    // Announced once the run is out of the queue, so that it can be resumed at once.
    if (m_endings.contains(runId)) emit runEnded(runId, m_endings.take(runId));
    startNext();
}

bool TrainingSession::runsElsewhere(const TrainingRun &run) const
{
    const bool active = run.status == TrainingRun::Status::Running || run.status == TrainingRun::Status::Queued;
    return active && !run.owner.isEmpty() && run.owner != m_client;
}

QString TrainingSession::regressionModelTitle(const QString &model)
{
    if (model == QLatin1String("linear")) return tr("Linear least squares");
    if (model == QLatin1String("mlp")) return tr("MLP");
    return tr("Text model");
}

QString TrainingSession::outcomeText(const TrainingOutcome &o)
{
    const bool stopped = o.status == TrainingRun::Status::Stopped;
    QString text = stopped ? tr("Stopped at step %1; resume it to continue from the checkpoint.").arg(o.steps)
                           : tr("Finished after %1 steps (%2 epochs)%3.").arg(o.steps).arg(o.epochsDone).arg(o.earlyStopped ? tr(", stopped early") : QString());
    if (!o.regressionModel.isEmpty()) {
        const QString best = tr("Best: %1, validation RMSE %2, MAE %3, R² %4. Model in %5.")
                                 .arg(regressionModelTitle(o.regressionModel))
                                 .arg(o.regression.rmse, 0, 'g', 5)
                                 .arg(o.regression.mae, 0, 'g', 5)
                                 .arg(o.regression.r2, 0, 'f', 4)
                                 .arg(o.bestFolder);
        // A regression on table columns fits in seconds: steps and epochs say little about it.
        const bool onTableColumns = o.regressionModel != QLatin1String("text");
        return (onTableColumns ? tr("Finished.") : text) + QLatin1Char(' ') + best;
    }
    if (o.hasEvaluation)
        text += QLatin1Char(' ') + tr("Best: accuracy %1, macro-F1 %2. Model in %3.")
                                      .arg(o.best.accuracy, 0, 'f', 4)
                                      .arg(o.best.macroF1, 0, 'f', 4)
                                      .arg(o.bestFolder);
    return text;
}

QStringList TrainingSession::log(qint64 runId) const
{
    auto it = m_logs.find(runId);
    if (it == m_logs.end()) {
        QString error;
        QStringList lines = TrainingRunRepository(m_workspace).log(runId, kLogLinesKept, &error);
        if (!error.isEmpty()) lines << tr("The run's earlier log cannot be read from the workspace: %1").arg(error);
        it = m_logs.insert(runId, lines);
    }
    return *it;
}

void TrainingSession::appendLog(qint64 runId, const QString &text)
{
    log(runId);  // the earlier lines first
    const QString line = QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text);
    QStringList &lines = m_logs[runId];
    lines << line;
    if (lines.size() > kLogLinesKept) lines.removeFirst();
    m_unsavedLogs[runId] << line;
    emit logLine(runId, line);
}

void TrainingSession::flushLogs()
{
    TrainingRunRepository runs(m_workspace);
    for (auto it = m_unsavedLogs.cbegin(); it != m_unsavedLogs.cend(); ++it) {
        QString error;
        // The log comes beside the run's stored status and curves: a failed write is a warning,
        // not a reason to stop the run.
        if (!runs.appendLog(it.key(), it.value(), &error))
            qWarning("the log of training run %lld could not be saved: %s", it.key(), qPrintable(error));
    }
    m_unsavedLogs.clear();
}
