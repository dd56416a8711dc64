#include "models/analytics/ProjectEconomics.h"

#include "models/analytics/WideMath.h"

namespace {

using Sums = ProjectEconomics::PeriodTotals;

bool checkCurrency(const LedgerAmount &e, const QString &currency, QString *error)
{
    if (e.amount.currency() == currency) return true;
    if (error)
        *error = ProjectEconomics::tr("The ledger entry of %1 is in %2 but the project is kept in %3; "
                                      "enter it in %3 (converted at the day's rate).")
                     .arg(e.date.toString(Qt::ISODate), e.amount.currency(), currency);
    return false;
}

void add(Sums &sums, const LedgerAmount &e)
{
    (e.kind == LedgerAmount::Kind::Revenue ? sums.revenue : sums.cost) += e.amount.minorUnits();
}

}  // namespace

std::optional<ProfitAndLoss> ProjectEconomics::total(const QVector<LedgerAmount> &entries, const QString &currency,
                                                     QString *error)
{
    Sums sums;
    for (const LedgerAmount &e : entries) {
        if (!checkCurrency(e, currency, error)) return std::nullopt;
        add(sums, e);
    }
    return figures(sums, currency, error);
}

std::optional<ProfitAndLoss> ProjectEconomics::figures(const PeriodTotals &sums, const QString &currency,
                                                       QString *error)
{
    const auto revenue = WideMath::toInt64(sums.revenue);
    const auto cost = WideMath::toInt64(sums.cost);
    if (!revenue || !cost) {
        if (error) *error = tr("The ledger totals are too large to represent; check the amounts.");
        return std::nullopt;
    }
    return ProfitAndLoss::of(Money(*revenue, currency), Money(*cost, currency), error);
}

std::optional<QVector<PeriodEconomics>> ProjectEconomics::byPeriod(const QVector<LedgerAmount> &entries,
                                                                   ReportingPeriod::Length length,
                                                                   const QString &currency, QString *error)
{
    QMap<QDate, Sums> byStart;  // ordered by period start
    for (const LedgerAmount &e : entries) {
        if (!checkCurrency(e, currency, error)) return std::nullopt;
        if (!e.date.isValid()) {
            if (error) *error = tr("A ledger entry of %1 has no date; give every entry a date.").arg(e.amount.toString());
            return std::nullopt;
        }
        add(byStart[ReportingPeriod(length, e.date).first()], e);
    }
    return series(byStart, length, currency, error);
}

std::optional<QVector<PeriodEconomics>> ProjectEconomics::series(const QMap<QDate, PeriodTotals> &byFirstDay,
                                                                 ReportingPeriod::Length length,
                                                                 const QString &currency, QString *error)
{
    QVector<PeriodEconomics> rows;
    if (byFirstDay.isEmpty()) return rows;
    const ReportingPeriod end(length, byFirstDay.lastKey());
    for (ReportingPeriod p(length, byFirstDay.firstKey()); !(end < p); p = p.next()) {
        const auto f = figures(byFirstDay.value(p.first()), currency, error);
        if (!f) return std::nullopt;
        rows.append({p, *f});
    }
    return rows;
}
