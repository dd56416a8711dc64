#include "models/analytics/EcosystemHealth.h"

#include <QtTest>

namespace {
PartnerFacts partner(qint64 id, const char *industry, const char *mode, bool active, qint64 revenue, qint64 profit,
                     const char *currency = "USD")
{
    PartnerFacts p;
    p.id = id;
    p.name = QStringLiteral("Partner %1").arg(id);
    p.industry = QString::fromLatin1(industry);
    p.cooperationMode = QString::fromLatin1(mode);
    p.active = active;
    p.lifetimeRevenue = Money(revenue, QString::fromLatin1(currency));
    p.lifetimeProfit = Money(profit, QString::fromLatin1(currency));
    return p;
}
QVector<PartnerFacts> partners()
{
    return {partner(1, "Energy", "Joint venture", true, 50000, 6000),
            partner(2, "Energy", "Licensing", false, 30000, 3000),
            partner(3, "Retail", "Licensing", true, 20000, 1000),
            partner(4, "", "Joint venture", true, 0, 0)};
}
const QDate today(2024, 6, 1);
}  // namespace

class TestEcosystemHealth : public QObject {
    Q_OBJECT
private slots:
    void spreadOverIndustries()
    {
        const auto s = EcosystemHealth::spread(partners(), EcosystemHealth::SegmentBy::Industry, "USD");
        QVERIFY(s);
        QCOMPARE(s->size(), 3);
        QCOMPARE(s->at(0).name, QStringLiteral("Energy"));  // 800.00 of 1000.00 = 80%
        QCOMPARE(s->at(0).partners, 2);
        QCOMPARE(s->at(0).activePartners, 1);
        QCOMPARE(s->at(0).revenue, Money(80000, "USD"));
        QCOMPARE(s->at(0).revenueShare, *Rate::parse("80%"));
        QCOMPARE(s->at(1).name, QStringLiteral("Retail"));  // 20%
        QCOMPARE(s->at(2).name, QStringLiteral("(not stated)"));
        QVERIFY(s->at(2).revenueShare.isZero());
    }

    void spreadOverCooperationModes()
    {
        const auto s = EcosystemHealth::spread(partners(), EcosystemHealth::SegmentBy::CooperationMode, "USD");
        QVERIFY(s);
        QCOMPARE(s->size(), 2);
        // Licensing 300 + 200 = 500.00, Joint venture 500 + 0 = 500.00: equal, so by name
        QCOMPARE(s->at(0).name, QStringLiteral("Joint venture"));
        QCOMPARE(s->at(0).revenueShare, *Rate::fraction(1, 2));
        QCOMPARE(s->at(1).partners, 2);
    }

    void activeVersusEnded()
    {
        const auto c = EcosystemHealth::partnerCounts(partners());
        QCOMPARE(c.active, 3);
        QCOMPARE(c.ended, 1);
    }

    void concentrationOverPartners()
    {
        // shares 50%, 30%, 20%, 0%: 3800
        const auto c = EcosystemHealth::concentration(partners(), "USD");
        QVERIFY(c);
        QCOMPARE(c->hhi(), qint64(3800));
    }

    void contractsExpiringSoon()
    {
        auto contract = [](qint64 id, QDate end) { return ContractFacts{id, 1, QStringLiteral("C%1").arg(id), end}; };
        const QVector<ContractFacts> contracts{
            contract(1, today.addDays(91)),  // beyond 90 days
            contract(2, today.addDays(31)),  // within 60
            contract(3, today),              // ends today: within 30
            contract(4, today.addDays(90)),  // within 90
            contract(5, today.addDays(-1)),  // already ended
            contract(6, today.addDays(30)),  // within 30
        };
        const auto e = EcosystemHealth::expiringContracts(contracts, today);
        auto ids = [](const QVector<ContractFacts> &cs) {
            QVector<qint64> v;
            for (const auto &c : cs) v.append(c.id);
            return v;
        };
        QCOMPARE(ids(e.within30), (QVector<qint64>{3, 6}));
        QCOMPARE(ids(e.within60), (QVector<qint64>{3, 6, 2}));
        QCOMPARE(ids(e.within90), (QVector<qint64>{3, 6, 2, 4}));
    }

    void overdueMilestones()
    {
        const QVector<MilestoneFacts> milestones{
            {1, 10, "due today", today, false},
            {2, 10, "yesterday", today.addDays(-1), false},
            {3, 11, "a month ago", QDate(2024, 5, 1), false},
            {4, 11, "done late", QDate(2024, 4, 1), true},
        };
        const auto overdue = EcosystemHealth::overdueMilestones(milestones, today);
        QCOMPARE(overdue.size(), 2);
        QCOMPARE(overdue[0].milestone.id, qint64(3));
        QCOMPARE(overdue[0].daysOverdue, qint64(31));
        QCOMPARE(overdue[1].daysOverdue, qint64(1));
    }

    void projectsLosingMoney()
    {
        auto project = [](qint64 id, qint64 revenue, qint64 cost) {
            return ProjectFacts{id, QStringLiteral("P%1").arg(id), *ProfitAndLoss::of(Money(revenue, "USD"), Money(cost, "USD"))};
        };
        const auto losing = EcosystemHealth::losingProjects(
            {project(1, 100, 50), project(2, 100, 150), project(3, 0, 500), project(4, 10, 10)});
        QCOMPARE(losing.size(), 2);  // break-even is not a loss
        QCOMPARE(losing[0].id, qint64(3));  // -5.00 before -0.50
        QCOMPARE(losing[1].id, qint64(2));
    }

    void lifetimeProfitShares()
    {
        // 60.00 + 30.00 + 10.00 + 0 = 100.00
        const auto s = EcosystemHealth::profitShares(partners(), "USD");
        QVERIFY(s);
        QCOMPARE(s->at(0).partnerId, qint64(1));
        QCOMPARE(s->at(0).share, *Rate::parse("60%"));
        QCOMPARE(s->at(1).share, *Rate::parse("30%"));
        QCOMPARE(s->at(2).share, *Rate::parse("10%"));
        QVERIFY(s->at(3).share.isZero());
        // A partner that lost money has a negative share: -10.00 of 90.00 total = -11.11%
        auto withLoss = partners();
        withLoss[3].lifetimeProfit = Money(-1000, "USD");
        QCOMPARE(EcosystemHealth::profitShares(withLoss, "USD")->last().share.toPercentString(), QStringLiteral("-11.11%"));
    }

    void refusesMeaninglessOrMixedFigures()
    {
        QString error;
        auto losses = partners();
        for (auto &p : losses) p.lifetimeProfit = Money(-5, "USD");
        QVERIFY(!EcosystemHealth::profitShares(losses, "USD", &error));
        QVERIFY(error.contains("not positive"));
        auto mixed = partners();
        mixed.append(partner(5, "Energy", "Licensing", true, 100, 10, "EUR"));
        QVERIFY(!EcosystemHealth::spread(mixed, EcosystemHealth::SegmentBy::Industry, "USD", &error));
        QVERIFY(error.contains("EUR") && error.contains("Partner 5"));
        QVERIFY(!EcosystemHealth::profitShares(mixed, "USD", &error));
        QVERIFY(!EcosystemHealth::concentration(mixed, "USD", &error));
    }
};

QTEST_GUILESS_MAIN(TestEcosystemHealth)
#include "tst_ecosystemhealth.moc"
