#include "session/TrainingWorker.h"

#include "session/BackgroundPriority.h"
#include "session/TrainingSession.h"
#include "training/RegressionTrainer.h"
#include "training/Trainer.h"
#include "models/repositories/TrainingRunRepository.h"
#include "models/storage/Workspace.h"

#include <QDir>

#include <exception>


namespace {

constexpr int kProgressIntervalMs = 100;
constexpr int kFlushIntervalMs = 250;

}  // namespace

TrainingWorker::TrainingWorker(const QString &workspacePath, qint64 runId, Mode mode, const QString &owner, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath), m_runId(runId), m_mode(mode), m_owner(owner)
{
    qRegisterMetaType<TrainingStepInfo>();
    qRegisterMetaType<TrainingEvaluation>();
    qRegisterMetaType<TrainingOutcome>();
    qRegisterMetaType<MetricPoint>();
    qRegisterMetaType<QList<MetricPoint>>();
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::requestStop()
{
    m_stopRequested.store(true);
    std::lock_guard<std::mutex> lock(m_trainerMutex);
    if (m_cancelTrainer) m_cancelTrainer();
}

void TrainingWorker::run()
{
    lowerThisThreadsPriority();
    Workspace workspace;
    m_workspace = &workspace;
    train();
    m_workspace = nullptr;
    emit done();
}

namespace {

// Lets requestStop() reach the trainer while it runs, and clears the way however training leaves,
// so that requestStop() never reaches a dead one.
class TrainerSlot {
public:
    TrainerSlot(std::mutex &mutex, std::function<void()> &slot, const std::atomic<bool> &stopRequested, std::function<void()> cancel)
        : m_mutex(mutex), m_slot(slot)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slot = std::move(cancel);
        if (stopRequested.load()) m_slot();
    }
    ~TrainerSlot()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_slot = nullptr;
    }

private:
    std::mutex &m_mutex;
    std::function<void()> &m_slot;
};

}  // namespace

void TrainingWorker::train()
{
    QString error;
    if (!m_workspace->openWithoutDamageCheck(m_workspacePath, &error)) {
        emit failed(error);
        return;
    }
    TrainingRunRepository runs(*m_workspace);
    const std::optional<TrainingRun> stored = runs.find(m_runId, &error);
    if (!stored) {
        emit failed(error.isEmpty() ? tr("Training run %1 is not in this workspace; it may have been deleted.").arg(m_runId) : error);
        return;
    }
    if (!runs.markRunning(m_runId, m_owner, &error)) {
        emit failed(error);
        return;
    }
    emit started(m_runId);

    TrainingOutcome outcome;
    QString bestJson;
    try {
        const std::string folder = stored->outputFolder.toStdString();
        // (A regression on table columns keeps no checkpoint, so TrainingSession never resumes
        // one: it starts again. A text regression trains, and resumes, like a classifier.)
        lepton::TrainingConfig config = m_mode == Mode::Resume ? lepton::Trainer::savedConfig(folder)
                                                               : lepton::TrainingConfig::fromJson(stored->configJson.toStdString());
        config.outDir = folder;
        m_sinceFlush.start();
        outcome = config.isRegression() && !config.isTextRegression() ? trainRegression(config, &bestJson)
                                                                       : trainClassifier(config, &bestJson);
    } catch (const std::exception &e) {
        fail(QString::fromStdString(e.what()));
        return;
    }
    if (!m_lastStepShown) emit progress(m_lastStep);
    flushPoints();
    if (!runs.markEnded(m_runId, outcome.status, {}, bestJson, &error)) {
        emit failed(tr("The run ended but its result could not be saved in the workspace: %1").arg(error));
        return;
    }
    emit finished(outcome);
}

TrainingOutcome TrainingWorker::trainClassifier(const lepton::TrainingConfig &config, QString *bestJson)
{
    lepton::Trainer trainer(config, this, m_mode == Mode::Resume);
    const TrainerSlot slot(m_trainerMutex, m_cancelTrainer, m_stopRequested, [&trainer] { trainer.cancel(); });
    const lepton::TrainingResult result = trainer.run();
    TrainingOutcome outcome;
    outcome.status = result.status == lepton::TrainingResult::Status::Cancelled ? TrainingRun::Status::Stopped
                                                                              : TrainingRun::Status::Finished;
    outcome.earlyStopped = result.status == lepton::TrainingResult::Status::EarlyStopped;
    outcome.hasEvaluation = result.hasEvaluation;
    outcome.best = result.best;
    outcome.steps = result.steps;
    outcome.epochsDone = result.epochsDone;
    outcome.samplesPerSecond = result.samplesPerSecond;
    outcome.bestFolder = QString::fromStdString(result.bestFolder);
    if (!result.hasEvaluation) return outcome;
    if (result.best.regression) {
        // Stored as a regression on table columns stores it, for the results page and the report.
        outcome.regressionModel = QStringLiteral("text");
        outcome.regression = *result.best.regression;
        *bestJson = QString::fromStdString(result.regressionSummary().toJson());
    } else {
        *bestJson = QString::fromStdString(result.best.toJson());
    }
    return outcome;
}

TrainingOutcome TrainingWorker::trainRegression(const lepton::TrainingConfig &config, QString *bestJson)
{
    lepton::RegressionTrainer trainer(config, this);
    const TrainerSlot slot(m_trainerMutex, m_cancelTrainer, m_stopRequested, [&trainer] { trainer.cancel(); });
    const lepton::RegressionResult result = trainer.run();
    TrainingOutcome outcome;
    outcome.status = result.cancelled ? TrainingRun::Status::Stopped : TrainingRun::Status::Finished;
    outcome.steps = m_lastStep.step;
    outcome.epochsDone = m_lastStep.epoch;
    outcome.samplesPerSecond = m_lastStep.samplesPerSecond;
    if (result.cancelled) return outcome;
    for (const lepton::RegressionCandidate &candidate : result.candidates)
        if (candidate.model == result.bestModel) outcome.regression = candidate.validation;
    outcome.regressionModel = QString::fromStdString(result.bestModel);
    outcome.bestFolder = QDir(QString::fromStdString(config.outDir)).filePath(QString::fromLatin1(lepton::RegressionTrainer::kBestFolder));
    // The whole result (every model's figures and the linear coefficients): what the results
    // page and the report show.
    *bestJson = QString::fromStdString(result.toJson());
    return outcome;
}

void TrainingWorker::fail(const QString &message)
{
    flushPoints();
    QString error;
    TrainingRunRepository runs(*m_workspace);
    if (!runs.markEnded(m_runId, TrainingRun::Status::Failed, message, {}, &error))
        emit logLine(tr("Could not record the failure in the workspace: %1").arg(error));
    emit failed(message);
}

void TrainingWorker::onStep(const lepton::StepReport &r)
{
    m_pending << MetricPoint{r.step, r.epoch, QString::fromLatin1(MetricPoint::kTrainLoss), r.loss}
              << MetricPoint{r.step, r.epoch, QString::fromLatin1(MetricPoint::kLearningRate), r.learningRate};
    m_lastStep = TrainingStepInfo{r.step, r.totalSteps, r.epoch, r.epochs, r.loss, r.learningRate, r.samplesPerSecond, r.etaSeconds};
    m_lastStepShown = false;
    if (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= kProgressIntervalMs || r.step == r.totalSteps) {
        emit progress(m_lastStep);
        m_sinceProgress.start();
        m_lastStepShown = true;
    }
    if (m_sinceFlush.elapsed() >= kFlushIntervalMs) flushPoints();
}

void TrainingWorker::onEvaluation(const lepton::EvaluationReport &r)
{
    const lepton::Metrics &m = r.metrics;
    m_pending << MetricPoint{r.step, r.epoch, QString::fromLatin1(MetricPoint::kValidationLoss), m.loss};
    if (m.regression)  // a text regression: the curves a regression's MLP draws
        addRegressionPoints(r.step, r.epoch, *m.regression, false);
    else
        m_pending << MetricPoint{r.step, r.epoch, QString::fromLatin1(MetricPoint::kAccuracy), m.accuracy}
                  << MetricPoint{r.step, r.epoch, QString::fromLatin1(MetricPoint::kMacroF1), m.macroF1};
    emit evaluation(TrainingEvaluation{r.step, r.epoch, r.epochEnd, r.best, m});
    flushPoints();
}

void TrainingWorker::onRegressionEvaluation(const lepton::RegressionEvaluationReport &r)
{
    addRegressionPoints(r.step, r.epoch, r.metrics, r.model == "linear");
    flushPoints();
}

void TrainingWorker::addRegressionPoints(qint64 step, int epoch, const lepton::RegressionMetrics &m, bool linear)
{
    m_pending << MetricPoint{step, epoch, QString::fromLatin1(linear ? MetricPoint::kLinearMae : MetricPoint::kValidationMae), m.mae}
              << MetricPoint{step, epoch, QString::fromLatin1(linear ? MetricPoint::kLinearRmse : MetricPoint::kValidationRmse), m.rmse}
              << MetricPoint{step, epoch, QString::fromLatin1(linear ? MetricPoint::kLinearR2 : MetricPoint::kValidationR2), m.r2};
}

void TrainingWorker::onMessage(const lepton::ProgressMessage &message)
{
    const QString line = logText(message);
    if (!line.isEmpty()) emit logLine(line);
}

namespace {
QString metricTitle(const std::string &metric)
{
    if (metric == "loss") return TrainingWorker::tr("the validation loss");
    if (metric == "accuracy") return TrainingWorker::tr("accuracy");
    if (metric == "macro_f1") return TrainingWorker::tr("macro-F1");
    if (metric == "rmse") return QStringLiteral("RMSE");
    if (metric == "mae") return QStringLiteral("MAE");
    if (metric == "r2") return QStringLiteral("R²");
    return QString::fromStdString(metric);
}
}  // namespace

QString TrainingWorker::logText(const lepton::ProgressMessage &message)
{
    using Kind = lepton::ProgressMessage::Kind;
    const auto count = [&](std::size_t i) { return QString::number(static_cast<qint64>(message.figures.at(i))); };
    switch (message.kind) {
    case Kind::ClassData:
        return tr("Data: %1 training and %2 validation examples, %3 classes.").arg(count(0), count(1), count(2));
    case Kind::TargetData:
        return tr("Data: %1 training and %2 validation examples; the label's mean is %3, its standard deviation %4.")
            .arg(count(0), count(1))
            .arg(message.figures.at(2), 0, 'g', 5)
            .arg(message.figures.at(3), 0, 'g', 5);
    case Kind::FeatureData:
        return tr("Data: %1 training and %2 validation rows, %3 feature columns.").arg(count(0), count(1), count(2));
    case Kind::RegressionModel:
        return tr("%1: validation RMSE %2, R² %3.")
            .arg(TrainingSession::regressionModelTitle(QString::fromStdString(message.name)))
            .arg(message.figures.at(0), 0, 'g', 5)
            .arg(message.figures.at(1), 0, 'f', 4);
    case Kind::StoppingEarly:
        return tr("Stopping early: %1 has not improved for %2 evaluations.").arg(metricTitle(message.name), count(0));
    case Kind::IgnoredTensors:
        return tr("Ignored %1 tensors of the checkpoint that a text classifier does not use (e.g. \"%2\").")
            .arg(count(0), QString::fromStdString(message.name));
    case Kind::NewHead:
        return tr("The checkpoint has no classification head; a new one was initialised for the classes %1.")
            .arg(QString::fromStdString(message.name));
    case Kind::ReplacedHead:
        return tr("The checkpoint's classification head scores other classes; a new one was initialised for %1.")
            .arg(QString::fromStdString(message.name));
    case Kind::Stopped:
    case Kind::Resuming:
        return QString();
    case Kind::Note:
        break;
    }
    return QString::fromStdString(message.text);
}

void TrainingWorker::flushPoints()
{
    m_sinceFlush.start();
    if (m_pending.isEmpty()) return;
    QString error;
    if (!TrainingRunRepository(*m_workspace).addMetricPoints(m_runId, m_pending, &error) && m_pointsError != error) {
        // Training goes on (its model and checkpoints are files), but the user learns the curve has gaps.
        m_pointsError = error;
        emit logLine(tr("Metric points could not be saved in the workspace; the stored curve will have gaps: %1").arg(error));
    }
    emit metricPoints(m_pending);
    m_pending.clear();
}
