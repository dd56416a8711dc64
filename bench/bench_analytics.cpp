// Speed of the analytics core: exact Shapley for 16 participants, largest-remainder allocation
// over 1,000 projects, all schemes side by side for 1,000 projects, Monte-Carlo Shapley for 30
// participants with its error bound, revenue concentration over 100,000 partners, and the SQL
// aggregates of PortfolioQueries on a generated workspace of 100,000 partners, 200,000 projects
// and 2,000,000 ledger entries (or on the workspace file named by LEPTON_BENCH_WORKSPACE).
// Prints measurement | value | goal and exits 0.
#include "models/analytics/LargestRemainder.h"
#include "models/analytics/PortfolioQueries.h"
#include "models/analytics/RevenueConcentration.h"
#include "models/analytics/SchemeComparison.h"
#include "models/analytics/ShapleyScheme.h"
#include "models/analytics/ShapleyValue.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"
#include "BenchTiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

AllocationParticipant participant(QRandomGenerator &rng, int i)
{
    AllocationParticipant p;
    p.name = QStringLiteral("Partner %1").arg(i);
    p.contribution = Money(1 + qint64(rng.bounded(1000000)), "USD");
    p.performanceScore = Rate::whole(1 + qint64(rng.bounded(100)));
    p.guaranteedBase = Rate::fromBasisPoints(qint64(rng.bounded(500)));
    return p;
}

// Fills an empty workspace with partners, projects (two participants each) and ledger entries
// over 2022-2024, in one transaction. Returns false with the SQL error in *error.
bool generateWorkspace(Workspace &ws, int partners, int projects, int entries, QString *error)
{
    QRandomGenerator rng(7);
    const QStringList industries{"healthcare", "finance", "manufacturing", "transport", "education",
                                 "smart_city", "logistics", "agriculture", "retail", "other"};
    const QSqlDatabase db = ws.database();
    if (!SqlStatement::execAll(db, {"BEGIN"}, error)) return false;
    SqlStatement partner(db, "INSERT INTO partners (id, name, kind, industry, tier, status, rating, created_at, updated_at) "
                             "VALUES (?, ?, 'enterprise', ?, 'standard', 'active', 3, 'x', 'x')");
    for (int i = 1; i <= partners; ++i)
        if (!partner.exec({i, QStringLiteral("Partner %1").arg(i), industries[i % industries.size()]}, error)) return false;
    SqlStatement project(db, "INSERT INTO projects (id, name, industry, status, start_date, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'running', '2022-01-01', 'x', 'x')");
    SqlStatement participant(db, "INSERT INTO participants (project_id, partner_id, role, currency) VALUES (?, ?, 'investor', 'USD')");
    for (int i = 1; i <= projects; ++i) {
        const int a = 1 + int(rng.bounded(partners));
        const int b = 1 + (a % partners);
        if (!project.exec({i, QStringLiteral("Project %1").arg(i), industries[int(rng.bounded(industries.size()))]}, error) ||
            !participant.exec({i, a}, error) || !participant.exec({i, b}, error))
            return false;
    }
    SqlStatement entry(db, "INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency) VALUES (?, ?, ?, ?, ?)");
    const QDate first(2022, 1, 1);
    for (int i = 0; i < entries; ++i) {
        const QString date = first.addDays(rng.bounded(3 * 365)).toString(Qt::ISODate);
        if (!entry.exec({1 + int(rng.bounded(projects)), date, rng.bounded(2) ? "revenue" : "cost",
                         qint64(rng.bounded(10000000)), i % 50 == 0 ? "CNY" : "USD"},
                        error))
            return false;
    }
    return SqlStatement::execAll(db, {"COMMIT", "ANALYZE"}, error);
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(42);
    std::printf("%-62s | %-26s | %s\n", "measurement", "value (wall, cpu)", "goal (wall)");
    std::printf("%s\n", QByteArray(110, '-').constData());

    // Exact Shapley, 16 participants: default game from contributions and synergies (2^16
    // coalitions built, enumerated, rounded to the profit).
    {
        QVector<AllocationParticipant> ps;
        for (int i = 0; i < 16; ++i) ps.append(participant(rng, i));
        QVector<Synergy> synergies;
        for (int i = 0; i < 16; ++i)
            for (int j = i + 1; j < 16; ++j) synergies.append({i, j, qint64(rng.bounded(2000001)) - 500000});
        const Money profit(123456789, "USD");
        bool ok = true;
        const Timing t = timed(21, [&] {
            ok &= ShapleyScheme::allocate(profit, ps, synergies, nullptr, ShapleyOptions()).has_value();
        });
        row(QStringLiteral("Shapley exact, 16 participants (default game), median of 21"), ok ? ms(t) : "FAILED",
            QStringLiteral("< 100 ms"));

        QVector<qint64> table(1 << 16, 0);
        for (int s = 1; s < (1 << 16); ++s) table[s] = qint64(rng.bounded(100000000));
        const auto game = CoalitionGame::fromTable(table);
        const Timing t2 = timed(21, [&] { ok &= ShapleyValue::exact(*game)->rounded().has_value(); });
        row(QStringLiteral("Shapley exact, 16 participants (user's coalition table)"), ok ? ms(t2) : "FAILED",
            QStringLiteral("< 100 ms"));
    }

    // Largest remainder over 1,000 projects of 2..12 participants each.
    {
        QVector<QPair<qint64, QVector<qint64>>> projects;
        for (int p = 0; p < 1000; ++p) {
            QVector<qint64> weights(2 + int(rng.bounded(11)));
            for (qint64 &w : weights) w = 1 + qint64(rng.bounded(1000000));
            projects.append({qint64(rng.bounded(2000000000)) - 1000000000, weights});
        }
        bool ok = true;
        const Timing t = timed(21, [&] {
            for (const auto &pr : projects) ok &= LargestRemainder::byWeights(pr.first, pr.second).has_value();
        });
        row(QStringLiteral("Largest-remainder allocation, 1,000 projects"), ok ? ms(t) : "FAILED",
            QStringLiteral("< 50 ms"));
    }

    // All four schemes side by side for 1,000 projects of 5 participants.
    {
        QVector<ProjectAllocationInput> inputs;
        for (int p = 0; p < 1000; ++p) {
            ProjectAllocationInput in;
            in.profit = Money(qint64(rng.bounded(2000000000)) - 1000000000, "USD");
            for (int i = 0; i < 5; ++i) in.participants.append(participant(rng, i));
            const qint64 shares[] = {3000, 2500, 2000, 1500, 1000};
            for (int i = 0; i < 5; ++i) in.participants[i].fixedShare = Rate::fromBasisPoints(shares[i]);
            in.synergies = {{0, 1, 50000}, {2, 3, -20000}};
            inputs.append(in);
        }
        int failures = 0;
        const Timing t = timed(5, [&] {
            for (const auto &in : inputs) {
                const SchemeComparison comparison = SchemeComparison::compare(in);
                for (const auto &c : comparison.columns()) failures += c.allocation ? 0 : 1;
            }
        });
        row(QStringLiteral("Scheme comparison (4 schemes), 1,000 projects x 5 partners"),
            failures ? "FAILED" : ms(t), QStringLiteral("< 300 ms"));
    }

    // Monte-Carlo Shapley, 30 participants, 100,000 permutations, with its Hoeffding bound.
    {
        QVector<qint64> standalone(30);
        for (qint64 &a : standalone) a = qint64(rng.bounded(10000000));
        QVector<Synergy> synergies;
        for (int i = 0; i < 30; ++i)
            for (int j = i + 1; j < 30; ++j) synergies.append({i, j, qint64(rng.bounded(200001)) - 50000});
        const auto game = CoalitionGame::fromStandaloneValues(standalone, synergies);
        ShapleyOptions options;
        std::optional<ShapleyValue> phi;
        const Timing t = timed(3, [&] { phi = ShapleyValue::compute(*game, options); });
        row(QStringLiteral("Shapley sampled, 30 participants, 100,000 permutations"), ms(t), QStringLiteral("< 1000 ms"));
        // This game's exact Shapley value has a closed form, a_i + (sum_j s_ij) / 2, so the
        // sampling error can be measured, not just bounded.
        QVector<double> exact(30);
        for (int i = 0; i < 30; ++i) exact[i] = double(standalone[i]);
        for (const Synergy &s : synergies) {
            exact[s.first] += s.value / 2.0;
            exact[s.second] += s.value / 2.0;
        }
        double worst = 0, mean = 0;
        for (int i = 0; i < 30; ++i) {
            worst = std::max(worst, std::abs(phi->value(i) - exact[i]));
            mean += std::abs(exact[i]) / 30;
        }
        row(QStringLiteral("  stated error bound (95%), max over participants, minor units"),
            QString::number(phi->maxErrorBound(), 'f', 0), QStringLiteral("reported with the result"));
        row(QStringLiteral("  actual max |sampled - exact| (closed form), minor units"), QString::number(worst, 'f', 0),
            QStringLiteral("<= bound ") + QString::number(phi->maxErrorBound(), 'f', 0));
        row(QStringLiteral("  bound / mean |Shapley value|"),
            QString::number(100.0 * phi->maxErrorBound() / mean, 'f', 3) + QStringLiteral(" %"), QStringLiteral("reported"));
    }

    // Revenue concentration over 100,000 partners.
    {
        QVector<Money> revenues;
        for (int i = 0; i < 100000; ++i) revenues.append(Money(qint64(rng.bounded(100000000)), "USD"));
        qint64 hhi = -1;
        const Timing t = timed(11, [&] { hhi = RevenueConcentration::of(revenues, "USD")->hhi(); });
        row(QStringLiteral("Herfindahl index, 100,000 partners (HHI = %1)").arg(hhi), ms(t), QStringLiteral("< 20 ms"));
    }

    // SQL aggregates over a large workspace.
    {
        QTemporaryDir dir;
        QString path = qEnvironmentVariable("LEPTON_BENCH_WORKSPACE");
        if (path.isEmpty()) path = dir.filePath(QStringLiteral("large.sqlite"));
        Workspace ws;
        QString error;
        QElapsedTimer t;
        t.start();
        // An empty (new) file is filled; a workspace that has partners is used as it is.
        const bool opened = ws.open(path, &error);
        const bool generate = opened && SqlStatement::scalar(ws.database(), "SELECT count(*) FROM partners", {}, &error).toLongLong() == 0;
        if (!opened || (generate && !generateWorkspace(ws, 100000, 200000, 2000000, &error))) {
            row(QStringLiteral("SQL aggregates: workspace"), QStringLiteral("FAILED"), error);
            return 0;
        }
        if (generate)
            row(QStringLiteral("  (generating 100k partners, 200k projects, 2M entries)"),
                QString::number(t.elapsed()) + QStringLiteral(" ms"),
                QStringLiteral("set-up, not a goal"));
        const PortfolioQueries q(ws.database());
        using Rank = PortfolioQueries::Rank;
        PortfolioQueries::Filter all, project, partner, industry, year;
        project.projectId = 4242;
        partner.partnerId = 777;
        industry.industry = QStringLiteral("healthcare");
        year.from = QDate(2024, 1, 1);
        year.to = QDate(2024, 12, 31);
        bool ok = true;
        auto measure = [&](const QString &what, const QString &goal, const std::function<bool()> &query) {
            const Timing t = timed(3, [&] { ok &= query(); });
            row(what, ok ? ms(t) : QStringLiteral("FAILED"), goal);
        };
        measure(QStringLiteral("SQL: one project's months (ledger index)"), QStringLiteral("< 10 ms"),
                [&] { return q.periods(ReportingPeriod::Length::Month, project, "USD").has_value(); });
        measure(QStringLiteral("SQL: one partner's quarters (participants index)"), QStringLiteral("< 10 ms"),
                [&] { return q.periods(ReportingPeriod::Length::Quarter, partner, "USD").has_value(); });
        measure(QStringLiteral("SQL: currencies in use, whole ledger"), QStringLiteral("reported"),
                [&] { return q.currencies(all).has_value(); });
        measure(QStringLiteral("SQL: whole portfolio by month, 2M entries"), QStringLiteral("reported"),
                [&] { return q.periods(ReportingPeriod::Length::Month, all, "USD").has_value(); });
        measure(QStringLiteral("SQL: one industry by quarter"), QStringLiteral("reported"),
                [&] { return q.periods(ReportingPeriod::Length::Quarter, industry, "USD").has_value(); });
        measure(QStringLiteral("SQL: 20 least profitable projects, 2024"), QStringLiteral("reported"),
                [&] { return q.byProject(year, "USD", Rank::LeastProfitableFirst, 20).has_value(); });
        measure(QStringLiteral("SQL: 20 most profitable partners, whole ledger"), QStringLiteral("reported"),
                [&] { return q.byPartner(all, "USD", Rank::MostProfitableFirst, 20).has_value(); });
        measure(QStringLiteral("SQL: industries, whole ledger"), QStringLiteral("reported"),
                [&] { return q.byIndustry(all, "USD").has_value(); });
        if (!ok) row(QStringLiteral("SQL error"), QString(), error);
    }
    return 0;
}
