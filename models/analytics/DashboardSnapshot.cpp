#include "models/analytics/DashboardSnapshot.h"

#include "models/analytics/ProjectAllocation.h"
#include "models/storage/Workspace.h"

#include <QThreadPool>
#include <QtConcurrent>
#include <algorithm>

namespace {

// A read of the workspace on a connection of its own, on the pool's thread: its result, or why not.
template <typename T>
using Aside = QFuture<std::pair<std::optional<T>, QString>>;

template <typename T, typename Read>
Aside<T> onItsOwnConnection(QThreadPool *pool, const QString &path, Read read)
{
    return QtConcurrent::run(pool, [path, read] {
        std::pair<std::optional<T>, QString> result;
        Workspace connection;
        if (connection.openWithoutDamageCheck(path, &result.second)) result.first = read(connection.database(), &result.second);
        return result;
    });
}

}  // namespace

// The pool outlives the future: destroyed last, it waits for a read still running.
struct DashboardSnapshot::RankingAside {
    QThreadPool pool;
    Aside<PortfolioQueries::Ranking> ranking;
};

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

    if (request.threads > 1) {
        s.m_rankingAside = std::make_shared<RankingAside>();
        s.m_rankingAside->ranking = onItsOwnConnection<PortfolioQueries::Ranking>(
            &s.m_rankingAside->pool, workspace.path(),
            [filter, currency = s.currency, leading = request.leadingProjects](const QSqlDatabase &connection, QString *why) {
                return PortfolioQueries(connection).ranking(filter, currency, leading, why);
            });
    }
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
    Aside<EcosystemStability> stabilityAside;
    if (request.threads > 1)
        stabilityAside = onItsOwnConnection<EcosystemStability>(
            &aside, workspace.path(), [filter, currency = s.currency, today = request.today](const QSqlDatabase &connection, QString *why) {
                return EcosystemStability::read(connection, filter, currency, today, why);
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
    std::optional<PortfolioQueries::Ranking> ranking;
    if (m_rankingAside) {
        const auto aside = m_rankingAside->ranking.result();
        m_rankingAside.reset();
        ranking = aside.first;
        if (!ranking && error) *error = aside.second;
    } else {
        ranking = PortfolioQueries(workspace.database()).ranking(filter, currency, request.leadingProjects, error);
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
