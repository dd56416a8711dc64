#include "models/analytics/PortfolioTotals.h"

#include "models/analytics/WideMath.h"

std::optional<PortfolioTotals> PortfolioTotals::compute(const QVector<ProfitAndLoss> &projects,
                                                        const Rate &expectedReturn, const QString &currency,
                                                        QString *error)
{
    WideMath::Int revenue = 0, cost = 0;
    int losing = 0;
    for (const ProfitAndLoss &p : projects) {
        if (p.currency() != currency) {
            if (error)
                *error = tr("A project is kept in %1 but the portfolio is totalled in %2; amounts in "
                            "different currencies cannot be added. Total each currency separately.")
                             .arg(p.currency(), currency);
            return std::nullopt;
        }
        revenue += p.revenue().minorUnits();
        cost += p.cost().minorUnits();
        if (p.isLoss()) ++losing;
    }
    const auto r = WideMath::toInt64(revenue), c = WideMath::toInt64(cost);
    if (!r || !c) {
        if (error) *error = tr("The portfolio totals are too large to represent; check the amounts.");
        return std::nullopt;
    }
    return fromSums(*r, *c, projects.size(), losing, expectedReturn, currency, error);
}

std::optional<PortfolioTotals> PortfolioTotals::fromSums(qint64 revenue, qint64 cost, int projects, int losing,
                                                         const Rate &expectedReturn, const QString &currency,
                                                         QString *error)
{
    PortfolioTotals t;
    t.m_losing = losing;
    const WideMath::Int profit = WideMath::Int(revenue) - cost;  // the project profits add up to this
    const auto r = std::optional<qint64>(revenue), c = std::optional<qint64>(cost), pr = WideMath::toInt64(profit);
    const auto rc = c ? expectedReturn.applyTo(*c) : std::nullopt;
    const auto e = rc ? WideMath::toInt64(profit + *rc) : std::nullopt;  // R - C + r C
    if (!r || !pr || !e) {
        if (error) *error = tr("The portfolio totals are too large to represent; check the amounts.");
        return std::nullopt;
    }
    t.m_revenue = Money(*r, currency);
    t.m_cost = Money(*c, currency);
    t.m_profit = Money(*pr, currency);
    t.m_returnOnCost = Money(*rc, currency);
    t.m_benefit = Money(*e, currency);
    t.m_rate = expectedReturn;
    t.m_projects = projects;
    return t;
}
