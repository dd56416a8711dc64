#include "PortfolioQueries.h"

#include "SqlDialect.h"
#include "SqlStatement.h"
#include "SqlValue.h"

namespace {

// Where the sums come from: the ledger's entries, or one of the totals that the schema keeps per
// project (lifetime) or per day (all projects) by triggers, whichever answers the filter with
// the fewest rows. All three name their columns project_id / entry_date / currency.
enum class Source { Entries, ProjectTotals, DayTotals };

Source sourceFor(const PortfolioQueries::Filter &f, bool perProject, bool perDay)
{
    const bool dated = f.from.isValid() || f.to.isValid();
    const bool narrowed = !f.industry.isEmpty() || f.partnerId != 0 || f.projectId != 0;
    if (!narrowed && !perProject) return Source::DayTotals;
    if (!dated && !perDay) return Source::ProjectTotals;
    return Source::Entries;
}

// No filter at all: the lifetime totals per project and per partner answer as they are.
bool isWholeLedger(const PortfolioQueries::Filter &f)
{
    return !f.from.isValid() && !f.to.isValid() && f.industry.isEmpty() && f.partnerId == 0 && f.projectId == 0;
}

QString sums(Source source)
{
    if (source != Source::Entries)
        return QStringLiteral("SUM(l.revenue_minor) AS revenue, SUM(l.cost_minor) AS cost");
    return QStringLiteral("SUM(CASE l.kind WHEN 'revenue' THEN l.amount_minor ELSE 0 END) AS revenue, "
                          "SUM(CASE l.kind WHEN 'cost' THEN l.amount_minor ELSE 0 END) AS cost");
}

// FROM, joins and WHERE of a filter over the source l (plus the caller's own joins), from
// fixed SQL fragments only; every value is bound, appended to *values in placeholder order.
QString clauses(Source source, const PortfolioQueries::Filter &f, const QString &currency, const QString &join,
                QVariantList *values)
{
    QString sql = source == Source::Entries         ? QStringLiteral(" FROM ledger_entries l")
                  : source == Source::ProjectTotals ? QStringLiteral(" FROM ledger_project_totals l")
                                                    : QStringLiteral(" FROM ledger_day_totals l");
    if (!f.industry.isEmpty()) {
        sql += QStringLiteral(" JOIN projects fp ON fp.id = l.project_id AND fp.industry = ?");
        values->append(f.industry);
    }
    if (f.partnerId != 0) {
        sql += QStringLiteral(" JOIN participants fpa ON fpa.project_id = l.project_id AND fpa.partner_id = ?");
        values->append(f.partnerId);
    }
    sql += join;
    QStringList where;
    if (!currency.isNull()) {
        where << QStringLiteral("l.currency = ?");
        values->append(currency);
    }
    if (f.projectId != 0) {
        where << QStringLiteral("l.project_id = ?");
        values->append(f.projectId);
    }
    if (f.from.isValid()) {
        where << QStringLiteral("l.entry_date >= ?");
        values->append(SqlValue::fromDate(f.from));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("l.entry_date <= ?");
        values->append(SqlValue::fromDate(f.to));
    }
    if (!where.isEmpty()) sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql;
}

// The first day of an entry's period, as ISO text, computed by the database.
QString periodStart(ReportingPeriod::Length length, const SqlDialect &dialect)
{
    switch (length) {
    case ReportingPeriod::Length::Month: return QStringLiteral("substr(l.entry_date, 1, 7) || '-01'");
    case ReportingPeriod::Length::Quarter:
        return QStringLiteral("substr(l.entry_date, 1, 5) || %1 || '-01'")
            .arg(dialect.twoDigits(QStringLiteral("(CAST(substr(l.entry_date, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1")));
    case ReportingPeriod::Length::Year: break;
    }
    return QStringLiteral("substr(l.entry_date, 1, 4) || '-01-01'");
}

}  // namespace

std::optional<QStringList> PortfolioQueries::currencies(const Filter &filter, QString *error) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT DISTINCT l.currency") +
                        clauses(sourceFor(filter, false, false), filter, QString(), QString(), &values) +
                        QStringLiteral(" ORDER BY l.currency");
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error)) return std::nullopt;
    QStringList result;
    while (q.next()) result << q.value(0).toString();
    return result;
}

std::optional<QVector<PeriodEconomics>> PortfolioQueries::periods(ReportingPeriod::Length length, const Filter &filter,
                                                                  const QString &currency, QString *error) const
{
    QVariantList values;
    const QString start = periodStart(length, SqlDialect::of(m_db));
    const Source source = sourceFor(filter, false, true);
    // Days first, then periods: grouping by the stored date can follow an index on entry_date
    // (a project's ledger index, for one) without sorting every entry; the few day rows are then
    // grouped by period.
    const QString sql = QStringLiteral("SELECT ") + start +
                        QStringLiteral(", SUM(l.revenue), SUM(l.cost) FROM (SELECT l.entry_date AS entry_date, ") + sums(source) +
                        clauses(source, filter, currency, QString(), &values) +
                        QStringLiteral(" GROUP BY l.entry_date) l GROUP BY 1");
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error)) return std::nullopt;
    QMap<QDate, ProjectEconomics::PeriodTotals> sums;
    while (q.next()) {
        const QDate first = SqlValue::toDate(q.value(0));
        if (!first.isValid()) {
            if (error) *error = tr("A ledger entry has the date \"%1\", which is not a date; correct it.").arg(q.value(0).toString());
            return std::nullopt;
        }
        sums.insert(first, {q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return ProjectEconomics::series(sums, length, currency, error);
}

std::optional<ProfitAndLoss> PortfolioQueries::total(const Filter &filter, const QString &currency, QString *error) const
{
    QVariantList values;
    const Source source = sourceFor(filter, false, false);
    const QString sql = QStringLiteral("SELECT ") + sums(source) + clauses(source, filter, currency, QString(), &values);
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error) || !q.next()) return std::nullopt;
    return ProjectEconomics::figures({q.value(0).toLongLong(), q.value(1).toLongLong()}, currency, error);
}

std::optional<PortfolioQueries::ProjectSums> PortfolioQueries::projectSums(const Filter &filter, const QString &currency,
                                                                         QString *error) const
{
    QVariantList values;
    const Source source = sourceFor(filter, true, false);
    const QString sql = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN revenue < cost THEN 1 ELSE 0 END), 0), COALESCE(SUM(revenue), 0), "
                                       "COALESCE(SUM(cost), 0) FROM (SELECT ") +
                        sums(source) + clauses(source, filter, currency, QString(), &values) +
                        QStringLiteral(" GROUP BY l.project_id) pp");
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error) || !q.next()) return std::nullopt;
    return ProjectSums{q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(0).toInt(), q.value(1).toInt()};
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::ranked(const QString &select, const QString &join,
                                                                          const QString &group, const Filter &filter,
                                                                          const QString &currency, const QString &order,
                                                                          int limit, QString *error) const
{
    // Sum the ledger per project first, then join the far fewer project sums to partners or
    // industries. grouping by "+l.project_id" (SqlDialect::withoutIndex): group after a sequential scan; walking the whole ledger in
    // (project_id, entry_date) index order reads the table in random order, 3x slower on
    // 2,000,000 entries (bench_analytics). Filters still reach the ledger through that index.
    QVariantList values;
    const Source source = sourceFor(filter, true, false);
    const QString projectId = SqlDialect::of(m_db).withoutIndex(QStringLiteral("l.project_id"));
    QString sql = QStringLiteral("WITH per_project AS (SELECT l.project_id AS project_id, ") + sums(source) +
                  clauses(source, filter, currency, QString(), &values) +
                  QStringLiteral(" GROUP BY ") + projectId + QStringLiteral(") SELECT ") + select +
                  QStringLiteral(", SUM(pp.revenue) AS revenue, SUM(pp.cost) AS cost FROM per_project pp") + join +
                  QStringLiteral(" GROUP BY ") + group + QStringLiteral(" ORDER BY ") + order;
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    return rows(sql, values, currency, error);
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::rows(const QString &sql, const QVariantList &values,
                                                                        const QString &currency, QString *error) const
{
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error)) return std::nullopt;
    QVector<Totals> rows;
    while (q.next()) {
        const auto figures =
            ProjectEconomics::figures({q.value(2).toLongLong(), q.value(3).toLongLong()}, currency, error);
        if (!figures) return std::nullopt;
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), *figures});
    }
    return rows;
}

namespace {
QString byProfit(PortfolioQueries::Rank rank)
{
    // Sums, not the output names: PostgreSQL allows output names only alone in ORDER BY.
    return rank == PortfolioQueries::Rank::LeastProfitableFirst ? QStringLiteral("SUM(pp.revenue) - SUM(pp.cost) ASC, 1")
                                                                  : QStringLiteral("SUM(pp.revenue) - SUM(pp.cost) DESC, 1");
}
}  // namespace

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::byProject(const Filter &filter, const QString &currency,
                                                                             Rank rank, int limit, QString *error) const
{
    if (isWholeLedger(filter)) {
        // The whole ledger: the first projects straight from the totals' profit index.
        QVariantList values{currency};
        QString sql = QStringLiteral("SELECT l.project_id, p.name, l.revenue_minor, l.cost_minor FROM ledger_project_totals l "
                                     "JOIN projects p ON p.id = l.project_id WHERE l.currency = ? ORDER BY l.revenue_minor - l.cost_minor ") +
                      (rank == Rank::LeastProfitableFirst ? QStringLiteral("ASC") : QStringLiteral("DESC")) +
                      QStringLiteral(", l.project_id");
        if (limit > 0) {
            sql += QStringLiteral(" LIMIT ?");
            values.append(limit);
        }
        return rows(sql, values, currency, error);
    }
    return ranked(QStringLiteral("pp.project_id, p.name"), QStringLiteral(" JOIN projects p ON p.id = pp.project_id"),
                  QStringLiteral("pp.project_id, p.name"), filter, currency, byProfit(rank), limit, error);
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::byPartner(const Filter &filter, const QString &currency,
                                                                             Rank rank, int limit, QString *error) const
{
    return ranked(QStringLiteral("pa.partner_id, pr.name"),
                  QStringLiteral(" JOIN participants pa ON pa.project_id = pp.project_id"
                                 " JOIN partners pr ON pr.id = pa.partner_id"),
                  QStringLiteral("pa.partner_id, pr.name"), filter, currency, byProfit(rank), limit, error);
}

std::optional<QVector<Money>> PortfolioQueries::partnerRevenues(const Filter &filter, const QString &currency,
                                                               QString *error) const
{
    QVariantList values;
    const Source source = sourceFor(filter, true, false);
    const bool wholeLedger = isWholeLedger(filter);
    // The whole ledger: the partners' totals that the schema keeps (partners without revenue
    // weigh nothing in the index).
    const QString sql = wholeLedger ? QStringLiteral("SELECT revenue_minor FROM ledger_partner_totals WHERE currency = ? AND revenue_minor <> 0")
                                    : QStringLiteral("SELECT SUM(pp.revenue) FROM (SELECT l.project_id AS project_id, ") + sums(source) +
                        clauses(source, filter, currency, QString(), &values) +
                        QStringLiteral(" GROUP BY l.project_id) pp JOIN participants pa ON pa.project_id = pp.project_id "
                                       "GROUP BY pa.partner_id");
    if (wholeLedger) values = {currency};
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error)) return std::nullopt;
    QVector<Money> revenues;
    while (q.next()) revenues.append(Money(q.value(0).toLongLong(), currency));
    return revenues;
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::byIndustry(const Filter &filter, const QString &currency,
                                                                              QString *error) const
{
    return ranked(QStringLiteral("0, p.industry"), QStringLiteral(" JOIN projects p ON p.id = pp.project_id"),
                  QStringLiteral("p.industry"), filter, currency, QStringLiteral("revenue DESC, 2"), 0, error);
}
