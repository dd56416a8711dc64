#include "models/records/ContractValidator.h"
#include "TestRecords.h"

using namespace TestRecords;

class TestContractRepository : public QObject {
    Q_OBJECT
private slots:
    void createReadUpdateDeleteWithParties()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        ContractRepository contracts(f.workspace);
        QString error;
        Partner a = partner("Jade River Bank"), b = partner("Blue Harbor Freight");
        QVERIFY(partners.create(a, &error) && partners.create(b, &error));

        Contract c = contract("LPS-2025-001", {a.id, b.id});
        c.allocationMethod = AllocationMethod::FixedShares;
        c.allocationParameters = QJsonObject{{"shares", QJsonObject{{QString::number(a.id), 60}, {QString::number(b.id), 40}}}};
        c.dataAccessExpiry = QDate(2026, 6, 30);
        c.anonymisationRequired = true;
        QVERIFY2(contracts.create(c, &error), qPrintable(error));
        QVERIFY2(contracts.find(c.id, &error).has_value(), qPrintable(error));
        QCOMPARE(*contracts.find(c.id), c);
        QCOMPARE(contracts.find(c.id)->partyIds, (QList<qint64>{a.id, b.id}));
        QCOMPARE(contracts.contractsOf(b.id).size(), 1);

        Contract changed = c;
        changed.partyIds = {b.id};
        changed.allocationParameters = QJsonObject{{"shares", QJsonObject{{QString::number(b.id), 100}}}};
        changed.totalValue = Money(99, "EUR");
        Contract before;
        QVERIFY2(contracts.update(changed, &error, &before), qPrintable(error));
        QCOMPARE(before.partyIds.size(), 2);
        QCOMPARE(contracts.find(c.id)->partyIds, QList<qint64>{b.id});
        QCOMPARE(contracts.find(c.id)->totalValue, Money(99, "EUR"));
        QVERIFY(contracts.contractsOf(a.id).isEmpty());

        Contract removed;
        QVERIFY2(contracts.remove(c.id, changed.version, &error, &removed), qPrintable(error));
        QVERIFY(!contracts.find(c.id));
        QVERIFY2(contracts.restore(removed, &error), qPrintable(error));
        QCOMPARE(*contracts.find(c.id), removed);
        QCOMPARE(AuditLog(f.workspace).entriesFor("contract", c.id).size(), 4);
    }

    void explainsWhatIsWrong()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        ContractRepository contracts(f.workspace);
        QString error;
        Partner a = partner("Solo Partner");
        QVERIFY(partners.create(a, &error));
        Contract ok = contract("REF-1", {a.id});
        QVERIFY(contracts.create(ok, &error));

        Contract dup = contract("ref-1", {a.id});
        QVERIFY(!contracts.create(dup, &error));
        QVERIFY2(error.contains("reference"), qPrintable(error));

        Contract bad = contract("REF-2", {});
        bad.endDate = QDate(2024, 1, 1);
        bad.totalValue = Money(-1, "CNY");
        bad.allocationMethod = AllocationMethod::FixedShares;
        bad.allocationParameters = QJsonObject{{"shares", QJsonObject{{QString::number(a.id), 70}, {"999", 40}}}};
        const ValidationResult result = ContractValidator().validate(bad);
        QVERIFY(!result.messageFor("party_ids").isEmpty());
        QVERIFY(result.messageFor("end_date").contains("before the start"));
        QVERIFY(!result.messageFor("total_value_minor").isEmpty());
        QVERIFY(result.messageFor("allocation_parameters").contains("110"));
        QVERIFY(result.messageFor("allocation_parameters").contains("not a party"));
        QVERIFY(!contracts.create(bad, &error));
        QCOMPARE(contracts.count(), 1);

        // A party that does not exist is stopped by the foreign key, in words.
        Contract ghost = contract("REF-3", {4242});
        QVERIFY(!contracts.create(ghost, &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));
        QCOMPARE(contracts.count(), 1);
    }

    void refusesToDeleteAContractProjectsRunUnder()
    {
        Fixture f;
        QVERIFY(f.open());
        PartnerRepository partners(f.workspace);
        ContractRepository contracts(f.workspace);
        ProjectRepository projects(f.workspace);
        QString error;
        Partner a = partner("Anchor Labs");
        QVERIFY(partners.create(a, &error));
        Contract c = contract("K-9", {a.id});
        QVERIFY(contracts.create(c, &error));
        for (const char *name : {"One", "Two"}) {
            Project p = project(name);
            p.contractId = c.id;
            QVERIFY2(projects.create(p, &error), qPrintable(error));
        }
        QVERIFY(!contracts.remove(c.id, c.version, &error));
        QVERIFY2(error.contains("K-9") && error.contains("2 projects") && error.contains("Terminated"), qPrintable(error));
        QVERIFY(contracts.find(c.id));
        QVERIFY(!partners.remove(a.id, a.version, &error));
        QVERIFY(error.contains("1 contract"));
    }

    void noticePeriodFlag()
    {
        Contract c = contract("N", {1});
        c.endDate = QDate(2026, 3, 31);
        c.noticePeriodDays = 30;
        QVERIFY(!c.isEndingWithinNotice(QDate(2026, 2, 28)));
        QVERIFY(c.isEndingWithinNotice(QDate(2026, 3, 1)));
        QVERIFY(c.isEndingWithinNotice(QDate(2026, 3, 31)));
        QVERIFY(!c.isEndingWithinNotice(QDate(2026, 4, 1)));
        c.status = ContractStatus::Terminated;
        QVERIFY(!c.isEndingWithinNotice(QDate(2026, 3, 15)));
    }
};

QTEST_GUILESS_MAIN(TestContractRepository)
#include "tst_contractrepository.moc"
