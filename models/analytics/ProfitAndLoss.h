#pragma once
// Revenue, cost, profit = revenue - cost and ROI = profit / cost of a project or a period.
#include "models/records/Money.h"
#include "models/analytics/Rate.h"

#include <QCoreApplication>
#include <optional>

class ProfitAndLoss {
    Q_DECLARE_TR_FUNCTIONS(ProfitAndLoss)
public:
    ProfitAndLoss() = default;  // nothing, in no currency yet
    // nullopt (with the reason in *error) when the currencies differ or the profit overflows.
    static std::optional<ProfitAndLoss> of(const Money &revenue, const Money &cost, QString *error = nullptr);
    // Nothing earned, nothing spent.
    static ProfitAndLoss zero(const QString &currency) { return *of(Money(0, currency), Money(0, currency)); }

    Money revenue() const { return m_revenue; }
    Money cost() const { return m_cost; }
    Money profit() const { return m_profit; }
    QString currency() const { return m_revenue.currency(); }
    bool isLoss() const { return m_profit.minorUnits() < 0; }

    // profit / cost exactly; undefined (nullopt) when the cost is zero: nothing was invested,
    // so there is no return on it, and we never divide by zero.
    std::optional<Rate> roi() const;
    // "12.50%", or a sentence saying why there is no ROI.
    QString roiText() const;

private:
    Money m_revenue, m_cost, m_profit;
};
