#pragma once
// The Training page: a new-run panel, the run history from the workspace, live charts (training
// loss raw and smoothed, validation loss, accuracy and macro-F1, learning rate), a progress bar
// with ETA and samples/s, a log, Stop and Resume, and the best evaluation's report. Runs execute
// on a TrainingWorker moved to its own QThread; they queue, one at a time.
#include "TrainingRun.h"
#include "TrainingWorker.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;
class TrainingChart;
class TrainingRunForm;
class Workspace;

namespace lepton {
struct TrainingConfig;
class TrainedModel;
}

class TrainingPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPage(Workspace &workspace, QWidget *parent = nullptr);
    // Stops a running run (it stays resumable) and waits for its thread.
    ~TrainingPage() override;

    // Stores the run (queued) and starts it when no other run is going. run carries the name,
    // links, confirmation note and output folder; its config and fingerprint are filled in here.
    bool startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error);
    bool resumeRun(qint64 runId, QString *error);
    void stopRun();

    bool isTraining() const { return m_worker != nullptr; }
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
    // The "try it" box: classifies a text (text models) or one row of comma-separated feature
    // values (tabular models) with the shown run's best model; returns the classes by probability.
    QString tryIt(const QString &input);
    // The shown run's report (TrainingReport) as a PDF file.
    bool exportReport(const QString &path, QString *error);

signals:
    void runEnded(qint64 runId, TrainingRun::Status status);

private:
    void startFromForm();
    void startNext();
    void onProgress(const TrainingStepInfo &step);
    void onMetricPoints(const QList<MetricPoint> &points);
    void onEvaluation(const TrainingEvaluation &evaluation);
    void onFinished(const TrainingOutcome &outcome);
    void onFailed(const QString &message);
    void onDone();
    void appendPoints(const QList<MetricPoint> &points);
    void showResults(const QString &bestMetricsJson);
    void showBanner(const QString &text, bool error);
    void appendLog(const QString &line);
    void updateButtons();
    qint64 selectedRunId() const;
    QList<qint64> selectedRunIds() const;
    lepton::TrainedModel *bestModel(QString *error);

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
    QLineEdit *m_tryInput;
    QLabel *m_tryResult;
    std::optional<TrainingRun> m_shownRun;
    std::unique_ptr<lepton::TrainedModel> m_tryModel;  // loaded on first use, dropped when a new best arrives

    TrainingWorker *m_worker = nullptr;
    qint64 m_activeRunId = 0;
    qint64 m_shownRunId = 0;
    QList<QPair<qint64, TrainingWorker::Mode>> m_queue;
};
