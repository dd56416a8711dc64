#include "DashboardSnapshot.h"

#include "ProjectAllocation.h"
#include "Workspace.h"

#include <algorithm>

std::optional<DashboardSnapshot> DashboardSnapshot::compute(Workspace &workspace, const DashboardRequest &request,
                                                            QString *error)
{
    DashboardSnapshot s;
    s.request = request;
    const QSqlDatabase db = workspace.database();
    PortfolioQueries portfolio(db);
    const EcosystemQueries ecosystem(db);
    const PortfolioQueries::Filter &filter = request.filter;

    const auto currencies = portfolio.currencies(filter, error);
    if (!currencies) return std::nullopt;
    s.currencies = *currencies;
    s.currency = request.currency;
    if (!s.currencies.contains(s.currency))
        s.currency = s.currencies.isEmpty() ? QStringLiteral("USD") : s.currencies.first();

    // The totals (R, C, E, projects losing money) added up by the database; only the leading
    // projects come back as rows. A date range's sums per project are added up once for all.
    if (!portfolio.keepProjectSums(filter, s.currency, error)) return std::nullopt;
    const auto sums = portfolio.projectSums(filter, s.currency, error);
    if (!sums) return std::nullopt;
    if (sums->projects > 0) {
        s.totals = PortfolioTotals::fromSums(sums->revenue, sums->cost, sums->projects, sums->losing,
                                             request.expectedReturn, s.currency, error);
        if (!s.totals) return std::nullopt;
    }
    const auto projects = portfolio.byProject(filter, s.currency, PortfolioQueries::Rank::MostProfitableFirst,
                                              request.leadingProjects, error);
    if (!projects) return std::nullopt;
    s.leadingProjects = *projects;

    const auto periods = portfolio.periods(request.length, filter, s.currency, error);
    const auto industries = periods ? portfolio.byIndustry(filter, s.currency, error) : std::nullopt;
    const auto pipeline = industries ? ecosystem.contractsByStatus(filter, s.currency, error) : std::nullopt;
    const auto modes = pipeline ? ecosystem.contractsByMode(filter, s.currency, error) : std::nullopt;
    const auto partners = modes ? ecosystem.partnerCounts(filter, error) : std::nullopt;
    const auto expiring = partners ? ecosystem.expiringContracts(filter, request.today, error) : std::nullopt;
    const auto overdue = expiring ? ecosystem.overdueMilestones(filter, request.today, error) : std::nullopt;
    const auto revenues = overdue ? portfolio.partnerRevenues(filter, s.currency, error) : std::nullopt;
    const auto shares = revenues ? LifetimeProfitShare::read(portfolio, filter, s.currency, request.profitSharePartners, error)
                                 : std::nullopt;
    if (!shares) return std::nullopt;
    s.profitShares = *shares;
    s.periods = *periods;
    s.industries = *industries;
    s.pipeline = *pipeline;
    s.modes = *modes;
    s.partners = *partners;
    s.expiring = *expiring;
    s.expiringFrom = EcosystemQueries::expiryReference(filter, request.today);
    s.overdueMilestones = *overdue;

    s.concentration = RevenueConcentration::of(*revenues, s.currency, &s.concentrationNote);

    PortfolioQueries::Filter period;
    period.from = filter.from;
    period.to = filter.to;
    for (const auto &p : s.leadingProjects.mid(0, request.sharedProjects)) {
        ProjectSplit split;
        split.projectId = p.id;
        split.project = p.key;
        QString why;
        const auto allocation = ProjectAllocation::read(workspace, p.id, period, &why);
        if (allocation) {
            split.scheme = Choices::label(allocation->scheme());
            for (const auto &a : allocation->input().participants) split.participants << a.name;
            split.partnerIds = allocation->partnerIds();
            if (const auto shared = allocation->chosen(&why)) split.amounts = shared->amounts;
        }
        if (split.amounts.isEmpty()) split.error = why;
        s.splits.append(split);
    }
    return s;
}
