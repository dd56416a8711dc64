#include "models/analytics/EcosystemStability.h"

#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"

#include <algorithm>

namespace {

QDate monthOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

int monthsBetween(const QDate &first, const QDate &day)
{
    return (day.year() - first.year()) * 12 + day.month() - first.month();
}

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

// Each partner's signed contracts as month indices from `first` (unclipped), and the partner's
// first start and last end; added to the counts of the `months.size()` months.
struct PartnerContracts {
    QVector<QPair<int, int>> runs;
    QDate firstStart, lastEnd;

    void addTo(QVector<EcosystemStability::Month> &months, const QDate &first, const QDate &today) const
    {
        const int n = int(months.size());
        const int started = monthsBetween(first, firstStart);
        if (started >= 0 && started < n) ++months[started].started;
        const int ended = monthsBetween(first, lastEnd);
        if (lastEnd < today && ended >= 0 && ended < n) ++months[ended].ended;
        // Overlapping contracts count the partner once per month.
        QVector<QPair<int, int>> sorted = runs;
        std::sort(sorted.begin(), sorted.end());
        int covered = -1;  // the last month counted
        for (const auto &[from, to] : sorted)
            for (int m = qMax(qMax(from, covered + 1), 0); m <= qMin(to, n - 1); ++m) {
                ++months[m].active;
                covered = m;
            }
    }
};

}  // namespace

std::optional<EcosystemStability> EcosystemStability::read(const QSqlDatabase &db, const PortfolioQueries::Filter &filter,
                                                           const QString &currency, const QDate &today, QString *error)
{
    const QDate last = monthOf(filter.to.isValid() ? filter.to : today);
    const QDate first = filter.from.isValid() ? monthOf(filter.from) : last.addMonths(1 - kMonthsWithoutRange);
    QVector<Month> months;
    for (QDate m = first; m <= last; m = m.addMonths(1)) months.append(Month{m});

    // The partners the filter keeps, as a join and a condition on `column` (fixed SQL; the values
    // are bound, in this order).
    QVariantList narrowing;
    if (!filter.industry.isEmpty()) narrowing << filter.industry;
    if (filter.partnerId != 0) narrowing << filter.partnerId;
    const auto join = [&filter](const QString &column) {
        return filter.industry.isEmpty() ? QString() : QStringLiteral(" JOIN partners p ON p.id = ") + column + QStringLiteral(" AND p.industry = ?");
    };
    const auto where = [&filter](const QString &column) {
        return filter.partnerId == 0 ? QString() : QStringLiteral(" AND ") + column + QStringLiteral(" = ?");
    };

    const QString party = QStringLiteral("cp.partner_id");
    // The contracts first, then their parties: SQLite would read every party's contract row in
    // partner order instead (bench_dashboard, 40,000 parties: 20 ms instead of 65 ms of CPU).
    SqlStatement contracts(db, QStringLiteral("SELECT cp.partner_id, c.start_date, c.end_date FROM contracts c CROSS JOIN contract_parties cp") +
                                   join(party) +
                                   QStringLiteral(" WHERE cp.contract_id = c.id AND c.status IN ('active', 'expired', 'terminated')") +
                                   where(party) + QStringLiteral(" ORDER BY cp.partner_id"));
    if (!contracts.exec(narrowing, error)) return std::nullopt;
    PartnerContracts partner;
    qint64 partnerId = 0;
    while (contracts.next()) {
        const qint64 id = contracts.value(0).toLongLong();
        const QDate start = SqlValue::toDate(contracts.value(1)), end = SqlValue::toDate(contracts.value(2));
        if (id != partnerId && partnerId != 0) {
            partner.addTo(months, first, today);
            partner = PartnerContracts();
        }
        partnerId = id;
        partner.runs.append({monthsBetween(first, start), monthsBetween(first, end)});
        if (!partner.firstStart.isValid() || start < partner.firstStart) partner.firstStart = start;
        if (!partner.lastEnd.isValid() || end > partner.lastEnd) partner.lastEnd = end;
    }
    if (partnerId != 0) partner.addTo(months, first, today);

    // Concentration from each month's sums over the partners: the index needs only the sum of
    // the revenues and the sum of their squares (in floating point: squares of large revenues
    // overflow 64 bits; the index stays exact to far below one point).
    const QString earner = QStringLiteral("t.partner_id");
    QVariantList values;
    if (!filter.industry.isEmpty()) values << filter.industry;
    values << currency << monthKey(first) << monthKey(last);
    if (filter.partnerId != 0) values << filter.partnerId;
    // One industry: its partners first, each one's months along the partner index (CROSS JOIN
    // keeps SQLite to that order: 40 ms instead of 100 ms of CPU over 490,000 rows in
    // bench_dashboard).
    const QString from = filter.industry.isEmpty()
                             ? QStringLiteral(" FROM ledger_partner_month_totals t WHERE")
                             : QStringLiteral(" FROM partners p CROSS JOIN ledger_partner_month_totals t WHERE p.industry = ? AND t.partner_id = p.id AND");
    SqlStatement sums(db, QStringLiteral("SELECT t.month, SUM(t.revenue_minor), SUM(CAST(t.revenue_minor AS DOUBLE PRECISION) * t.revenue_minor), "
                                         "MAX(t.revenue_minor)") +
                              from + QStringLiteral(" t.currency = ? AND t.month >= ? AND t.month <= ? AND t.revenue_minor > 0") +
                              where(earner) + QStringLiteral(" GROUP BY t.month"));
    if (!sums.exec(values, error)) return std::nullopt;
    while (sums.next()) {
        const int at = monthsBetween(first, QDate::fromString(sums.value(0).toString() + QStringLiteral("-01"), Qt::ISODate));
        if (at < 0 || at >= months.size()) continue;
        Month &m = months[at];
        m.revenue = sums.value(1).toLongLong();
        m.concentration = RevenueConcentration::ofSums(sums.value(2).toDouble(), double(m.revenue));
        m.largestShare = 100.0 * sums.value(3).toDouble() / double(m.revenue);
    }
    // Without a date range the window is fixed; months before anything happened say nothing.
    if (!filter.from.isValid()) {
        const auto quiet = [](const Month &m) { return m.active == 0 && m.started == 0 && m.ended == 0 && m.revenue == 0; };
        while (!months.isEmpty() && quiet(months.first())) months.removeFirst();
    }
    return EcosystemStability(months);
}

QString EcosystemStability::trend() const
{
    if (!hasSeries()) return tr("Fewer than two months of data: no trend yet.");
    QStringList sentences;
    const auto withIndex = [](const Month &m) { return m.concentration.has_value(); };
    const auto from = std::find_if(m_months.begin(), m_months.end(), withIndex);
    const auto to = std::find_if(m_months.rbegin(), m_months.rend(), withIndex);
    if (from != m_months.end() && &*from != &*to) {
        const qint64 a = from->concentration->hhi(), b = to->concentration->hhi();
        const int span = monthsBetween(from->first, to->first);
        // Spelled out: English has no plural forms of its own here (no English translation file).
        const QString months = span == 1 ? tr("1 month") : tr("%1 months").arg(span);
        sentences << (b > a   ? tr("Concentration rose from %1 to %2 in %3.").arg(a).arg(b).arg(months)
                      : b < a ? tr("Concentration fell from %1 to %2 in %3.").arg(a).arg(b).arg(months)
                              : tr("Concentration stayed at %1 over %2.").arg(a).arg(months));
    }
    int started = 0, ended = 0;
    for (const Month &m : m_months) {
        started += m.started;
        ended += m.ended;
    }
    sentences << tr("Active partners went from %1 to %2; new partnerships: %3, ended: %4.")
                     .arg(m_months.first().active)
                     .arg(m_months.last().active)
                     .arg(started)
                     .arg(ended);
    // Chinese runs sentences together without a space.
    return sentences.size() == 1 ? sentences.first() : tr("%1 %2", "two sentences in a row").arg(sentences[0], sentences[1]);
}
