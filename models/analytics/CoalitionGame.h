#pragma once
// A cooperative game among the participants of a project: v(S), the value that each coalition S
// of participants would create on its own, in minor units. Coalitions are bit masks (bit i set
// = participant i is in), v(empty) = 0, and v(everyone) is what the project earned.
//
// Two ways to state it:
// - every coalition's value, a table of 2^n numbers (what a user types in the coalition table);
// - the default game: standalone values a_i plus pairwise synergies s_ij (what i and j create
//   together beyond their separate values), v(S) = sum_{i in S} a_i + sum_{i<j in S} s_ij.
//   fromContributions() derives the a_i from contributions so that v(everyone) is the profit.
// Either way the user may then edit single coalitions' values (setValue).
#include "models/analytics/WideMath.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <optional>

struct Synergy {
    int first = 0;
    int second = 0;
    qint64 value = 0;  // minor units, may be negative (the two get in each other's way)
};

class CoalitionGame {
    Q_DECLARE_TR_FUNCTIONS(CoalitionGame)
public:
    static constexpr int MaxPlayers = 62;       // coalitions are 64-bit masks
    static constexpr int MaxTablePlayers = 20;  // 2^20 values = 8 MiB; beyond that only sampling

    static std::optional<CoalitionGame> fromStandaloneValues(const QVector<qint64> &standalone,
                                                             const QVector<Synergy> &synergies,
                                                             QString *error = nullptr);
    // The default game of a project: the standalone values share (grandValue - all synergies) in
    // proportion to the contributions (largest remainder), so that v(everyone) = grandValue.
    static std::optional<CoalitionGame> fromContributions(qint64 grandValue, const QVector<qint64> &contributions,
                                                          const QVector<Synergy> &synergies,
                                                          QString *error = nullptr);
    // values[S] for every coalition S of n participants (values.size() == 2^n, values[0] == 0).
    static std::optional<CoalitionGame> fromTable(const QVector<qint64> &values, QString *error = nullptr);

    int playerCount() const { return m_players; }
    quint64 everyone() const { return m_players == 64 ? ~0ULL : (1ULL << m_players) - 1; }
    qint64 value(quint64 coalition) const;
    qint64 grandValue() const { return value(everyone()); }
    // The user's own value for one coalition, replacing the default.
    bool setValue(quint64 coalition, qint64 value, QString *error = nullptr);

    // All 2^n values, indexed by coalition; n <= MaxTablePlayers.
    QVector<qint64> valueTable() const;

    // For each participant, a width that every marginal contribution v(S + i) - v(S) stays
    // within (max - min over all S, or an upper bound of it); the sampling error bound scales
    // with it.
    QVector<WideMath::Int> marginalRanges() const;

    // Adds each participant's marginal contribution when joining in the given order (a
    // permutation of all participants) to sums[participant]. The inner loop of sampling.
    void addMarginals(const int *order, WideMath::Int *sums, WideMath::Int *scratch) const;

private:
    CoalitionGame() = default;
    WideMath::Int baseValue(quint64 coalition) const;
    qint64 synergy(int i, int j) const { return m_synergy[i * m_players + j]; }

    int m_players = 0;
    QVector<qint64> m_table;       // every value, when stated as a table
    QVector<qint64> m_standalone;  // otherwise a_i ...
    QVector<qint64> m_synergy;     // ... and s_ij, n x n, symmetric, zero diagonal
    QHash<quint64, qint64> m_edits;  // user-stated values over the default game
};
