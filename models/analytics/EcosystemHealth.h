#pragma once
// The health indicators of the partner ecosystem shown as dashboard tiles: revenue
// concentration, spread over industries and cooperation modes, active versus ended partners,
// contracts expiring soon, overdue milestones, projects losing money and each partner's share of
// lifetime profit. Plain computations over plain facts; "today" is a parameter so that results
// are reproducible.
#include "models/analytics/EcosystemFacts.h"
#include "models/analytics/Rate.h"
#include "models/analytics/RevenueConcentration.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class EcosystemHealth {
    Q_DECLARE_TR_FUNCTIONS(EcosystemHealth)
public:
    struct Segment {  // one industry or cooperation mode
        QString name;
        int partners = 0;
        int activePartners = 0;
        Money revenue;
        Rate revenueShare;  // of all partners' revenue (zero when there is none)
    };
    struct PartnerCounts {
        int active = 0;
        int ended = 0;
    };
    struct ExpiringContracts {  // cumulative: "within 60 days" includes those within 30
        QVector<ContractFacts> within30, within60, within90;
    };
    struct OverdueMilestone {
        MilestoneFacts milestone;
        qint64 daysOverdue = 0;
    };
    struct ProfitShare {
        qint64 partnerId = 0;
        QString name;
        Money profit;
        Rate share;  // profit / all partners' profit
    };

    enum class SegmentBy { Industry, CooperationMode };

    // Segments sorted by revenue, largest first (then by name). nullopt on a currency mismatch.
    static std::optional<QVector<Segment>> spread(const QVector<PartnerFacts> &partners, SegmentBy by,
                                                  const QString &currency, QString *error = nullptr);
    static PartnerCounts partnerCounts(const QVector<PartnerFacts> &partners);
    // Contracts that end on or after today and no later than today + 30/60/90 days, soonest first.
    static ExpiringContracts expiringContracts(const QVector<ContractFacts> &contracts, const QDate &today);
    // Milestones not done whose due date has passed, most overdue first.
    static QVector<OverdueMilestone> overdueMilestones(const QVector<MilestoneFacts> &milestones, const QDate &today);
    // Projects whose profit is negative, largest loss first.
    static QVector<ProjectFacts> losingProjects(const QVector<ProjectFacts> &projects);
    // Each partner's share of the partners' total lifetime profit, largest first. Only meaningful
    // when that total is positive; otherwise nullopt with the reason.
    static std::optional<QVector<ProfitShare>> profitShares(const QVector<PartnerFacts> &partners,
                                                            const QString &currency, QString *error = nullptr);
    // Revenue concentration over the partners' lifetime revenue.
    static std::optional<RevenueConcentration> concentration(const QVector<PartnerFacts> &partners,
                                                             const QString &currency, QString *error = nullptr);
};
