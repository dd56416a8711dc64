// Technology matching on a hand-built workspace whose ranking is worked out below by hand, on
// SQLite and PostgreSQL: the project needs "medical imaging data annotation" and already has a
// partner for medical imaging, so a partner bringing data annotation ranks first, above one who
// repeats medical imaging with a better track record.
//
// Partners' texts (tags, no notes): Ark "medical imaging" (2 terms), Bright "data annotation"
// (2), Cortex "medical imaging" + "data annotation" (4), Delta "robotics" (1), Echo "medical
// imaging" (2, the project's participant). N = 5, average length 11/5 = 2.2.
//   idf(medical, imaging: in 3) = ln(1 + 2.5/3.5) = 0.5389965
//   idf(data, annotation: in 2) = ln(1 + 3.5/2.5) = 0.8754687
//   tf part (one occurrence): 2.2 / (1 + 1.2 (0.25 + 0.75 dl/2.2)) = 1.0386266 (dl 2), 0.7492260 (dl 4)
// Ark:    repeats 2 x 0.5389965 x 1.0386266 / 2 = 0.559816; industry +1; one past project with a
//         profit +0.2 +0.5; rating 3: 0; active +0.5                         = 2.759816
// Bright: brings 2 x 0.8754687 x 1.0386266 = 1.818570; industry +1; rating 2 -0.25; active +0.5
//                                                                             = 3.068570
// Cortex: brings 2 x 0.8754687 x 0.7492260 = 1.311848, repeats 0.403830; finance: 0; rating 5
//         +0.5; prospect: 0                                                   = 2.215678
// Delta matches no term; Echo is already in the project.
#include "models/analytics/PartnerMatcher.h"
#include "models/analytics/PartnerProfiles.h"
#include "TestRecords.h"

#include <QtTest>

using namespace TestRecords;

class TestPartnerMatcher : public QObject {
    Q_OBJECT
    Fixture m_f;
    qint64 m_project = 0;
    QHash<QString, qint64> m_ids;

    qint64 add(const QString &name, const QStringList &tags, Industry industry, PartnerStatus status, int rating)
    {
        Partner p = partner(name, status, industry);
        p.capabilityTags = tags;
        p.rating = rating;
        QString error;
        if (!PartnerRepository(m_f.workspace).create(p, &error)) qFatal("%s", qPrintable(error));
        m_ids.insert(name, p.id);
        return p.id;
    }

    PartnerMatcher matcher()
    {
        QString error;
        const auto profiles = PartnerProfiles::read(m_f.workspace.database(), QDate(2026, 6, 1), &error);
        if (!profiles) qFatal("%s", qPrintable(error));
        return PartnerMatcher(*profiles);
    }

    static QStringList names(const QList<PartnerMatch> &matches)
    {
        QStringList out;
        for (const PartnerMatch &m : matches) out << m.name;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_f.open());
        add("Ark", {"medical imaging"}, Industry::Healthcare, PartnerStatus::Active, 3);
        add("Bright", {"data annotation"}, Industry::Healthcare, PartnerStatus::Active, 2);
        add("Cortex", {"medical imaging", "data annotation"}, Industry::Finance, PartnerStatus::Prospect, 5);
        add("Delta", {"robotics"}, Industry::Manufacturing, PartnerStatus::Active, 3);
        const qint64 echo = add("Echo", {"medical imaging"}, Industry::Healthcare, PartnerStatus::Active, 3);
        QString error;
        ProjectRepository projects(m_f.workspace);
        // Ark's past project: revenue 1,000.00, cost 400.00 CNY.
        Project past = project("Ward triage", {m_ids["Ark"]});
        QVERIFY2(projects.create(past, &error), qPrintable(error));
        for (const auto &[kind, minor] : {std::pair{LedgerKind::Revenue, 100000}, std::pair{LedgerKind::Cost, 40000}}) {
            LedgerEntry e;
            e.projectId = past.id;
            e.date = QDate(2025, 5, 1);
            e.kind = kind;
            e.amount = Money(minor, "CNY");
            QVERIFY2(projects.addLedgerEntry(e, &error), qPrintable(error));
        }
        Project p = project("Medical imaging data annotation", {echo});
        p.industry = Industry::Healthcare;
        QVERIFY2(projects.create(p, &error), qPrintable(error));
        m_project = p.id;
        // Bright shares data under an NDA; its contract runs no project, so it adds no past project.
        Contract c = contract("DS-1", {m_ids["Bright"]});
        c.ndaSigned = true;
        QVERIFY2(ContractRepository(m_f.workspace).create(c, &error), qPrintable(error));
    }

    void termsAreWordsAndChineseCharacters()
    {
        QCOMPARE(PartnerMatcher::terms(QStringLiteral("医学影像 Data-Annotation and the DATA")),
                 (QStringList{"医", "学", "影", "像", "data", "annotation"}));
    }

    void projectRankingMatchesTheHandComputation()
    {
        QString error;
        const auto need = PartnerProfiles::needOf(m_f.workspace.database(), m_project, &error);
        QVERIFY2(need, qPrintable(error));
        QCOMPARE(need->participants, QSet<qint64>{m_ids["Echo"]});
        QVERIFY(!need->needsData);
        const QList<PartnerMatch> ranked = matcher().rank(*need);
        QCOMPARE(names(ranked), (QStringList{"Bright", "Ark", "Cortex"}));
        QVERIFY(qAbs(ranked[0].score - 3.068570) < 1e-5);
        QVERIFY(qAbs(ranked[1].score - 2.759816) < 1e-5);
        QVERIFY(qAbs(ranked[2].score - 2.215678) < 1e-5);
    }

    void reasonsAddUpToTheScoreAndSayWhy()
    {
        const auto need = PartnerProfiles::needOf(m_f.workspace.database(), m_project, nullptr);
        QVERIFY(need);
        for (const PartnerMatch &m : matcher().rank(*need)) {
            double sum = 0;
            for (const MatchReason &r : m.reasons) sum += r.weight;
            QVERIFY2(qAbs(sum - m.score) < 1e-9, qPrintable(m.name));
        }
        const PartnerMatch bright = matcher().rank(*need).value(0);
        QCOMPARE(bright.reasons.value(0).text, QStringLiteral("brings: data annotation (2 of 2 needs the project lacks)"));
        QVERIFY(qAbs(bright.reasons.value(0).weight - 1.818570) < 1e-5);
        QCOMPARE(bright.reasons.value(1).text, QStringLiteral("same industry: Healthcare"));
        QCOMPARE(bright.reasons.value(2).text, QStringLiteral("rating 2 of 5"));
        const PartnerMatch ark = matcher().rank(*need).value(1);
        QCOMPARE(ark.reasons.value(0).text, QStringLiteral("repeats what the project has: medical imaging"));
        QVERIFY2(ark.reasons.value(2).text.startsWith(QStringLiteral("1 past project(s), profit 600")), qPrintable(ark.reasons.value(2).text));
        QVERIFY(qAbs(ark.reasons.value(2).weight - 0.7) < 1e-9);
    }

    // Bright: 1.818570 - 0.25 + 0.5 + 0.5 (NDA in force); Cortex: 1.311848 + 0.5 - 0.5 (no NDA).
    void aTypedNeedForDataWeighsDataTerms()
    {
        TechnologyNeed need;
        need.text = QStringLiteral("Data annotation");
        need.needsData = true;
        const QList<PartnerMatch> ranked = matcher().rank(need);
        QCOMPARE(names(ranked), (QStringList{"Bright", "Cortex"}));
        QVERIFY(qAbs(ranked[0].score - 2.568570) < 1e-5);
        QVERIFY(qAbs(ranked[1].score - 1.311848) < 1e-5);
        QCOMPARE(ranked[0].reasons.value(0).text, QStringLiteral("brings: data annotation (2 of 2 needs)"));
        QCOMPARE(ranked[0].reasons.last().text, QStringLiteral("NDA and data access in force"));
        QCOMPARE(ranked[1].reasons.last().text, QStringLiteral("no NDA with open data access"));
    }

    void aNeedWithoutTermsRanksEveryoneAndLimitHolds()
    {
        TechnologyNeed need;
        need.industry = Industry::Manufacturing;
        const QList<PartnerMatch> ranked = matcher().rank(need, 2);
        QCOMPARE(ranked.size(), 2);
        // Delta: industry +1, active +0.5 = 1.5; Ark: 0.7 + 0.5 = 1.2; the others less.
        QCOMPARE(names(ranked), (QStringList{"Delta", "Ark"}));
    }

    void chineseCapabilitiesMatchChineseNeeds()
    {
        PartnerProfile zh, en;
        zh.id = 1;
        zh.name = QStringLiteral("影像科技");
        zh.capabilityTags = {QStringLiteral("医学影像")};
        en.id = 2;
        en.name = QStringLiteral("Robo");
        en.capabilityTags = {QStringLiteral("robotics")};
        TechnologyNeed need;
        need.text = QStringLiteral("影像标注");
        const QList<PartnerMatch> ranked = PartnerMatcher({zh, en}).rank(need);
        QCOMPARE(names(ranked), QStringList{QStringLiteral("影像科技")});
        QVERIFY(ranked[0].reasons.value(0).text.contains(QStringLiteral("医学影像")));
    }
};

QTEST_GUILESS_MAIN(TestPartnerMatcher)
#include "tst_partnermatcher.moc"
