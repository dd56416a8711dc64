#include "models/analytics/LargestRemainder.h"

#include <algorithm>
#include <numeric>

using WideMath::Int;

std::optional<QVector<qint64>> LargestRemainder::apportion(qint64 total, const QVector<Int> &numerators,
                                                           Int denominator, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QVector<qint64>> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (numerators.isEmpty()) return fail(tr("There is nobody to allocate to: add a participant."));
    if (denominator <= 0) return fail(tr("The shares have no common denominator."));
    Int sum = 0;
    for (Int n : numerators) {
        if (__builtin_add_overflow(sum, n, &sum))
            return fail(tr("The shares are too large to add up exactly."));
    }
    Int expected;
    if (__builtin_mul_overflow(Int(total), denominator, &expected))
        return fail(tr("The shares are too large to add up exactly."));
    if (sum != expected)
        return fail(tr("The exact shares do not add up to the amount to allocate."));

    // Mirror a loss so that the same rounding rule applies to its magnitude.
    const bool loss = total < 0;
    const int n = numerators.size();
    QVector<qint64> amounts(n);
    QVector<Int> remainders(n);
    Int allocated = 0;
    for (int i = 0; i < n; ++i) {
        const Int exact = loss ? -numerators[i] : numerators[i];
        const Int whole = WideMath::floorDiv(exact, denominator);
        const auto fits = WideMath::toInt64(whole);
        if (!fits) return fail(tr("A share is too large for a 64-bit amount."));
        amounts[i] = *fits;
        remainders[i] = exact - whole * denominator;  // in [0, denominator)
        allocated += whole;
    }
    const Int magnitude = loss ? -Int(total) : Int(total);
    const Int leftover = magnitude - allocated;  // 0 <= leftover < n, since each floor loses < 1
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return remainders[a] > remainders[b]; });
    for (Int k = 0; k < leftover; ++k) amounts[order[int(k)]] += 1;
    if (loss) {
        for (qint64 &a : amounts) a = -a;
    }
    return amounts;
}

std::optional<QVector<qint64>> LargestRemainder::byWeights(qint64 total, const QVector<qint64> &weights,
                                                           QString *error)
{
    Int weightSum = 0;
    for (qint64 w : weights) {
        if (w < 0) {
            if (error) *error = tr("A weight is negative; weights must be zero or more.");
            return std::nullopt;
        }
        weightSum += w;
    }
    if (weightSum == 0) {
        if (error) *error = tr("All weights are zero, so there is nothing to share in proportion to.");
        return std::nullopt;
    }
    QVector<Int> numerators;
    numerators.reserve(weights.size());
    for (qint64 w : weights) numerators.append(Int(total) * w);
    return apportion(total, numerators, weightSum, error);
}

std::optional<QVector<qint64>> LargestRemainder::byShares(qint64 total, const QVector<Rate> &shares, QString *error)
{
    auto tooLarge = [error]() -> std::optional<QVector<qint64>> {
        if (error) *error = tr("The shares are too finely divided to add up exactly; round them to fewer decimals.");
        return std::nullopt;
    };
    Int common = 1;  // least common multiple of the denominators
    for (const Rate &s : shares) {
        const Int d = s.denominator();
        if (__builtin_mul_overflow(common / WideMath::gcd(common, d), d, &common)) return tooLarge();
    }
    QVector<Int> numerators;
    numerators.reserve(shares.size());
    for (const Rate &s : shares) {
        Int n;
        if (__builtin_mul_overflow(Int(s.numerator()), common / s.denominator(), &n) ||
            __builtin_mul_overflow(n, Int(total), &n))
            return tooLarge();
        numerators.append(n);
    }
    return apportion(total, numerators, common, error);
}
