// The contract and project forms explain cross-field rules next to the right field: dates in
// order, fixed shares at most 100 %, no negative amounts.
#include "ui/records/ContractDialog.h"
#include "models/repositories/ContractRepository.h"
#include "ui/widgets/MoneyEdit.h"
#include "models/repositories/PartnerRepository.h"
#include "ui/records/ProjectDialog.h"
#include "models/storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestContractDialog : public QObject {
    Q_OBJECT
    // A new contract's form, its reference and title typed in.
    static Contract newContract()
    {
        Contract c;
        c.startDate = QDate(2026, 1, 1);
        c.endDate = QDate(2027, 1, 1);
        return c;
    }
    static void typeReferenceAndTitle(ContractDialog &dialog, const QString &reference)
    {
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("reference")), reference);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral("Joint imaging R&D"));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
        PartnerRepository partners(m_workspace);
        for (const QString &name : {QStringLiteral("Alpha Vision"), QStringLiteral("Beta Data")}) {
            Partner p;
            p.name = name;
            QVERIFY2(partners.create(p, &error), qPrintable(error));
            m_ids << p.id;
        }
    }
    void cleanup()
    {
        m_workspace.close();
        m_ids.clear();
        QFile::remove(m_dir.filePath(QStringLiteral("w.sqlite")));
    }

    void sharesAboveHundredPercentAreExplainedAtTheParties()
    {
        ContractRepository contracts(m_workspace);
        ContractDialog dialog(newContract(), m_workspace, contracts);
        typeReferenceAndTitle(dialog, QStringLiteral("LPS-2026-100"));
        auto *allocation = dialog.findChild<QComboBox *>(QStringLiteral("allocation_method"));
        allocation->setCurrentIndex(allocation->findData(QStringLiteral("fixed_shares")));
        dialog.addParty(m_ids[0], QStringLiteral("Alpha Vision"), 70);
        dialog.addParty(m_ids[1], QStringLiteral("Beta Data"), 40);
        QVERIFY(dialog.errorText(QStringLiteral("party_ids")).contains(QStringLiteral("100")));
        QVERIFY(!dialog.okButton()->isEnabled());

        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("partyTable"));
        static_cast<QDoubleSpinBox *>(table->cellWidget(1, 1))->setValue(30);
        QVERIFY(dialog.errorText(QStringLiteral("party_ids")).isEmpty());
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.contract().allocationParameters.value(QStringLiteral("shares")).toObject().size(), 2);
    }

    // The synergy per pair is typed as a percentage, refused beyond 100 %, stored and shown again.
    void synergyPerPairIsTypedAndKept()
    {
        ContractRepository contracts(m_workspace);
        ContractDialog dialog(newContract(), m_workspace, contracts);
        typeReferenceAndTitle(dialog, QStringLiteral("LPS-2026-101"));
        dialog.addParty(m_ids[0], QStringLiteral("Alpha Vision"));
        auto *synergy = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("pair_synergy_basis_points"));
        QVERIFY(synergy && !synergy->toolTip().isEmpty());
        synergy->setFocus();
        QTest::keyClick(synergy, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(synergy, QStringLiteral("150"));
        QVERIFY(dialog.errorText(QStringLiteral("pair_synergy_basis_points")).contains(QStringLiteral("100")));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClick(synergy, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(synergy, QStringLiteral("7.5"));
        QVERIFY(dialog.errorText(QStringLiteral("pair_synergy_basis_points")).isEmpty());
        QVERIFY(!synergy->toolTip().isEmpty());  // the explanation is back once the error is put right
        QVERIFY(dialog.okButton()->isEnabled());

        Contract typed = dialog.contract();
        QCOMPARE(typed.pairSynergyBasisPoints, 750);
        QString error;
        QVERIFY2(contracts.create(typed, &error), qPrintable(error));
        const auto stored = contracts.find(typed.id);
        QVERIFY(stored);
        QCOMPARE(stored->pairSynergyBasisPoints, 750);
        ContractDialog again(*stored, m_workspace, contracts);
        QCOMPARE(again.findChild<QDoubleSpinBox *>(QStringLiteral("pair_synergy_basis_points"))->value(), 7.5);
        QCOMPARE(again.contract(), *stored);
    }

    void endBeforeStartAndNegativeValueAreExplained()
    {
        ContractRepository contracts(m_workspace);
        Contract c;
        c.startDate = QDate(2026, 6, 1);
        c.endDate = QDate(2027, 6, 1);
        ContractDialog dialog(c, m_workspace, contracts);
        dialog.show();
        dialog.findChild<QDateEdit *>(QStringLiteral("end_date"))->setDate(QDate(2026, 5, 1));
        QVERIFY(!dialog.errorText(QStringLiteral("end_date")).isEmpty());
        QTest::keyClicks(dialog.findChild<MoneyEdit *>(QStringLiteral("total_value_minor"))->amountEdit(), QStringLiteral("-5"));
        QVERIFY(!dialog.errorText(QStringLiteral("total_value_minor")).isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void projectParticipantSharesAndContributionsAreChecked()
    {
        Project p;
        p.name = QStringLiteral("Port crane vision");
        p.startDate = QDate(2026, 1, 1);
        ProjectDialog dialog(p, m_workspace);
        dialog.show();
        Participant a;
        a.partnerId = m_ids[0];
        a.contribution = Money(100000, QStringLiteral("CNY"));
        a.fixedShareBasisPoints = 6000;
        Participant b = a;
        b.partnerId = m_ids[1];
        dialog.addParticipant(a, QStringLiteral("Alpha Vision"));
        dialog.addParticipant(b, QStringLiteral("Beta Data"));
        QVERIFY(dialog.errorText(QStringLiteral("participants")).contains(QStringLiteral("100")));  // 120 %
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("participantTable"));
        static_cast<QDoubleSpinBox *>(table->cellWidget(1, 3))->setValue(40);
        QVERIFY(dialog.errorText(QStringLiteral("participants")).isEmpty());
        QLineEdit *amount = static_cast<MoneyEdit *>(table->cellWidget(0, 2))->amountEdit();
        amount->setText(QStringLiteral("-10"));
        QVERIFY(!dialog.errorText(QStringLiteral("participants")).isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
    QList<qint64> m_ids;
};

QTEST_MAIN(TestContractDialog)
#include "tst_contractdialog.moc"
