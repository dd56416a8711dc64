// Speed of the analytics core: exact Shapley for 16 participants, largest-remainder allocation
// over 1,000 projects, all schemes side by side for 1,000 projects, Monte-Carlo Shapley for 30
// participants with its error bound, and revenue concentration over 100,000 partners.
// Prints measurement | value | goal and exits 0.
#include "LargestRemainder.h"
#include "RevenueConcentration.h"
#include "SchemeComparison.h"
#include "ShapleyScheme.h"
#include "ShapleyValue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

// Median wall time of several runs, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void row(const QString &measurement, const QString &value, const QString &goal)
{
    std::printf("%-62s | %-16s | %s\n", qPrintable(measurement), qPrintable(value), qPrintable(goal));
}

QString ms(double v) { return QString::number(v, 'f', 2) + QStringLiteral(" ms"); }

AllocationParticipant participant(QRandomGenerator &rng, int i)
{
    AllocationParticipant p;
    p.name = QStringLiteral("Partner %1").arg(i);
    p.contribution = 1 + qint64(rng.bounded(1000000));
    p.performanceScore = Rate::whole(1 + qint64(rng.bounded(100)));
    p.guaranteedBase = Rate::fromBasisPoints(qint64(rng.bounded(500)));
    return p;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(42);
    std::printf("%-62s | %-16s | %s\n", "measurement", "value", "goal");
    std::printf("%s\n", QByteArray(100, '-').constData());

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
        const double t = medianMs(21, [&] {
            ok &= ShapleyScheme::allocate(profit, ps, synergies, nullptr, ShapleyOptions()).has_value();
        });
        row(QStringLiteral("Shapley exact, 16 participants (default game), median of 21"), ok ? ms(t) : "FAILED",
            QStringLiteral("< 100 ms"));

        QVector<qint64> table(1 << 16, 0);
        for (int s = 1; s < (1 << 16); ++s) table[s] = qint64(rng.bounded(100000000));
        const auto game = CoalitionGame::fromTable(table);
        const double t2 = medianMs(21, [&] { ok &= ShapleyValue::exact(*game)->rounded().has_value(); });
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
        const double t = medianMs(21, [&] {
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
        const double t = medianMs(5, [&] {
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
        const double t = medianMs(3, [&] { phi = ShapleyValue::compute(*game, options); });
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
        const double t = medianMs(11, [&] { hhi = RevenueConcentration::of(revenues, "USD")->hhi(); });
        row(QStringLiteral("Herfindahl index, 100,000 partners (HHI = %1)").arg(hhi), ms(t), QStringLiteral("< 20 ms"));
    }
    return 0;
}
