#include "models/analytics/LifetimeProfitShare.h"

std::optional<LifetimeProfitShare> LifetimeProfitShare::read(const PortfolioQueries &queries, PortfolioQueries::Filter filter,
                                                             const QString &currency, int limit, QString *error)
{
    filter.from = filter.to = QDate();
    const auto portfolio = queries.total(filter, currency, error);
    if (!portfolio) return std::nullopt;
    const auto partners = queries.byPartner(filter, currency, PortfolioQueries::Rank::MostProfitableFirst, limit, error);
    if (!partners) return std::nullopt;
    LifetimeProfitShare result;
    result.m_portfolioProfit = portfolio->profit();
    const qint64 whole = result.m_portfolioProfit.minorUnits();
    for (const PortfolioQueries::Totals &t : *partners) {
        const qint64 profit = t.figures.profit().minorUnits();
        result.m_partners.append({t.id, t.key, t.figures.profit(), whole > 0 ? Rate::fraction(profit, whole) : std::nullopt});
    }
    return result;
}
