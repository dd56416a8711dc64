// Partnership risk: each indicator alone gives its reason and the level the documented rule says
// (serious: high; moderate: medium, three of them high), thresholds move where a reason starts,
// and on a workspace (SQLite and PostgreSQL) RiskQueries reads every indicator's facts for the
// partners and contracts, which RiskRegister assesses and keeps.
#include "models/analytics/PartnershipRisk.h"
#include "models/analytics/RiskQueries.h"
#include "models/analytics/RiskRegister.h"
#include "models/storage/SqlStatement.h"
#include "TestRecords.h"

#include <QSettings>
#include <QtTest>

using namespace TestRecords;

Q_DECLARE_METATYPE(RiskFacts)

namespace {
const QDate kToday(2026, 6, 1);

QStringList texts(const RiskAssessment &a)
{
    QStringList out;
    for (const RiskReason &r : a.reasons) out << r.text;
    return out;
}

// A partner whose facts give no reason: rated 3, active with a ledger entry last month.
RiskFacts quiet()
{
    RiskFacts f;
    f.rating = 3;
    f.expectsActivity = true;
    f.lastActivity = kToday.addMonths(-1);
    return f;
}
}  // namespace

class TestPartnershipRisk : public QObject {
    Q_OBJECT
    Fixture m_f;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QString error;
        SqlStatement q(m_f.workspace.database(), sql);
        QVERIFY2(q.exec(values, &error), qPrintable(error));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void eachIndicatorAloneGivesItsReasonAndLevel_data()
    {
        QTest::addColumn<RiskFacts>("facts");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("level");
        RiskFacts f = quiet();
        f.endsWithinNotice = QDate(2026, 6, 20);
        f.endingReference = QStringLiteral("LPS-7");
        QTest::newRow("notice, no renewal") << f << "contract LPS-7 ends on 6/20/26, inside its notice period, with no renewal"
                                            << int(RiskLevel::High);
        f = quiet();
        f.dataAccessEnded = QDate(2026, 3, 1);
        f.runsUsingEndedData = 2;
        QTest::newRow("data access ended") << f << "data access ended on 3/1/26 while 2 training run(s) still use the data"
                                           << int(RiskLevel::High);
        f = quiet();
        f.dataWithoutNda = true;
        QTest::newRow("no NDA") << f << "data is shared without an NDA" << int(RiskLevel::High);
        f = quiet();
        f.overdueMilestones = 2;
        QTest::newRow("overdue") << f << "2 overdue milestone(s)" << int(RiskLevel::Medium);
        f = quiet();
        f.losingProjects = 1;
        QTest::newRow("losing") << f << "1 project(s) losing money" << int(RiskLevel::Medium);
        f = quiet();
        f.revenueShareBasisPoints = 3850;
        QTest::newRow("concentration") << f << "38.5 % of the portfolio's revenue depends on it" << int(RiskLevel::Medium);
        f = quiet();
        f.dataWithoutAnonymisation = true;
        QTest::newRow("no anonymisation") << f << "data is shared without anonymisation terms" << int(RiskLevel::Medium);
        f = quiet();
        f.lastActivity = QDate(2025, 11, 30);
        QTest::newRow("inactive") << f << "no activity for 6 month(s)" << int(RiskLevel::Medium);
        f = quiet();
        f.rating = 2;
        QTest::newRow("low rating") << f << "low rating: 2 of 5" << int(RiskLevel::Medium);
    }

    void eachIndicatorAloneGivesItsReasonAndLevel()
    {
        QFETCH(RiskFacts, facts);
        QFETCH(QString, reason);
        QFETCH(int, level);
        const RiskAssessment a = PartnershipRisk::assess(facts, RiskThresholds(), kToday);
        QCOMPARE(texts(a), QStringList{reason});
        QCOMPARE(int(a.level), level);
    }

    void justBelowEachThresholdGivesNoReason()
    {
        RiskFacts f = quiet();
        f.revenueShareBasisPoints = 2499;
        f.lastActivity = QDate(2025, 12, 2);  // 5 months and 30 days
        f.dataAccessEnded = QDate(2026, 3, 1);  // ended, but no run uses the data
        QVERIFY(texts(PartnershipRisk::assess(f, RiskThresholds(), kToday)).isEmpty());
        f = quiet();
        f.expectsActivity = false;  // a prospect may be quiet
        f.lastActivity = QDate(2020, 1, 1);
        QCOMPARE(PartnershipRisk::assess(f, RiskThresholds(), kToday).level, RiskLevel::Low);
    }

    void levelCombinesTheReasonsAsDocumented()
    {
        RiskFacts f = quiet();
        f.overdueMilestones = 1;
        f.rating = 1;
        QCOMPARE(PartnershipRisk::assess(f, RiskThresholds(), kToday).level, RiskLevel::Medium);  // two moderate
        f.losingProjects = 3;
        QCOMPARE(PartnershipRisk::assess(f, RiskThresholds(), kToday).level, RiskLevel::High);  // three moderate
        RiskThresholds lenient;
        lenient.moderateReasonsForHigh = 4;
        QCOMPARE(PartnershipRisk::assess(f, lenient, kToday).level, RiskLevel::Medium);
        QCOMPARE(PartnershipRisk::assess(quiet(), RiskThresholds(), kToday).level, RiskLevel::Low);
    }

    void thresholdsComeFromTheSettings()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("lepton-test"), QStringLiteral("risk"));
        settings.setValue(QStringLiteral("risk/inactiveMonths"), 12);
        settings.setValue(QStringLiteral("risk/overdueMilestones"), 3);
        const RiskThresholds t = RiskThresholds::fromSettings(settings);
        settings.clear();
        QCOMPARE(t.inactiveMonths, 12);
        QCOMPARE(t.overdueMilestones, 3);
        QCOMPARE(t.lowRating, RiskThresholds().lowRating);
        RiskFacts f = quiet();
        f.overdueMilestones = 2;
        f.lastActivity = QDate(2025, 11, 30);
        QVERIFY(texts(PartnershipRisk::assess(f, t, kToday)).isEmpty());
    }

    void queriesReadEveryIndicatorFromTheWorkspace()
    {
        QVERIFY(m_f.open());
        QString error;
        PartnerRepository partners(m_f.workspace);
        Partner risky = partner("Risky");
        risky.rating = 2;
        Partner calm = partner("Calm");
        Partner other = partner("Other");
        QVERIFY2(partners.create(risky, &error) && partners.create(calm, &error) && partners.create(other, &error), qPrintable(error));
        // Risky has been a partner since 2024: its silence counts from its last ledger entry.
        exec("UPDATE partners SET created_at = '2024-01-01T00:00:00.000Z' WHERE id = ?", {risky.id});
        ContractRepository contracts(m_f.workspace);
        // Ends in 20 days with 60 days' notice, shares data without NDA or anonymisation, and
        // its data access ended in March while a run still waits to use the data.
        Contract ending = contract("END-1", {risky.id});
        ending.endDate = kToday.addDays(20);
        ending.dataAccessExpiry = QDate(2026, 3, 1);
        QVERIFY2(contracts.create(ending, &error), qPrintable(error));
        // Calm's contract ends inside its notice period too, but a later one renews it.
        Contract renewed = contract("CALM-1", {calm.id});
        renewed.endDate = kToday.addDays(20);
        renewed.ndaSigned = true;
        renewed.anonymisationRequired = true;
        Contract renewal = contract("CALM-2", {calm.id});
        renewal.status = ContractStatus::Negotiation;
        renewal.startDate = kToday;
        renewal.endDate = kToday.addYears(2);
        renewal.ndaSigned = true;
        renewal.anonymisationRequired = true;
        QVERIFY2(contracts.create(renewed, &error) && contracts.create(renewal, &error), qPrintable(error));
        exec("INSERT INTO training_runs (config_json, model, data_file, data_fingerprint, partner_id, contract_id, status, created_at, "
             "output_folder) VALUES ('{}', 'mlp', 'x.csv', 'f', ?, ?, 'queued', '2026-05-01T00:00:00Z', '/tmp')",
             {risky.id, ending.id});
        // Risky's project loses money, has an overdue milestone and holds 90 % of the revenue;
        // Other's project the remaining 10 %, with recent entries.
        ProjectRepository projects(m_f.workspace);
        Project losing = project("Losing", {risky.id});
        losing.contractId = ending.id;
        Milestone late;
        late.title = QStringLiteral("Pilot");
        late.dueDate = kToday.addDays(-10);
        losing.milestones << late;
        Project small = project("Small", {other.id});
        QVERIFY2(projects.create(losing, &error) && projects.create(small, &error), qPrintable(error));
        const auto entry = [&](qint64 project, LedgerKind kind, qint64 minor, const QDate &date) {
            LedgerEntry e;
            e.projectId = project;
            e.kind = kind;
            e.amount = Money(minor, "CNY");
            e.date = date;
            QVERIFY2(projects.addLedgerEntry(e, &error), qPrintable(error));
        };
        entry(losing.id, LedgerKind::Revenue, 90000, QDate(2025, 10, 1));
        entry(losing.id, LedgerKind::Cost, 120000, QDate(2025, 10, 15));
        entry(small.id, LedgerKind::Revenue, 10000, kToday.addDays(-5));

        const auto all = RiskQueries(m_f.workspace.database()).all(kToday, &error);
        QVERIFY2(all, qPrintable(error));
        const RiskFacts f = all->partners.value(risky.id);
        QCOMPARE(f.endsWithinNotice, ending.endDate);
        QCOMPARE(f.endingReference, QStringLiteral("END-1"));
        QCOMPARE(f.dataAccessEnded, QDate(2026, 3, 1));
        QCOMPARE(f.runsUsingEndedData, 1);
        QVERIFY(f.dataWithoutNda);
        QVERIFY(f.dataWithoutAnonymisation);
        QCOMPARE(f.overdueMilestones, 1);
        QCOMPARE(f.losingProjects, 1);
        QCOMPARE(f.revenueShareBasisPoints, 9000);
        QCOMPARE(f.lastActivity, QDate(2025, 10, 15));
        QCOMPARE(f.rating, 2);
        QVERIFY(f.expectsActivity);

        const RiskFacts c = all->contracts.value(ending.id);
        QCOMPARE(c.endsWithinNotice, ending.endDate);
        QCOMPARE(c.runsUsingEndedData, 1);
        QVERIFY(c.dataWithoutNda);
        QCOMPARE(c.overdueMilestones, 1);
        QCOMPARE(c.losingProjects, 1);
        QCOMPARE(c.rating, 0);

        const RiskFacts fine = all->partners.value(calm.id);
        QVERIFY(!fine.endsWithinNotice.isValid());  // CALM-2 renews CALM-1
        QVERIFY(!fine.dataWithoutNda && !fine.dataWithoutAnonymisation);
        QCOMPARE(all->contracts.value(renewed.id).endsWithinNotice, QDate());
        QCOMPARE(all->partners.value(other.id).revenueShareBasisPoints, 1000);

        // Kept by the register: the reasons come back, and the summary counts the levels.
        const RiskRegister reg(m_f.workspace.database());
        QVERIFY2(reg.assess(RiskThresholds(), kToday, &error), qPrintable(error));
        const auto kept = reg.find(RiskRegister::Kind::Partner, risky.id, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->level, RiskLevel::High);
        QCOMPARE(kept->reasons.size(), 9);
        QVERIFY(kept->reasons.first().serious);
        QCOMPARE(kept->reasons.first().text, QStringLiteral("contract END-1 ends on 6/21/26, inside its notice period, with no renewal"));
        const auto partnersSummary = reg.summary(RiskRegister::Kind::Partner, &error);
        QVERIFY2(partnersSummary, qPrintable(error));
        QCOMPARE(partnersSummary->assessed, 3);
        QCOMPARE(partnersSummary->byLevel.value(RiskLevel::High), 1);
        const auto contractsSummary = reg.summary(RiskRegister::Kind::Contract, &error);
        QCOMPARE(contractsSummary->assessed, 3);
        // Assessing again replaces what was kept.
        QVERIFY2(reg.assess(RiskThresholds(), kToday, &error), qPrintable(error));
        QCOMPARE(reg.summary(RiskRegister::Kind::Partner, &error)->assessed, 3);
    }
};

QTEST_GUILESS_MAIN(TestPartnershipRisk)
#include "tst_partnershiprisk.moc"
