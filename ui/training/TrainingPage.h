#pragma once
// The Training page: a new-run panel, the run history from the workspace, live charts (training
// loss raw and smoothed, validation loss, accuracy and macro-F1, learning rate), a progress bar
// with ETA and samples/s, the run's log, Stop and Resume, and the best evaluation's report. It is
// a view of a TrainingSession, which queues, trains and records the runs; the charts, progress
// bar and log follow the shown run. A regression run shows its validation RMSE, MAE and R^2
// instead of the classifier's quality and learning rate, and its RegressionResultsView instead
// of the classification report and confusion matrix.
#include "models/records/TrainingRun.h"
#include "session/TrainingSession.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;
class RegressionResultsView;
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
    // Shuts the session down: runs in progress stop (resumable), waiting ones are recorded as never started.
    ~TrainingPage() override;

    // TrainingSession::startRun.
    bool startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error);
    // Queues a stopped or failed run again, asking for the user's reason where its data needs one.
    bool resumeRun(qint64 runId, QString *error);
    // Stops the shown run: a running one within a second (resumable), a waiting one at once.
    void stopRun();

    TrainingSession *session() const { return m_session; }
    bool isTraining() const { return m_session->isTraining(); }
    const TrainingQueue &queue() const { return m_session->queue(); }
    void showRun(qint64 runId);
    void refreshRuns();

    QTabWidget *tabs() const { return m_tabs; }
    TrainingChart *lossChart() const { return m_lossChart; }
    TrainingChart *qualityChart() const { return m_qualityChart; }
    TrainingChart *rateChart() const { return m_rateChart; }
    TrainingChart *errorChart() const { return m_errorChart; }
    TrainingChart *explainedChart() const { return m_explainedChart; }
    QTreeWidget *runList() const { return m_runs; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *resumeButton() const { return m_resume; }
    QString bannerText() const;
    QString logText() const;
    QTableWidget *reportTable() const { return m_report; }
    QTableWidget *confusionTable() const { return m_confusion; }
    RegressionResultsView *regressionResults() const { return m_regressionResults; }
    TrainingTryIt *tryIt() const { return m_tryIt; }
    // The shown run's report (TrainingReport) as a PDF file.
    bool exportReport(const QString &path, QString *error);

signals:
    void runEnded(qint64 runId, TrainingRun::Status status);

private:
    void startFromForm();
    // Asks why the data may be used (problem: what ended); false when the user declines.
    bool askConfirmation(const QString &problem, QString *note);
    void onStarted(qint64 runId);
    void onProgress(qint64 runId, const TrainingStepInfo &step);
    void onEvaluation(qint64 runId, const TrainingEvaluation &evaluation);
    void onFinished(qint64 runId, const TrainingOutcome &outcome);
    void onFailed(qint64 runId, const QString &message);
    void appendPoints(const QList<MetricPoint> &points);
    void showResults(const QString &bestMetricsJson);
    void showRegressionResults(const TrainingRun &run);
    // The charts of a classifier's or a regression's run.
    void showChartsFor(bool regression);
    QList<TrainingChart *> shownCharts() const;
    void showBanner(const QString &text, bool error);
    void updateButtons();
    QString statusText(const TrainingRun &run) const;
    qint64 selectedRunId() const;
    QList<qint64> selectedRunIds() const;

    Workspace &m_workspace;
    TrainingSession *m_session;
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
    TrainingChart *m_errorChart;
    TrainingChart *m_explainedChart;
    QPlainTextEdit *m_log;
    QTableWidget *m_report;
    QTableWidget *m_confusion;
    QStackedWidget *m_results;
    QWidget *m_classificationResults;
    RegressionResultsView *m_regressionResults;
    bool m_regression = false;  // the shown run predicts a number
    QTimer *m_chartTimer;
    int m_nextChart = 0;
    TrainingTryIt *m_tryIt;
    std::optional<TrainingRun> m_shownRun;
    qint64 m_shownRunId = 0;
};
