#include "models/lists/ProjectListModel.h"
#include "TestRecords.h"

#include <QAbstractItemModelTester>

using namespace TestRecords;

class TestProjectListModel : public QObject {
    Q_OBJECT
private slots:
    void showsLedgerSumsAndOverdueMilestones()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        ProjectRepository projects(f.workspace);
        QString error;
        Partner a = partner("Granite Robotics");
        QVERIFY(partners.create(a, &error));
        Project late = project("Warehouse vision", {a.id});
        late.milestones = {{0, "Prototype", QDate::currentDate().addDays(-3), {}}};
        Project onTime = project("Route planner");
        onTime.status = ProjectStatus::Planned;
        onTime.startDate = QDate(2024, 1, 1);
        onTime.milestones = {{0, "Done early", QDate::currentDate().addDays(-3), QDate::currentDate().addDays(-5)},
                             {0, "Later", QDate::currentDate().addDays(30), {}}};
        QVERIFY(projects.create(late, &error) && projects.create(onTime, &error));
        for (int i = 0; i < 24; ++i) {
            LedgerEntry revenue{0, late.id, QDate(2024, 1, 1).addMonths(i), LedgerKind::Revenue, Money(100000, "CNY"), "monthly fee"};
            LedgerEntry cost{0, late.id, QDate(2024, 1, 1).addMonths(i), LedgerKind::Cost, Money(25050, "CNY"), "cloud"};
            QVERIFY(projects.addLedgerEntry(revenue, &error) && projects.addLedgerEntry(cost, &error));
        }

        ProjectListModel model(f.workspace);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProjectListModel::Name).data().toString(), QString("Route planner"));
        const int row = 1;
        QCOMPARE(model.index(row, ProjectListModel::Participants).data().toInt(), 1);
        QCOMPARE(model.index(row, ProjectListModel::Revenue).data(RecordListModel::KeyRole).toList(), QVariantList{qint64(2400000)});
        QCOMPARE(model.index(row, ProjectListModel::Cost).data(RecordListModel::KeyRole).toList(), QVariantList{qint64(601200)});
        QCOMPARE(model.index(row, ProjectListModel::Profit).data(RecordListModel::KeyRole).toList(), QVariantList{qint64(1798800)});
        QVERIFY(model.index(row, ProjectListModel::Profit).data().toString().contains("CNY"));
        QVERIFY(model.index(row, 0).data(RecordListModel::AttentionRole).toBool());
        QVERIFY(!model.index(0, 0).data(RecordListModel::AttentionRole).toBool());
        QCOMPARE(model.index(0, ProjectListModel::Revenue).data(RecordListModel::KeyRole).toList(), QVariantList{});

        model.sort(ProjectListModel::Start, Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data().toString(), QString("Route planner"));
        model.setStatusFilter(ProjectStatus::Running);
        QCOMPARE(model.rowCount(), 1);
        model.setStatusFilter(std::nullopt);
        model.setParticipantFilter(a.id);
        QCOMPARE(model.rowCount(), 1);
        model.setParticipantFilter(0);
        model.setIndustryFilter(Industry::Logistics);
        model.setSearchText("vision");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), late.id);
    }
};

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
