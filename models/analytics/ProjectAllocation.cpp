#include "models/analytics/ProjectAllocation.h"

#include "models/analytics/CoalitionValues.h"
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/storage/Workspace.h"

#include "models/analytics/ProportionalScheme.h"

#include <QJsonObject>

std::optional<ProjectAllocation> ProjectAllocation::read(Workspace &workspace, qint64 projectId,
                                                         const PortfolioQueries::Filter &period, QString *error)
{
    const std::optional<Project> project = ProjectRepository(workspace).find(projectId, error);
    if (!project) {
        if (error && error->isEmpty()) *error = tr("Project %1 no longer exists; refresh the view.").arg(projectId);
        return std::nullopt;
    }
    std::optional<Contract> contract;
    if (project->contractId != 0) {
        contract = ContractRepository(workspace).find(project->contractId, error);
        if (!contract) return std::nullopt;
    }

    ProjectAllocation result;
    result.m_projectId = projectId;
    result.m_projectName = project->name;
    if (contract) {
        result.m_contractReference = contract->reference;
        result.m_scheme = contract->allocationMethod;
    }

    // The ledger's currency; a project booked in several currencies cannot be shared as one sum.
    PortfolioQueries queries(workspace.database());
    PortfolioQueries::Filter filter;
    filter.projectId = projectId;
    filter.from = period.from;
    filter.to = period.to;
    const std::optional<QStringList> currencies = queries.currencies(filter, error);
    if (!currencies) return std::nullopt;
    if (currencies->size() > 1) {
        if (error)
            *error = tr("The ledger of \"%1\" is kept in %2; allocate each currency's profit separately by correcting "
                        "the entries to one currency.")
                         .arg(project->name, currencies->join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QString currency = currencies->isEmpty() ? QString() : currencies->first();
    if (currency.isEmpty())
        currency = contract ? contract->totalValue.currency()
                            : (project->participants.isEmpty() ? QStringLiteral("USD")
                                                               : project->participants.first().contribution.currency());
    const std::optional<ProfitAndLoss> figures = queries.total(filter, currency, error);
    if (!figures) return std::nullopt;
    result.m_figures = *figures;
    result.m_input.profit = figures->profit();

    // Fixed shares: the project's own, else the contract's (percent per party).
    bool projectStatesShares = false;
    for (const Participant &p : project->participants) projectStatesShares |= p.fixedShareBasisPoints > 0;
    const QJsonObject contractShares =
        contract ? contract->allocationParameters.value(QStringLiteral("shares")).toObject() : QJsonObject();
    const bool anyShares = projectStatesShares || !contractShares.isEmpty();

    PartnerRepository partners(workspace);
    qint64 sharedBasisPoints = 0;
    for (const Participant &p : project->participants) {
        const std::optional<Partner> partner = partners.find(p.partnerId, error);
        if (!partner) return std::nullopt;
        AllocationParticipant a;
        a.name = partner->name;
        a.contribution = p.contribution;
        a.performanceScore = *Rate::fraction(qRound64(p.performanceScore * 100), 100);
        if (anyShares) {
            const qint64 bp = projectStatesShares
                                  ? p.fixedShareBasisPoints
                                  : qRound64(contractShares.value(QString::number(p.partnerId)).toDouble() * 100);
            a.fixedShare = Rate::fromBasisPoints(bp);
            sharedBasisPoints += bp;
        }
        result.m_input.participants.append(a);
        result.m_partnerIds.append(p.partnerId);
    }
    if (anyShares && sharedBasisPoints < 10000) {
        AllocationParticipant lepton;
        lepton.name = tr("Lepton (retained share)");
        lepton.fixedShare = Rate::fromBasisPoints(10000 - sharedBasisPoints);
        // Nothing contributed, in the others' currency (contributions are weighed together).
        const auto &people = result.m_input.participants;
        lepton.contribution = Money(0, people.isEmpty() ? currency : people.first().contribution.currency());
        result.m_input.participants.append(lepton);
        result.m_partnerIds.append(0);
    }
    return result.withStoredGame(workspace, error) ? std::optional<ProjectAllocation>(result) : std::nullopt;
}

bool ProjectAllocation::withStoredGame(Workspace &workspace, QString *error)
{
    // The coalition values the user stated over the default game, if any.
    const auto stored = CoalitionValues(workspace.database()).load(m_projectId, m_partnerIds, error);
    if (!stored) return false;
    if (stored->isEmpty() || m_input.participants.size() > CoalitionGame::MaxTablePlayers) return true;
    const auto contributions = ProportionalScheme::weights(m_input.participants);
    if (!contributions) return true;  // no default game to edit; the Shapley scheme says why
    m_input.game = CoalitionGame::fromContributions(m_input.profit.minorUnits(), *contributions, m_input.synergies);
    if (!m_input.game) return true;
    for (auto it = stored->begin(); it != stored->end(); ++it)
        if (it.key() != m_input.game->everyone()) m_input.game->setValue(it.key(), it.value());
    return true;
}
