// The ledger totals of schema version 6 (per project, per day, per partner), version 9 (per
// project industry and day) and version 15 (partners' revenue per month) must equal a direct sum
// of the ledger after any mix of inserts, updates and deletes of entries, participations and
// projects' industries, and a workspace that already holds entries must come out of each upgrade
// with exact totals.
#include "models/storage/SqlStatement.h"
#include "TestBackend.h"
#include "models/storage/Workspace.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const char *const kSums = "SUM(CASE kind WHEN 'revenue' THEN amount_minor ELSE 0 END), "
                          "SUM(CASE kind WHEN 'cost' THEN amount_minor ELSE 0 END), COUNT(*)";

void exec(Workspace &ws, const QString &sql, const QVariantList &values = {})
{
    QString error;
    SqlStatement q(ws.database(), sql);
    QVERIFY2(q.exec(values, &error), qPrintable(error));
}

int count(Workspace &ws, const QString &sql)
{
    QString error;
    const QVariant v = SqlStatement::scalar(ws.database(), sql, {}, &error);
    [&] { QVERIFY2(v.isValid(), qPrintable(error)); }();
    return v.toInt();
}

// Rows in which the kept totals and the ledger's own sums differ, either way round.
int mismatches(Workspace &ws)
{
    const QString perProject = QStringLiteral("SELECT project_id, currency, %1 FROM ledger_entries GROUP BY 1, 2").arg(kSums);
    const QString perDay = QStringLiteral("SELECT entry_date, currency, %1 FROM ledger_entries GROUP BY 1, 2").arg(kSums);
    const QString keptProject = QStringLiteral("SELECT project_id, currency, revenue_minor, cost_minor, entries FROM ledger_project_totals");
    const QString keptDay = QStringLiteral("SELECT entry_date, currency, revenue_minor, cost_minor, entries FROM ledger_day_totals");
    // Partners: the sums over the projects they take part in; rows of nothing left out both ways.
    const QString perPartner = QStringLiteral(
        "SELECT * FROM (SELECT pa.partner_id, l.currency, SUM(CASE kind WHEN 'revenue' THEN amount_minor ELSE 0 END) AS r, "
        "SUM(CASE kind WHEN 'cost' THEN amount_minor ELSE 0 END) AS c FROM participants pa "
        "JOIN ledger_entries l ON l.project_id = pa.project_id GROUP BY 1, 2) sums WHERE r <> 0 OR c <> 0");
    const QString keptPartner = QStringLiteral(
        "SELECT partner_id, currency, revenue_minor, cost_minor FROM ledger_partner_totals WHERE revenue_minor <> 0 OR cost_minor <> 0");
    const QString perIndustry = QStringLiteral("SELECT p.industry, l.entry_date, l.currency, %1 FROM ledger_entries l "
                                               "JOIN projects p ON p.id = l.project_id GROUP BY 1, 2, 3")
                                    .arg(QString::fromLatin1(kSums).replace(QLatin1String("kind"), QLatin1String("l.kind"))
                                             .replace(QLatin1String("amount_minor"), QLatin1String("l.amount_minor")));
    const QString keptIndustry = QStringLiteral("SELECT industry, entry_date, currency, revenue_minor, cost_minor, entries FROM ledger_industry_day_totals");
    // Partners' revenue per month (version 15), months of nothing left out both ways.
    const QString perPartnerMonth = QStringLiteral(
        "SELECT * FROM (SELECT l.currency, substr(l.entry_date, 1, 7) AS month, pa.partner_id, SUM(l.amount_minor) AS r "
        "FROM participants pa JOIN ledger_entries l ON l.project_id = pa.project_id WHERE l.kind = 'revenue' "
        "GROUP BY 1, 2, 3) sums WHERE r <> 0");
    const QString keptPartnerMonth = QStringLiteral(
        "SELECT currency, month, partner_id, revenue_minor FROM ledger_partner_month_totals WHERE revenue_minor <> 0");
    int n = 0;
    for (const auto &[a, b] : {qMakePair(perProject, keptProject), qMakePair(perDay, keptDay), qMakePair(perPartner, keptPartner),
                               qMakePair(perIndustry, keptIndustry), qMakePair(perPartnerMonth, keptPartnerMonth)})
        n += count(ws, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) missing").arg(a, b)) +
             count(ws, QStringLiteral("SELECT COUNT(*) FROM (%1 EXCEPT %2) extra").arg(b, a));
    return n;
}

void addProjects(Workspace &ws, int n)
{
    for (int i = 1; i <= 3; ++i)
        exec(ws, "INSERT INTO partners (id, name, kind, industry, tier, status, rating, created_at, updated_at) "
                 "VALUES (?, ?, 'company', 'healthcare', 'strategic', 'active', 3, '2025-01-01', '2025-01-01')",
             {i, QStringLiteral("Partner %1").arg(i)});
    for (int i = 1; i <= n; ++i)
        exec(ws, "INSERT INTO projects (id, name, industry, status, start_date, created_at, updated_at) "
                 "VALUES (?, ?, 'healthcare', 'running', '2025-01-01', '2025-01-01', '2025-01-01')",
             {i, QStringLiteral("Project %1").arg(i)});
}

}  // namespace

class TestLedgerSummary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // Opens ws on a workspace built at an older schema version (with projects, a statement that
    // sets them up, and ledger entries: project, date, kind, amount, currency), which the opening
    // upgrades; the totals must then match the ledger.
    void upgraded(Workspace &ws, int version, int projects, const QString &setUp, const QList<QVariantList> &entries)
    {
        const QString path = TestBackend::freshLocation(m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version)));
        QString error;
        {
            Workspace old;
            QVERIFY2(old.open(path, &error, version), qPrintable(error));
            addProjects(old, projects);
            exec(old, setUp);
            for (const QVariantList &e : entries)
                exec(old, "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (?, ?, ?, ?, ?)", e);
        }
        QVERIFY2(ws.open(path, &error), qPrintable(error));
        QCOMPARE(ws.schemaVersion(), Workspace::latestVersion());
        QCOMPARE(mismatches(ws), 0);
    }

private slots:
    void totalsStayExactThroughRandomChanges()
    {
        Workspace ws;
        QString error;
        QVERIFY2(ws.open(TestBackend::freshLocation(m_dir.filePath("random.sqlite")), &error), qPrintable(error));
        addProjects(ws, 5);
        QRandomGenerator random(42);
        const QStringList kinds{"revenue", "cost"}, currencies{"USD", "CNY"};
        auto date = [&] { return QDate(2026, 1 + random.bounded(3), 1 + random.bounded(3)).toString(Qt::ISODate); };
        for (int step = 0; step < 600; ++step) {
            const int ids = count(ws, "SELECT COUNT(*) FROM ledger_entries");
            const int what = ids < 20 ? 0 : random.bounded(4);
            if (what == 0) {
                exec(ws, "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (?, ?, ?, ?, ?)",
                     {1 + random.bounded(5), date(), kinds[random.bounded(2)], random.bounded(100000), currencies[random.bounded(2)]});
            } else if (what == 1) {
                // Moves an entry to another project, day, kind, amount or currency, or several at once.
                exec(ws, "UPDATE ledger_entries SET project_id = ?, entry_date = ?, kind = ?, amount_minor = ?, currency = ? "
                         "WHERE id = (SELECT id FROM ledger_entries ORDER BY id LIMIT 1 OFFSET ?)",
                     {1 + random.bounded(5), date(), kinds[random.bounded(2)], random.bounded(100000),
                      currencies[random.bounded(2)], random.bounded(ids)});
            } else if (what == 3 && random.bounded(4) == 0) {
                // A project moves to another industry, with all its entries.
                exec(ws, "UPDATE projects SET industry = ? WHERE id = ?",
                     {QStringList{"healthcare", "finance", "retail"}[random.bounded(3)], 1 + random.bounded(5)});
            } else if (what == 3) {
                // A partner joins or leaves a project, or moves to another one.
                const QVariantList pair{1 + random.bounded(5), 1 + random.bounded(3)};
                const int change = random.bounded(3);
                if (change == 0)
                    exec(ws, "INSERT INTO participants (project_id, partner_id, role, currency) VALUES (?, ?, 'lead', 'USD') "
                             "ON CONFLICT DO NOTHING", pair);
                else if (change == 1)
                    exec(ws, "DELETE FROM participants WHERE project_id = ? AND partner_id = ?", pair);
                else
                    // The partner's first participation moves, unless it already takes part there.
                    exec(ws, "UPDATE participants SET project_id = ? WHERE partner_id = ? AND project_id = "
                             "(SELECT MIN(project_id) FROM participants WHERE partner_id = ?) AND NOT EXISTS "
                             "(SELECT 1 FROM participants WHERE partner_id = ? AND project_id = ?)",
                         {pair[0], pair[1], pair[1], pair[1], pair[0]});
            } else {
                exec(ws, "DELETE FROM ledger_entries WHERE id = (SELECT id FROM ledger_entries ORDER BY id LIMIT 1 OFFSET ?)",
                     {random.bounded(ids)});
            }
            if (step % 50 == 0) QCOMPARE(mismatches(ws), 0);
        }
        QCOMPARE(mismatches(ws), 0);
        QVERIFY(count(ws, "SELECT COUNT(*) FROM ledger_project_totals") > 0);
        QVERIFY(count(ws, "SELECT COUNT(*) FROM ledger_partner_totals WHERE revenue_minor > 0") > 0);
        QVERIFY(count(ws, "SELECT COUNT(DISTINCT month) FROM ledger_partner_month_totals WHERE revenue_minor > 0") > 1);

        // An update that only edits the description leaves the totals as they are.
        exec(ws, "UPDATE ledger_entries SET description = 'checked'");
        QCOMPARE(mismatches(ws), 0);
        // Deleting a project takes its entries and their totals with it; no empty rows remain.
        exec(ws, "DELETE FROM projects WHERE id = 3");
        QCOMPARE(mismatches(ws), 0);
        QCOMPARE(count(ws, "SELECT COUNT(*) FROM ledger_project_totals WHERE project_id = 3"), 0);
        QVERIFY(count(ws, "SELECT COUNT(DISTINCT industry) FROM ledger_industry_day_totals") > 1);
        exec(ws, "DELETE FROM ledger_entries");
        QCOMPARE(count(ws, "SELECT COUNT(*) FROM ledger_project_totals") + count(ws, "SELECT COUNT(*) FROM ledger_day_totals") +
                     count(ws, "SELECT COUNT(*) FROM ledger_industry_day_totals"),
                 0);
    }

    void upgradeFromVersion5BackFillsTheTotals()
    {
        Workspace ws;
        upgraded(ws, 5, 2, "INSERT INTO participants (project_id, partner_id, role, currency) VALUES (1, 1, 'lead', 'USD'), "
                           "(2, 1, 'lead', 'USD'), (2, 2, 'lead', 'USD')",
                 {{1, "2026-01-05", "revenue", 1000, "USD"}, {1, "2026-01-05", "cost", 300, "USD"},
                  {1, "2026-02-01", "revenue", 50, "USD"}, {2, "2026-01-05", "cost", 700, "USD"},
                  {2, "2026-01-05", "revenue", 99, "CNY"}});
        if (QTest::currentTestFailed()) return;
        // Hand-computed: project 1 in USD earned 1050 and spent 300 over 3 entries.
        QCOMPARE(count(ws, "SELECT revenue_minor * 1000000 + cost_minor * 10 + entries FROM ledger_project_totals "
                           "WHERE project_id = 1 AND currency = 'USD'"),
                 1050 * 1000000 + 300 * 10 + 3);
        // 5 January in USD over both projects: revenue 1000, cost 300 + 700.
        QCOMPARE(count(ws, "SELECT revenue_minor * 10000 + cost_minor FROM ledger_day_totals "
                           "WHERE entry_date = '2026-01-05' AND currency = 'USD'"),
                 1000 * 10000 + 1000);
        QCOMPARE(count(ws, "SELECT COUNT(*) FROM ledger_day_totals"), 3);
        // Partner 1 takes part in both projects: USD revenue 1050, cost 300 + 700.
        QCOMPARE(count(ws, "SELECT revenue_minor * 10000 + cost_minor FROM ledger_partner_totals "
                           "WHERE partner_id = 1 AND currency = 'USD'"),
                 1050 * 10000 + 1000);
        // New entries after the upgrade are counted too.
        exec(ws, "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (2, '2026-03-01', 'revenue', 5, 'USD')");
        QCOMPARE(mismatches(ws), 0);
    }

    void upgradeFromVersion8BackFillsTheIndustryTotals()
    {
        Workspace ws;
        upgraded(ws, 8, 3, "UPDATE projects SET industry = 'finance' WHERE id = 3",
                 {{1, "2026-01-05", "revenue", 1000, "USD"}, {2, "2026-01-05", "cost", 300, "USD"},
                  {3, "2026-01-05", "revenue", 70, "USD"}, {2, "2026-02-01", "revenue", 5, "CNY"}});
        if (QTest::currentTestFailed()) return;
        // Hand-computed: healthcare on 5 January in USD is projects 1 and 2: revenue 1000, cost 300.
        QCOMPARE(count(ws, "SELECT revenue_minor * 10000 + cost_minor * 10 + entries FROM ledger_industry_day_totals "
                           "WHERE industry = 'healthcare' AND entry_date = '2026-01-05' AND currency = 'USD'"),
                 1000 * 10000 + 300 * 10 + 2);
        QCOMPARE(count(ws, "SELECT COUNT(*) FROM ledger_industry_day_totals"), 3);
        // Project 3 moves to healthcare: finance keeps nothing.
        exec(ws, "UPDATE projects SET industry = 'healthcare' WHERE id = 3");
        QCOMPARE(mismatches(ws), 0);
        QCOMPARE(count(ws, "SELECT COUNT(*) FROM ledger_industry_day_totals WHERE industry = 'finance'"), 0);
    }

    void upgradeFromVersion13BackFillsThePartnersMonths()
    {
        Workspace ws;
        upgraded(ws, 13, 2,
                 "INSERT INTO participants (project_id, partner_id, role, currency) VALUES (1, 1, 'lead', 'USD'), (1, 2, 'lead', 'USD'), "
                 "(2, 2, 'lead', 'USD')",
                 {{1, "2026-01-05", "revenue", 1000, "USD"}, {1, "2026-01-20", "revenue", 500, "USD"}, {2, "2026-01-09", "revenue", 70, "USD"},
                  {2, "2026-02-01", "cost", 300, "USD"}, {2, "2026-02-03", "revenue", 5, "CNY"}});
        if (QTest::currentTestFailed()) return;
        // Hand-computed: in January partner 1 has project 1 (1500), partner 2 projects 1 and 2 (1570);
        // February holds only cost in USD, so no USD row.
        QCOMPARE(count(ws, "SELECT revenue_minor FROM ledger_partner_month_totals WHERE partner_id = 1 AND month = '2026-01' AND currency = 'USD'"),
                 1500);
        QCOMPARE(count(ws, "SELECT revenue_minor FROM ledger_partner_month_totals WHERE partner_id = 2 AND month = '2026-01' AND currency = 'USD'"),
                 1570);
        QCOMPARE(count(ws, "SELECT COUNT(*) FROM ledger_partner_month_totals"), 3);
        // Partner 1 leaves project 1: its January revenue is gone.
        exec(ws, "DELETE FROM participants WHERE project_id = 1 AND partner_id = 1");
        QCOMPARE(mismatches(ws), 0);
        QCOMPARE(count(ws, "SELECT COALESCE(SUM(revenue_minor), 0) FROM ledger_partner_month_totals WHERE partner_id = 1"), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerSummary)
#include "tst_ledgersummary.moc"
