#pragma once
// Rounds exact shares of an amount to whole minor units so that they sum to the amount exactly
// (the largest remainder method, also called Hamilton's method).
//
// Rule, for a total T >= 0 and exact shares q_i = numerators_i / denominator with sum q_i = T:
// everyone first gets floor(q_i); the T - sum floor(q_i) cents left over go one each to the
// largest fractional parts; equal fractional parts are served in input order (the earlier
// participant first), so the result never depends on anything but the input.
// A loss (T < 0) is allocated by the same rule on its magnitude and negated: the participants
// with the largest fractional share of the loss carry the extra cent.
#include "models/analytics/Rate.h"
#include "models/analytics/WideMath.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class LargestRemainder {
    Q_DECLARE_TR_FUNCTIONS(LargestRemainder)
public:
    // Exact shares given as numerators over one common positive denominator; their sum must be
    // total * denominator (shares may be negative, e.g. Shapley values of a harmful partner).
    static std::optional<QVector<qint64>> apportion(qint64 total, const QVector<WideMath::Int> &numerators,
                                                    WideMath::Int denominator, QString *error = nullptr);

    // total split in proportion to non-negative integer weights (at least one positive).
    static std::optional<QVector<qint64>> byWeights(qint64 total, const QVector<qint64> &weights,
                                                    QString *error = nullptr);

    // total split by exact shares that must add up to exactly 1 (100%).
    static std::optional<QVector<qint64>> byShares(qint64 total, const QVector<Rate> &shares,
                                                   QString *error = nullptr);
};
