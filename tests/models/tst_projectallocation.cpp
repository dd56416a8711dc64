// A project's allocation as read from its records: the contract's synergy per pair enters the
// default Shapley game, and Lepton, where the fixed shares leave it a retained share, takes part
// with the project's booked cost as its contribution.
#include "models/analytics/ProjectAllocation.h"
#include "TestRecords.h"

#include <QtTest>

class TestProjectAllocation : public QObject {
    Q_OBJECT
private:
    TestRecords::Fixture m_fixture;
    QList<qint64> m_partners;

    // Two partners contributing 10.00 each with fixed shares of 40 % and 30 %, so Lepton keeps 30 %;
    // revenue 30.00 and cost 20.00 make a profit of 10.00. The contract records the given synergy.
    qint64 project(const QString &name, int pairSynergyBasisPoints)
    {
        QString error;
        Contract c = TestRecords::contract(QStringLiteral("SYN-") + name, m_partners);
        c.allocationMethod = AllocationMethod::Shapley;
        c.pairSynergyBasisPoints = pairSynergyBasisPoints;
        if (!ContractRepository(m_fixture.workspace).create(c, &error)) qFatal("%s", qPrintable(error));
        Project p = TestRecords::project(name, m_partners);
        p.contractId = c.id;
        for (int i = 0; i < p.participants.size(); ++i) {
            p.participants[i].contribution = Money(1000, QStringLiteral("CNY"));
            p.participants[i].fixedShareBasisPoints = i == 0 ? 4000 : 3000;
        }
        ProjectRepository projects(m_fixture.workspace);
        if (!projects.create(p, &error)) qFatal("%s", qPrintable(error));
        for (const auto &[kind, minor] : {std::pair{LedgerKind::Revenue, 3000}, std::pair{LedgerKind::Cost, 2000}}) {
            LedgerEntry e{0, p.id, QDate(2025, 6, 1), kind, Money(minor, QStringLiteral("CNY")), QStringLiteral("line")};
            if (!projects.addLedgerEntry(e, &error)) qFatal("%s", qPrintable(error));
        }
        return p.id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        PartnerRepository partners(m_fixture.workspace);
        for (const char *name : {"Alpha Vision", "Beta Data"}) {
            Partner p = TestRecords::partner(QString::fromLatin1(name));
            QString error;
            QVERIFY2(partners.create(p, &error), qPrintable(error));
            m_partners << p.id;
        }
    }

    void contractSynergyMakesShapleyDifferFromProportional()
    {
        // Players: Alpha (contributes 10.00), Beta (10.00), Lepton (the booked cost, 20.00):
        // contributions 1:1:2, profit 10.00 = 1000 fen, synergy 10 % of the profit = 100 per pair.
        // Standalone values share 1000 - 3 x 100 = 700 as 1:1:2: a = 175, 175, 350.
        //   v(A) = 175, v(B) = 175, v(L) = 350,
        //   v(AB) = 175 + 175 + 100 = 450, v(AL) = v(BL) = 175 + 350 + 100 = 625,
        //   v(ABL) = 175 + 175 + 350 + 3 x 100 = 1000 (the profit).
        // Shapley: each gets its standalone value plus half of each of its two pairs' synergy:
        //   A = B = 175 + 100 = 275, L = 350 + 100 = 450 (sum 1000).
        // Proportional to 1:1:2: 250, 250, 500. Lepton's fixed share keeps 30 %: 300.
        const auto allocation = ProjectAllocation::read(m_fixture.workspace, project(QStringLiteral("Shared"), 1000), {});
        QVERIFY(allocation);
        QCOMPARE(allocation->partnerIds(), (QVector<qint64>{m_partners[0], m_partners[1], 0}));
        const ProjectAllocationInput &in = allocation->input();
        QCOMPARE(in.profit, Money(1000, QStringLiteral("CNY")));
        QCOMPARE(in.participants[2].contribution, Money(2000, QStringLiteral("CNY")));

        QString error;
        const QVector<qint64> contributions{1000, 1000, 2000};
        const auto game = CoalitionGame::fromContributions(in.profit.minorUnits(), contributions, in.synergies, &error);
        QVERIFY2(game, qPrintable(error));
        QCOMPARE(game->valueTable(), (QVector<qint64>{0, 175, 175, 450, 350, 625, 625, 1000}));

        const auto shapley = AllocationScheme::allocate(AllocationMethod::Shapley, in, &error);
        QVERIFY2(shapley, qPrintable(error));
        QCOMPARE(shapley->amounts, (QVector<Money>{Money(275, "CNY"), Money(275, "CNY"), Money(450, "CNY")}));
        const auto proportional = AllocationScheme::allocate(AllocationMethod::ProportionalToContribution, in, &error);
        QVERIFY2(proportional, qPrintable(error));
        QCOMPARE(proportional->amounts, (QVector<Money>{Money(250, "CNY"), Money(250, "CNY"), Money(500, "CNY")}));
        const auto fixed = AllocationScheme::allocate(AllocationMethod::FixedShares, in, &error);
        QVERIFY2(fixed, qPrintable(error));
        QCOMPARE(fixed->amounts.last(), Money(300, "CNY"));
    }

    void withoutSynergyShapleyIsProportional()
    {
        const auto allocation = ProjectAllocation::read(m_fixture.workspace, project(QStringLiteral("Apart"), 0), {});
        QVERIFY(allocation);
        QVERIFY(allocation->input().synergies.isEmpty());
        QString error;
        const auto shapley = AllocationScheme::allocate(AllocationMethod::Shapley, allocation->input(), &error);
        QVERIFY2(shapley, qPrintable(error));
        QCOMPARE(shapley->amounts, (QVector<Money>{Money(250, "CNY"), Money(250, "CNY"), Money(500, "CNY")}));
    }
};

QTEST_GUILESS_MAIN(TestProjectAllocation)
#include "tst_projectallocation.moc"
