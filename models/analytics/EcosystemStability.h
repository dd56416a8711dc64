#pragma once
// Ecosystem stability month by month, for the dashboard and the portfolio report: how many
// partners are active, how many partnerships begin and end, and how concentrated revenue is on a
// few partners. The definitions (README, "Ecosystem stability"):
// - A partner's partnership is its signed contracts: status active, expired or terminated
//   (drafts and contracts under negotiation are not a partnership yet).
// - Active in a month: one of them runs on a day of that month (start date to end date).
// - New in a month: the partner's first signed contract starts in that month.
// - Ended in a month: the partner's last signed contract ends in that month, before today.
// - Concentration: the HHI of the partners' revenue that month, as the dashboard's HHI tile
//   measures it (RevenueConcentration; a project's revenue counts for each of its partners), and
//   the largest partner's revenue as a share of all partners' revenue that month.
// Follows the dashboard's filters: the partners of its industry (as the partner counts tile does)
// or its partner, in its currency, over the months of its date range; without one, the 24 months
// up to today's, less the leading months in which nothing happened yet.
#include "models/analytics/PortfolioQueries.h"
#include "models/analytics/RevenueConcentration.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

class EcosystemStability {
    Q_DECLARE_TR_FUNCTIONS(EcosystemStability)
public:
    static constexpr int kMonthsWithoutRange = 24;

    struct Month {
        explicit Month(const QDate &firstDay = QDate()) : first(firstDay) {}
        QDate first;  // the month's first day
        int active = 0, started = 0, ended = 0;
        qint64 revenue = 0;  // the partners' revenue that month, in minor units
        std::optional<RevenueConcentration> concentration;  // none: no revenue that month
        double largestShare = 0;  // percent of the partners' revenue, 0 without revenue
    };

    // From the contracts and the partners' monthly revenue the schema keeps (version 15).
    static std::optional<EcosystemStability> read(const QSqlDatabase &db, const PortfolioQueries::Filter &filter,
                                                  const QString &currency, const QDate &today, QString *error = nullptr);
    // Months computed elsewhere (a test, a report preview).
    explicit EcosystemStability(QVector<Month> months) : m_months(std::move(months)) {}

    const QVector<Month> &months() const { return m_months; }
    // A series needs two months at least; fewer show as an empty chart with the reason.
    bool hasSeries() const { return m_months.size() >= 2; }
    // One or two sentences that state the trend from the first to the last month, e.g.
    // "Concentration rose from 640 to 910 in 12 months. Active partners went from 30 to 42; 15
    // partnerships began and 3 ended."
    QString trend() const;

private:
    QVector<Month> m_months;
};
