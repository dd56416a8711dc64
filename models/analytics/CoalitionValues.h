#pragma once
// The coalition values v(S) a user typed into a project's Shapley coalition table, kept in the
// workspace (table coalition_values, schema v6) so that reopening the allocation, the dashboard
// and the reports use the same game. A coalition is stored by the ids of its partners (0 for
// Lepton's retained share), not by table row, so that it keeps its meaning when participants
// are added or removed; a stored coalition naming someone who no longer takes part is ignored.
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

class CoalitionValues {
    Q_DECLARE_TR_FUNCTIONS(CoalitionValues)
public:
    explicit CoalitionValues(const QSqlDatabase &db) : m_db(db) {}

    // The stored values of the project as coalition masks over partnerIds (bit i = partnerIds[i]).
    std::optional<QHash<quint64, qint64>> load(qint64 projectId, const QVector<qint64> &partnerIds,
                                               QString *error = nullptr) const;
    // Stores (replaces) one coalition's value in minor units.
    bool save(qint64 projectId, const QVector<qint64> &partnerIds, quint64 coalition, qint64 value,
              QString *error = nullptr) const;
    // Forgets all of the project's values: back to the game derived from contributions.
    bool clear(qint64 projectId, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};
