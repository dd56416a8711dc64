#include "models/repositories/PartnerRepository.h"
#include "models/records/PartnerValidator.h"
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QTemporaryDir>
#include <QtTest>

class TestPartnerRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Workspace m_ws;

    static Partner sample(const QString &name)
    {
        Partner p;
        p.name = name;
        p.kind = PartnerKind::ResearchInstitute;
        p.industry = Industry::SmartCity;
        p.country = "China";
        p.city = "Shenzhen";
        p.email = "li.wei@example.cn";
        p.capabilityTags = {"IoT", "computer vision"};
        p.tier = PartnerTier::Key;
        p.status = PartnerStatus::Active;
        p.rating = 4;
        return p;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_ws.open(TestBackend::freshLocation(m_dir.filePath(QString("p%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))), &error), qPrintable(error));
    }
    void cleanup() { m_ws.close(); }

    void createReadUpdateDelete()
    {
        PartnerRepository repo(m_ws);
        QString error;
        Partner p = sample("深圳城市感知研究院");
        QVERIFY2(repo.create(p, &error), qPrintable(error));
        QVERIFY(p.id > 0);
        QVERIFY(p.createdAt.isValid());
        QCOMPARE(p.createdAt, p.updatedAt);

        auto stored = repo.find(p.id);
        QVERIFY(stored.has_value());
        QCOMPARE(*stored, p);
        QCOMPARE(repo.findByName("深圳城市感知研究院")->id, p.id);

        QTest::qWait(5);  // updated_at must move on
        Partner changed = p;
        changed.city = "Guangzhou";
        changed.rating = 5;
        Partner before;
        QVERIFY2(repo.update(changed, &error, &before), qPrintable(error));
        QCOMPARE(before.city, QString("Shenzhen"));
        QCOMPARE(repo.find(p.id)->city, QString("Guangzhou"));
        QCOMPARE(repo.find(p.id)->createdAt, p.createdAt);
        QVERIFY(repo.find(p.id)->updatedAt > p.updatedAt);

        Partner removed;
        QVERIFY2(repo.remove(p.id, changed.version, &error, &removed), qPrintable(error));
        QVERIFY(!repo.find(p.id).has_value());
        QCOMPARE(removed.city, QString("Guangzhou"));
        // Undo of the delete puts back the same record under the same id.
        QVERIFY2(repo.restore(removed, &error), qPrintable(error));
        QCOMPARE(*repo.find(p.id), removed);
    }

    void refusesDuplicateNamesIgnoringCase()
    {
        PartnerRepository repo(m_ws);
        QString error;
        Partner a = sample("Harbor Logistics Lab");
        QVERIFY2(repo.create(a, &error), qPrintable(error));
        Partner b = sample("  harbor logistics lab ");
        QVERIFY(!repo.create(b, &error));
        QVERIFY2(error.contains("already called"), qPrintable(error));
        QCOMPARE(repo.count(), 1);
        // Renaming another partner onto the taken name is refused too; keeping one's own is fine.
        Partner c = sample("Other");
        QVERIFY(repo.create(c, &error));
        c.name = "HARBOR LOGISTICS LAB";
        QVERIFY(!repo.update(c, &error));
        QVERIFY(repo.update(a, &error));
    }

    void refusesInvalidRecords()
    {
        PartnerRepository repo(m_ws);
        QString error;
        Partner p = sample("");
        p.email = "not-an-address";
        p.rating = 6;
        QVERIFY(!repo.create(p, &error));
        QVERIFY(error.contains("name"));
        QVERIFY(error.contains("e-mail"));
        QVERIFY(error.contains("between 1 and 5"));
        QCOMPARE(repo.count(), 0);

        const ValidationResult result = PartnerValidator().validate(p);
        QVERIFY(!result.messageFor("email").isEmpty());
        QVERIFY(!result.messageFor("rating").isEmpty());
        QVERIFY(result.messageFor("city").isEmpty());
        QVERIFY(PartnerValidator::isValidEmail("a.b@c.de"));
        QVERIFY(!PartnerValidator::isValidEmail("a b@c.de"));
        QVERIFY(!PartnerValidator::isValidEmail("ab@cde"));
    }

    void refusesToDeleteAPartnerOthersDependOn()
    {
        PartnerRepository repo(m_ws);
        QString error;
        Partner p = sample("Northwind Robotics");
        QVERIFY(repo.create(p, &error));
        SqlStatement contract(m_ws.database(),
                              "INSERT INTO contracts (reference, title, mode, start_date, end_date, currency, status, allocation_method, created_at, updated_at) "
                              "VALUES (?, 't', 'joint_rnd', '2025-01-01', '2026-01-01', 'USD', 'active', 'shapley', 'x', 'x') RETURNING id");
        SqlStatement party(m_ws.database(), "INSERT INTO contract_parties VALUES (?, ?)");
        for (const char *ref : {"A-1", "A-2", "A-3"}) {
            QVERIFY2(contract.exec({ref}, &error), qPrintable(error));
            QVERIFY2(party.exec({contract.returnedId(), p.id}, &error), qPrintable(error));
        }
        QVERIFY(!repo.remove(p.id, p.version, &error));
        QVERIFY2(error.contains("Northwind Robotics") && error.contains("3 contracts") && error.contains("Ended"), qPrintable(error));
        QVERIFY(repo.find(p.id).has_value());
    }

    void everyChangeIsInTheAuditLog()
    {
        PartnerRepository repo(m_ws);
        QString error;
        Partner p = sample("Audit Trail Ltd");
        QVERIFY(repo.create(p, &error));
        p.status = PartnerStatus::Ended;
        QVERIFY(repo.update(p, &error));
        QVERIFY(repo.remove(p.id, p.version, &error));
        const QList<AuditEntry> entries = AuditLog(m_ws).entriesFor("partner", p.id);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].action, QString("create"));
        QVERIFY(entries[0].before.isEmpty());
        QCOMPARE(entries[0].after.value("name").toString(), QString("Audit Trail Ltd"));
        QCOMPARE(entries[1].action, QString("update"));
        QCOMPARE(entries[1].changedFields(), QStringList{"status"});
        QCOMPARE(entries[1].before.value("status").toString(), QString("active"));
        QCOMPARE(entries[1].after.value("status").toString(), QString("ended"));
        QCOMPARE(entries[2].action, QString("delete"));
        QVERIFY(entries[2].after.isEmpty());
        QCOMPARE(entries[2].who, m_ws.userName());
        QVERIFY(qAbs(entries[2].at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
};

QTEST_GUILESS_MAIN(TestPartnerRepository)
#include "tst_partnerrepository.moc"
