#include "ui/training/TrainingPage.h"

#include "training/Metrics.h"
#include "ui/training/RegressionResults.h"
#include "ui/training/RegressionResultsView.h"
#include "ui/training/TrainingChart.h"
#include "ui/training/TrainingComparison.h"
#include "ui/training/TrainingReport.h"
#include "training/Trainer.h"
#include "training/TrainingConfig.h"
#include "ui/training/TrainingRunForm.h"
#include "models/repositories/TrainingRunRepository.h"
#include "ui/training/TrainingTryIt.h"
#include "models/storage/Workspace.h"

#include <QColor>
#include <QGridLayout>
#include <QHeaderView>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextCursor>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace {

constexpr int kRunsShown = 500;
// One chart redraws per tick, in turn, so that their paints never pile up into one long stall;
// each chart still shows new points within kChartRefreshMs * 3.
constexpr int kChartRefreshMs = 100;
constexpr double kLossSmoothing = 0.9;

enum RunColumn { Name, Status, Model, Started, BestAccuracy, BestMacroF1, ColumnCount };
enum LossCurve { TrainLoss, SmoothedLoss, ValidationLoss };
enum QualityCurve { Accuracy, MacroF1 };
enum ErrorCurve { ModelRmse, ModelMae, LinearRmse, LinearMae };  // the trained model's per epoch, the linear fit's
enum ExplainedCurve { ModelR2, LinearR2 };

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TrainingPage::TrainingPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_session(new TrainingSession(workspace, this))
{
    setWindowTitle(tr("Training"));

    // History and run controls
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_runs = new QTreeWidget;
    m_runs->setObjectName(QStringLiteral("trainingRuns"));
    m_runs->setRootIsDecorated(false);
    m_runs->setHeaderLabels({tr("Run"), tr("Status"), tr("Model"), tr("Started"), tr("Accuracy"), tr("Macro-F1")});
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    leftLayout->addWidget(m_runs, 1);
    auto *buttons = new QHBoxLayout;
    m_newRun = new QPushButton(tr("New Run"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setToolTip(tr("Stops the run within a second; it keeps its last checkpoint and can be resumed."));
    m_resume = new QPushButton(tr("Resume"));
    m_resume->setToolTip(tr("Continues a stopped or failed run from its last checkpoint."));
    buttons->addWidget(m_newRun);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    m_compare = new QPushButton(tr("Compare"));
    m_compare->setToolTip(tr("Overlays the curves of the selected runs (select two or more with Ctrl or Shift)."));
    buttons->addWidget(m_compare);
    leftLayout->addLayout(buttons);

    // New run, live progress, results
    m_tabs = new QTabWidget;
    m_form = new TrainingRunForm(workspace);
    m_tabs->addTab(m_form, tr("New Run"));
    m_monitor = new QWidget;
    auto *monitor = new QVBoxLayout(m_monitor);
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    monitor->addWidget(m_banner);
    m_status = new QLabel;
    monitor->addWidget(m_status);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    monitor->addWidget(m_progress);
    auto *charts = new QGridLayout;
    m_lossChart = new TrainingChart(tr("Loss"), tr("Cross-entropy"));
    m_lossChart->addCurve(tr("Training loss"));
    m_lossChart->addCurve(tr("Training loss (smoothed)"), kLossSmoothing);
    m_lossChart->addCurve(tr("Validation loss"), 0.0, Qt::DashLine);
    m_lossChart->setEmptyText(tr("The loss of each training step, and of each evaluation, appears here."));
    m_qualityChart = new TrainingChart(tr("Validation quality"), tr("Score"), TrainingChart::Values::Score);
    m_qualityChart->addCurve(tr("Accuracy"));
    m_qualityChart->addCurve(tr("Macro-F1"));
    m_qualityChart->setEmptyText(tr("Accuracy and macro-F1 appear here after the first evaluation."));
    m_rateChart = new TrainingChart(tr("Learning rate"), tr("Rate"));
    m_rateChart->addCurve(tr("Learning rate"));
    m_rateChart->setEmptyText(tr("The learning rate of each step appears here."));
    // A regression's validation figures, in the label's unit; the linear fit is one evaluation,
    // a dot at step 0 (it is fitted before the MLP's first step).
    m_errorChart = new TrainingChart(tr("Validation error"), tr("Label unit"));
    m_errorChart->addCurve(tr("RMSE"));
    m_errorChart->addCurve(tr("MAE"), 0.0, Qt::DashLine);
    m_errorChart->addCurve(tr("Linear RMSE"));
    m_errorChart->addCurve(tr("Linear MAE"));
    m_errorChart->setEmptyText(tr("RMSE and MAE on the validation data appear here after each epoch."));
    m_explainedChart = new TrainingChart(tr("Validation R²"), tr("R²"), TrainingChart::Values::ExplainedShare);
    m_explainedChart->addCurve(tr("R²"));
    m_explainedChart->addCurve(tr("Linear R²"));
    m_explainedChart->setEmptyText(tr("The share of the label's variance the model explains appears here after each epoch."));
    charts->addWidget(m_lossChart, 0, 0);
    charts->addWidget(m_qualityChart, 0, 1);
    charts->addWidget(m_errorChart, 0, 1);
    charts->addWidget(m_rateChart, 1, 0);
    charts->addWidget(m_explainedChart, 1, 0);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(TrainingSession::kLogLinesKept);
    charts->addWidget(m_log, 1, 1);
    monitor->addLayout(charts, 1);
    m_tabs->addTab(m_monitor, tr("Progress"));

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    m_classificationResults = new QWidget;
    auto *classification = new QVBoxLayout(m_classificationResults);
    classification->setContentsMargins(0, 0, 0, 0);
    classification->addWidget(new QLabel(tr("Classification report of the best evaluation")));
    m_report = new QTableWidget;
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->verticalHeader()->setVisible(false);
    classification->addWidget(m_report, 1);
    classification->addWidget(new QLabel(tr("Confusion matrix (rows: true class, columns: predicted class)")));
    m_confusion = new QTableWidget;
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Cells large enough to read the heat map at a glance.
    m_confusion->horizontalHeader()->setMinimumSectionSize(72);
    m_confusion->verticalHeader()->setDefaultSectionSize(40);
    classification->addWidget(m_confusion, 1);
    m_regressionResults = new RegressionResultsView;
    m_results = new QStackedWidget;
    m_results->addWidget(m_classificationResults);
    m_results->addWidget(m_regressionResults);
    resultsLayout->addWidget(m_results, 1);
    m_tryIt = new TrainingTryIt(m_session->predictor());
    resultsLayout->addWidget(m_tryIt);
    auto *exportButton = new QPushButton(tr("Export Report as PDF..."));
    exportButton->setToolTip(tr("Configuration, data provenance, curves, metrics and confusion matrix (a regression: coefficients "
                                "and predicted-vs-actual scatter) of the shown run."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!m_shownRun) return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the run report"), m_shownRun->name + QStringLiteral(".pdf"),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportReport(path, &error)) QMessageBox::warning(this, tr("Cannot export the report"), error);
    });
    resultsLayout->addWidget(exportButton, 0, Qt::AlignRight);
    m_tabs->addTab(results, tr("Results"));

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_chartTimer = new QTimer(this);
    m_chartTimer->setInterval(kChartRefreshMs);
    connect(m_chartTimer, &QTimer::timeout, this, [this] {
        const QList<TrainingChart *> charts = shownCharts();
        m_nextChart = (m_nextChart + 1) % int(charts.size());
        charts[m_nextChart]->refresh();
    });
    m_chartTimer->start();
    showChartsFor(false);

    connect(m_form, &TrainingRunForm::startRequested, this, &TrainingPage::startFromForm);
    connect(m_newRun, &QPushButton::clicked, this, [this] {
        m_form->reloadChoices();
        m_form->renewName();
        m_tabs->setCurrentWidget(m_form);
    });
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stopRun);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        QString error;
        if (!resumeRun(m_shownRunId, &error) && !error.isEmpty()) showBanner(error, true);
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        auto *dialog = new TrainingComparison(m_workspace, selectedRunIds(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(m_runs, &QTreeWidget::itemSelectionChanged, this, &TrainingPage::updateButtons);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, [this] {
        if (const qint64 id = selectedRunId()) showRun(id);
        updateButtons();
    });

    connect(m_session, &TrainingSession::runsChanged, this, &TrainingPage::refreshRuns);
    connect(m_session, &TrainingSession::runStarted, this, &TrainingPage::onStarted);
    connect(m_session, &TrainingSession::progress, this, &TrainingPage::onProgress);
    connect(m_session, &TrainingSession::metricPoints, this, [this](qint64 runId, const QList<MetricPoint> &points) {
        if (m_shownRunId == runId) appendPoints(points);
    });
    connect(m_session, &TrainingSession::evaluation, this, &TrainingPage::onEvaluation);
    connect(m_session, &TrainingSession::logLine, this, [this](qint64 runId, const QString &line) {
        if (runId == m_shownRunId) m_log->appendPlainText(line);
    });
    connect(m_session, &TrainingSession::finished, this, &TrainingPage::onFinished);
    connect(m_session, &TrainingSession::failed, this, &TrainingPage::onFailed);
    connect(m_session, &TrainingSession::runEnded, this, &TrainingPage::runEnded);

    refreshRuns();
    updateButtons();
}

TrainingPage::~TrainingPage()
{
    disconnect(m_session, nullptr, this, nullptr);
    m_session->shutdown();
}

void TrainingPage::startFromForm()
{
    const QString problem = m_form->problem();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot start the run"), problem);
        return;
    }
    lepton::TrainingConfig config;
    try {
        config = m_form->config();
    } catch (const std::exception &e) {
        QMessageBox::warning(this, tr("Cannot start the run"), QString::fromStdString(e.what()));
        return;
    }
    TrainingRun run = m_form->runRecord();
    const QStringList warnings = m_form->warnings();
    if (!warnings.isEmpty() &&
        QMessageBox::question(this, tr("Train on this data?"), tr("%1\n\nStart the run anyway?").arg(warnings.join(QLatin1Char('\n')))) !=
            QMessageBox::Yes)
        return;
    QString error;
    const QString accessProblem = m_session->confirmationNeeded(run, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot start the run"), error);
        return;
    }
    if (!accessProblem.isEmpty() && !askConfirmation(accessProblem, &run.confirmationNote)) return;
    if (!startRun(config, run, &error)) {
        QMessageBox::critical(this, tr("Cannot start the run"), error);
        return;
    }
    // The next run needs a name (and output folder) of its own.
    m_form->renewName();
}

bool TrainingPage::askConfirmation(const QString &problem, QString *note)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Confirm use of the data"),
        tr("%1\nTraining on this partner's data may no longer be allowed. If it is, say why; "
           "your note is recorded with the run.").arg(problem),
        QString(), &ok);
    if (!ok || reason.trimmed().isEmpty()) return false;
    *note = reason.trimmed();
    return true;
}

bool TrainingPage::startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error)
{
    return m_session->startRun(config, run, error);
}

bool TrainingPage::resumeRun(qint64 runId, QString *error)
{
    const std::optional<TrainingRun> run = TrainingRunRepository(m_workspace).find(runId, error);
    if (!run) return false;
    const QString problem = m_session->confirmationNeeded(*run, error);
    QString note;
    if (!problem.isEmpty() && !askConfirmation(problem, &note)) {
        if (error) error->clear();  // the user declined: nothing to report
        return false;
    }
    return m_session->resumeRun(runId, note, error);
}

void TrainingPage::stopRun()
{
    m_session->stopRun(m_shownRunId);
    m_stop->setEnabled(false);
}

void TrainingPage::onStarted(qint64 runId)
{
    showRun(runId);  // the stored curve of a resumed run, then live points
    m_status->setText(tr("Preparing data and model..."));
    m_progress->setRange(0, 0);  // busy until the first step
    m_tabs->setCurrentWidget(m_monitor);
}

void TrainingPage::onProgress(qint64 runId, const TrainingStepInfo &s)
{
    if (runId != m_shownRunId) return;
    m_progress->setRange(0, int(std::min<qint64>(s.totalSteps, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(s.step, INT_MAX)));
    m_status->setText(tr("Epoch %1 of %2, step %3 of %4 - loss %5 - learning rate %6 - %7 samples/s - %8 left")
                          .arg(s.epoch)
                          .arg(s.epochs)
                          .arg(s.step)
                          .arg(s.totalSteps)
                          .arg(s.loss, 0, 'f', 4)
                          .arg(s.learningRate, 0, 'g', 3)
                          .arg(s.samplesPerSecond, 0, 'f', 0)
                          .arg(duration(s.etaSeconds)));
}

void TrainingPage::appendPoints(const QList<MetricPoint> &points)
{
    for (const MetricPoint &p : points) {
        const double x = double(p.step);
        if (p.kind == QLatin1String(MetricPoint::kTrainLoss)) {
            m_lossChart->append(TrainLoss, x, p.value);
            m_lossChart->append(SmoothedLoss, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kValidationLoss)) {
            m_lossChart->append(ValidationLoss, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kAccuracy)) {
            m_qualityChart->append(Accuracy, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kMacroF1)) {
            m_qualityChart->append(MacroF1, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kLearningRate)) {
            m_rateChart->append(0, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kValidationRmse)) {
            m_errorChart->append(ModelRmse, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kValidationMae)) {
            m_errorChart->append(ModelMae, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kLinearRmse)) {
            m_errorChart->append(LinearRmse, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kLinearMae)) {
            m_errorChart->append(LinearMae, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kValidationR2)) {
            m_explainedChart->append(ModelR2, x, p.value);
        } else if (p.kind == QLatin1String(MetricPoint::kLinearR2)) {
            m_explainedChart->append(LinearR2, x, p.value);
        }
    }
}

void TrainingPage::onEvaluation(qint64 runId, const TrainingEvaluation &e)
{
    // A regression's results (a scatter, not a confusion matrix) are shown as it ends.
    if (e.best && m_shownRunId == runId && !e.metrics.regression) showResults(QString::fromStdString(e.metrics.toJson()));
}

void TrainingPage::onFinished(qint64 runId, const TrainingOutcome &o)
{
    if (runId != m_shownRunId) return;
    m_status->setText(TrainingSession::outcomeText(o));
    if (o.status != TrainingRun::Status::Stopped) m_progress->setValue(m_progress->maximum());
    // A regression's results are written as it ends (a classifier's come with each new best evaluation).
    if (!o.regressionModel.isEmpty())
        if (const std::optional<TrainingRun> run = TrainingRunRepository(m_workspace).find(runId)) showRegressionResults(*run);
}

void TrainingPage::onFailed(qint64 runId, const QString &message)
{
    if (runId != m_shownRunId) return;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(tr("Failed."));
    showBanner(tr("The run failed: %1\nFix the cause, then start a new run or resume this one.").arg(message), true);
}

void TrainingPage::showRun(qint64 runId)
{
    m_shownRunId = runId;
    const QList<TrainingChart *> every = {m_lossChart, m_qualityChart, m_rateChart, m_errorChart, m_explainedChart};
    for (TrainingChart *chart : every) chart->clearPoints();
    QString error;
    TrainingRunRepository runs(m_workspace);
    const std::optional<TrainingRun> run = runs.find(runId);
    showChartsFor(run && RegressionResults::isRegression(*run));
    appendPoints(runs.metricPoints(runId, {}, &error));
    if (!error.isEmpty()) showBanner(error, true);
    for (TrainingChart *chart : every) chart->refresh();
    m_shownRun = run;
    m_tryIt->setRun(run);
    m_log->setPlainText(m_session->log(runId).join(QLatin1Char('\n')));
    m_log->moveCursor(QTextCursor::End);
    // The list follows the shown run (one started from the form, too): Stop and Resume act on it.
    m_runs->blockSignals(true);
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_runs->topLevelItem(i);
        if (item->data(Name, Qt::UserRole).toLongLong() == runId && m_runs->currentItem() != item) m_runs->setCurrentItem(item);
    }
    m_runs->blockSignals(false);
    updateButtons();
    if (!run) return;
    if (m_regression) showRegressionResults(*run);
    else showResults(run->bestMetricsJson);
    // The progress bar belongs to a run in progress; a stored run shows its status instead.
    const bool training = m_session->isRunningHere(runId);
    m_progress->setVisible(training);
    if (training) {
        m_banner->hide();
    } else {
        m_status->setText(tr("Run \"%1\": %2").arg(run->name, statusText(*run)));
        if (run->status == TrainingRun::Status::Failed) showBanner(tr("The run failed: %1").arg(run->failureReason), true);
        else m_banner->hide();
    }
}

void TrainingPage::showChartsFor(bool regression)
{
    m_regression = regression;
    m_qualityChart->setVisible(!regression);
    m_rateChart->setVisible(!regression);
    m_errorChart->setVisible(regression);
    m_explainedChart->setVisible(regression);
    // The regression MLP learns the target standardised on the training rows; its validation
    // figures are in the label's unit, in the error chart.
    m_lossChart->setValueTitle(regression ? tr("Squared error (standardised)") : tr("Cross-entropy"));
    m_lossChart->setCurveShown(ValidationLoss, !regression);
    m_results->setCurrentWidget(regression ? static_cast<QWidget *>(m_regressionResults) : m_classificationResults);
}

QList<TrainingChart *> TrainingPage::shownCharts() const
{
    return m_regression ? QList<TrainingChart *>{m_lossChart, m_errorChart, m_explainedChart}
                        : QList<TrainingChart *>{m_lossChart, m_qualityChart, m_rateChart};
}

void TrainingPage::showRegressionResults(const TrainingRun &run)
{
    QString error;
    std::optional<RegressionResults> results = RegressionResults::of(run, &error);
    if (results) results->loadPredictions(run, &error);  // without them the figures still show
    if (!error.isEmpty()) showBanner(error, true);
    if (results) m_regressionResults->show(*results);
    else m_regressionResults->clear();
}

void TrainingPage::showResults(const QString &bestMetricsJson)
{
    m_report->clear();
    m_confusion->clear();
    m_report->setRowCount(0);
    m_confusion->setRowCount(0);
    m_confusion->setColumnCount(0);
    if (bestMetricsJson.isEmpty()) return;
    lepton::Metrics m;
    try {
        m = lepton::Metrics::fromJson(bestMetricsJson.toStdString());
    } catch (const std::exception &e) {
        showBanner(tr("The stored metrics of this run cannot be read: %1").arg(QString::fromStdString(e.what())), true);
        return;
    }
    m_report->setColumnCount(5);
    m_report->setHorizontalHeaderLabels({tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support")});
    const int n = int(m.classes.size());
    m_report->setRowCount(n + 2);
    auto number = [](double v) { return new QTableWidgetItem(QString::number(v, 'f', 4)); };
    for (int i = 0; i < n; ++i) {
        const lepton::ClassMetrics &c = m.classes[size_t(i)];
        m_report->setItem(i, 0, new QTableWidgetItem(QString::fromStdString(c.name)));
        m_report->setItem(i, 1, number(c.precision));
        m_report->setItem(i, 2, number(c.recall));
        m_report->setItem(i, 3, number(c.f1));
        m_report->setItem(i, 4, new QTableWidgetItem(QString::number(c.support)));
    }
    m_report->setItem(n, 0, new QTableWidgetItem(tr("Accuracy")));
    m_report->setItem(n, 3, number(m.accuracy));
    m_report->setItem(n, 4, new QTableWidgetItem(QString::number(m.examples)));
    m_report->setItem(n + 1, 0, new QTableWidgetItem(tr("Macro average")));
    m_report->setItem(n + 1, 3, number(m.macroF1));
    m_report->resizeColumnsToContents();

    // Heat map: each cell shaded by its share of the true class's examples.
    QStringList names;
    for (const auto &c : m.classes) names << QString::fromStdString(c.name);
    m_confusion->setRowCount(n);
    m_confusion->setColumnCount(n);
    m_confusion->setHorizontalHeaderLabels(names);
    m_confusion->setVerticalHeaderLabels(names);
    for (int t = 0; t < n && t < int(m.confusion.size()); ++t) {
        qint64 rowTotal = 0;
        for (const int64_t v : m.confusion[size_t(t)]) rowTotal += v;
        for (int p = 0; p < n && p < int(m.confusion[size_t(t)].size()); ++p) {
            const qint64 v = m.confusion[size_t(t)][size_t(p)];
            const double share = rowTotal ? double(v) / double(rowTotal) : 0.0;
            auto *item = new QTableWidgetItem(QString::number(v));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(QColor::fromHsvF(t == p ? 0.33 : 0.0, 0.15 + 0.75 * share, 1.0 - 0.25 * share));
            item->setToolTip(tr("%1 of the true \"%2\" examples predicted as \"%3\"").arg(v).arg(names[t], names[p]));
            m_confusion->setItem(t, p, item);
        }
    }
    m_confusion->resizeColumnsToContents();
}

void TrainingPage::refreshRuns()
{
    QString error;
    const QList<TrainingRun> runs = TrainingRunRepository(m_workspace).list(kRunsShown, 0, &error);
    if (!error.isEmpty()) showBanner(error, true);
    m_runs->blockSignals(true);
    m_runs->clear();
    for (const TrainingRun &run : runs) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setData(Name, Qt::UserRole, run.id);
        item->setText(Name, run.name);
        item->setText(Status, statusText(run));
        item->setToolTip(Status, run.failureReason);
        item->setText(Model, run.model);
        item->setText(Started, run.startedAt.isValid() ? QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat) : QString());
        if (!run.bestMetricsJson.isEmpty() && RegressionResults::isRegression(run)) {
            // The two best-figure columns show a regression's best RMSE and R², named in the cell.
            QString unreadable;
            const std::optional<RegressionResults> results = RegressionResults::of(run, &unreadable);
            if (const RegressionResults::Model *best = results ? results->best() : nullptr) {
                item->setText(BestAccuracy, tr("RMSE %1").arg(best->rmse, 0, 'f', 2));
                item->setText(BestMacroF1, tr("R² %1").arg(best->r2, 0, 'f', 4));
            } else {
                item->setText(BestAccuracy, tr("unreadable"));
            }
        } else if (!run.bestMetricsJson.isEmpty()) {
            try {
                const lepton::Metrics best = lepton::Metrics::fromJson(run.bestMetricsJson.toStdString());
                item->setText(BestAccuracy, QString::number(best.accuracy, 'f', 4));
                item->setText(BestMacroF1, QString::number(best.macroF1, 'f', 4));
            } catch (const std::exception &) {
                item->setText(BestAccuracy, tr("unreadable"));
            }
        }
        // The shown run stays selected, with its status as stored now (Resume follows it).
        if (run.id == m_shownRunId) {
            m_runs->setCurrentItem(item);
            m_shownRun = run;
        }
    }
    m_runs->blockSignals(false);
    updateButtons();
}

QString TrainingPage::statusText(const TrainingRun &run) const
{
    if (m_session->runsElsewhere(run)) return tr("Running on %1").arg(run.owner);
    return TrainingRun::statusLabel(run.status);
}

QList<qint64> TrainingPage::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_runs->selectedItems()) ids << item->data(Name, Qt::UserRole).toLongLong();
    return ids;
}

qint64 TrainingPage::selectedRunId() const
{
    const QTreeWidgetItem *item = m_runs->currentItem();
    return item ? item->data(Name, Qt::UserRole).toLongLong() : 0;
}

void TrainingPage::updateButtons()
{
    m_stop->setEnabled(m_session->isQueued(m_shownRunId));
    m_resume->setEnabled(m_shownRun && m_session->canResume(*m_shownRun));
    // TrainingSession resumes from a checkpoint when there is one, else starts the run afresh.
    const bool checkpoint = m_shownRun && lepton::Trainer::hasCheckpoint(m_shownRun->outputFolder.toStdString());
    m_resume->setToolTip(checkpoint || !m_shownRun ? tr("Continues a stopped or failed run from its last checkpoint.")
                                                   : tr("Starts this run again from the beginning: it has no checkpoint (it stopped "
                                                        "before writing one, or it fits table columns, which takes no checkpoint)."));
    m_compare->setEnabled(m_runs->selectedItems().size() >= 2);
}

void TrainingPage::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fde8e8; color: #8a1c1c; padding: 6px; border-radius: 4px;")
                                  : QStringLiteral("background: #e8f4fd; padding: 6px; border-radius: 4px;"));
    m_banner->show();
}

QString TrainingPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString TrainingPage::logText() const
{
    return m_log->toPlainText();
}

bool TrainingPage::exportReport(const QString &path, QString *error)
{
    if (!m_shownRun) {
        if (error) *error = tr("Choose a run in the list first.");
        return false;
    }
    // The stored record, so a run that ended since it was shown reports its final state.
    const std::optional<TrainingRun> run = TrainingRunRepository(m_workspace).find(m_shownRun->id, error);
    if (!run) return false;
    QList<QImage> charts;
    for (TrainingChart *chart : shownCharts()) {
        chart->refresh();
        QImage image(QSize(900, 380), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->render(&painter);
        charts << image;
    }
    const QImage scatter = m_regression ? m_regressionResults->scatterImage(QSize(600, 450)) : QImage();
    return TrainingReport(m_workspace, *run, charts, scatter).writePdf(path, error);
}
