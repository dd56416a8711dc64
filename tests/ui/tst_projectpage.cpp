// The projects page: a ledger entry added from the detail pane shows in the project's totals and
// can be undone; a project with ledger entries is archived instead of deleted.
#include "ui/records/LedgerEntryDialog.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MoneyEdit.h"
#include "models/repositories/ProjectRepository.h"
#include "ui/records/RecordList.h"
#include "models/storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

class TestProjectPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));  // amounts typed as 1234.50
    }

    void ledgerEntryFromTheDetailPaneUpdatesTotalsAndUndoes()
    {
        QTemporaryDir dir;
        MainWindow window;
        QString error;
        QVERIFY2(window.openWorkspace(dir.filePath(QStringLiteral("p.sqlite")), false, &error), qPrintable(error));
        ProjectRepository projects(*window.workspace());
        Project project;
        project.name = QStringLiteral("Harbour crane vision");
        project.startDate = QDate(2026, 1, 5);
        QVERIFY2(projects.create(project, &error), qPrintable(error));
        window.show();
        window.showPage(3);  // Projects (0 is the Dashboard)
        ListPage *page = window.currentPage();
        page->refresh();
        page->selectId(project.id);
        QCOMPARE(page->currentId(), project.id);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<LedgerEntryDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *amount = dialog->findChild<MoneyEdit *>(QStringLiteral("amount_minor"));
            amount->amountEdit()->setText(QStringLiteral("-12"));
            QVERIFY(!dialog->errorText(QStringLiteral("amount_minor")).isEmpty());  // no negative amounts
            amount->amountEdit()->setText(QStringLiteral("1234.50"));
            dialog->findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("Pilot fee"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        QVERIFY(page->recordList()->openLink(project.id, QUrl(QStringLiteral("ledger:add")), page));
        QCOMPARE(projects.ledger(project.id).size(), 1);
        QCOMPARE(projects.totals(project.id).revenue().value(0).minorUnits(), qint64(123450));
        QVERIFY(page->recordList()->detailHtml(project.id).contains(QStringLiteral("Pilot fee")));

        window.undoStack()->undo();
        QCOMPARE(projects.ledger(project.id).size(), 0);

        // With an entry again, deleting the project offers archiving instead.
        window.undoStack()->redo();
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole) b->click();
        });
        page->selectId(project.id);
        page->deleteCurrent();
        QCOMPARE(projects.find(project.id)->status, ProjectStatus::Cancelled);
    }
};

QTEST_MAIN(TestProjectPage)
#include "tst_projectpage.moc"
