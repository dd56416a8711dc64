#include "models/lists/ContractListModel.h"
#include "TestRecords.h"

#include <QAbstractItemModelTester>

using namespace TestRecords;

class TestContractListModel : public QObject {
    Q_OBJECT
private slots:
    void listsFlagsAndFilters()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        ContractRepository contracts(f.workspace);
        QString error;
        Partner a = partner("Kestrel Mobility"), b = partner("Lotus Health");
        QVERIFY(partners.create(a, &error) && partners.create(b, &error));
        Contract ending = contract("C-ENDING", {a.id, b.id});
        ending.endDate = QDate(2026, 3, 31);
        ending.noticePeriodDays = 90;
        ending.totalValue = Money(123456789, "USD");
        Contract calm = contract("C-CALM", {b.id});
        calm.mode = CooperationMode::JointMarketing;
        calm.endDate = QDate(2027, 12, 31);
        Contract draft = contract("C-DRAFT", {a.id});
        draft.status = ContractStatus::Draft;
        draft.endDate = QDate(2026, 3, 31);
        QVERIFY(contracts.create(ending, &error) && contracts.create(calm, &error) && contracts.create(draft, &error));

        ContractListModel model(f.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 2, 1));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, ContractListModel::Reference).data().toString(), QString("C-DRAFT"));
        QCOMPARE(model.index(2, ContractListModel::Reference).data().toString(), QString("C-ENDING"));
        QCOMPARE(model.index(2, ContractListModel::Parties).data().toString(), QString("Kestrel Mobility, Lotus Health"));
        QCOMPARE(model.index(2, ContractListModel::Mode).data().toString(), QString("Data sharing"));
        QVERIFY(model.index(2, ContractListModel::Value).data().toString().contains("USD"));
        // Only the active contract inside its notice period is flagged, with the reason.
        QVERIFY(model.index(2, 0).data(RecordListModel::AttentionRole).toBool());
        QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains("90-day"));
        QVERIFY(!model.index(1, 0).data(RecordListModel::AttentionRole).toBool());
        QVERIFY(!model.index(0, 0).data(RecordListModel::AttentionRole).toBool());

        model.sort(ContractListModel::End, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QString("C-CALM"));
        QVERIFY(!model.isSortable(ContractListModel::Parties));
        model.setModeFilter(CooperationMode::JointMarketing);
        QCOMPARE(model.rowCount(), 1);
        model.setModeFilter(std::nullopt);
        model.setStatusFilter(ContractStatus::Active);
        QCOMPARE(model.rowCount(), 2);
        model.setPartyFilter(a.id);
        QCOMPARE(model.rowCount(), 1);
        model.setPartyFilter(0);
        model.setStatusFilter(std::nullopt);
        model.setSearchText("c-dr");
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText("pilot");
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestContractListModel)
#include "tst_contractlistmodel.moc"
