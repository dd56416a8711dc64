#include "models/analytics/ProfitAndLoss.h"

std::optional<ProfitAndLoss> ProfitAndLoss::of(const Money &revenue, const Money &cost, QString *error)
{
    if (revenue.currency() != cost.currency()) {
        if (error)
            *error = tr("Revenue is in %1 but cost is in %2; convert one of them before comparing.")
                         .arg(revenue.currency(), cost.currency());
        return std::nullopt;
    }
    const auto profit = revenue.minus(cost);
    if (!profit) {
        if (error) *error = tr("The profit is too large to represent; check the amounts entered.");
        return std::nullopt;
    }
    ProfitAndLoss p;
    p.m_revenue = revenue;
    p.m_cost = cost;
    p.m_profit = *profit;
    return p;
}

std::optional<Rate> ProfitAndLoss::roi() const
{
    if (m_cost.isZero()) return std::nullopt;
    return Rate::fraction(m_profit.minorUnits(), m_cost.minorUnits());
}

QString ProfitAndLoss::roiText() const
{
    const auto r = roi();
    if (!r) return tr("n/a (no cost recorded, so there is no return on investment)");
    return r->toPercentString(2);
}
