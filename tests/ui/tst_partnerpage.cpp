// The partners page as a user meets it: add a partner through the form and find it in the list,
// undo the addition, and be refused (with archiving offered) when deleting a partner a contract
// depends on.
#include "models/repositories/ContractRepository.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/records/PartnerDialog.h"
#include "models/repositories/PartnerRepository.h"
#include "ui/records/RecordList.h"
#include "models/lists/RecordListModel.h"
#include "models/storage/Workspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <functional>

class TestPartnerPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openWorkspace(m_dir.filePath(QStringLiteral("page.sqlite")), false, &error), qPrintable(error));
        m_window->show();
        m_window->showPage(1);  // the Partners page: 0 is the Dashboard
        m_page = m_window->currentPage();
        QVERIFY(m_page);
    }

    void cleanup()
    {
        m_window.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("page.sqlite")));
    }

    void addedPartnerAppearsInTheList()
    {
        QAbstractItemModel *model = m_page->table()->model();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        addThroughDialog(QStringLiteral("Hangzhou Retail Vision"), QStringLiteral("bd@hrv.example.cn"));
        QVERIFY(resets.count() >= 1);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Hangzhou Retail Vision"));
        QVERIFY(m_page->currentId() > 0);  // the new partner is selected

        // Search narrows the list; the empty-state hint explains an empty result.
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("nothing like it"));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
        search->clear();
        QTRY_COMPARE(model->rowCount(), 1);
    }

    void invalidInputKeepsTheDialogOpenAndExplains()
    {
        bool checked = false;
        whenDialogOpens([&](PartnerDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Nordlicht AG"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("not-an-address"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            checked = dialog->isVisible() && !dialog->errorText(QStringLiteral("email")).isEmpty();
            dialog->reject();
        });
        m_page->addRecord();
        QVERIFY(checked);
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
    }

    void undoRemovesTheAddedPartnerAndRedoBringsItBack()
    {
        addThroughDialog(QStringLiteral("Chengdu Agritech"), QString());
        QAbstractItemModel *model = m_page->table()->model();
        QCOMPARE(model->rowCount(), 1);
        QUndoStack *undo = m_window->undoStack();
        QVERIFY(undo->canUndo());
        QVERIFY(undo->undoText().contains(QStringLiteral("Chengdu Agritech")));
        undo->undo();
        QCOMPARE(model->rowCount(), 0);
        undo->redo();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Chengdu Agritech"));
    }

    void deletingAPartnerWithAContractIsRefusedAndArchivingOffered()
    {
        addThroughDialog(QStringLiteral("Shanghai Fintech Lab"), QString());
        const qint64 id = m_page->currentId();
        Contract contract;
        contract.reference = QStringLiteral("LPS-2026-001");
        contract.title = QStringLiteral("Joint fraud detection");
        contract.partyIds = {id};
        contract.startDate = QDate(2026, 1, 1);
        contract.endDate = QDate(2027, 1, 1);
        ContractRepository contracts(*m_window->workspace());
        QString error;
        QVERIFY2(contracts.create(contract, &error), qPrintable(error));

        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shown = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole) b->click();  // archive
        });
        m_page->deleteCurrent();
        QVERIFY(shown.contains(QStringLiteral("LPS-2026-001")) || shown.contains(QStringLiteral("1 contract")));
        PartnerRepository partners(*m_window->workspace());
        const std::optional<Partner> after = partners.find(id);
        QVERIFY(after);  // still there
        QCOMPARE(after->status, PartnerStatus::Ended);
        m_window->undoStack()->undo();  // archiving is undoable too
        QCOMPARE(partners.find(id)->status, PartnerStatus::Prospect);
    }

private:
    void whenDialogOpens(std::function<void(PartnerDialog *)> act)
    {
        QTimer::singleShot(0, this, [act] {
            auto *dialog = qobject_cast<PartnerDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            act(dialog);
        });
    }

    void addThroughDialog(const QString &name, const QString &email)
    {
        whenDialogOpens([name, email](PartnerDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), name);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("email")), email);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        m_page->addRecord();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ListPage *m_page = nullptr;
};

QTEST_MAIN(TestPartnerPage)
#include "tst_partnerpage.moc"
