#include "models/analytics/EcosystemHealth.h"

#include "models/analytics/WideMath.h"

#include <QMap>
#include <algorithm>

using WideMath::Int;

namespace {

bool sameCurrency(const Money &m, const QString &currency, const QString &partner, QString *error)
{
    if (m.currency() == currency) return true;
    if (error)
        *error = EcosystemHealth::tr("%1's figures are in %2 but the workspace reports in %3; amounts in different "
                                     "currencies are never added. Convert them first.")
                     .arg(partner, m.currency(), currency);
    return false;
}

}  // namespace

std::optional<QVector<EcosystemHealth::Segment>> EcosystemHealth::spread(const QVector<PartnerFacts> &partners,
                                                                         SegmentBy by, const QString &currency,
                                                                         QString *error)
{
    QMap<QString, Segment> segments;
    QMap<QString, Int> revenue;
    Int total = 0;
    for (const PartnerFacts &p : partners) {
        if (!sameCurrency(p.lifetimeRevenue, currency, p.name, error)) return std::nullopt;
        QString name = by == SegmentBy::Industry ? p.industry : p.cooperationMode;
        if (name.trimmed().isEmpty()) name = tr("(not stated)");
        Segment &s = segments[name];
        s.name = name;
        ++s.partners;
        if (p.active) ++s.activePartners;
        revenue[name] += p.lifetimeRevenue.minorUnits();
        total += p.lifetimeRevenue.minorUnits();
    }
    QVector<Segment> result;
    for (Segment s : segments) {
        const auto minor = WideMath::toInt64(revenue.value(s.name));
        const auto totalMinor = WideMath::toInt64(total);
        if (!minor || !totalMinor) {
            if (error) *error = tr("The revenue totals are too large to represent; check the amounts.");
            return std::nullopt;
        }
        s.revenue = Money(*minor, currency);
        s.revenueShare = total == 0 ? Rate() : Rate::fraction(*minor, *totalMinor).value_or(Rate());
        result.append(s);
    }
    std::sort(result.begin(), result.end(), [](const Segment &a, const Segment &b) {
        if (a.revenue.minorUnits() != b.revenue.minorUnits()) return a.revenue.minorUnits() > b.revenue.minorUnits();
        return a.name < b.name;
    });
    return result;
}

EcosystemHealth::PartnerCounts EcosystemHealth::partnerCounts(const QVector<PartnerFacts> &partners)
{
    PartnerCounts c;
    for (const PartnerFacts &p : partners) ++(p.active ? c.active : c.ended);
    return c;
}

EcosystemHealth::ExpiringContracts EcosystemHealth::expiringContracts(const QVector<ContractFacts> &contracts,
                                                                      const QDate &today)
{
    QVector<ContractFacts> upcoming;
    for (const ContractFacts &c : contracts) {
        const qint64 days = today.daysTo(c.endDate);
        if (c.endDate.isValid() && days >= 0 && days <= 90) upcoming.append(c);
    }
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const ContractFacts &a, const ContractFacts &b) { return a.endDate < b.endDate; });
    ExpiringContracts e;
    for (const ContractFacts &c : upcoming) {
        const qint64 days = today.daysTo(c.endDate);
        if (days <= 30) e.within30.append(c);
        if (days <= 60) e.within60.append(c);
        e.within90.append(c);
    }
    return e;
}

QVector<EcosystemHealth::OverdueMilestone> EcosystemHealth::overdueMilestones(const QVector<MilestoneFacts> &milestones,
                                                                              const QDate &today)
{
    QVector<OverdueMilestone> overdue;
    for (const MilestoneFacts &m : milestones) {
        if (m.done || !m.dueDate.isValid() || m.dueDate >= today) continue;
        overdue.append({m, m.dueDate.daysTo(today)});
    }
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const OverdueMilestone &a, const OverdueMilestone &b) { return a.daysOverdue > b.daysOverdue; });
    return overdue;
}

QVector<ProjectFacts> EcosystemHealth::losingProjects(const QVector<ProjectFacts> &projects)
{
    QVector<ProjectFacts> losing;
    for (const ProjectFacts &p : projects)
        if (p.figures.isLoss()) losing.append(p);
    std::stable_sort(losing.begin(), losing.end(), [](const ProjectFacts &a, const ProjectFacts &b) {
        return a.figures.profit().minorUnits() < b.figures.profit().minorUnits();
    });
    return losing;
}

std::optional<QVector<EcosystemHealth::ProfitShare>> EcosystemHealth::profitShares(const QVector<PartnerFacts> &partners,
                                                                                   const QString &currency,
                                                                                   QString *error)
{
    Int total = 0;
    for (const PartnerFacts &p : partners) {
        if (!sameCurrency(p.lifetimeProfit, currency, p.name, error)) return std::nullopt;
        total += p.lifetimeProfit.minorUnits();
    }
    const auto totalMinor = WideMath::toInt64(total);
    if (!totalMinor || *totalMinor <= 0) {
        if (error)
            *error = tr("The partners' total lifetime profit is not positive, so shares of it would be misleading.");
        return std::nullopt;
    }
    QVector<ProfitShare> shares;
    for (const PartnerFacts &p : partners)
        shares.append({p.id, p.name, p.lifetimeProfit,
                       Rate::fraction(p.lifetimeProfit.minorUnits(), *totalMinor).value_or(Rate())});
    std::stable_sort(shares.begin(), shares.end(), [](const ProfitShare &a, const ProfitShare &b) {
        return a.profit.minorUnits() > b.profit.minorUnits();
    });
    return shares;
}

std::optional<RevenueConcentration> EcosystemHealth::concentration(const QVector<PartnerFacts> &partners,
                                                                   const QString &currency, QString *error)
{
    QVector<Money> revenues;
    revenues.reserve(partners.size());
    for (const PartnerFacts &p : partners) revenues.append(p.lifetimeRevenue);
    return RevenueConcentration::of(revenues, currency, error);
}
