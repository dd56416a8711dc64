#include "models/analytics/EcosystemQueries.h"

#include "models/records/Choices.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"

namespace {
// The contracts (alias c) the filter keeps: those of its partner, and those under which its
// industry's (or its project's) projects run. The values are bound.
QString contractClause(const PortfolioQueries::Filter &filter, QVariantList *values)
{
    QString sql;
    if (filter.partnerId != 0) {
        sql += QStringLiteral(" AND c.id IN (SELECT contract_id FROM contract_parties WHERE partner_id = ?)");
        values->append(filter.partnerId);
    }
    if (!filter.industry.isEmpty()) {
        sql += QStringLiteral(" AND c.id IN (SELECT contract_id FROM projects WHERE industry = ?)");
        values->append(filter.industry);
    }
    if (filter.projectId != 0) {
        sql += QStringLiteral(" AND c.id IN (SELECT contract_id FROM projects WHERE id = ?)");
        values->append(filter.projectId);
    }
    return sql;
}

template <typename E>
QStringList keysOf()
{
    QStringList keys;
    for (E value : Choices::all<E>()) keys << Choices::key(value);
    return keys;
}
}  // namespace

std::optional<EcosystemHealth::PartnerCounts> EcosystemQueries::partnerCounts(const PortfolioQueries::Filter &filter,
                                                                              QString *error) const
{
    // Two counts that each read one status from an index, not every partner's row (100,000 in
    // bench_dashboard).
    QString narrow;
    QVariantList narrowing;
    if (!filter.industry.isEmpty()) {
        narrow += QStringLiteral(" AND industry = ?");
        narrowing << filter.industry;
    }
    if (filter.partnerId != 0) {
        narrow += QStringLiteral(" AND id = ?");
        narrowing << filter.partnerId;
    }
    const QString sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM partners WHERE status = 'active'") + narrow +
                        QStringLiteral("), (SELECT COUNT(*) FROM partners WHERE status = 'ended'") + narrow + QStringLiteral(")");
    const QVariantList values = narrowing + narrowing;
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error) || !q.next()) return std::nullopt;
    return EcosystemHealth::PartnerCounts{q.value(0).toInt(), q.value(1).toInt()};
}

QDate EcosystemQueries::expiryReference(const PortfolioQueries::Filter &filter, const QDate &today)
{
    return filter.to.isValid() ? filter.to : today;
}

std::optional<EcosystemQueries::ExpiringCounts> EcosystemQueries::expiringContracts(const PortfolioQueries::Filter &filter,
                                                                                  const QDate &today, QString *error) const
{
    const QDate from = expiryReference(filter, today);
    QVariantList values{SqlValue::fromDate(from.addDays(30)), SqlValue::fromDate(from.addDays(60)),
                        SqlValue::fromDate(from.addDays(90)), SqlValue::fromDate(from),
                        SqlValue::fromDate(from.addDays(90))};
    const QString sql = QStringLiteral("SELECT COALESCE(SUM(CASE WHEN c.end_date <= ? THEN 1 ELSE 0 END), 0), "
                                 "COALESCE(SUM(CASE WHEN c.end_date <= ? THEN 1 ELSE 0 END), 0), "
                                 "COALESCE(SUM(CASE WHEN c.end_date <= ? THEN 1 ELSE 0 END), 0) FROM contracts c "
                                 "WHERE c.end_date >= ? AND c.end_date <= ?") +
                  contractClause(filter, &values);
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error) || !q.next()) return std::nullopt;
    return ExpiringCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}

std::optional<int> EcosystemQueries::overdueMilestones(const PortfolioQueries::Filter &filter, const QDate &today,
                                                       QString *error) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM milestones m");
    QVariantList values;
    if (!filter.industry.isEmpty()) {
        sql += QStringLiteral(" JOIN projects p ON p.id = m.project_id AND p.industry = ?");
        values << filter.industry;
    }
    if (filter.partnerId != 0) {
        sql += QStringLiteral(" JOIN participants pa ON pa.project_id = m.project_id AND pa.partner_id = ?");
        values << filter.partnerId;
    }
    sql += QStringLiteral(" WHERE m.done_date IS NULL AND m.due_date < ?");
    values << SqlValue::fromDate(today);
    if (filter.projectId != 0) {
        sql += QStringLiteral(" AND m.project_id = ?");
        values << filter.projectId;
    }
    const QVariant count = SqlStatement::scalar(m_db, sql, values, error);
    if (!count.isValid()) return std::nullopt;
    return count.toInt();
}

std::optional<QVector<EcosystemQueries::ContractGroup>> EcosystemQueries::contractsBy(
    const QString &column, const QStringList &keys, const PortfolioQueries::Filter &filter, const QString &currency,
    QString *error) const
{
    // column is one of two fixed names chosen below, never user text.
    QVariantList values{currency};
    const QString sql = QStringLiteral("SELECT c.%1, COUNT(*), COALESCE(SUM(CASE WHEN c.currency = ? THEN c.value_minor END), 0) "
                                       "FROM contracts c WHERE 1 = 1")
                            .arg(column) +
                        contractClause(filter, &values) + QStringLiteral(" GROUP BY c.%1").arg(column);
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error)) return std::nullopt;
    QVector<ContractGroup> groups;
    for (const QString &key : keys) groups.append({key, 0, Money(0, currency)});
    while (q.next()) {
        const QString key = q.value(0).toString();
        int at = keys.indexOf(key);
        if (at < 0) {  // a key this build does not know: shown as it is, not dropped
            groups.append({key, 0, Money(0, currency)});
            at = groups.size() - 1;
        }
        groups[at].contracts = q.value(1).toInt();
        groups[at].value = Money(q.value(2).toLongLong(), currency);
    }
    return groups;
}

std::optional<QVector<EcosystemQueries::ContractGroup>> EcosystemQueries::contractsByStatus(
    const PortfolioQueries::Filter &filter, const QString &currency, QString *error) const
{
    return contractsBy(QStringLiteral("status"), keysOf<ContractStatus>(), filter, currency, error);
}

std::optional<QVector<EcosystemQueries::ContractGroup>> EcosystemQueries::contractsByMode(
    const PortfolioQueries::Filter &filter, const QString &currency, QString *error) const
{
    return contractsBy(QStringLiteral("mode"), keysOf<CooperationMode>(), filter, currency, error);
}
