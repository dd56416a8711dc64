#include "models/analytics/ShapleyValue.h"

#include "models/analytics/LargestRemainder.h"
#include "models/records/Money.h"

#include <algorithm>
#include <cmath>
#include <random>

using WideMath::Int;

std::optional<ShapleyValue> ShapleyValue::exact(const CoalitionGame &game, QString *error)
{
    const int n = game.playerCount();
    if (n > CoalitionGame::MaxTablePlayers) {
        if (error)
            *error = tr("The exact Shapley value of %1 participants would need 2^%1 coalitions; use sampling "
                        "above %2 participants.")
                         .arg(n)
                         .arg(CoalitionGame::MaxTablePlayers);
        return std::nullopt;
    }
    // weight[s] = s! (n-1-s)!, the number of orders in which i joins right after a given S of
    // size s; they share the denominator n!. |numerator| <= n! * 2 * max|v| < 2^127 for n <= 20.
    QVector<Int> factorial(n + 1, 1);
    for (int k = 1; k <= n; ++k) factorial[k] = factorial[k - 1] * k;
    QVector<Int> weight(n, 0);
    for (int s = 0; s < n; ++s) weight[s] = factorial[s] * factorial[n - 1 - s];

    const QVector<qint64> v = game.valueTable();
    ShapleyValue result;
    result.m_numerators.fill(0, n);
    result.m_denominator = factorial[n];
    result.m_grand = game.grandValue();
    Int *num = result.m_numerators.data();
    // Each coalition T counts positively for its members (as S + i with S = T - i) and
    // negatively for the others (as S with i joining): one pass over all coalitions.
    const quint64 size = 1ULL << n;
    for (quint64 t = 1; t < size; ++t) {
        const int members = __builtin_popcountll(t);
        const Int asJoined = weight[members - 1] * v[qsizetype(t)];
        const Int asJoinedBy = members < n ? weight[members] * v[qsizetype(t)] : 0;
        for (int i = 0; i < n; ++i) num[i] += (t >> i & 1) ? asJoined : -asJoinedBy;
    }
    const Int g = [&] {
        Int d = result.m_denominator;
        for (Int x : result.m_numerators) d = WideMath::gcd(d, x);
        return d;
    }();
    if (g > 1) {
        for (Int &x : result.m_numerators) x /= g;
        result.m_denominator /= g;
    }
    return result;
}

namespace {

// Uniform in [0, bound) from the standard Mersenne Twister (whose output the C++ standard
// fixes), by rejection: std::uniform_int_distribution differs between libraries, and a seeded
// result must be the same on every machine.
quint64 below(std::mt19937_64 &rng, quint64 bound)
{
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % bound;
    quint64 x;
    do x = rng();
    while (x >= limit);
    return x % bound;
}

}  // namespace

std::optional<ShapleyValue> ShapleyValue::sampled(const CoalitionGame &game, qint64 permutations, quint64 seed,
                                                  double delta, QString *error)
{
    if (permutations < 1) {
        if (error) *error = tr("Sampling needs at least one permutation.");
        return std::nullopt;
    }
    if (!(delta > 0.0 && delta < 1.0)) {
        if (error) *error = tr("The error probability must be between 0 and 1 (exclusive), such as 0.05.");
        return std::nullopt;
    }
    const int n = game.playerCount();
    std::mt19937_64 rng(seed);
    QVector<int> order(n);
    QVector<Int> sums(n, 0), scratch(n, 0);
    for (int i = 0; i < n; ++i) order[i] = i;
    for (qint64 p = 0; p < permutations; ++p) {
        for (int k = n - 1; k > 0; --k) std::swap(order[k], order[int(below(rng, quint64(k) + 1))]);  // Fisher-Yates
        game.addMarginals(order.constData(), sums.data(), scratch.data());
    }
    ShapleyValue result;
    result.m_exact = false;
    result.m_grand = game.grandValue();
    result.m_numerators = sums;
    result.m_denominator = permutations;
    result.m_delta = delta;
    result.m_permutations = permutations;
    result.m_seed = seed;
    const double factor = std::sqrt(std::log(2.0 * n / delta) / (2.0 * double(permutations)));
    for (Int range : game.marginalRanges()) result.m_bounds.append(double(range) * factor);
    return result;
}

std::optional<ShapleyValue> ShapleyValue::compute(const CoalitionGame &game, const ShapleyOptions &options,
                                                  QString *error)
{
    if (game.playerCount() <= std::min(options.exactUpTo, CoalitionGame::MaxTablePlayers)) return exact(game, error);
    return sampled(game, options.permutations, options.seed, options.delta, error);
}

double ShapleyValue::maxErrorBound() const
{
    return m_bounds.isEmpty() ? 0.0 : *std::max_element(m_bounds.begin(), m_bounds.end());
}

std::optional<QVector<qint64>> ShapleyValue::rounded(QString *error) const
{
    return LargestRemainder::apportion(m_grand, m_numerators, m_denominator, error);
}

QString ShapleyValue::description(const QString &currency) const
{
    if (m_exact) return tr("Exact Shapley value over all %1 coalitions.").arg(qint64(1) << playerCount());
    const qint64 bound = qint64(std::ceil(maxErrorBound()));
    return tr("Shapley value estimated from %1 random orders (seed %2): with probability %3% every "
              "participant's value is within %4 of the exact one (Hoeffding bound), plus under one "
              "minor unit of rounding.")
        .arg(m_permutations)
        .arg(m_seed)
        .arg(QString::number((1.0 - m_delta) * 100.0, 'g', 6))
        .arg(Money(bound, currency).toString());
}
