#include "ui/shell/AppSettings.h"
#include "BreastCancerRun.h"
#include "DamagedWorkspace.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/records/RecordList.h"
#include "ui/shell/SettingsDialog.h"
#include "SharedData.h"
#include "ui/training/TrainingPage.h"
#include "models/storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
#include <QTableView>
#include <QTranslator>

#include <QTemporaryDir>
#include <QtTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // recent files and window state stay out of the user's settings
    }

    void titleNamesTheWorkspace()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(dir.filePath(QStringLiteral("acme-partners.sqlite")), false, &error), qPrintable(error));
        window.show();
        QVERIFY(window.windowTitle().contains(QStringLiteral("acme-partners.sqlite")));
    }

    void shortcutsSwitchBetweenPages()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(dir.filePath(QStringLiteral("nav.sqlite")), false, &error), qPrintable(error));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Dashboard, the three lists, Training.
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->count(), 5);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->recordList()->title(), QStringLiteral("Contracts"));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->recordList()->title(), QStringLiteral("Projects"));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QVERIFY(!window.currentPage());  // the Training page is not a record list
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), nullptr);  // the Dashboard is no record list
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage()->recordList()->title(), QStringLiteral("Partners"));
    }

    void demoFillsANewWorkspaceButNeverAnExistingOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        {
            MainWindow window;
            QVERIFY2(window.openWorkspace(path, true, &error), qPrintable(error));
            window.showPage(1);  // Partners (0 is the Dashboard)
            QVERIFY(window.currentPage()->table()->model()->rowCount() >= 25);
            window.showPage(3);  // Projects
            QVERIFY(window.currentPage()->table()->model()->rowCount() >= 20);
        }
        MainWindow again;
        QVERIFY2(again.openWorkspace(path, true, &error), qPrintable(error));  // opened as it is, not doubled
        again.showPage(1);
        const int partners = again.currentPage()->table()->model()->rowCount();
        QVERIFY(partners >= 25 && partners < 50);
    }

    void languageChoiceIsKeptForTheNextStart()
    {
        AppSettings::setLanguage(QString());
        SettingsDialog dialog;
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(dialog.apply());  // changed: a restart is needed
        QCOMPARE(AppSettings::language(), QStringLiteral("zh_CN"));
        QCOMPARE(AppSettings::displayLocale().language(), QLocale::Chinese);
        QVERIFY(!dialog.apply());  // nothing new the second time
        AppSettings::setLanguage(QString());
    }

    void closingDuringATrainingRunAsksFirst()
    {
        REQUIRE_SHARED_DATA(csv, "tabular/breast_cancer.csv");
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(dir.filePath(QStringLiteral("train.sqlite")), false, &error), qPrintable(error));
        window.show();
        auto *training = window.findChild<TrainingPage *>();
        TrainingRun run;
        run.name = QStringLiteral("long");
        run.outputFolder = dir.filePath(QStringLiteral("long"));
        QVERIFY2(training->startRun(breastCancerMlp(csv, 500), run, &error), qPrintable(error));

        // Cancel keeps the window and the run; Yes stops the run and closes.
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box && box->text().contains(QStringLiteral("training run is in progress")));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible() && training->isTraining());
        QTimer::singleShot(0, this, [] { qobject_cast<QMessageBox *>(QApplication::activeModalWidget())->button(QMessageBox::Yes)->click(); });
        QVERIFY(window.close());
    }

    void restoreFromTheMenuAsksThenReportsWhereTheOldWorkspaceWent()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY2(window.openWorkspace(path, true, &error), qPrintable(error));  // the demo records
        window.show();
        const QString backup = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            Workspace empty;
            QVERIFY2(empty.open(backup, &error), qPrintable(error));
        }
        // The file dialog, the question, then (after the restore ran in the background) the report.
        QString question, report;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                files->selectFile(backup);
                static_cast<QDialog *>(files)->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                if (box->button(QMessageBox::Yes)) {
                    question = box->text();
                    box->button(QMessageBox::Yes)->click();
                } else {
                    report = box->text();
                    box->accept();
                }
            }
        });
        answer.start(20);
        QAction *restore = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Restore from Backup...")) restore = a;
        QVERIFY(restore && restore->isEnabled());
        restore->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!report.isEmpty(), 20000);
        QVERIFY2(question.contains(QStringLiteral("Replace the workspace")), qPrintable(question));
        QVERIFY2(report.contains(QStringLiteral("was restored from")) && report.contains(QStringLiteral("backups")), qPrintable(report));
        QCOMPARE(window.workspacePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.page(1)->table()->model()->rowCount(), 0);  // the backup's (empty) records
    }

    void restoreShowsTheBackupsRecordsAndKeepsTheOldWorkspace()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY2(window.openWorkspace(path, true, &error), qPrintable(error));  // the demo records
        const QString backup = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            Workspace empty;
            QVERIFY2(empty.open(backup, &error), qPrintable(error));
        }
        QVERIFY(window.page(1)->table()->model()->rowCount() > 0);
        QString undo;
        QVERIFY2(window.restoreWorkspace(backup, &error, &undo), qPrintable(error));
        QCOMPARE(window.workspacePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.page(1)->table()->model()->rowCount(), 0);
        QVERIFY(QFileInfo::exists(undo));

        // A refused file leaves the open workspace as it was, open and showing its records.
        QVERIFY(!window.restoreWorkspace(dir.filePath(QStringLiteral("missing.sqlite")), &error, &undo));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QCOMPARE(window.workspacePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY2(window.restoreWorkspace(undo, &error, &undo), qPrintable(error));
        QVERIFY(window.page(1)->table()->model()->rowCount() > 0);
    }

    // A damaged file opens at once; the check on a worker thread then finds the damage, turns
    // editing off and offers Restore.
    void damagedFileIsReportedAfterOpeningAndTakesNoEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        const QString made = DamagedWorkspace::make(path);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(path, false, &error), qPrintable(error));
        window.show();
        QString report;
        QTimer close;
        connect(&close, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                report = box->text();
                box->button(QMessageBox::Close)->click();
            }
        });
        close.start(20);
        QTRY_VERIFY_WITH_TIMEOUT(!report.isEmpty(), 10000);
        QVERIFY2(report.contains(QStringLiteral("is damaged")) && report.contains(QStringLiteral("Editing is off")), qPrintable(report));
        QVERIFY(window.windowTitle().contains(QStringLiteral("damaged")));
        QVERIFY(window.workspace()->isReadOnly());
        window.showPage(1);
        QList<QAction *> editing;
        QAction *restore = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence::New || a->text() == QStringLiteral("&Import CSV...")) editing << a;
            if (a->text() == QStringLiteral("&Restore from Backup...")) restore = a;
        }
        // The actions exist, so that a renamed one fails here instead of passing unchecked.
        QVERIFY2(editing.size() >= 2, "no New or Import CSV action");
        for (const QAction *a : std::as_const(editing)) QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY(restore);
        QVERIFY(restore->isEnabled());
    }

    // The same workspace file opened while another Lepton process has it open: the window says so
    // in a box, in the user's language, naming the file and the other process, and still opens it
    // for editing (nothing is refused or lost by opening it twice).
    void workspaceOpenInAnotherProcessIsSaid_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("said");
        QTest::newRow("English") << false << QStringLiteral("is open elsewhere too");
        QTest::newRow("Chinese") << true << QStringLiteral("也在别处打开");
    }

    void workspaceOpenInAnotherProcessIsSaid()
    {
        QFETCH(bool, chinese);
        QFETCH(QString, said);
        QTranslator translator;
        if (chinese) {
            QVERIFY(translator.load(QStringLiteral(LEPTON_QM_FILE)));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        QProcess other;
        other.start(QStringLiteral(LEPTON_LOCK_CHILD), {path});
        QVERIFY(other.waitForStarted(30000) && other.waitForReadyRead(30000));
        QCOMPARE(other.readLine().trimmed(), QByteArrayLiteral("locked"));

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QString error;
        QVERIFY2(window.openWorkspace(path, false, &error), qPrintable(error));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = window.findChild<QMessageBox *>()) && box->isVisible(), 10000);
        const QString text = box->text();
        QVERIFY2(text.contains(said), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
        QVERIFY2(text.contains(QString::number(other.processId())), qPrintable(text));
        QVERIFY(!window.workspace()->isReadOnly());
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QMessageBox *>());

        // Alone again: opening it once more says nothing.
        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(30000));
        QVERIFY2(window.openWorkspace(path, false, &error), qPrintable(error));
        QTest::qWait(100);
        QVERIFY(!window.findChild<QMessageBox *>());
        if (chinese) QCoreApplication::removeTranslator(&translator);
    }

    void refusesAFileThatIsNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the records you are looking for");
        file.close();
        MainWindow window;
        QString error;
        QVERIFY(!window.openWorkspace(path, false, &error));
        QVERIFY(error.contains(QStringLiteral("notes.sqlite")));
        QVERIFY(window.workspace() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
