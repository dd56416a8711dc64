// The Training page with real short runs (breast cancer MLP from the shared data) on a real workspace.
#include "BreastCancerRun.h"
#include "SharedData.h"
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
        tryIt->featureFields().first()->returnPressed();
        QVERIFY2(tryIt->result().startsWith("Predicted: malignant"), qPrintable(tryIt->result()));
        QVERIFY2(tryIt->classifyFeatures(firstRow).startsWith("Predicted: malignant"), qPrintable(tryIt->classifyFeatures(firstRow)));
        QStringList typo = firstRow;
        typo[3] = "12,5";
        const QString refused = tryIt->classifyFeatures(typo);
        QVERIFY2(refused.contains(tryIt->featureColumns()[3]) && refused.contains("not a number"), qPrintable(refused));
        QVERIFY2(tryIt->classifyFeatures({"1", "2"}).contains("Give 30 feature values"), qPrintable(tryIt->classifyFeatures({"1", "2"})));
        QVERIFY2(tryIt->classifyText("a text").contains("reads feature values"), qPrintable(tryIt->classifyText("a text")));

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
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QString error;
        QVERIFY(page.startRun(breastCancerMlp(csv, 300), record("resumable"), &error));
        QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->value() > 100, 30000);
        page.stopRun();
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Stopped);
        QTRY_VERIFY(!page.isTraining());
        const qint64 id = TrainingRunRepository(m_workspace).list(1, 0).first().id;
        QVERIFY2(page.resumeRun(id, &error), qPrintable(error));
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.last().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());
        QCOMPARE(page.lossChart()->storedPoints(0), page.progressBar()->maximum());

        // Overlay with the run before it ("after-broken", 2 epochs): one curve per run.
        const QList<TrainingRun> latest = TrainingRunRepository(m_workspace).list(2, 0);
        QCOMPARE(latest[1].name, QStringLiteral("after-broken"));
        TrainingComparison comparison(m_workspace, {latest[0].id, latest[1].id});
        QCOMPARE(comparison.lossChart()->storedPoints(0), page.progressBar()->maximum());
        QCOMPARE(comparison.lossChart()->storedPoints(1), TrainingRunRepository(m_workspace).metricPoints(latest[1].id, "train_loss").size());
        QCOMPARE(comparison.macroF1Chart()->storedPoints(0), 300);
        QCOMPARE(comparison.macroF1Chart()->storedPoints(1), 2);
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
        Partner hospital;
        hospital.name = "Westlake Hospital";
        hospital.rating = 4;
        QVERIFY2(PartnerRepository(m_workspace).create(hospital, &error), qPrintable(error));
        Contract c;
        c.reference = "DS-2024-03";
        c.title = "Imaging data";
        c.mode = CooperationMode::DataSharing;
        c.partyIds = {hospital.id};
        c.startDate = QDate(2024, 1, 1);
        c.endDate = QDate(2025, 12, 31);
        c.totalValue = Money(0, "CNY");
        c.status = ContractStatus::Terminated;
        QVERIFY2(ContractRepository(m_workspace).create(c, &error), qPrintable(error));

        TrainingPage page(m_workspace);
        auto *form = page.findChild<TrainingRunForm *>();
        form->reloadChoices();
        QVERIFY(form->setDataFile(csv, &error));
        auto *contract = form->findChild<QComboBox *>("contract");
        contract->setCurrentIndex(contract->findData(c.id));
        QCOMPARE(form->findChild<QComboBox *>("partner")->currentText(), QStringLiteral("Westlake Hospital"));

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
