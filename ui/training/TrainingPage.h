#pragma once
// The Training page: a new-run panel, the run history from the workspace, live charts (training
// loss raw and smoothed, validation loss, accuracy and macro-F1, learning rate), a progress bar
// with ETA and samples/s, a log, Stop and Resume, and the best evaluation's report. Runs execute
// on a TrainingWorker moved to its own QThread; they queue, one at a time per device
// (TrainingQueue). The charts, progress bar and log follow the shown run.
#include "ui/training/TrainingQueue.h"
#include "models/records/TrainingRun.h"
#include "ui/training/TrainingWorker.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;
class TrainingChart;
class TrainingRunForm;
class TrainingTryIt;
class Workspace;

namespace lepton {
struct TrainingConfig;
}

class TrainingPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPage(Workspace &workspace, QWidget *parent = nullptr);
    // Stops the runs in progress (they stay resumable), waits for their threads, and marks the
    // runs still waiting as stopped, never started.
    ~TrainingPage() override;

    // Stores the run (queued) and starts it when its device is free. run carries the name, links,
    // confirmation note and output folder; its config and fingerprint are filled in here.
    bool startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error);
    // Queues a stopped or failed run again: from its checkpoint, or from the start if it has none.
    bool resumeRun(qint64 runId, QString *error);
    // Stops the shown run: a running one within a second (resumable), a waiting one at once.
    void stopRun();

    bool isTraining() const { return !m_workers.isEmpty(); }
    const TrainingQueue &queue() const { return m_queue; }
    void showRun(qint64 runId);
    void refreshRuns();

    QTabWidget *tabs() const { return m_tabs; }
    TrainingChart *lossChart() const { return m_lossChart; }
    TrainingChart *qualityChart() const { return m_qualityChart; }
    TrainingChart *rateChart() const { return m_rateChart; }
    QTreeWidget *runList() const { return m_runs; }
    QProgressBar *progressBar() const { return m_progress; }
    QString bannerText() const;
    QString logText() const;
    QTableWidget *reportTable() const { return m_report; }
    QTableWidget *confusionTable() const { return m_confusion; }
    TrainingTryIt *tryIt() const { return m_tryIt; }
    // The shown run's report (TrainingReport) as a PDF file.
    bool exportReport(const QString &path, QString *error);

signals:
    void runEnded(qint64 runId, TrainingRun::Status status);

private:
    void startFromForm();
    void enqueue(qint64 runId, bool resume, const QString &configuredDevice);
    void startNext();
    void startWorker(const TrainingQueue::Entry &entry);
    void onProgress(qint64 runId, const TrainingStepInfo &step);
    void onEvaluation(qint64 runId, const TrainingEvaluation &evaluation);
    void onFinished(qint64 runId, const TrainingOutcome &outcome);
    void onFailed(qint64 runId, const QString &message);
    void onDone(qint64 runId);
    void appendPoints(const QList<MetricPoint> &points);
    void showResults(const QString &bestMetricsJson);
    void showBanner(const QString &text, bool error);
    void appendLog(qint64 runId, const QString &line);
    void updateButtons();
    qint64 selectedRunId() const;
    QList<qint64> selectedRunIds() const;

    Workspace &m_workspace;
    TrainingRunForm *m_form;
    QTreeWidget *m_runs;
    QPushButton *m_newRun;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QPushButton *m_compare;
    QTabWidget *m_tabs;
    QWidget *m_monitor;
    QLabel *m_banner;
    QLabel *m_status;
    QProgressBar *m_progress;
    TrainingChart *m_lossChart;
    TrainingChart *m_qualityChart;
    TrainingChart *m_rateChart;
    QPlainTextEdit *m_log;
    QTableWidget *m_report;
    QTableWidget *m_confusion;
    QTimer *m_chartTimer;
    int m_nextChart = 0;
    TrainingTryIt *m_tryIt;
    std::optional<TrainingRun> m_shownRun;

    TrainingQueue m_queue;
    QHash<qint64, TrainingWorker *> m_workers;  // by run id, while their threads work
    QHash<qint64, QStringList> m_logs;          // the log lines of this session's runs
    qint64 m_shownRunId = 0;
};
