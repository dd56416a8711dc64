#include "models/analytics/PortfolioQueries.h"

#include "models/analytics/PortfolioTotals.h"
#include "models/storage/IntegerRows.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"

#include <algorithm>

namespace {

// Where the sums come from: the ledger's entries, or one of the totals that the schema keeps per
// project (lifetime), per day (all projects) or per industry and day by triggers, whichever
// answers the filter with the fewest rows. All name their columns project_id or industry /
// entry_date / currency.
enum class Source { Entries, ProjectTotals, DayTotals, IndustryDayTotals, Participants };

// Narrowed to some projects: only sources with a project id answer.
bool narrowsProjects(const PortfolioQueries::Filter &f)
{
    return f.partnerId != 0 || f.projectId != 0;
}

Source sourceFor(const PortfolioQueries::Filter &f, bool perProject, bool perDay)
{
    const bool dated = f.from.isValid() || f.to.isValid();
    const bool byRecord = narrowsProjects(f);
    if (!byRecord && !perProject) return f.industry.isEmpty() ? Source::DayTotals : Source::IndustryDayTotals;
    if (!dated && !perDay) return Source::ProjectTotals;
    return Source::Entries;
}

// No filter at all: the lifetime totals per project and per partner answer as they are.
bool isWholeLedger(const PortfolioQueries::Filter &f)
{
    return !f.from.isValid() && !f.to.isValid() && f.industry.isEmpty() && !narrowsProjects(f);
}

QString sums(Source source)
{
    if (source != Source::Entries)
        return QStringLiteral("SUM(l.revenue_minor) AS revenue, SUM(l.cost_minor) AS cost");
    // FILTER rather than a CASE per entry: 10% faster over 800,000 entries (bench_dashboard).
    return QStringLiteral("COALESCE(SUM(l.amount_minor) FILTER (WHERE l.kind = 'revenue'), 0) AS revenue, "
                          "COALESCE(SUM(l.amount_minor) FILTER (WHERE l.kind = 'cost'), 0) AS cost");
}

// FROM, joins and WHERE of a filter over the source l (plus the caller's own joins), from
// fixed SQL fragments only; every value is bound, appended to *values in placeholder order.
QString clauses(Source source, const PortfolioQueries::Filter &f, const QString &currency, const QString &join,
                QVariantList *values)
{
    QString sql = source == Source::Entries         ? QStringLiteral(" FROM ledger_entries l")
                  : source == Source::ProjectTotals ? QStringLiteral(" FROM ledger_project_totals l")
                  : source == Source::DayTotals     ? QStringLiteral(" FROM ledger_day_totals l")
                  : source == Source::Participants  ? QStringLiteral(" FROM participants l")
                                                    : QStringLiteral(" FROM ledger_industry_day_totals l");
    QStringList where;
    if (source == Source::IndustryDayTotals && !f.industry.isEmpty()) {
        where << QStringLiteral("l.industry = ?");
        values->append(f.industry);
    } else if (!f.industry.isEmpty()) {
        sql += QStringLiteral(" JOIN projects fp ON fp.id = l.project_id AND fp.industry = ?");
        values->append(f.industry);
    }
    if (f.partnerId != 0) {
        sql += QStringLiteral(" JOIN participants fpa ON fpa.project_id = l.project_id AND fpa.partner_id = ?");
        values->append(f.partnerId);
    }
    sql += join;
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

// The filter's revenue and cost per project in the currency, as rows (project_id, revenue,
// cost), to be joined to the far fewer partners or industries. The project totals hold one row
// per project and currency already: grouping them again would walk their key index in random
// table order. Entries are added up along the ledger's project index, which holds the amounts
// (version 10): project by project, without reading the table or sorting.
QString PortfolioQueries::perProjectSums(const Filter &f, const QString &currency, QVariantList *values) const
{
    const Source source = sourceFor(f, true, false);
    if (source == Source::ProjectTotals)
        return QStringLiteral("SELECT l.project_id AS project_id, l.revenue_minor AS revenue, l.cost_minor AS cost") +
               clauses(source, f, currency, QString(), values);
    return QStringLiteral("SELECT l.project_id AS project_id, ") + sums(source) + clauses(source, f, currency, QString(), values) +
           QStringLiteral(" GROUP BY l.project_id");
}

bool PortfolioQueries::sumsEveryProjectsEntries(const Filter &filter)
{
    return sourceFor(filter, true, false) == Source::Entries && !narrowsProjects(filter);
}

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
    const QString sql = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN revenue < cost THEN 1 ELSE 0 END), 0), COALESCE(SUM(revenue), 0), "
                                       "COALESCE(SUM(cost), 0) FROM (") +
                        perProjectSums(filter, currency, &values) + QStringLiteral(") pp");
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error) || !q.next()) return std::nullopt;
    return ProjectSums{q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(0).toInt(), q.value(1).toInt()};
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::ranked(const QString &group, const QString &join,
                                                                          const QString &named, const Filter &filter,
                                                                          const QString &currency, const QString &order,
                                                                          int limit, QString *error) const
{
    // The per-project sums joined by `join` and added up per `group` (g), the first `limit` of
    // them by `order`; only those few then get their names (`named`, from r): naming every
    // partner before ranking read 40,000 partner rows for one industry (bench_dashboard).
    // Grouped after the join (SqlDialect::withoutIndex), not by walking the partners' index and
    // looking up every project's sums: 3x faster for 400,000 participations.
    // Without a join the per-project sums are one row per project already: grouping them again
    // sorted 200,000 rows for nothing.
    QVariantList values;
    const QString grouped = join.isEmpty() ? QStringLiteral("SELECT pp.project_id AS grp, pp.revenue AS revenue, pp.cost AS cost FROM per_project pp")
                                           : QStringLiteral("SELECT ") + group +
                                                 QStringLiteral(" AS grp, SUM(pp.revenue) AS revenue, SUM(pp.cost) AS cost FROM per_project pp") +
                                                 join + QStringLiteral(" GROUP BY ") + SqlDialect::of(m_db).withoutIndex(group);
    QString sql = QStringLiteral("WITH per_project AS (") + perProjectSums(filter, currency, &values) +
                  QStringLiteral("), ranked AS (SELECT g.grp, g.revenue, g.cost FROM (") + grouped + QStringLiteral(") g ORDER BY ") +
                  order.arg(QStringLiteral("g"));
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    sql += QStringLiteral(") SELECT ") + named + QStringLiteral(", r.revenue, r.cost FROM ranked r ORDER BY ") +
           order.arg(QStringLiteral("r"));
    return rows(sql, values, currency, error);
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::kept(const QString &totals, const QString &id,
                                                                        const QString &names, const QString &currency,
                                                                        Rank rank, int limit, QString *error) const
{
    // Fixed table and column names from the callers below. The profit index of the totals gives
    // the first rows in order; only they are named. Rows of nothing left (a partner whose
    // projects all left it) are no one's profit.
    QVariantList values{currency};
    QString sql = QStringLiteral("SELECT r.grp, (SELECT name FROM %1 WHERE id = r.grp), r.revenue, r.cost FROM (SELECT %2 AS grp, "
                                 "revenue_minor AS revenue, cost_minor AS cost FROM %3 WHERE currency = ? AND "
                                 "(revenue_minor <> 0 OR cost_minor <> 0) ORDER BY revenue_minor - cost_minor %4, %2")
                      .arg(names, id, totals, rank == Rank::LeastProfitableFirst ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(limit);
    }
    sql += QStringLiteral(") r ORDER BY r.revenue - r.cost %1, r.grp").arg(rank == Rank::LeastProfitableFirst ? QStringLiteral("ASC") : QStringLiteral("DESC"));
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
    // %1: the ranked rows' alias.
    return rank == PortfolioQueries::Rank::LeastProfitableFirst ? QStringLiteral("%1.revenue - %1.cost ASC, %1.grp")
                                                                  : QStringLiteral("%1.revenue - %1.cost DESC, %1.grp");
}
}  // namespace

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::byProject(const Filter &filter, const QString &currency,
                                                                             Rank rank, int limit, QString *error) const
{
    if (isWholeLedger(filter))
        return kept(QStringLiteral("ledger_project_totals"), QStringLiteral("project_id"), QStringLiteral("projects"), currency, rank,
                    limit, error);
    return ranked(QString(), QString(), QStringLiteral("r.grp, (SELECT name FROM projects WHERE id = r.grp)"), filter, currency, byProfit(rank), limit, error);
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::byPartner(const Filter &filter, const QString &currency,
                                                                             Rank rank, int limit, QString *error) const
{
    if (isWholeLedger(filter))
        return kept(QStringLiteral("ledger_partner_totals"), QStringLiteral("partner_id"), QStringLiteral("partners"), currency, rank,
                    limit, error);
    return ranked(QStringLiteral("pa.partner_id"), QStringLiteral(" JOIN participants pa ON pa.project_id = pp.project_id"),
                  QStringLiteral("r.grp, (SELECT name FROM partners WHERE id = r.grp)"), filter, currency, byProfit(rank), limit,
                  error);
}

std::optional<PortfolioQueries::RevenueByPartner> PortfolioQueries::partnerRevenues(const Filter &filter, const QString &currency,
                                                                                  QString *error) const
{
    QVariantList values;
    const bool wholeLedger = isWholeLedger(filter);
    // The whole ledger: the partners' totals that the schema keeps (partners without revenue
    // weigh nothing in the index). Otherwise grouped after the join, as ranked() explains.
    const QString sql = wholeLedger ? QStringLiteral("SELECT partner_id, revenue_minor FROM ledger_partner_totals WHERE currency = ? AND revenue_minor <> 0")
                                    : QStringLiteral("SELECT pa.partner_id, SUM(pp.revenue) FROM (") +
                                          perProjectSums(filter, currency, &values) +
                                          QStringLiteral(") pp JOIN participants pa ON pa.project_id = pp.project_id GROUP BY ") +
                                          SqlDialect::of(m_db).withoutIndex(QStringLiteral("pa.partner_id"));
    if (wholeLedger) values = {currency};
    SqlStatement q(m_db, sql);
    if (!q.exec(values, error)) return std::nullopt;
    RevenueByPartner revenues;
    while (q.next()) revenues.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return revenues;
}

namespace {
bool addTo(qint64 *sum, qint64 value, QString *error)
{
    if (!__builtin_add_overflow(*sum, value, sum)) return true;
    if (error) *error = PortfolioTotals::tr("The portfolio totals are too large to represent; check the amounts.");
    return false;
}

// The order of byProject(): the most profitable first, ties by id.
bool ranksBefore(qint64 profit, qint64 id, qint64 otherProfit, qint64 otherId)
{
    return profit != otherProfit ? profit > otherProfit : id < otherId;
}
}  // namespace

bool PortfolioQueries::PartnerTally::add(qint64 partnerId, qint64 revenue, QString *error)
{
    return addTo(&m_revenue[partnerId], revenue, error);
}

PortfolioQueries::RevenueByPartner PortfolioQueries::PartnerTally::nonZero() const
{
    RevenueByPartner result;
    m_revenue.forEach([&result](qint64 id, qint64 revenue) {
        if (revenue != 0) result.insert(id, revenue);
    });
    return result;
}

std::optional<PortfolioQueries::Ranking> PortfolioQueries::ranking(const Filter &filter, const QString &currency, int leading,
                                                                   QString *error) const
{
    Ranking r;
    if (isWholeLedger(filter)) {
        const auto sums = projectSums(filter, currency, error);
        const auto projects = sums ? byProject(filter, currency, Rank::MostProfitableFirst, leading, error) : std::nullopt;
        const auto partners = projects ? partnerRevenues(filter, currency, error) : std::nullopt;
        if (!partners) return std::nullopt;
        r.sums = *sums;
        r.leading = *projects;
        for (auto p = partners->begin(); p != partners->end(); ++p)
            if (!r.partners.add(p.key(), p.value(), error)) return std::nullopt;
        return r;
    }
    // Each project's sums, added up here by project id, then the partners of the projects the
    // filter keeps, looked up by project: the database would sort 600,000 entries by project to
    // group them, or seek each project's partners (bench_dashboard).
    struct Sums {
        qint64 revenue = 0, cost = 0;
        bool inFilter = false;
    };
    ById<Sums> byProject;
    QVariantList values;
    if (sumsEveryProjectsEntries(filter)) {
        // Every project's entries in a date range: the range alone, read along the ledger's date
        // index (version 17) rather than every entry along the project index.
        IntegerRows entries(m_db, QStringLiteral("SELECT l.project_id, l.kind = 'revenue', l.amount_minor") +
                                      clauses(Source::Entries, filter, currency, QString(), &values));
        if (!entries.exec(values, error)) return std::nullopt;
        while (entries.next()) {
            Sums &p = byProject[entries.at(0)];
            p.inFilter = true;
            if (!addTo(entries.at(1) ? &p.revenue : &p.cost, entries.at(2), error)) return std::nullopt;
        }
        if (!entries.ended(error)) return std::nullopt;
    } else {
        IntegerRows sums(m_db, perProjectSums(filter, currency, &values));
        if (!sums.exec(values, error)) return std::nullopt;
        while (sums.next()) byProject[sums.at(0)] = {sums.at(1), sums.at(2), true};
        if (!sums.ended(error)) return std::nullopt;
    }
    Filter undated = filter;  // a project's partners, whatever the dates
    undated.from = undated.to = QDate();
    QVariantList partnerValues;
    IntegerRows partners(m_db, QStringLiteral("SELECT l.project_id, l.partner_id") +
                                   clauses(Source::Participants, undated, QString(), QString(), &partnerValues));
    if (!partners.exec(partnerValues, error)) return std::nullopt;
    while (partners.next()) {
        const Sums *p = byProject.find(partners.at(0));
        if (p && p->inFilter && !r.partners.add(partners.at(1), p->revenue, error)) return std::nullopt;
    }
    if (!partners.ended(error)) return std::nullopt;

    struct Candidate {
        qint64 profit, id, revenue, cost;
    };
    QVector<Candidate> projects;
    bool tooLarge = false;
    byProject.forEach([&](qint64 id, const Sums &p) {
        if (!p.inFilter || tooLarge) return;
        tooLarge = !addTo(&r.sums.revenue, p.revenue, error) || !addTo(&r.sums.cost, p.cost, error);
        ++r.sums.projects;
        if (p.revenue < p.cost) ++r.sums.losing;
        projects.append({p.revenue - p.cost, id, p.revenue, p.cost});
    });
    if (tooLarge) return std::nullopt;
    // Ranked as byProject() ranks; only the leading ones are named.
    const auto first = [](const Candidate &a, const Candidate &b) { return ranksBefore(a.profit, a.id, b.profit, b.id); };
    const int count = qMin(qMax(leading, 0), int(projects.size()));
    std::partial_sort(projects.begin(), projects.begin() + count, projects.end(), first);
    SqlStatement name(m_db, QStringLiteral("SELECT name FROM projects WHERE id = ?"));
    for (const Candidate &p : projects.mid(0, count)) {
        const auto figures = ProjectEconomics::figures({p.revenue, p.cost}, currency, error);
        if (!figures || !name.exec({p.id}, error)) return std::nullopt;
        r.leading.append({p.id, name.next() ? name.value(0).toString() : QString(), *figures});
    }
    return r;
}

std::optional<QVector<PortfolioQueries::Totals>> PortfolioQueries::byIndustry(const Filter &filter, const QString &currency,
                                                                              QString *error) const
{
    if (!narrowsProjects(filter)) {
        // The industries' own day totals answer any date range and industry.
        QVariantList values;
        const QString sql = QStringLiteral("SELECT 0, l.industry, SUM(l.revenue_minor) AS revenue, SUM(l.cost_minor)") +
                            clauses(Source::IndustryDayTotals, filter, currency, QString(), &values) +
                            QStringLiteral(" GROUP BY l.industry ORDER BY revenue DESC, 2");
        return rows(sql, values, currency, error);
    }
    return ranked(QStringLiteral("p.industry"), QStringLiteral(" JOIN projects p ON p.id = pp.project_id"),
                  QStringLiteral("0, r.grp"), filter, currency, QStringLiteral("%1.revenue DESC, %1.grp"), 0, error);
}
