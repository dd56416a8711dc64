#pragma once
// Everything the dashboard shows at once, for one filter and one currency: portfolio totals
// and the cooperation benefit, profit of the leading projects, revenue and cost per period,
// revenue by industry, contracts by status and cooperation mode, how the leading projects'
// profit is shared, the partners' lifetime profit shares, the health indicators and ecosystem
// stability month by month. Gathered with SQL aggregates only (nothing is
// loaded whole), so that a worker thread can compute it on its own connection.
#include "models/analytics/EcosystemQueries.h"
#include "models/analytics/EcosystemStability.h"
#include "models/analytics/LifetimeProfitShare.h"
#include "models/analytics/PortfolioQueries.h"
#include "models/analytics/RiskRegister.h"
#include "models/analytics/PortfolioTotals.h"
#include "models/analytics/RevenueConcentration.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QThread>
#include <QVector>
#include <memory>
#include <optional>

class Workspace;

struct DashboardRequest {
    PortfolioQueries::Filter filter;
    QString currency;  // empty: the first currency the filtered ledger holds
    ReportingPeriod::Length length = ReportingPeriod::Length::Quarter;
    QDate today = QDate::currentDate();
    Rate expectedReturn = PortfolioTotals::defaultExpectedReturn();
    int leadingProjects = 10;  // bars of the profit chart
    int sharedProjects = 6;    // projects whose allocation is shown
    int profitSharePartners = 10;  // partners whose lifetime profit share is shown
    // More than 1: stability by month and the ranking are read on connections of their own, beside the overview.
    int threads = qBound(1, QThread::idealThreadCount(), 4);
};

struct DashboardSnapshot {
    Q_DECLARE_TR_FUNCTIONS(DashboardSnapshot)
public:
    // One project's profit as its contract's scheme shares it.
    struct ProjectSplit {
        qint64 projectId = 0;
        QString project;
        QString scheme;
        QStringList participants;
        QVector<qint64> partnerIds;  // 0: Lepton's retained share
        QVector<Money> amounts;      // sum exactly to the project's profit
        QString error;               // why the scheme does not apply, if it does not
    };

    // Both steps below, one after the other.
    static std::optional<DashboardSnapshot> compute(Workspace &workspace, const DashboardRequest &request,
                                                    QString *error = nullptr);
    // In two steps, so that the page can show the first while the second runs. The overview
    // reads the totals the schema keeps per project, day and industry, quick for any filter: R,
    // C and E, the series, industries, contracts, health counts and lifetime profit shares.
    static std::optional<DashboardSnapshot> overview(Workspace &workspace, const DashboardRequest &request,
                                                     QString *error = nullptr);
    // Adds what needs each project's and partner's sums over the filter: the project counts, the
    // leading projects and how their profit is shared, and revenue concentration. Slow only for
    // a date range on a large ledger (slowToRank()).
    bool rank(Workspace &workspace, QString *error = nullptr);
    bool slowToRank() const { return PortfolioQueries::sumsEveryProjectsEntries(request.filter); }

    DashboardRequest request;
    QString currency;
    QStringList currencies;
    bool ranked = false;  // rank() has added its figures
    // Absent when the filter keeps no ledger entry. Its project counts are 0 until ranked.
    std::optional<PortfolioTotals> totals;
    QVector<PortfolioQueries::Totals> leadingProjects;  // most profitable first (once ranked)
    QVector<PeriodEconomics> periods;
    QVector<PortfolioQueries::Totals> industries;  // by revenue
    QVector<EcosystemQueries::ContractGroup> pipeline;  // by status
    QVector<EcosystemQueries::ContractGroup> modes;     // by cooperation mode
    QVector<ProjectSplit> splits;  // once ranked
    std::optional<LifetimeProfitShare> profitShares;
    std::optional<RevenueConcentration> concentration;  // once ranked
    QString concentrationNote;  // why there is no index, when ranked and there is none
    EcosystemHealth::PartnerCounts partners;
    EcosystemQueries::ExpiringCounts expiring;
    QDate expiringFrom;  // the day the 30/60/90 days count from
    int overdueMilestones = 0;
    RiskRegister::Summary partnerRisk;  // every partner as last assessed, whatever the filter
    std::optional<EcosystemStability> stability;  // active, new and ended partners, concentration by month

private:
    // The ranking, begun by overview() on a connection of its own (request.threads > 1) and
    // taken by rank(): it runs while the overview is read, instead of after it.
    struct RankingAside;
    std::shared_ptr<RankingAside> m_rankingAside;
};
