// Two people edit the same partner: while Alice has the form open, Bob (another connection to the
// same workspace file) saves. Alice's save then shows both versions side by side, and each of her
// three choices does what it says; an undo over Bob's newer save is refused, not applied. A
// ledger entry, which has its own form, gets the same choice.
#include "models/storage/AuditLog.h"
#include "ui/records/ConflictDialog.h"
#include "ui/records/ListPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/records/FormDialog.h"
#include "ui/records/PartnerDialog.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "ui/records/RecordList.h"
#include "models/storage/Workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>
#include <functional>

class TestEditConflict : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
        m_window = std::make_unique<MainWindow>();
        QString error;
        QVERIFY2(m_window->openWorkspace(path, false, &error), qPrintable(error));
        QVERIFY2(m_bob.open(path, &error), qPrintable(error));
        m_window->show();
        m_window->showPage(1);  // Partners
        m_page = m_window->currentPage();
        QVERIFY(m_page);
        Partner p;
        p.name = QStringLiteral("Suzhou Textile Vision");
        p.city = QStringLiteral("Suzhou");
        QVERIFY2(PartnerRepository(*m_window->workspace()).create(p, &error), qPrintable(error));
        m_id = p.id;
        m_page->refresh();
        m_page->selectFirstIfNone();
        QCOMPARE(m_page->currentId(), m_id);
    }

    void cleanup()
    {
        m_bob.close();
        m_window.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("shared.sqlite")));
    }

    void bothVersionsAreShownWithTheDifferencesHighlighted()
    {
        QStringList differing;
        QString mineCell, savedCell;
        aliceEditsWhileBobSaves(ConflictDialog::Choice::TakeTheirs, [&](ConflictDialog *dialog) {
            differing = dialog->differingFields();
            const int row = findRow(dialog, QStringLiteral("City"));
            mineCell = dialog->table()->item(row, 1)->text();
            savedCell = dialog->table()->item(row, 2)->text();
            const QString screenshots = qEnvironmentVariable("LEPTON_SCREENSHOTS");
            if (!screenshots.isEmpty()) dialog->grab().save(screenshots + QStringLiteral("/edit-conflict.png"));
        });
        QCOMPARE(differing, QStringList{QStringLiteral("City")});
        QCOMPARE(mineCell, QStringLiteral("Alice's Wuxi"));
        QCOMPARE(savedCell, QStringLiteral("Bob's Hangzhou"));
    }

    void keepMineOverwritesDeliberatelyAndUndoBringsBobsBack()
    {
        const int commands = m_window->undoStack()->count();
        aliceEditsWhileBobSaves(ConflictDialog::Choice::KeepMine);
        QCOMPARE(stored().city, QStringLiteral("Alice's Wuxi"));
        const AuditEntry last = AuditLog(*m_window->workspace()).entriesFor(QStringLiteral("partner"), m_id).last();
        QCOMPARE(last.action, QStringLiteral("overwrite"));
        QCOMPARE(last.before.value(QStringLiteral("city")).toString(), QStringLiteral("Bob's Hangzhou"));  // nothing lost
        QCOMPARE(m_window->undoStack()->count(), commands + 1);
        m_window->undoStack()->undo();
        QCOMPARE(stored().city, QStringLiteral("Bob's Hangzhou"));
        m_window->undoStack()->redo();
        QCOMPARE(stored().city, QStringLiteral("Alice's Wuxi"));
    }

    void takeTheirsKeepsBobsSaveAndDropsAlicesEdits()
    {
        const int commands = m_window->undoStack()->count();
        aliceEditsWhileBobSaves(ConflictDialog::Choice::TakeTheirs);
        QCOMPARE(stored().city, QStringLiteral("Bob's Hangzhou"));
        QCOMPARE(stored().version, qint64(2));
        QCOMPARE(m_window->undoStack()->count(), commands);
    }

    void backToEditingReopensTheFormWithAlicesEdits()
    {
        QString reopenedWith;
        aliceEditsWhileBobSaves(ConflictDialog::Choice::EditAgain, {}, [&](PartnerDialog *again) {
            reopenedWith = again->findChild<QLineEdit *>(QStringLiteral("city"))->text();
            QTest::mouseClick(again->okButton(), Qt::LeftButton);
        });
        QCOMPARE(reopenedWith, QStringLiteral("Alice's Wuxi"));
        // She has now seen Bob's version, so her second save goes through over it.
        QCOMPARE(stored().city, QStringLiteral("Alice's Wuxi"));
        QCOMPARE(stored().version, qint64(3));
        QCOMPARE(AuditLog(*m_window->workspace()).entriesFor(QStringLiteral("partner"), m_id).last().action, QStringLiteral("update"));
    }

    void undoOverSomeoneElsesNewerSaveIsRefused()
    {
        whenModal<PartnerDialog>([](PartnerDialog *dialog) {
            setText(dialog, QStringLiteral("city"), QStringLiteral("Alice's Wuxi"));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        m_page->editCurrent();
        QCOMPARE(stored().city, QStringLiteral("Alice's Wuxi"));
        bobSaves(QStringLiteral("Bob's Hangzhou"));

        QString warning;
        whenModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            box->accept();
        });
        m_window->undoStack()->undo();
        QVERIFY2(warning.contains(QStringLiteral("Someone else saved")), qPrintable(warning));
        QCOMPARE(stored().city, QStringLiteral("Bob's Hangzhou"));  // Bob's save stands
    }

    void aLedgerEntrySavedMeanwhileShowsBothVersionsAndKeepMineOverwrites()
    {
        QString error;
        Project project;
        project.name = QStringLiteral("Cold-chain forecasting");
        project.industry = Industry::Logistics;
        project.status = ProjectStatus::Running;
        project.startDate = QDate(2025, 3, 1);
        ProjectRepository alice(*m_window->workspace());
        QVERIFY2(alice.create(project, &error), qPrintable(error));
        LedgerEntry entry{0, project.id, QDate(2025, 6, 1), LedgerKind::Revenue, Money(100000, "CNY"), QStringLiteral("Licence Q2")};
        QVERIFY2(alice.addLedgerEntry(entry, &error), qPrintable(error));

        QStringList differing;
        whenModal<QDialog>([&](QDialog *form) {
            ProjectRepository bob(m_bob);
            LedgerEntry theirs = *bob.findLedgerEntry(entry.id);
            theirs.amount = Money(120000, "CNY");
            QVERIFY(bob.updateLedgerEntry(theirs, &error));
            setText(form, QStringLiteral("description"), QStringLiteral("Licence Q2, signed"));
            whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
                differing = conflict->differingFields();
                QTest::mouseClick(conflict->button(ConflictDialog::Choice::KeepMine), Qt::LeftButton);
            });
            QTest::mouseClick(qobject_cast<FormDialog *>(form)->okButton(), Qt::LeftButton);
        });
        m_window->showPage(3);  // Projects
        const QString link = QStringLiteral("ledger:edit/%1").arg(entry.id);
        QVERIFY(m_window->currentPage()->recordList()->openLink(project.id, QUrl(link), m_window.get()));
        QCOMPARE(differing, (QStringList{QStringLiteral("Amount"), QStringLiteral("Description")}));
        const LedgerEntry stored = *alice.findLedgerEntry(entry.id);
        QCOMPARE(stored.description, QStringLiteral("Licence Q2, signed"));
        QCOMPARE(stored.amount, Money(100000, "CNY"));  // Alice kept her whole version
        QCOMPARE(stored.version, qint64(3));
    }

private:
    template <typename Dialog>
    void whenModal(std::function<void(Dialog *)> act)
    {
        QTimer::singleShot(0, this, [act] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            act(dialog);
        });
    }

    static void setText(QWidget *dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void bobSaves(const QString &city)
    {
        PartnerRepository bob(m_bob);
        Partner p = *bob.find(m_id);
        p.city = city;
        QString error;
        QVERIFY2(bob.update(p, &error), qPrintable(error));
    }

    Partner stored() const { return *PartnerRepository(*m_window->workspace()).find(m_id); }

    static int findRow(ConflictDialog *dialog, const QString &label)
    {
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            if (dialog->table()->item(row, 0)->text() == label) return row;
        return -1;
    }

    // Alice opens the form, Bob saves meanwhile, Alice saves: the conflict dialog appears, is
    // looked at, and `choice` is clicked. After EditAgain, `again` handles the reopened form.
    void aliceEditsWhileBobSaves(ConflictDialog::Choice choice, std::function<void(ConflictDialog *)> look = {},
                                 std::function<void(PartnerDialog *)> again = {})
    {
        bool conflictShown = false;
        whenModal<PartnerDialog>([&](PartnerDialog *dialog) {
            bobSaves(QStringLiteral("Bob's Hangzhou"));
            setText(dialog, QStringLiteral("city"), QStringLiteral("Alice's Wuxi"));
            whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
                conflictShown = true;
                if (look) look(conflict);
                if (again) whenModal<PartnerDialog>(again);
                QTest::mouseClick(conflict->button(choice), Qt::LeftButton);
            });
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
        m_page->editCurrent();
        QVERIFY(conflictShown);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Workspace m_bob;
    ListPage *m_page = nullptr;
    qint64 m_id = 0;
};

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
