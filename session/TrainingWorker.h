#pragma once
// The Qt adapter of the training engine: runs one lepton::Trainer (a regression: one
// lepton::RegressionTrainer) on the thread it was moved to
// and turns the engine's callbacks into queued signals carrying values. It writes the run's status
// and metric points through its own workspace connection, opened on its own thread (a
// QSqlDatabase never crosses threads), in batches so that the database keeps up with fast models.
//
//   auto *thread = new QThread(this);
//   worker->moveToThread(thread);
//   connect(thread, &QThread::started, worker, &TrainingWorker::run);
//   connect(worker, &TrainingWorker::done, thread, &QThread::quit);
//   connect(thread, &QThread::finished, worker, &QObject::deleteLater);
#include "training/Metrics.h"
#include "training/RegressionMetrics.h"
#include "training/TrainingProgress.h"
#include "models/records/TrainingRun.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace lepton {
struct TrainingConfig;
}

// One optimizer step as the progress bar shows it.
struct TrainingStepInfo {
    qint64 step = 0;
    qint64 totalSteps = 0;
    int epoch = 0;
    int epochs = 0;
    double loss = 0;
    double learningRate = 0;
    double samplesPerSecond = 0;
    double etaSeconds = 0;
};

// One evaluation on the validation data.
struct TrainingEvaluation {
    qint64 step = 0;
    int epoch = 0;
    bool epochEnd = false;
    bool best = false;
    lepton::Metrics metrics;
};

// How a run ended without an error.
struct TrainingOutcome {
    TrainingRun::Status status = TrainingRun::Status::Finished;  // Finished or Stopped
    bool earlyStopped = false;
    bool hasEvaluation = false;
    lepton::Metrics best;
    qint64 steps = 0;
    int epochsDone = 0;
    double samplesPerSecond = 0;
    QString bestFolder;
    // A regression run's best model and its validation figures: "linear" or "mlp" for one on
    // table columns (empty when stopped: it keeps nothing), "text" for a text regression once it
    // has been evaluated (a stopped one too: it resumes). Empty for a classifier.
    QString regressionModel;
    lepton::RegressionMetrics regression;
};

Q_DECLARE_METATYPE(TrainingStepInfo)
Q_DECLARE_METATYPE(TrainingEvaluation)
Q_DECLARE_METATYPE(TrainingOutcome)
Q_DECLARE_METATYPE(MetricPoint)
Q_DECLARE_METATYPE(TrainingRun::Status)

class TrainingWorker : public QObject, private lepton::TrainingProgress {
    Q_OBJECT
public:
    enum class Mode { Start, Resume };

    // The run must already be in the workspace (TrainingRunRepository::create): Start trains it
    // with its stored configuration, Resume continues it from the checkpoint in its output folder.
    // owner: the client it runs on (TrainingRun::owner), recorded as the run starts.
    TrainingWorker(const QString &workspacePath, qint64 runId, Mode mode, const QString &owner, QObject *parent = nullptr);
    ~TrainingWorker() override;

    // Thread-safe, callable from any thread while run() works: the engine stops within a second
    // after writing a checkpoint, and the run ends as stopped (finished() with status Stopped).
    void requestStop();

    // The engine's milestone in the user's language: data sizes, what loading the model decided, a
    // regression model's validation figures, early stopping. Empty for the ones the session words
    // itself (stopped, resuming).
    static QString logText(const lepton::ProgressMessage &message);

public slots:
    // Trains to the end; emits exactly one of finished() or failed(), then done().
    void run();

signals:
    void started(qint64 runId);
    // At most every 100 ms, and for the last step.
    void progress(const TrainingStepInfo &step);
    // Batches of train_loss and lr per step, val_loss, accuracy and macro_f1 per evaluation (a
    // regression's MAE, RMSE and R^2 per MLP epoch and of the linear fit), at most every 250 ms;
    // each batch is already stored when it is emitted.
    void metricPoints(const QList<MetricPoint> &points);
    void evaluation(const TrainingEvaluation &evaluation);
    void logLine(const QString &line);
    void finished(const TrainingOutcome &outcome);
    void failed(const QString &message);
    void done();

private:
    void onStep(const lepton::StepReport &report) override;
    void onEvaluation(const lepton::EvaluationReport &report) override;
    void onRegressionEvaluation(const lepton::RegressionEvaluationReport &report) override;
    void onMessage(const lepton::ProgressMessage &message) override;

    void train();
    // Each trains with config, storing what the run keeps as its best in *bestJson; they throw
    // std::exception with the engine's message.
    TrainingOutcome trainClassifier(const lepton::TrainingConfig &config, QString *bestJson);
    TrainingOutcome trainRegression(const lepton::TrainingConfig &config, QString *bestJson);
    // A regression's MAE, RMSE and R^2 as metric points: the linear fit's, or the trained model's.
    void addRegressionPoints(qint64 step, int epoch, const lepton::RegressionMetrics &metrics, bool linear);
    void flushPoints();
    void fail(const QString &message);

    QString m_workspacePath;
    qint64 m_runId;
    Mode m_mode;
    QString m_owner;
    class Workspace *m_workspace = nullptr;  // opened and closed on the worker's thread inside run()

    std::mutex m_trainerMutex;  // requestStop() may come from another thread while run() creates the trainer
    std::function<void()> m_cancelTrainer;  // the running trainer's cancel(); empty between trainers
    std::atomic<bool> m_stopRequested{false};

    QList<MetricPoint> m_pending;
    QElapsedTimer m_sinceFlush;
    QElapsedTimer m_sinceProgress;
    TrainingStepInfo m_lastStep;
    bool m_lastStepShown = true;
    QString m_pointsError;
};
