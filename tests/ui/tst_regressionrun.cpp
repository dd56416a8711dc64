// A regression run on the Training page, driven as a user does at laptop sizes in both languages:
// the diabetes CSV (DiabetesCsv), the label column and the task chosen with the keyboard, Start
// clicked; then the live RMSE/MAE/R^2 curves, the predicted-vs-actual scatter, the residuals, the
// coefficients, try-it's number and the PDF report. Then a regression of texts: SMS messages'
// spam score (1 spam, 0 ham) learnt by a from-scratch text model chosen in the same form.
#include "DiabetesCsv.h"
#include "LaptopScreens.h"
#include "SharedData.h"
#include "SpamScores.h"
#include "TestLanguage.h"
#include "models/storage/Workspace.h"
#include "session/TrainingWorker.h"
#include "ui/training/RegressionResultsView.h"
#include "ui/training/TrainingChart.h"
#include "ui/training/TrainingComparison.h"
#include "ui/training/TrainingPage.h"
#include "ui/training/TrainingRunForm.h"
#include "ui/training/TrainingTryIt.h"

#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QProgressBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

namespace {

// A Training page on a workspace of its own, shown at a laptop screen's size.
struct ShownPage {
    Workspace workspace;
    std::unique_ptr<TrainingPage> page;

    // Empty, or what went wrong.
    QString open(const QString &workspacePath, const QSize &size)
    {
        QString error;
        if (!workspace.open(workspacePath, &error)) return error;
        page = std::make_unique<TrainingPage>(workspace);
        page->resize(size);
        page->show();
        return QTest::qWaitForWindowExposed(page.get()) ? QString() : QStringLiteral("the page was never shown");
    }
};

QScatterSeries *dots(QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) return scatter;
    return nullptr;
}

// The widget lies inside the window, whole.
bool inside(QWidget *window, QWidget *w)
{
    return window->rect().contains(QRect(w->mapTo(window, QPoint(0, 0)), w->size()));
}

void chooseByKeyboard(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClicks(combo, text);
}

}  // namespace

class TestRegressionRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;

private slots:
    void initTestCase()
    {
        m_csv = m_dir.filePath("diabetes.csv");
        QString error;
        QVERIFY2(DiabetesCsv::write(m_csv, 0, DiabetesCsv::kRows, &error), qPrintable(error));
    }

    void regressionRunFromFormToReport_data()
    {
        addLaptopScreenRows();
    }

    void regressionRunFromFormToReport()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString tag = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
        TestLanguage translation(language);
        QCOMPARE(translation.installed(), language == QLatin1String("zh_CN"));
        ShownPage shown;
        QString error = shown.open(m_dir.filePath(tag + ".sqlite"), size);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TrainingPage &page = *shown.page;
        auto *form = page.findChild<TrainingRunForm *>();
        QVERIFY2(form->setDataFile(m_csv, &error), qPrintable(error));

        // The last column, a score from 25 to 346, is taken for the label and a number to predict.
        QComboBox *label = form->labelColumnChoice();
        QComboBox *task = form->taskChoice();
        QCOMPARE(label->currentText(), QStringLiteral("progression"));
        QVERIFY(form->isRegression());
        // "sex" holds two whole numbers: a class more likely, yet regression stays on offer.
        chooseByKeyboard(label, "sex");
        QCOMPARE(label->currentText(), QStringLiteral("sex"));
        QVERIFY(!form->isRegression());
        QVERIFY(qobject_cast<QStandardItemModel *>(task->model())->item(1)->isEnabled());
        QTest::qWait(1100);  // the combo's keyboard search starts afresh
        chooseByKeyboard(label, "progression");
        QCOMPARE(label->currentText(), QStringLiteral("progression"));
        QVERIFY(form->isRegression());
        // The user may switch the task, and back.
        task->setFocus();
        QTest::keyClick(task, Qt::Key_Up);
        QVERIFY(!form->isRegression());
        QTest::keyClick(task, Qt::Key_Down);
        QVERIFY(form->isRegression());
        // Back at the task's default models (both, the better kept), and "sex" a feature again.
        QCOMPARE(form->config().model, std::string("linear,mlp"));
        QCOMPARE(form->config().featureColumns.size(), std::size_t(10));
        QCOMPARE(task->currentText() == QStringLiteral("Regression (predict a number)"), language == QLatin1String("en"));
        QVERIFY(form->problem().isEmpty());
        QVERIFY(form->warnings().isEmpty());
        QVERIFY2(form->scrollArea()->widget()->minimumSizeHint().width() <= form->scrollArea()->viewport()->width(), qPrintable(tag));

        // 40 epochs at most, typed into the field.
        QSpinBox *epochs = form->epochsField();
        form->scrollArea()->ensureWidgetVisible(epochs);
        epochs->setFocus();
        epochs->selectAll();
        QTest::keyClicks(epochs, "40");
        QCOMPARE(epochs->value(), 40);

        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QVERIFY(inside(&page, form->startButton()));
        QTest::mouseClick(form->startButton(), Qt::LeftButton);
        QVERIFY(ended.wait(180000));
        QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());

        // Live curves: RMSE, MAE and R^2 per MLP epoch, the linear fit's as single dots.
        QVERIFY(page.errorChart()->isVisible() && page.explainedChart()->isVisible());
        QVERIFY(!page.qualityChart()->isVisible() && !page.rateChart()->isVisible());
        QVERIFY(!page.lossChart()->isCurveShown(2));  // a regression logs no validation loss
        const int epochsRun = page.errorChart()->storedPoints(0);
        QVERIFY2(epochsRun >= 1 && epochsRun <= 40, qPrintable(QString::number(epochsRun)));
        QCOMPARE(page.errorChart()->storedPoints(1), epochsRun);
        QCOMPARE(page.errorChart()->storedPoints(2), 1);
        QCOMPARE(page.explainedChart()->storedPoints(0), epochsRun);
        QCOMPARE(page.explainedChart()->storedPoints(1), 1);
        for (TrainingChart *chart : {page.lossChart(), page.errorChart(), page.explainedChart()}) QVERIFY(inside(&page, chart));
        // The engine's milestones in the log speak the user's language.
        const QString log = page.logText();
        for (const char *english : {"data:", "linear:", "mlp:"}) QVERIFY2(!log.contains(QLatin1String(english)), qPrintable(log));
        const QString linear = TrainingSession::regressionModelTitle(QStringLiteral("linear"));
        QVERIFY2(log.contains(TrainingWorker::tr("Data: %1 training and %2 validation rows, %3 feature columns.").section('%', 0, 0)) &&
                     log.contains(TrainingWorker::tr("%1: validation RMSE %2, R² %3.").arg(linear).section(' ', 0, 0)),
                 qPrintable(log));

        // The run in the list, chosen with the mouse, shows its figures in the Results tab.
        QTreeWidget *runs = page.runList();
        QCOMPARE(runs->topLevelItemCount(), 1);
        QTreeWidgetItem *item = runs->topLevelItem(0);
        QVERIFY2(item->text(4).startsWith("RMSE "), qPrintable(item->text(4)));
        QVERIFY2(item->text(5).startsWith("R² "), qPrintable(item->text(5)));
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runs->visualItemRect(item).center());
        QTabBar *tabs = page.tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        RegressionResultsView *results = page.regressionResults();
        QVERIFY(results->isVisible());
        QVERIFY(!page.confusionTable()->isVisible());
        QCOMPARE(results->metricsTable()->rowCount(), 2);
        QTableWidget *coefficients = results->coefficientsTable();
        QCOMPARE(coefficients->rowCount(), 11);  // ten features and the intercept
        QCOMPARE(coefficients->item(2, 0)->text(), QStringLiteral("bmi"));
        // The body mass index raises the predicted progression (a well-known finding of this data set).
        QVERIFY(coefficients->item(2, 1)->text().toDouble() > 0);
        // The scatter has a dot per validation row (10 % of 442), the residuals too.
        const int validationRows = results->metricsTable()->item(0, 4)->text().toInt();
        QVERIFY2(validationRows >= 40 && validationRows <= 50, qPrintable(QString::number(validationRows)));
        QCOMPARE(dots(results->scatterView())->count(), validationRows);
        QCOMPARE(dots(results->residualView())->count(), validationRows);
        for (QWidget *w : {static_cast<QWidget *>(results->metricsTable()), static_cast<QWidget *>(coefficients),
                           static_cast<QWidget *>(results->scatterView()), static_cast<QWidget *>(results->residualView())})
            QVERIFY2(inside(&page, w) && w->height() >= 60, qPrintable(tag + ' ' + w->metaObject()->className()));

        // Try it: the first patient's values are in the fields; Enter predicts a number.
        TrainingTryIt *tryIt = page.tryIt();
        QCOMPARE(tryIt->featureFields().size(), 10);
        QSignalSpy answered(tryIt, &TrainingTryIt::answered);
        QTest::keyClick(tryIt->featureFields().first(), Qt::Key_Return);
        QVERIFY(answered.wait(30000));
        const QRegularExpressionMatch number = QRegularExpression(QStringLiteral("([0-9]+[.,][0-9]{2})$")).match(tryIt->result());
        QVERIFY2(number.hasMatch(), qPrintable(tryIt->result()));
        const double predicted = QLocale().toDouble(number.captured(1));
        QVERIFY2(predicted > 25 && predicted < 346, qPrintable(tryIt->result()));

        if (const QString dir = qEnvironmentVariable("LEPTON_SCREENSHOTS"); !dir.isEmpty()) {
            const QString suffix = size == QSize(1366, 768) ? language : tag;
            page.grab().save(QStringLiteral("%1/training-regression-%2.png").arg(dir, suffix));
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
            page.grab().save(QStringLiteral("%1/training-regression-progress-%2.png").arg(dir, tag));
        }

        // The report: the regression's figures, the coefficients and the scatter.
        const QString pdf = m_dir.filePath(tag + ".pdf");
        QVERIFY2(page.exportReport(pdf, &error), qPrintable(error));
        if (const QString dir = qEnvironmentVariable("LEPTON_SCREENSHOTS"); !dir.isEmpty()) QFile::copy(pdf, dir + "/training-regression-" + tag + ".pdf");
        QProcess toText;
        toText.start("pdftotext", {pdf, "-"});
        QVERIFY2(toText.waitForFinished(30000), "pdftotext (poppler-utils) is needed to read the report back");
        const QString text = QString::fromUtf8(toText.readAllStandardOutput());
        for (const QString &expected : {QStringLiteral("RMSE"), QStringLiteral("MAE"), QStringLiteral("bmi"), results->metricsTable()->item(0, 2)->text()})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        if (language == QLatin1String("en"))
            // (pdftotext writes the "ffi" of "coefficients" as a ligature.)
            for (const char *expected : {"Per standard deviation", "Predicted vs actual (validation)", "Regression (predict a number)"})
                QVERIFY2(text.contains(expected), expected);
        QVERIFY(!text.contains("Confusion matrix"));
    }

    void textRegressionRunFromFormToResults_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::newRow("English 1366x768") << "en" << QSize(1366, 768);
        QTest::newRow("Chinese 1024x700") << "zh_CN" << QSize(1024, 700);
    }

    // A text file with a 0/1 label is a classification by default; the user picks Regression with
    // the keyboard, the form lists the text models (no table model), and the run draws its RMSE
    // and R^2 per evaluation, logs them, shows the scatter and answers try-it with a number.
    void textRegressionRunFromFormToResults()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        REQUIRE_SHARED_DATA(sms, "text/sms_spam/train.csv");
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-uncased-vocab.txt");
        const QString tag = QStringLiteral("text-%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
        TestLanguage translation(language);
        QCOMPARE(translation.installed(), language == QLatin1String("zh_CN"));
        const QString csv = m_dir.filePath(tag + ".csv");
        writeSpamScores(sms.toStdString(), csv.toStdString(), 300, 900);
        ShownPage shown;
        QString error = shown.open(m_dir.filePath(tag + ".sqlite"), size);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TrainingPage &page = *shown.page;
        auto *form = page.findChild<TrainingRunForm *>();
        QVERIFY2(form->setDataFile(csv, &error), qPrintable(error));
        QCOMPARE(form->labelColumnChoice()->currentText(), QStringLiteral("spam"));
        QVERIFY(!form->isRegression());
        QComboBox *task = form->taskChoice();
        QVERIFY(qobject_cast<QStandardItemModel *>(task->model())->item(1)->isEnabled());
        task->setFocus();
        QTest::keyClick(task, Qt::Key_Down);
        QVERIFY(form->isRegression());
        lepton::TrainingConfig config = form->config();
        QCOMPARE(config.model, std::string("scratch:tiny"));
        QVERIFY(config.isTextRegression());
        QCOMPARE(config.textColumn, std::string("text"));
        QVERIFY(config.featureColumns.empty());
        // The vocabulary is a real Hugging Face one, typed into its field.
        auto *vocabField = form->findChild<QLineEdit *>(QStringLiteral("vocabFile"));
        QVERIFY(vocabField && vocabField->isEnabled());
        form->scrollArea()->ensureWidgetVisible(vocabField);
        vocabField->setFocus();
        vocabField->selectAll();
        QTest::keyClicks(vocabField, vocab);
        QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));

        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QVERIFY(inside(&page, form->startButton()));
        QTest::mouseClick(form->startButton(), Qt::LeftButton);
        QVERIFY(ended.wait(300000));
        QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());

        // Curves per evaluation: the model's RMSE, MAE and R^2, no linear fit, no accuracy.
        QVERIFY(page.errorChart()->isVisible() && page.explainedChart()->isVisible());
        QVERIFY(!page.qualityChart()->isVisible());
        const int evaluations = page.errorChart()->storedPoints(0);
        QVERIFY2(evaluations >= 3, qPrintable(QString::number(evaluations)));
        QCOMPARE(page.explainedChart()->storedPoints(0), evaluations);
        QCOMPARE(page.errorChart()->storedPoints(2), 0);
        const QString log = page.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("RMSE")) && !log.contains(QStringLiteral("macro-F1")), qPrintable(log));

        QTreeWidget *runs = page.runList();
        QTreeWidgetItem *item = runs->topLevelItem(0);
        QVERIFY2(item->text(4).startsWith("RMSE "), qPrintable(item->text(4)));
        QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, runs->visualItemRect(item).center());
        QTabBar *tabs = page.tabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        RegressionResultsView *results = page.regressionResults();
        QVERIFY(results->isVisible() && !page.confusionTable()->isVisible());
        QCOMPARE(results->metricsTable()->rowCount(), 1);
        QCOMPARE(results->metricsTable()->item(0, 0)->text(), TrainingSession::regressionModelTitle(QStringLiteral("text")));
        QCOMPARE(results->coefficientsTable()->isVisible(), false);
        const int validationRows = results->metricsTable()->item(0, 4)->text().toInt();
        QVERIFY2(validationRows >= 100 && validationRows <= 140, qPrintable(QString::number(validationRows)));
        QCOMPARE(dots(results->scatterView())->count(), validationRows);
        // Learnt, not guessed: R^2 well above the mean's 0.
        const double r2 = QLocale().toDouble(results->metricsTable()->item(0, 3)->text());
        QVERIFY2(r2 > 0.3, qPrintable(results->metricsTable()->item(0, 3)->text()));

        // Try it: a prize text scores far above a lunch date.
        TrainingTryIt *tryIt = page.tryIt();
        QVERIFY(tryIt->featureFields().isEmpty());
        QSignalSpy answered(tryIt, &TrainingTryIt::answered);
        const auto score = [&](const QString &text) {
            QLineEdit *field = tryIt->textField();
            field->setFocus();
            field->selectAll();
            QTest::keyClicks(field, text);
            QTest::keyClick(field, Qt::Key_Return);
            if (!answered.wait(60000)) return qQNaN();
            const QRegularExpressionMatch number = QRegularExpression(QStringLiteral("(-?[0-9]+[.,][0-9]+)$")).match(tryIt->result());
            return number.hasMatch() ? QLocale().toDouble(number.captured(1)) : qQNaN();
        };
        const double spam = score(QStringLiteral("WINNER! Claim your free prize now, txt WIN to 80086"));
        const double ham = score(QStringLiteral("see you at lunch"));
        QVERIFY2(spam > ham + 0.5, qPrintable(QStringLiteral("%1: spam %2, ham %3").arg(tryIt->result()).arg(spam).arg(ham)));
        if (const QString dir = qEnvironmentVariable("LEPTON_SCREENSHOTS"); !dir.isEmpty())
            page.grab().save(QStringLiteral("%1/training-text-regression-%2.png").arg(dir, tag));
    }

    // Stop with the mouse in the middle of a text regression, then Resume: the run goes on from its
    // checkpoint (Resume's tooltip says so) and ends with one RMSE point per evaluation, none twice.
    void textRegressionStopsAndResumesFromItsCheckpoint()
    {
        REQUIRE_SHARED_DATA(sms, "text/sms_spam/train.csv");
        REQUIRE_SHARED_DATA(vocab, "vocab/bert-base-uncased-vocab.txt");
        const QString csv = m_dir.filePath("stop-text.csv");
        writeSpamScores(sms.toStdString(), csv.toStdString(), 300, 900);
        ShownPage shown;
        QString error = shown.open(m_dir.filePath("stop-text.sqlite"), QSize(1366, 768));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TrainingPage &page = *shown.page;
        lepton::TrainingConfig config;
        config.task = "regression";
        config.trainFile = csv.toStdString();
        config.labelColumn = "spam";
        config.model = "scratch:tiny";
        config.vocabFile = vocab.toStdString();
        config.epochs = 4;
        config.threads = 1;
        TrainingRun run;
        run.name = QStringLiteral("stop-text");
        run.outputFolder = m_dir.filePath(run.name);
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QVERIFY2(page.startRun(config, run, &error), qPrintable(error));
        // Into the second epoch, after the first evaluation wrote a checkpoint.
        QTRY_VERIFY_WITH_TIMEOUT(page.errorChart()->storedPoints(0) >= 1 && page.isTraining(), 120000);
        QVERIFY(inside(&page, page.stopButton()) && page.stopButton()->isEnabled());
        QTest::mouseClick(page.stopButton(), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Stopped);
        QTRY_VERIFY(!page.isTraining());
        QTRY_VERIFY(page.resumeButton()->isEnabled());
        QVERIFY2(page.resumeButton()->toolTip().contains(QStringLiteral("from its last checkpoint")),
                 qPrintable(page.resumeButton()->toolTip()));
        const int stoppedAt = page.progressBar()->value();
        QVERIFY2(stoppedAt < page.progressBar()->maximum(), qPrintable(QString::number(stoppedAt)));

        QTest::mouseClick(page.resumeButton(), Qt::LeftButton);
        QVERIFY(ended.wait(120000));
        QCOMPARE(ended.last().at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
        QTRY_VERIFY(!page.isTraining());
        QVERIFY2(page.logText().contains("Resuming run"), qPrintable(page.logText()));
        QCOMPARE(page.errorChart()->storedPoints(0), 4);  // one per epoch
        QCOMPARE(page.explainedChart()->storedPoints(0), 4);
        QCOMPARE(page.lossChart()->storedPoints(0), page.progressBar()->maximum());
    }

    // Compare overlays regressions' validation RMSE: a curve per MLP, a dot per linear fit.
    void comparisonOverlaysTheRegressionsRmse()
    {
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(m_dir.filePath("compare.sqlite"), &error), qPrintable(error));
        TrainingPage page(workspace);
        QSignalSpy ended(&page, &TrainingPage::runEnded);
        QList<qint64> ids;
        for (const int epochs : {5, 8}) {
            const lepton::TrainingConfig config = DiabetesCsv::regression(m_csv, epochs);
            TrainingRun run;
            run.name = QStringLiteral("mlp-%1").arg(epochs);
            run.outputFolder = m_dir.filePath(run.name);
            QVERIFY2(page.startRun(config, run, &error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 120000);
        for (const QList<QVariant> &end : ended) {
            QCOMPARE(end.at(1).value<TrainingRun::Status>(), TrainingRun::Status::Finished);
            ids << end.at(0).toLongLong();
        }
        TrainingComparison comparison(workspace, ids);
        comparison.show();
        QVERIFY(comparison.rmseChart()->isVisible());
        QVERIFY(!comparison.macroF1Chart()->isVisible() && !comparison.validationLossChart()->isVisible());
        QCOMPARE(comparison.rmseChart()->storedPoints(0), 5);
        QCOMPARE(comparison.rmseChart()->storedPoints(1), 1);
        QCOMPARE(comparison.rmseChart()->storedPoints(2), 8);
        QCOMPARE(comparison.rmseChart()->storedPoints(3), 1);
    }
};

QTEST_MAIN(TestRegressionRun)
#include "tst_regressionrun.moc"
