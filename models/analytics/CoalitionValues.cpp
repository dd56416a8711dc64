#include "models/analytics/CoalitionValues.h"

#include "models/storage/SqlStatement.h"

#include <algorithm>

namespace {
// "3,17": the members' partner ids in ascending order.
QString keyOf(const QVector<qint64> &partnerIds, quint64 coalition)
{
    QVector<qint64> members;
    for (int i = 0; i < partnerIds.size(); ++i)
        if (coalition & (1ULL << i)) members.append(partnerIds[i]);
    std::sort(members.begin(), members.end());
    QStringList parts;
    for (qint64 id : members) parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}
}  // namespace

std::optional<QHash<quint64, qint64>> CoalitionValues::load(qint64 projectId, const QVector<qint64> &partnerIds,
                                                            QString *error) const
{
    SqlStatement q(m_db, QStringLiteral("SELECT coalition, value_minor FROM coalition_values WHERE project_id = ?"));
    if (!q.exec({projectId}, error)) return std::nullopt;
    QHash<quint64, qint64> values;
    while (q.next()) {
        quint64 coalition = 0;
        bool known = true;
        for (const QString &part : q.value(0).toString().split(QLatin1Char(','))) {
            const int at = partnerIds.indexOf(part.toLongLong());
            known = known && at >= 0;
            if (at >= 0) coalition |= 1ULL << at;
        }
        if (known && coalition != 0) values.insert(coalition, q.value(1).toLongLong());
    }
    return values;
}

bool CoalitionValues::save(qint64 projectId, const QVector<qint64> &partnerIds, quint64 coalition, qint64 value,
                           QString *error) const
{
    SqlStatement q(m_db, QStringLiteral("INSERT INTO coalition_values (project_id, coalition, value_minor) VALUES (?, ?, ?) "
                                        "ON CONFLICT (project_id, coalition) DO UPDATE SET value_minor = excluded.value_minor"));
    return q.exec({projectId, keyOf(partnerIds, coalition), value}, error);
}

bool CoalitionValues::clear(qint64 projectId, QString *error) const
{
    SqlStatement q(m_db, QStringLiteral("DELETE FROM coalition_values WHERE project_id = ?"));
    return q.exec({projectId}, error);
}
