#include "models/lists/PartnerListModel.h"
#include "TestRecords.h"
#include "models/storage/Transaction.h"

#include <QAbstractItemModelTester>

using namespace TestRecords;

class TestPartnerListModel : public QObject {
    Q_OBJECT
private:
    Fixture m_f;
    static constexpr int kPartners = 700;  // more than two pages

private slots:
    void initTestCase()
    {
        QVERIFY(m_f.open());
        PartnerRepository repo(m_f.workspace);
        Transaction batch(m_f.workspace.database());
        QString error;
        for (int i = 0; i < kPartners; ++i) {
            Partner p = partner(QString("Partner %1").arg(i, 4, 10, QChar('0')), i % 4 == 0 ? PartnerStatus::Ended : PartnerStatus::Active,
                                i % 2 ? Industry::Finance : Industry::Retail);
            if (i == 123) { p.name = "深圳云杉智能"; p.city = "Shenzhen"; p.capabilityTags = {"medical imaging"}; }
            if (i == 124) { p.name = "100% Data_Co \"quoted\""; }
            QVERIFY2(repo.create(p, &error), qPrintable(error));
        }
        QVERIFY(batch.commit(&error));
    }

    void showsRowsPageByPage()
    {
        PartnerListModel model(m_f.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kPartners);
        QCOMPARE(model.columnCount(), int(PartnerListModel::ColumnCount));
        QCOMPARE(model.headerData(PartnerListModel::Status, Qt::Horizontal).toString(), QString("Status"));
        // Sorted by name: row 0 starts with digits, far rows come from later pages.
        QCOMPARE(model.index(0, PartnerListModel::Name).data().toString(), QString("100% Data_Co \"quoted\""));
        // (Partner 0123 and 0124 were renamed, so from row 124 on row r shows Partner r + 1.)
        QCOMPARE(model.index(599, PartnerListModel::Name).data().toString(), QString("Partner 0600"));
        QCOMPARE(model.index(599, PartnerListModel::Status).data().toString(), QString("Ended"));
        QCOMPARE(model.index(599, PartnerListModel::Status).data(RecordListModel::KeyRole).toString(), QString("ended"));
        const qint64 id = model.idAt(599);
        QCOMPARE(model.index(599, 0).data(RecordListModel::IdRole).toLongLong(), id);
        QCOMPARE(model.rowOfId(id), 599);
    }

    void sortsFiltersAndSearchesInSql()
    {
        PartnerListModel model(m_f.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(PartnerListModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QString("深圳云杉智能"));
        QCOMPARE(model.index(1, 0).data().toString(), QString("Partner 0699"));

        model.setStatusFilter(PartnerStatus::Ended);
        QCOMPARE(model.rowCount(), kPartners / 4);
        model.setIndustryFilter(Industry::Retail);
        QCOMPARE(model.rowCount(), kPartners / 4);  // every 4th is also even
        model.setIndustryFilter(Industry::Finance);
        QCOMPARE(model.rowCount(), 0);
        model.setIndustryFilter(std::nullopt);
        model.setStatusFilter(std::nullopt);
        QCOMPARE(model.rowCount(), kPartners);

        model.setSearchText("rtner 060");  // full-text: words of three or more characters
        QCOMPARE(model.rowCount(), 11);      // 0060 and 0600-0609
        model.setSearchText("rtner 06");     // a two-character word matches the start of a word
        QCOMPARE(model.rowCount(), 100);     // 0600-0699
        model.setSearchText("深圳");
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText("云杉");  // two characters inside a word are not a word start
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText("shenZHEN imaging");  // case-insensitive, every word must match, tags included
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PartnerListModel::City).data().toString(), QString("Shenzhen"));
        model.setSearchText("100%");  // wildcards are plain characters
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText("% _");  // punctuation alone searches nothing, so shows everything
        QCOMPARE(model.rowCount(), kPartners);
        model.setSearchText("\"quoted\" DA");  // FTS syntax characters are plain too
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText("");
        QCOMPARE(model.rowCount(), kPartners);
    }

    void refreshShowsChangesAndExportVisitsTheFilteredRows()
    {
        PartnerListModel model(m_f.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText("Zeta");
        QCOMPARE(model.rowCount(), 0);
        PartnerRepository repo(m_f.workspace);
        QString error;
        Partner p = partner("Zeta Ports");
        QVERIFY(repo.create(p, &error));
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), p.id);
        QVERIFY(repo.remove(p.id, p.version, &error));
        model.refresh();
        QCOMPARE(model.rowCount(), 0);

        model.setSearchText("");
        model.setStatusFilter(PartnerStatus::Ended);
        model.sort(PartnerListModel::Name, Qt::DescendingOrder);
        QList<qint64> ids;
        QVERIFY(model.forEachId([&](qint64 id) { ids << id; return true; }, &error));
        QCOMPARE(ids.size(), kPartners / 4);
        QCOMPARE(ids.first(), model.idAt(0));
        QCOMPARE(ids.last(), model.idAt(model.rowCount() - 1));
    }
};

QTEST_GUILESS_MAIN(TestPartnerListModel)
#include "tst_partnerlistmodel.moc"
