// The Training page with real short runs (breast cancer MLP from the shared data) on a real workspace.
#include "BreastCancerRun.h"
#include "LaptopScreens.h"
#include "SharedData.h"
#include "TerminatedContract.h"
#include "TestLanguage.h"
#include "ui/training/AxisScale.h"
#include "ui/training/TrainingChart.h"
#include "ui/training/TrainingComparison.h"
#include "training/TrainingConfig.h"
#include "ui/training/TrainingCurve.h"
#include "ui/training/TrainingPage.h"
#include "ui/training/TrainingRunForm.h"
#include "models/repositories/TrainingRunRepository.h"
#include "ui/training/TrainingTryIt.h"
#include "training/Trainer.h"
#include "models/storage/Workspace.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <QFile>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QScrollArea>
#include <QMessageBox>
#include <QtTest>

class TestTrainingPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;

    TrainingRun record(const QString &name)
    {
        TrainingRun run;
        run.name = name;
        run.outputFolder = m_dir.filePath(name);
        return run;
    }

    QString statusShown(TrainingPage &page, const QString &name)
    {
        const QList<QTreeWidgetItem *> found = page.runList()->findItems(name, Qt::MatchExactly, 0);
        return found.isEmpty() ? QString() : found.first()->text(1);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_workspace.open(m_dir.filePath("workspace.sqlite"), &error), qPrintable(error));
    }

    void formPreviewsTheDataAndPicksColumns()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        TrainingRunForm form(m_workspace);
        QString error;
        QVERIFY2(form.setDataFile(csv, &error), qPrintable(error));
        QCOMPARE(form.findChild<QTableWidget *>()->rowCount(), 8);
        QCOMPARE(form.findChild<QTableWidget *>()->columnCount(), 31);
        QVERIFY(form.warnings().isEmpty());
        QVERIFY2(form.problem().isEmpty(), qPrintable(form.problem()));
        const lepton::TrainingConfig c = form.config();
        QCOMPARE(c.model, std::string("mlp"));
        QCOMPARE(c.labelColumn, std::string("diagnosis"));
        QCOMPARE(int(c.featureColumns.size()), 30);
        QVERIFY(c.outDir.find("/runs/") != std::string::npos);

        // A tiny, lopsided data set is flagged before anything is trained.
        QFile small(m_dir.filePath("small.csv"));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("text,label\n");
        for (int i = 0; i < 60; ++i) small.write(i < 57 ? "good film,pos\n" : "bad film,neg\n");
        small.close();
        QVERIFY(form.setDataFile(small.fileName(), &error));
        const QString warnings = form.warnings().join('\n');
        QVERIFY2(warnings.contains("only 3 examples") && warnings.contains("imbalanced"), qPrintable(warnings));

        QVERIFY(!form.setDataFile(m_dir.filePath("missing.csv"), &error));
        QVERIFY(error.contains("missing.csv"));
    }

    void runShowsLiveCurvesProgressAndResults()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        TrainingPage page(m_workspace);
        page.resize(1400, 900);
        page.show();
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QString error;
        QVERIFY2(page.startRun(breastCancerMlp(csv, 10), record("live"), &error), qPrintable(error));
        QVERIFY(page.isTraining());
        QCOMPARE(statusShown(page, "live"), TrainingRun::statusLabel(TrainingRun::Status::Queued));
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());
        QCOMPARE(statusShown(page, "live"), TrainingRun::statusLabel(TrainingRun::Status::Finished));
        QCOMPARE(page.progressBar()->value(), page.progressBar()->maximum());

        // Every step is in the chart, and the drawn curve follows.
        const int steps = page.progressBar()->maximum();
        QTRY_COMPARE(page.lossChart()->storedPoints(0), steps);
        QCOMPARE(page.rateChart()->storedPoints(0), steps);
        QCOMPARE(page.qualityChart()->storedPoints(0), 10);
        QTRY_COMPARE(page.lossChart()->drawnPoints(0), steps);

        // The best evaluation's report: two classes, then accuracy and macro average.
        QCOMPARE(page.reportTable()->rowCount(), 4);
        QCOMPARE(page.confusionTable()->rowCount(), 2);
        qint64 examples = 0;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c) examples += page.confusionTable()->item(r, c)->text().toLongLong();
        QCOMPARE(examples, page.reportTable()->item(2, 4)->text().toLongLong());

        // Try it: the first row of the data set (a malignant tumour) typed as feature values.
        QFile data(csv);
        QVERIFY(data.open(QIODevice::ReadOnly));
        data.readLine();
        QStringList firstRow = QString::fromUtf8(data.readLine()).trimmed().split(',');
        QCOMPARE(firstRow.takeLast(), QStringLiteral("malignant"));
        // The form has a field per feature, filled with that row; classifying it as shown finds the class.
        TrainingTryIt *tryIt = page.tryIt();
        QCOMPARE(tryIt->featureFields().size(), 30);
        QCOMPARE(tryIt->featureFields().first()->text(), firstRow.first());
        QSignalSpy answered(tryIt, &TrainingTryIt::answered);
        QTest::keyClick(tryIt->featureFields().first(), Qt::Key_Return);
        QVERIFY(answered.wait(30000));
        QVERIFY2(tryIt->result().startsWith("Predicted: malignant"), qPrintable(tryIt->result()));
        const auto answer = [&](auto classify) {
            answered.clear();
            classify();
            return answered.wait(30000) ? tryIt->result() : QStringLiteral("(no answer)");
        };
        QString shown = answer([&] { tryIt->classifyFeatures(firstRow); });
        QVERIFY2(shown.startsWith("Predicted: malignant"), qPrintable(shown));
        QStringList typo = firstRow;
        typo[3] = "12,5";
        shown = answer([&] { tryIt->classifyFeatures(typo); });
        QVERIFY2(shown.contains(tryIt->featureColumns()[3]) && shown.contains("not a number"), qPrintable(shown));
        shown = answer([&] { tryIt->classifyFeatures({"1", "2"}); });
        QVERIFY2(shown.contains("Give 30 feature values"), qPrintable(shown));
        shown = answer([&] { tryIt->classifyText("a text"); });
        QVERIFY2(shown.contains("reads feature values"), qPrintable(shown));

        // The run report as a PDF: configuration, provenance, metrics (text read back with pdftotext).
        const QString pdf = m_dir.filePath("live.pdf");
        QVERIFY2(page.exportReport(pdf, &error), qPrintable(error));
        QProcess toText;
        toText.start("pdftotext", {pdf, "-"});
        QVERIFY2(toText.waitForFinished(30000), "pdftotext (poppler-utils) is needed to read the report back");
        const QString text = QString::fromUtf8(toText.readAllStandardOutput());
        for (const char *expected : {"Training run \"live\"", "Data provenance", "SHA-256", "Macro average", "malignant", "Confusion matrix"})
            QVERIFY2(text.contains(expected), expected);

        // Reopening the finished run shows its stored curves.
        const qint64 id = TrainingRunRepository(m_workspace).list(1, 0).first().id;
        page.showRun(0);
        QCOMPARE(page.lossChart()->storedPoints(0), 0);
        page.showRun(id);
        QCOMPARE(page.lossChart()->storedPoints(0), steps);
        QCOMPARE(page.lossChart()->storedPoints(2), 10);
    }

    void brokenDataFailsWithAMessageAndTheNextQueuedRunStillTrains()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        QFile broken(m_dir.filePath("broken.csv"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("a,diagnosis\n1,benign\n\"2,malignant\n");
        broken.close();
        TrainingPage page(m_workspace);
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QString error;
        QVERIFY(page.startRun(breastCancerMlp(broken.fileName(), 2), record("broken"), &error));
        QVERIFY(page.startRun(breastCancerMlp(csv, 2), record("after-broken"), &error));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 60000);
        QCOMPARE(ended.at(0).at(1).value<TrainingRun::Status>(), TrainingRun::Status::Failed);
        QCOMPARE(ended.at(1).at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());
        QCOMPARE(statusShown(page, "broken"), TrainingRun::statusLabel(TrainingRun::Status::Failed));
        // Selecting the failed run says why it failed.
        page.runList()->setCurrentItem(page.runList()->findItems("broken", Qt::MatchExactly, 0).first());
        QVERIFY2(page.bannerText().contains("broken.csv"), qPrintable(page.bannerText()));
    }

    void stoppedRunResumesFromThePage()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        TrainingPage page(m_workspace);
        page.resize(1366, 768);
        page.show();
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QString error;
        QVERIFY(page.startRun(breastCancerMlp(csv, 300), record("resumable"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->value() > 100, 30000);
        QVERIFY(page.stopButton()->isEnabled());
        QTest::mouseClick(page.stopButton(), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Stopped);
        QTRY_VERIFY(!page.isTraining());
        // Resume is there at once, without choosing the run in the list again.
        QTRY_VERIFY(page.resumeButton()->isEnabled());
        const QString stoppedLog = page.logText();
        QVERIFY2(stoppedLog.contains("Stopped at step") && !stoppedLog.contains("--resume"), qPrintable(stoppedLog));
        QTest::mouseClick(page.resumeButton(), Qt::LeftButton);
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.last().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());
        QCOMPARE(page.lossChart()->storedPoints(0), page.progressBar()->maximum());
        // The log kept what came before the resume.
        QVERIFY2(page.logText().startsWith(stoppedLog.left(40)) && page.logText().contains("Resuming run"), qPrintable(page.logText()));

        // Overlay with the run before it ("after-broken", 2 epochs): one curve per run.
        const QList<TrainingRun> latest = TrainingRunRepository(m_workspace).list(2, 0);
        QCOMPARE(latest[1].name, QStringLiteral("after-broken"));
        TrainingComparison comparison(m_workspace, {latest[0].id, latest[1].id});
        QCOMPARE(comparison.lossChart()->storedPoints(0), page.progressBar()->maximum());
        QCOMPARE(comparison.lossChart()->storedPoints(1), TrainingRunRepository(m_workspace).metricPoints(latest[1].id, "train_loss").size());
        QCOMPARE(comparison.macroF1Chart()->storedPoints(0), 300);
        QCOMPARE(comparison.macroF1Chart()->storedPoints(1), 2);
    }

    // Loading a text file with numeric labels picks a text model, and Start twice in a row makes
    // two runs (each Start renews the name, so the second never finds a used output folder).
    void formChoosesTheModelFromTheColumnsAndStartsTwice()
    {
        REQUIRE_SHARED_DATA(csv, "text/mr/test.csv");
        TrainingPage page(m_workspace);
        page.resize(1366, 768);
        page.show();
        auto *form = page.findChild<TrainingRunForm *>();
        QString error;
        QVERIFY2(form->setDataFile(csv, &error), qPrintable(error));
        QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
        const lepton::TrainingConfig config = form->config();
        QCOMPARE(config.modelKind(), lepton::TrainingConfig::ModelKind::Scratch);
        QVERIFY2(!config.vocabFile.empty(), "a from-scratch model starts with the default vocabulary");
        // Its tooltip says what it is made of, the naive-Bayes prior included.
        auto *model = form->findChild<QComboBox *>(QStringLiteral("model"));
        QVERIFY2(model->currentData(Qt::ToolTipRole).toString().contains(QStringLiteral("naive-Bayes prior")),
                 qPrintable(model->currentData(Qt::ToolTipRole).toString()));

        QStringList dialogs;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                if (auto *box = qobject_cast<QMessageBox *>(modal)) dialogs << box->text();
                modal->close();
            }
        });
        closer.start(50);
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        const int before = TrainingRunRepository(m_workspace).count();
        QTest::mouseClick(form->startButton(), Qt::LeftButton);
        QTest::mouseClick(form->startButton(), Qt::LeftButton);
        QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join('\n')));
        QCOMPARE(TrainingRunRepository(m_workspace).count(), before + 2);
        const QList<TrainingRun> two = TrainingRunRepository(m_workspace).list(2, 0);
        QVERIFY(two[0].name != two[1].name && two[0].outputFolder != two[1].outputFolder);
        for (const TrainingRun &run : two) page.session()->stopRun(run.id);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isTraining(), 30000);
    }

    void newRunFitsLaptopScreensInBothLanguages_data()
    {
        addLaptopScreenRows();
    }

    void newRunFitsLaptopScreensInBothLanguages()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        QFETCH(QString, language);
        QFETCH(QSize, size);
        // Installed for the whole row: the data file's row counts are built after the page.
        TestLanguage translation(language);
        QVERIFY2(translation.installed() == (language == "zh_CN"), LEPTON_QM_FILE);
        TrainingPage page(m_workspace);
        auto *form = page.findChild<TrainingRunForm *>();
        QString error;
        QVERIFY(form->setDataFile(csv, &error));
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString start = form->startButton()->text();
        QCOMPARE(start == QStringLiteral("Start Training"), language == "en");
        // LEPTON_SCREENSHOTS=DIR: the form as checked, to look at.
        if (const QString dir = qEnvironmentVariable("LEPTON_SCREENSHOTS"); !dir.isEmpty())
            page.grab().save(QStringLiteral("%1/training-new-run-%2-%3x%4.png").arg(dir, language).arg(size.width()).arg(size.height()));

        // Start in view at once, with the groups scrolling above it.
        const QRect startRect(form->startButton()->mapTo(&page, QPoint(0, 0)), form->startButton()->size());
        QVERIFY2(page.rect().contains(startRect), qPrintable(start));
        QVERIFY(form->startButton()->isVisible());
        // One column that fits the width: no horizontal scrolling, no control cut at the right.
        QScrollArea *scroll = form->scrollArea();
        QVERIFY2(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->minimumSizeHint().width()).arg(scroll->viewport()->width())));
        for (QWidget *w : scroll->widget()->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w);
            if (!control || !w->isVisibleTo(scroll->widget()) || qobject_cast<QLineEdit *>(w->parentWidget())) continue;
            const QRect r(w->mapTo(scroll->widget(), QPoint(0, 0)), w->size());
            QVERIFY2(r.left() >= 0 && r.right() < scroll->viewport()->width(), qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName()));
            // File fields show their path, not "C...".
            if (qobject_cast<QLineEdit *>(w)) QVERIFY2(w->width() >= 200, qPrintable(QString::number(w->width())));
        }
        // The run list's buttons are whole too.
        for (QPushButton *b : {page.stopButton(), page.resumeButton()}) {
            const QRect r(b->mapTo(&page, QPoint(0, 0)), b->size());
            QVERIFY2(page.rect().contains(r) && b->width() >= b->minimumSizeHint().width(), qPrintable(b->text()));
        }
    }

    void runsForOneDeviceWaitAndAreNeverLeftQueued()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        QString error;
        qint64 longId = 0, waitingId = 0, withdrawnId = 0;
        {
            TrainingPage page(m_workspace);
            QSignalSpy ended(&page, &TrainingPage::runEnded);
            lepton::TrainingConfig cpu = breastCancerMlp(csv, 300);
            cpu.device = "cpu";
            QVERIFY(page.startRun(cpu, record("long"), &error));
            QVERIFY(page.startRun(cpu, record("waiting"), &error));
            QVERIFY(page.startRun(cpu, record("withdrawn"), &error));
            const QList<TrainingRun> latest = TrainingRunRepository(m_workspace).list(3, 0);
            withdrawnId = latest[0].id;
            waitingId = latest[1].id;
            longId = latest[2].id;
            QCOMPARE(page.queue().runningRuns(), QList<qint64>({longId}));
            QCOMPARE(page.queue().waitingRuns(), QList<qint64>({waitingId, withdrawnId}));
            QCOMPARE(statusShown(page, "waiting"), TrainingRun::statusLabel(TrainingRun::Status::Queued));

            // Stop on a waiting run takes it out of the queue at once.
            page.showRun(withdrawnId);
            page.stopRun();
            QCOMPARE(ended.count(), 1);
            QCOMPARE(page.queue().waitingRuns(), QList<qint64>({waitingId}));
            QCOMPARE(TrainingRunRepository(m_workspace).find(withdrawnId)->status, TrainingRun::Status::Stopped);
        }  // closing the page: the running run stops, the waiting one is recorded as never started
        QCOMPARE(TrainingRunRepository(m_workspace).find(longId)->status, TrainingRun::Status::Stopped);
        const TrainingRun waiting = *TrainingRunRepository(m_workspace).find(waitingId);
        QCOMPARE(waiting.status, TrainingRun::Status::Stopped);
        QVERIFY2(waiting.failureReason.contains("before it started"), qPrintable(waiting.failureReason));
        QVERIFY(!waiting.startedAt.isValid());

        // Resuming a run that never started starts it from the beginning.
        TrainingPage page(m_workspace);
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QVERIFY(!lepton::Trainer::hasCheckpoint(waiting.outputFolder.toStdString()));
        QVERIFY2(page.resumeRun(waitingId, &error), qPrintable(error));
        QVERIFY(!page.resumeRun(waitingId, &error));  // already queued
        QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->value() > 20, 30000);
        page.stopRun();
        QVERIFY(ended.wait(10000));
        QTRY_VERIFY(!page.isTraining());
        const TrainingRun started = *TrainingRunRepository(m_workspace).find(waitingId);
        QCOMPARE(started.status, TrainingRun::Status::Stopped);
        QVERIFY(started.startedAt.isValid());
        QCOMPARE(TrainingRunRepository(m_workspace).metricPoints(waitingId, "train_loss").first().step, 1);
        QVERIFY(lepton::Trainer::hasCheckpoint(started.outputFolder.toStdString()));
    }

    void dataUnderATerminatedContractNeedsAConfirmationThatIsRecorded()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        QString error;
        TerminatedContract terminated;
        QVERIFY2(terminated.create(m_workspace, "DS-2024-03", &error), qPrintable(error));
        const Contract &c = terminated.contract;
        const Partner &hospital = terminated.hospital;

        TrainingPage page(m_workspace);
        auto *form = page.findChild<TrainingRunForm *>();
        form->reloadChoices();
        QVERIFY(form->setDataFile(csv, &error));
        auto *contract = form->findChild<QComboBox *>("contract");
        contract->setCurrentIndex(contract->findData(c.id));
        QCOMPARE(form->findChild<QComboBox *>("partner")->currentText(), hospital.name);

        // The confirmation asks why; cancelling it starts nothing.
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        const int before = TrainingRunRepository(m_workspace).count();
        QTimer::singleShot(0, this, [] { QApplication::activeModalWidget()->close(); });
        form->startButton()->click();
        QCOMPARE(TrainingRunRepository(m_workspace).count(), before);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue("Partner allowed a final evaluation run by mail of 2026-01-05.");
            dialog->accept();
        });
        form->startButton()->click();
        QCOMPARE(TrainingRunRepository(m_workspace).count(), before + 1);
        const TrainingRun run = TrainingRunRepository(m_workspace).list(1, 0).first();
        QCOMPARE(run.contractId, c.id);
        QCOMPARE(run.partnerId, hospital.id);
        QVERIFY2(run.confirmationNote.contains("terminated") && run.confirmationNote.contains("final evaluation run"),
                 qPrintable(run.confirmationNote));
        QCOMPARE(run.dataFingerprint.size(), 64);
        page.stopRun();
        QVERIFY(ended.wait(60000));
    }

    void chartsTickAtRoundNumbersFromZeroAndShowASingleEvaluation()
    {
        const auto round = [](const AxisScale &scale) {
            const double leading = scale.step / std::pow(10.0, std::floor(std::log10(scale.step) + 1e-9));
            const bool roundStep = std::abs(leading - 1) < 1e-9 || std::abs(leading - 2) < 1e-9 || std::abs(leading - 5) < 1e-9;
            const double ticks = (scale.max - scale.min) / scale.step;
            return roundStep && std::abs(scale.min / scale.step - std::round(scale.min / scale.step)) < 1e-6 &&
                   std::abs(ticks - std::round(ticks)) < 1e-6;
        };
        TrainingChart loss("Loss", "Cross-entropy");
        const int curve = loss.addCurve("Training loss");
        loss.setEmptyText("The loss appears here.");
        loss.resize(600, 300);
        loss.show();
        QCOMPARE(loss.emptyTextShown(), QStringLiteral("The loss appears here."));
        for (int step = 1; step <= 2168; ++step) loss.append(curve, step, 0.02 + 0.7 / step);
        loss.refresh();
        QVERIFY(loss.emptyTextShown().isEmpty());
        QCOMPARE(loss.stepScale().min, 0.0);
        QVERIFY(loss.stepScale().max >= 2168);
        QVERIFY2(round(loss.stepScale()), qPrintable(QString::number(loss.stepScale().step)));
        QCOMPARE(loss.valueScale().min, 0.0);  // a loss axis never goes below 0
        QVERIFY(round(loss.valueScale()) && loss.valueScale().max >= 0.72);

        // A learning rate peaking at 0.001005: round ticks from 0, printed with the decimals they need.
        TrainingChart rate("Learning rate", "Rate");
        const int lr = rate.addCurve("Learning rate");
        for (int step = 1; step <= 1084; ++step) rate.append(lr, step, 0.001005 * std::min(1.0, (1084.0 - step) / 900.0 + 0.01));
        rate.refresh();
        QCOMPARE(rate.valueScale().min, 0.0);
        QVERIFY2(round(rate.valueScale()), qPrintable(QString::number(rate.valueScale().step)));
        QVERIFY(rate.valueScale().max >= 0.001005 && rate.valueScale().decimals() >= 3);

        // One evaluation: a dot on a real range, not an empty chart ticked "300 300 300 301".
        TrainingChart quality("Validation quality", "Score", TrainingChart::Values::Score);
        const int accuracy = quality.addCurve("Accuracy");
        quality.resize(600, 300);
        quality.show();
        quality.append(accuracy, 300, 0.755);
        quality.refresh();
        QCOMPARE(quality.drawnPoints(accuracy), 1);
        QCOMPARE(quality.stepScale().min, 0.0);
        QVERIFY(quality.stepScale().max >= 300 && quality.stepScale().step >= 50 && round(quality.stepScale()));
        // A wobble of a few thousandths keeps an axis at least 0.1 wide, inside [0, 1].
        quality.append(accuracy, 600, 0.752);
        quality.append(accuracy, 900, 0.758);
        quality.refresh();
        QVERIFY(quality.valueScale().max - quality.valueScale().min >= 0.1 - 1e-9);
        QVERIFY(quality.valueScale().min <= 0.752 && quality.valueScale().max >= 0.758 && quality.valueScale().max <= 1.0);
        QVERIFY(round(quality.valueScale()));
    }

    void chartsDrawADecimatedCurveButKeepEveryPoint()
    {
        TrainingChart chart("Loss", "Cross-entropy");
        chart.resize(800, 400);
        chart.show();
        const int curve = chart.addCurve("Training loss");
        for (int step = 1; step <= 100000; ++step) chart.append(curve, step, step == 77777 ? 9.0 : 1.0 / std::sqrt(double(step)));
        chart.refresh();
        QCOMPARE(chart.storedPoints(curve), 100000);
        QVERIFY2(chart.drawnPoints(curve) <= 2 * 800, qPrintable(QString::number(chart.drawnPoints(curve))));

        TrainingCurve data;
        for (int step = 1; step <= 100000; ++step) data.append(step, step == 77777 ? 9.0 : 1.0 / std::sqrt(double(step)));
        const QVector<QPointF> drawn = data.decimated(500);
        QVERIFY(drawn.size() <= 1000);
        QVERIFY(std::any_of(drawn.begin(), drawn.end(), [](const QPointF &p) { return p.y() == 9.0; }));  // the spike survives
        QCOMPARE(drawn.first(), QPointF(1, 1.0));
        QCOMPARE(drawn.last().x(), 100000.0);
        QVERIFY(std::is_sorted(drawn.begin(), drawn.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));

        TrainingCurve resumed;
        for (int step = 1; step <= 10; ++step) resumed.append(step, 1.0);
        resumed.append(6, 0.5);  // a resumed run repeats steps 6.. from an older checkpoint
        QCOMPARE(resumed.size(), 6);
        QCOMPARE(resumed.points().last(), QPointF(6, 0.5));

        TrainingCurve smooth(0.9);
        smooth.append(1, 2.0);
        QCOMPARE(smooth.points().first().y(), 2.0);  // debiased: the first value is not pulled towards zero
        smooth.append(2, 0.0);
        QVERIFY(smooth.points().last().y() > 0.5 && smooth.points().last().y() < 2.0);
    }
};

QTEST_MAIN(TestTrainingPage)
#include "tst_trainingpage.moc"
