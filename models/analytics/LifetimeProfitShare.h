#pragma once
// Each partner's lifetime profit share (issue 5's ecosystem health): the lifetime profit of the
// projects a partner takes part in, as a share of the lifetime profit of all projects the filter
// keeps. "Lifetime": over the whole ledger, whatever date range the dashboard shows. A project
// with several partners counts fully for each of them, as the partner ranking and revenue
// concentration count it, so the shares of all partners may add up to more than 100%.
//
// Why not the partners' allocated profit: allocations are computed on demand from inputs a user
// edits (schemes, coalition values, sampled Shapley values) and are not stored, so adding them up
// over 200,000 projects would mean allocating every project on each refresh. The profit of the
// projects a partner is in comes from totals the schema keeps exact (ledger_partner_totals).
#include "models/analytics/PortfolioQueries.h"
#include "models/analytics/Rate.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class LifetimeProfitShare {
    Q_DECLARE_TR_FUNCTIONS(LifetimeProfitShare)
public:
    struct Partner {
        qint64 partnerId = 0;
        QString name;
        Money profit;                // of the partner's projects over their lifetime
        std::optional<Rate> share;   // of the portfolio's lifetime profit; none when that is not positive
    };

    // The `limit` partners whose projects earned the most, largest first. The filter's industry,
    // partner and project narrow the portfolio; its dates are ignored.
    static std::optional<LifetimeProfitShare> read(const PortfolioQueries &queries, PortfolioQueries::Filter filter,
                                                   const QString &currency, int limit, QString *error = nullptr);

    Money portfolioProfit() const { return m_portfolioProfit; }
    const QVector<Partner> &partners() const { return m_partners; }

private:
    Money m_portfolioProfit;
    QVector<Partner> m_partners;
};
