#pragma once
// Totals over all projects and the cooperation benefit of the company's partnership model:
//   R = the cooperation's revenue, C = its cost, E = R - C + r * C,
// with r the return rate expected on the cost invested (default 25%, usually 20-30%; any value
// allowed, kept exact as a Rate).
// r * C is rounded to the nearest minor unit, halves away from zero; E is exact otherwise.
#include "models/records/Money.h"
#include "models/analytics/ProfitAndLoss.h"
#include "models/analytics/Rate.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class PortfolioTotals {
    Q_DECLARE_TR_FUNCTIONS(PortfolioTotals)
public:
    static Rate defaultExpectedReturn() { return Rate::fromBasisPoints(2500); }

    // nullopt (with the reason in *error) when a project is kept in another currency or a total
    // overflows.
    static std::optional<PortfolioTotals> compute(const QVector<ProfitAndLoss> &projects, const Rate &expectedReturn,
                                                  const QString &currency, QString *error = nullptr);
    // The same from sums the database already added up: revenue and cost of all projects, how
    // many projects there are and how many of them lose money.
    static std::optional<PortfolioTotals> fromSums(qint64 revenue, qint64 cost, int projects, int losing,
                                                   const Rate &expectedReturn, const QString &currency,
                                                   QString *error = nullptr);

    Money totalRevenue() const { return m_revenue; }  // R
    Money totalCost() const { return m_cost; }        // C
    Money totalProfit() const { return m_profit; }    // R - C, the sum of project profits
    Money expectedReturnOnCost() const { return m_returnOnCost; }  // r * C, rounded
    Money cooperationBenefit() const { return m_benefit; }         // E
    Rate expectedReturn() const { return m_rate; }
    int projectCount() const { return m_projects; }
    int losingProjectCount() const { return m_losing; }

private:
    PortfolioTotals() = default;
    Money m_revenue, m_cost, m_profit, m_returnOnCost, m_benefit;
    Rate m_rate;
    int m_projects = 0;
    int m_losing = 0;
};
