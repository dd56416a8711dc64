#include "models/analytics/DashboardSnapshot.h"

#include "models/analytics/ProjectAllocation.h"
#include "models/storage/Workspace.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <algorithm>

std::optional<DashboardSnapshot> DashboardSnapshot::compute(Workspace &workspace, const DashboardRequest &request,
                                                            QString *error)
{
    auto s = overview(workspace, request, error);
    if (!s || !s->rank(workspace, error)) return std::nullopt;
    return s;
}

std::optional<DashboardSnapshot> DashboardSnapshot::overview(Workspace &workspace, const DashboardRequest &request,
                                                             QString *error)
{
    DashboardSnapshot s;
    s.request = request;
    const QSqlDatabase db = workspace.database();
    const PortfolioQueries portfolio(db);
    const EcosystemQueries ecosystem(db);
    const PortfolioQueries::Filter &filter = request.filter;

    const auto currencies = portfolio.currencies(filter, error);
    if (!currencies) return std::nullopt;
    s.currencies = *currencies;
    s.currency = request.currency;
    if (!s.currencies.contains(s.currency))
        s.currency = s.currencies.isEmpty() ? QStringLiteral("USD") : s.currencies.first();

    // R, C and E from the day totals; the project counts follow in rank().
    if (!s.currencies.isEmpty()) {
        const auto total = portfolio.total(filter, s.currency, error);
        if (!total) return std::nullopt;
        s.totals = PortfolioTotals::fromSums(total->revenue().minorUnits(), total->cost().minorUnits(), 0, 0,
                                             request.expectedReturn, s.currency, error);
        if (!s.totals) return std::nullopt;
    }
    // Stability by month reads the contracts and the partners' months, nothing the figures below
    // need: on a connection of its own, side by side with them (bench_dashboard).
    QThreadPool aside;
    QFuture<std::pair<std::optional<EcosystemStability>, QString>> stabilityAside;
    if (request.threads > 1)
        stabilityAside = QtConcurrent::run(&aside, [path = workspace.path(), filter, currency = s.currency, today = request.today] {
            std::pair<std::optional<EcosystemStability>, QString> result;
            Workspace connection;
            if (connection.openWithoutDamageCheck(path, &result.second))
                result.first = EcosystemStability::read(connection.database(), filter, currency, today, &result.second);
            return result;
        });
    const auto periods = portfolio.periods(request.length, filter, s.currency, error);
    const auto industries = periods ? portfolio.byIndustry(filter, s.currency, error) : std::nullopt;
    const auto pipeline = industries ? ecosystem.contractsByStatus(filter, s.currency, error) : std::nullopt;
    const auto modes = pipeline ? ecosystem.contractsByMode(filter, s.currency, error) : std::nullopt;
    const auto partners = modes ? ecosystem.partnerCounts(filter, error) : std::nullopt;
    const auto expiring = partners ? ecosystem.expiringContracts(filter, request.today, error) : std::nullopt;
    const auto overdue = expiring ? ecosystem.overdueMilestones(filter, request.today, error) : std::nullopt;
    const auto shares = overdue ? LifetimeProfitShare::read(portfolio, filter, s.currency, request.profitSharePartners, error)
                                : std::nullopt;
    const auto risk = shares ? RiskRegister(workspace.database()).summary(RiskRegister::Kind::Partner, error) : std::nullopt;
    std::optional<EcosystemStability> stability;
    if (stabilityAside.isValid()) {
        const auto result = stabilityAside.result();
        stability = result.first;
        if (risk && !stability && error) *error = result.second;
    } else if (risk) {
        stability = EcosystemStability::read(db, filter, s.currency, request.today, error);
    }
    if (!risk || !stability) return std::nullopt;
    s.stability = *stability;
    s.partnerRisk = *risk;
    s.profitShares = *shares;
    s.periods = *periods;
    s.industries = *industries;
    s.pipeline = *pipeline;
    s.modes = *modes;
    s.partners = *partners;
    s.expiring = *expiring;
    s.expiringFrom = EcosystemQueries::expiryReference(filter, request.today);
    s.overdueMilestones = *overdue;
    return s;
}

bool DashboardSnapshot::rank(Workspace &workspace, QString *error)
{
    const PortfolioQueries::Filter &filter = request.filter;
    // A date range adds up the entries of every project: in slices of the projects, side by
    // side, each on its own connection and thread; this thread adds up the first
    // (bench_dashboard, three months of 2,000,000 entries: 240 ms on two cores, 390 ms on one).
    const auto slices = slowToRank() && request.threads > 1
                            ? PortfolioQueries(workspace.database()).slices(filter, request.threads, error)
                            : std::optional<QVector<PortfolioQueries::Filter>>(QVector<PortfolioQueries::Filter>{filter});
    if (!slices) return false;
    QThreadPool others;
    QVector<QFuture<std::pair<std::optional<PortfolioQueries::Ranking>, QString>>> running;
    const QString path = workspace.path();
    const QString in = currency;
    const int leading = request.leadingProjects;
    for (const auto &slice : slices->mid(1))
        running.append(QtConcurrent::run(&others, [path, slice, in, leading] {
            std::pair<std::optional<PortfolioQueries::Ranking>, QString> result;
            Workspace connection;
            if (connection.openWithoutDamageCheck(path, &result.second))
                result.first = PortfolioQueries(connection.database()).ranking(slice, in, leading, &result.second);
            return result;
        }));
    auto ranking = PortfolioQueries(workspace.database()).ranking(slices->first(), currency, leading, error);
    for (auto &slice : running) {
        const auto result = slice.result();
        if (!ranking) continue;
        if (!result.first) {
            if (error) *error = result.second;
            ranking.reset();
        } else if (!ranking->add(*result.first, leading, error)) {
            ranking.reset();
        }
    }
    if (!ranking) return false;

    totals.reset();
    if (ranking->sums.projects > 0) {
        totals = PortfolioTotals::fromSums(ranking->sums.revenue, ranking->sums.cost, ranking->sums.projects, ranking->sums.losing,
                                           request.expectedReturn, currency, error);
        if (!totals) return false;
    }
    leadingProjects = ranking->leading;
    const auto byPartner = ranking->partners.nonZero();
    QVector<Money> revenues;
    revenues.reserve(byPartner.size());
    for (const qint64 revenue : byPartner) revenues.append(Money(revenue, currency));
    concentration = RevenueConcentration::of(revenues, currency, &concentrationNote);

    PortfolioQueries::Filter period;
    period.from = filter.from;
    period.to = filter.to;
    splits.clear();
    for (const auto &p : leadingProjects.mid(0, request.sharedProjects)) {
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
        splits.append(split);
    }
    ranked = true;
    return true;
}
