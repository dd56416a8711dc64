#pragma once
// The Shapley value of a cooperative game: each participant's average marginal contribution
// over all orders in which the coalition could have formed.
//
// Exact (up to 16 participants by default): bitmask enumeration of all 2^n coalitions,
//   phi_i = sum over S not containing i of |S|! (n-|S|-1)! / n! * (v(S + i) - v(S)),
// kept as exact fractions over n!.
// Sampled (above that): the average marginal contribution over m random orders (seeded, so the
// same seed gives the same result). Hoeffding's inequality with a union bound over the n
// participants: with probability at least 1 - delta every estimate is within
//   range_i * sqrt(ln(2n / delta) / (2m))
// of the exact value, range_i being the width of participant i's marginal contributions.
// Both ways are efficient: the values sum exactly to v(everyone).
#include "models/analytics/CoalitionGame.h"
#include "models/analytics/WideMath.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

struct ShapleyOptions {
    int exactUpTo = 16;            // participants; above this, sample
    qint64 permutations = 100000;  // m, when sampling
    quint64 seed = 1;
    double delta = 0.05;           // the bound holds with probability 1 - delta
};

class ShapleyValue {
    Q_DECLARE_TR_FUNCTIONS(ShapleyValue)
public:
    static std::optional<ShapleyValue> exact(const CoalitionGame &game, QString *error = nullptr);
    static std::optional<ShapleyValue> sampled(const CoalitionGame &game, qint64 permutations, quint64 seed,
                                               double delta, QString *error = nullptr);
    // Exact when the game is small enough for options.exactUpTo, sampled otherwise.
    static std::optional<ShapleyValue> compute(const CoalitionGame &game, const ShapleyOptions &options,
                                               QString *error = nullptr);

    bool isExact() const { return m_exact; }
    int playerCount() const { return m_numerators.size(); }
    qint64 grandValue() const { return m_grand; }
    // phi_i = numerator(i) / denominator() minor units, exactly (for a sampled value: exactly
    // the sample mean).
    WideMath::Int numerator(int player) const { return m_numerators[player]; }
    WideMath::Int denominator() const { return m_denominator; }
    double value(int player) const { return double(m_numerators[player]) / double(m_denominator); }

    // Half-width of the confidence interval per participant, in minor units (0 when exact).
    double errorBound(int player) const { return m_bounds.isEmpty() ? 0.0 : m_bounds[player]; }
    double maxErrorBound() const;
    double delta() const { return m_delta; }
    qint64 permutations() const { return m_permutations; }
    quint64 seed() const { return m_seed; }

    // Rounded to minor units by the largest remainder method: sums exactly to v(everyone).
    std::optional<QVector<qint64>> rounded(QString *error = nullptr) const;
    // How it was computed, and for a sampled value its error bound, in the user's words.
    QString description(const QString &currency) const;

private:
    ShapleyValue() = default;
    bool m_exact = true;
    qint64 m_grand = 0;
    QVector<WideMath::Int> m_numerators;
    WideMath::Int m_denominator = 1;
    QVector<double> m_bounds;
    double m_delta = 0;
    qint64 m_permutations = 0;
    quint64 m_seed = 0;
};
