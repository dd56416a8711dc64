#include "models/analytics/CoalitionGame.h"

#include "models/analytics/LargestRemainder.h"

#include <algorithm>

using WideMath::Int;

std::optional<CoalitionGame> CoalitionGame::fromStandaloneValues(const QVector<qint64> &standalone,
                                                                 const QVector<Synergy> &synergies, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<CoalitionGame> {
        if (error) *error = why;
        return std::nullopt;
    };
    const int n = standalone.size();
    if (n == 0) return fail(tr("The game has no participants; add at least one."));
    if (n > MaxPlayers) return fail(tr("A game can have at most %1 participants.").arg(MaxPlayers));
    CoalitionGame g;
    g.m_players = n;
    g.m_standalone = standalone;
    g.m_synergy.fill(0, n * n);
    // Every coalition's value must fit in 64 bits: bound the sum of all magnitudes.
    Int magnitude = 0;
    for (qint64 a : standalone) magnitude += WideMath::absolute(a);
    for (const Synergy &s : synergies) {
        if (s.first < 0 || s.second < 0 || s.first >= n || s.second >= n || s.first == s.second)
            return fail(tr("A synergy names participants %1 and %2; it must name two different participants, "
                           "numbered 1 to %3.")
                            .arg(s.first + 1)
                            .arg(s.second + 1)
                            .arg(n));
        g.m_synergy[s.first * n + s.second] += s.value;
        g.m_synergy[s.second * n + s.first] += s.value;
        magnitude += WideMath::absolute(s.value);
    }
    if (!WideMath::toInt64(magnitude))
        return fail(tr("The coalition values would be too large to represent; check the amounts."));
    return g;
}

std::optional<CoalitionGame> CoalitionGame::fromContributions(qint64 grandValue, const QVector<qint64> &contributions,
                                                              const QVector<Synergy> &synergies, QString *error)
{
    Int synergySum = 0;
    for (const Synergy &s : synergies) synergySum += s.value;
    const auto rest = WideMath::toInt64(Int(grandValue) - synergySum);
    if (!rest) {
        if (error) *error = tr("The synergies are too large compared with the profit; check the amounts.");
        return std::nullopt;
    }
    QString why;
    const auto standalone = LargestRemainder::byWeights(*rest, contributions, &why);
    if (!standalone) {
        if (error) *error = tr("Cannot derive the coalition values from the contributions: %1").arg(why);
        return std::nullopt;
    }
    return fromStandaloneValues(*standalone, synergies, error);
}

std::optional<CoalitionGame> CoalitionGame::fromTable(const QVector<qint64> &values, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<CoalitionGame> {
        if (error) *error = why;
        return std::nullopt;
    };
    int n = 0;
    while (n <= MaxTablePlayers && (qsizetype(1) << n) < values.size()) ++n;
    if (values.size() < 2 || n > MaxTablePlayers || (qsizetype(1) << n) != values.size())
        return fail(tr("A coalition table needs 2^n values for n participants (n from 1 to %1), not %2.")
                        .arg(MaxTablePlayers)
                        .arg(values.size()));
    if (values[0] != 0) return fail(tr("The empty coalition creates nothing: its value must be 0."));
    CoalitionGame g;
    g.m_players = n;
    g.m_table = values;
    return g;
}

Int CoalitionGame::baseValue(quint64 coalition) const
{
    Int v = 0;
    for (int i = 0; i < m_players; ++i) {
        if (!(coalition >> i & 1)) continue;
        v += m_standalone[i];
        for (int j = i + 1; j < m_players; ++j)
            if (coalition >> j & 1) v += synergy(i, j);
    }
    return v;
}

qint64 CoalitionGame::value(quint64 coalition) const
{
    coalition &= everyone();
    if (!m_table.isEmpty()) return m_table[qsizetype(coalition)];
    const auto edited = m_edits.constFind(coalition);
    if (edited != m_edits.constEnd()) return *edited;
    return qint64(baseValue(coalition));  // fits: bounded in fromStandaloneValues
}

bool CoalitionGame::setValue(quint64 coalition, qint64 value, QString *error)
{
    if (coalition == 0 || (coalition & ~everyone()) != 0) {
        if (error)
            *error = coalition == 0 ? tr("The empty coalition creates nothing: its value stays 0.")
                                    : tr("The coalition names a participant the game does not have.");
        return false;
    }
    if (!m_table.isEmpty())
        m_table[qsizetype(coalition)] = value;
    else
        m_edits.insert(coalition, value);
    return true;
}

QVector<qint64> CoalitionGame::valueTable() const
{
    Q_ASSERT(m_players <= MaxTablePlayers);
    if (!m_table.isEmpty()) return m_table;
    const quint64 size = 1ULL << m_players;
    QVector<qint64> table(qsizetype(size), 0);
    // v(S) = v(S - i) + a_i + sum of i's synergies with S - i, for i the lowest member of S.
    for (quint64 s = 1; s < size; ++s) {
        const int i = __builtin_ctzll(s);
        const quint64 rest = s & (s - 1);
        qint64 v = table[qsizetype(rest)] + m_standalone[i];
        for (quint64 r = rest; r; r &= r - 1) v += synergy(i, __builtin_ctzll(r));
        table[qsizetype(s)] = v;
    }
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) table[qsizetype(it.key())] = it.value();
    return table;
}

QVector<Int> CoalitionGame::marginalRanges() const
{
    const int n = m_players;
    QVector<Int> ranges(n, 0);
    if (!m_table.isEmpty()) {  // exact: max - min of every marginal contribution
        for (int i = 0; i < n; ++i) {
            Int lo = 0, hi = 0;
            bool first = true;
            for (quint64 s = 0; s < quint64(m_table.size()); ++s) {
                if (s >> i & 1) continue;
                const Int m = Int(m_table[qsizetype(s | 1ULL << i)]) - m_table[qsizetype(s)];
                lo = first ? m : std::min(lo, m);
                hi = first ? m : std::max(hi, m);
                first = false;
            }
            ranges[i] = hi - lo;
        }
        return ranges;
    }
    // Default game: i's marginal is a_i plus its synergies with those already in, so it lies
    // within [a_i + negative synergies, a_i + positive synergies].
    QVector<Int> low(n, 0), high(n, 0);
    Int lowest = 0, highest = 0;  // bounds of every coalition's value, for the edited ones
    for (int i = 0; i < n; ++i) {
        (m_standalone[i] < 0 ? lowest : highest) += m_standalone[i];
        low[i] = high[i] = m_standalone[i];
        for (int j = 0; j < n; ++j) {
            const qint64 s = synergy(i, j);
            (s < 0 ? low[i] : high[i]) += s;
            if (j > i) (s < 0 ? lowest : highest) += s;
        }
    }
    for (qint64 v : m_edits) {
        lowest = std::min(lowest, Int(v));
        highest = std::max(highest, Int(v));
    }
    for (int i = 0; i < n; ++i) {
        // A marginal that involves an edited coalition can be anything within +-(highest - lowest).
        if (!m_edits.isEmpty()) {
            low[i] = std::min(low[i], lowest - highest);
            high[i] = std::max(high[i], highest - lowest);
        }
        ranges[i] = high[i] - low[i];
    }
    return ranges;
}

void CoalitionGame::addMarginals(const int *order, Int *sums, Int *scratch) const
{
    const int n = m_players;
    quint64 coalition = 0;
    Int previous = 0;
    if (!m_table.isEmpty()) {
        for (int k = 0; k < n; ++k) {
            coalition |= 1ULL << order[k];
            const Int v = m_table[qsizetype(coalition)];
            sums[order[k]] += v - previous;
            previous = v;
        }
        return;
    }
    // scratch[j] = sum of j's synergies with the coalition so far, kept up to date as players
    // join, so that each step costs O(n) instead of O(n^2).
    std::fill(scratch, scratch + n, Int(0));
    Int base = 0;
    for (int k = 0; k < n; ++k) {
        const int i = order[k];
        coalition |= 1ULL << i;
        base += m_standalone[i] + scratch[i];
        const qint64 *row = m_synergy.constData() + i * n;
        for (int j = 0; j < n; ++j) scratch[j] += row[j];
        Int v = base;
        if (!m_edits.isEmpty()) {
            const auto edited = m_edits.constFind(coalition);
            if (edited != m_edits.constEnd()) v = *edited;
        }
        sums[i] += v - previous;
        previous = v;
    }
}
