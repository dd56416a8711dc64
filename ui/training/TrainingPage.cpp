#include "ui/training/TrainingPage.h"

#include "models/records/Contract.h"
#include "models/repositories/ContractRepository.h"
#include "training/Metrics.h"
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
#include <QDate>
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
#include <QTabWidget>
#include <QTextCursor>
#include <QTableWidget>
#include <QThread>
#include <QTime>
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
constexpr int kLogLinesKept = 5000;  // per run, as the log pane shows them

enum RunColumn { Name, Status, Model, Started, BestAccuracy, BestMacroF1, ColumnCount };
enum LossCurve { TrainLoss, SmoothedLoss, ValidationLoss };
enum QualityCurve { Accuracy, MacroF1 };

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TrainingPage::TrainingPage(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
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
    m_qualityChart = new TrainingChart(tr("Validation quality"), tr("Score"));
    m_qualityChart->addCurve(tr("Accuracy"));
    m_qualityChart->addCurve(tr("Macro-F1"));
    m_rateChart = new TrainingChart(tr("Learning rate"), tr("Rate"));
    m_rateChart->addCurve(tr("Learning rate"));
    charts->addWidget(m_lossChart, 0, 0);
    charts->addWidget(m_qualityChart, 0, 1);
    charts->addWidget(m_rateChart, 1, 0);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLinesKept);
    charts->addWidget(m_log, 1, 1);
    monitor->addLayout(charts, 1);
    m_tabs->addTab(m_monitor, tr("Progress"));

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(new QLabel(tr("Classification report of the best evaluation")));
    m_report = new QTableWidget;
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->verticalHeader()->setVisible(false);
    resultsLayout->addWidget(m_report, 1);
    resultsLayout->addWidget(new QLabel(tr("Confusion matrix (rows: true class, columns: predicted class)")));
    m_confusion = new QTableWidget;
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Cells large enough to read the heat map at a glance.
    m_confusion->horizontalHeader()->setMinimumSectionSize(72);
    m_confusion->verticalHeader()->setDefaultSectionSize(40);
    resultsLayout->addWidget(m_confusion, 1);
    m_tryIt = new TrainingTryIt;
    resultsLayout->addWidget(m_tryIt);
    auto *exportButton = new QPushButton(tr("Export Report as PDF..."));
    exportButton->setToolTip(tr("Configuration, data provenance, curves, metrics and confusion matrix of the shown run."));
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
        TrainingChart *const charts[] = {m_lossChart, m_qualityChart, m_rateChart};
        charts[m_nextChart]->refresh();
        m_nextChart = (m_nextChart + 1) % 3;
    });
    m_chartTimer->start();

    connect(m_form, &TrainingRunForm::startRequested, this, &TrainingPage::startFromForm);
    connect(m_newRun, &QPushButton::clicked, this, [this] {
        m_form->reloadChoices();
        m_tabs->setCurrentWidget(m_form);
    });
    connect(m_stop, &QPushButton::clicked, this, &TrainingPage::stopRun);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        QString error;
        if (!resumeRun(selectedRunId(), &error)) showBanner(error, true);
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

    // Runs left "running" belong to a session that closed or crashed: they can be resumed.
    QString error;
    TrainingRunRepository(m_workspace).markInterruptedRunsStopped(&error);
    if (!error.isEmpty()) showBanner(error, true);
    refreshRuns();
    updateButtons();
}

TrainingPage::~TrainingPage()
{
    for (TrainingWorker *worker : std::as_const(m_workers)) {
        disconnect(worker, nullptr, this, nullptr);
        worker->requestStop();
    }
    // Runs still waiting will not start in this session: the history says so, and they can be resumed.
    TrainingRunRepository runs(m_workspace);
    for (const qint64 runId : m_queue.waitingRuns()) {
        QString error;
        runs.markEnded(runId, TrainingRun::Status::Stopped, tr("Taken out of the queue before it started; resume it to start it."), {},
                       &error);
    }
    // The current threads and any that are still winding down after their run ended.
    for (QThread *thread : findChildren<QThread *>()) {
        thread->quit();
        thread->wait();
    }
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
    if (run.contractId) {
        QString error;
        const std::optional<Contract> contract = ContractRepository(m_workspace).find(run.contractId, &error);
        if (!contract) {
            QMessageBox::warning(this, tr("Cannot start the run"), error);
            return;
        }
        const QString accessProblem = TrainingRun::dataAccessProblem(*contract, QDate::currentDate());
        if (!accessProblem.isEmpty()) {
            bool ok = false;
            const QString note = QInputDialog::getMultiLineText(
                this, tr("Confirm use of the data"),
                tr("%1\nTraining on this partner's data may no longer be allowed. If it is, say why; "
                   "your note is recorded with the run.").arg(accessProblem),
                QString(), &ok);
            if (!ok || note.trimmed().isEmpty()) return;
            run.confirmationNote = tr("%1 Confirmed by %2: %3").arg(accessProblem, m_workspace.userName(), note.trimmed());
        }
    }
    QString error;
    if (!startRun(config, run, &error)) QMessageBox::critical(this, tr("Cannot start the run"), error);
}

bool TrainingPage::startRun(const lepton::TrainingConfig &config, TrainingRun run, QString *error)
{
    if (run.outputFolder.isEmpty()) {
        if (error) *error = tr("Choose an output folder for the run.");
        return false;
    }
    lepton::TrainingConfig c = config;
    c.outDir = run.outputFolder.toStdString();
    run.configJson = QString::fromStdString(c.toJson());
    run.dataFile = QString::fromStdString(c.trainFile);
    run.model = QString::fromStdString(c.model);
    run.dataFingerprint = TrainingRun::fingerprintOf(run.dataFile, error);
    if (run.dataFingerprint.isEmpty()) return false;
    run.status = TrainingRun::Status::Queued;
    if (!TrainingRunRepository(m_workspace).create(run, error)) return false;
    enqueue(run.id, false, QString::fromStdString(c.device));
    return true;
}

bool TrainingPage::resumeRun(qint64 runId, QString *error)
{
    TrainingRunRepository runs(m_workspace);
    const std::optional<TrainingRun> run = runs.find(runId, error);
    if (!run) return false;
    if (!run->canResume() || m_queue.isQueued(runId)) {
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
    if (!runs.markQueued(runId, error)) return false;
    // A run stopped before its first checkpoint (or never started) starts again from the beginning.
    enqueue(runId, lepton::Trainer::hasCheckpoint(run->outputFolder.toStdString()), QString::fromStdString(config.device));
    return true;
}

void TrainingPage::enqueue(qint64 runId, bool resume, const QString &configuredDevice)
{
    m_queue.enqueue({runId, resume, TrainingQueue::deviceOf(configuredDevice)});
    refreshRuns();
    startNext();
}

void TrainingPage::stopRun()
{
    const qint64 runId = m_shownRunId;
    if (TrainingWorker *worker = m_workers.value(runId)) {
        worker->requestStop();
        appendLog(runId, tr("Stopping: the run writes a checkpoint and ends within a second."));
    } else if (m_queue.withdraw(runId)) {
        QString error;
        if (!TrainingRunRepository(m_workspace)
                 .markEnded(runId, TrainingRun::Status::Stopped, tr("Taken out of the queue before it started; resume it to start it."), {},
                            &error))
            showBanner(error, true);
        emit runEnded(runId, TrainingRun::Status::Stopped);
        refreshRuns();
    }
    m_stop->setEnabled(false);
}

void TrainingPage::startNext()
{
    for (const TrainingQueue::Entry &entry : m_queue.takeStartable()) startWorker(entry);
    updateButtons();
}

void TrainingPage::startWorker(const TrainingQueue::Entry &entry)
{
    const qint64 runId = entry.runId;
    auto *thread = new QThread(this);
    auto *worker = new TrainingWorker(m_workspace.path(), runId, entry.resume ? TrainingWorker::Mode::Resume : TrainingWorker::Mode::Start);
    m_workers.insert(runId, worker);
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &TrainingWorker::run);
    connect(worker, &TrainingWorker::done, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Each signal carries its run, so that the page follows whichever run it shows.
    connect(worker, &TrainingWorker::started, this, [this] { refreshRuns(); });
    connect(worker, &TrainingWorker::progress, this, [this, runId](const TrainingStepInfo &s) { onProgress(runId, s); });
    connect(worker, &TrainingWorker::metricPoints, this, [this, runId](const QList<MetricPoint> &points) {
        if (m_shownRunId == runId) appendPoints(points);
    });
    connect(worker, &TrainingWorker::evaluation, this, [this, runId](const TrainingEvaluation &e) { onEvaluation(runId, e); });
    connect(worker, &TrainingWorker::logLine, this, [this, runId](const QString &line) { appendLog(runId, line); });
    connect(worker, &TrainingWorker::finished, this, [this, runId](const TrainingOutcome &o) { onFinished(runId, o); });
    connect(worker, &TrainingWorker::failed, this, [this, runId](const QString &message) { onFailed(runId, message); });
    connect(worker, &TrainingWorker::done, this, [this, runId] { onDone(runId); });

    m_logs.remove(runId);
    appendLog(runId, entry.resume ? tr("Resuming run %1 on the %2 from its last checkpoint.").arg(runId).arg(entry.device.toUpper())
                                  : tr("Starting run %1 on the %2.").arg(runId).arg(entry.device.toUpper()));
    showRun(runId);  // the stored curve of a resumed run, then live points
    m_status->setText(tr("Preparing data and model..."));
    m_progress->setRange(0, 0);  // busy until the first step
    m_tabs->setCurrentWidget(m_monitor);
    thread->start();
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
        }
    }
}

void TrainingPage::onEvaluation(qint64 runId, const TrainingEvaluation &e)
{
    appendLog(runId, tr("Evaluation at step %1 (epoch %2): loss %3, accuracy %4, macro-F1 %5%6")
                  .arg(e.step)
                  .arg(e.epoch)
                  .arg(e.metrics.loss, 0, 'f', 4)
                  .arg(e.metrics.accuracy, 0, 'f', 4)
                  .arg(e.metrics.macroF1, 0, 'f', 4)
                  .arg(e.best ? tr(" - new best model") : QString()));
    if (e.best && m_shownRunId == runId) {
        m_tryIt->forgetModel();  // best/ was rewritten
        showResults(QString::fromStdString(e.metrics.toJson()));
    }
}

void TrainingPage::onFinished(qint64 runId, const TrainingOutcome &o)
{
    const bool stopped = o.status == TrainingRun::Status::Stopped;
    QString text = stopped ? tr("Stopped at step %1; resume it to continue from the checkpoint.").arg(o.steps)
                           : tr("Finished after %1 steps (%2 epochs)%3.").arg(o.steps).arg(o.epochsDone).arg(o.earlyStopped ? tr(", stopped early") : QString());
    if (o.hasEvaluation)
        text += QLatin1Char(' ') + tr("Best: accuracy %1, macro-F1 %2. Model in %3.")
                                      .arg(o.best.accuracy, 0, 'f', 4)
                                      .arg(o.best.macroF1, 0, 'f', 4)
                                      .arg(o.bestFolder);
    appendLog(runId, text);
    if (runId == m_shownRunId) {
        m_status->setText(text);
        if (!stopped) m_progress->setValue(m_progress->maximum());
    }
    emit runEnded(runId, o.status);
}

void TrainingPage::onFailed(qint64 runId, const QString &message)
{
    appendLog(runId, tr("Failed: %1").arg(message));
    if (runId == m_shownRunId) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Failed."));
        showBanner(tr("The run failed: %1\nFix the cause, then start a new run or resume this one.").arg(message), true);
    }
    emit runEnded(runId, TrainingRun::Status::Failed);
}

void TrainingPage::onDone(qint64 runId)
{
    // done() was the worker's last word; its thread quits and deletes itself without the GUI
    // waiting for it (a low-priority thread on a busy CPU may take a while to be scheduled).
    m_workers.remove(runId);
    m_queue.finish(runId);
    refreshRuns();
    startNext();
}

void TrainingPage::showRun(qint64 runId)
{
    m_shownRunId = runId;
    for (TrainingChart *chart : {m_lossChart, m_qualityChart, m_rateChart}) chart->clearPoints();
    QString error;
    TrainingRunRepository runs(m_workspace);
    appendPoints(runs.metricPoints(runId, {}, &error));
    if (!error.isEmpty()) showBanner(error, true);
    for (TrainingChart *chart : {m_lossChart, m_qualityChart, m_rateChart}) chart->refresh();
    const std::optional<TrainingRun> run = runs.find(runId);
    m_shownRun = run;
    m_tryIt->setRun(run);
    m_log->setPlainText(m_logs.value(runId).join(QLatin1Char('\n')));
    m_log->moveCursor(QTextCursor::End);
    updateButtons();
    if (!run) return;
    showResults(run->bestMetricsJson);
    // The progress bar belongs to a run in progress; a stored run shows its status instead.
    m_progress->setVisible(m_workers.contains(runId));
    if (m_workers.contains(runId)) {
        m_banner->hide();
    } else {
        m_status->setText(tr("Run \"%1\": %2").arg(run->name, TrainingRun::statusLabel(run->status)));
        if (run->status == TrainingRun::Status::Failed) showBanner(tr("The run failed: %1").arg(run->failureReason), true);
        else m_banner->hide();
    }
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
    const qint64 selected = selectedRunId();
    QString error;
    const QList<TrainingRun> runs = TrainingRunRepository(m_workspace).list(kRunsShown, 0, &error);
    if (!error.isEmpty()) showBanner(error, true);
    m_runs->blockSignals(true);
    m_runs->clear();
    for (const TrainingRun &run : runs) {
        auto *item = new QTreeWidgetItem(m_runs);
        item->setData(Name, Qt::UserRole, run.id);
        item->setText(Name, run.name);
        item->setText(Status, TrainingRun::statusLabel(run.status));
        item->setToolTip(Status, run.failureReason);
        item->setText(Model, run.model);
        item->setText(Started, run.startedAt.isValid() ? QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat) : QString());
        if (!run.bestMetricsJson.isEmpty()) {
            try {
                const lepton::Metrics best = lepton::Metrics::fromJson(run.bestMetricsJson.toStdString());
                item->setText(BestAccuracy, QString::number(best.accuracy, 'f', 4));
                item->setText(BestMacroF1, QString::number(best.macroF1, 'f', 4));
            } catch (const std::exception &) {
                item->setText(BestAccuracy, tr("unreadable"));
            }
        }
        if (run.id == selected) m_runs->setCurrentItem(item);
    }
    m_runs->blockSignals(false);
    updateButtons();
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
    m_stop->setEnabled(m_queue.isQueued(m_shownRunId));
    const QTreeWidgetItem *item = m_runs->currentItem();
    const bool resumable = item && !m_queue.isQueued(selectedRunId()) &&
                           (item->text(Status) == TrainingRun::statusLabel(TrainingRun::Status::Stopped) ||
                            item->text(Status) == TrainingRun::statusLabel(TrainingRun::Status::Failed));
    m_resume->setEnabled(resumable);
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

void TrainingPage::appendLog(qint64 runId, const QString &line)
{
    QStringList &lines = m_logs[runId];
    lines << QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), line);
    if (lines.size() > kLogLinesKept) lines.removeFirst();
    if (runId == m_shownRunId) m_log->appendPlainText(lines.last());
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
    for (TrainingChart *chart : {m_lossChart, m_qualityChart, m_rateChart}) {
        chart->refresh();
        QImage image(QSize(900, 380), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart->render(&painter);
        charts << image;
    }
    return TrainingReport(m_workspace, *run, charts).writePdf(path, error);
}
