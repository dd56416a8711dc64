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
        result.m_pairSynergyBasisPoints = contract->pairSynergyBasisPoints;
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
        // The booked cost, where it is in the others' currency (contributions are weighed together).
        const auto &people = result.m_input.participants;
        const QString weighedIn = people.isEmpty() ? currency : people.first().contribution.currency();
        const Money cost = figures->cost();
        lepton.contribution = cost.currency() == weighedIn && cost.minorUnits() > 0 ? cost : Money(0, weighedIn);
        result.m_input.participants.append(lepton);
        result.m_partnerIds.append(0);
    }
    if (!result.withPairSynergies(error)) return std::nullopt;
    return result.withStoredGame(workspace, error) ? std::optional<ProjectAllocation>(result) : std::nullopt;
}

bool ProjectAllocation::withPairSynergies(QString *error)
{
    if (m_pairSynergyBasisPoints == 0) return true;
    const std::optional<qint64> perPair = pairSynergy().applyTo(m_input.profit.minorUnits());
    if (!perPair) {
        if (error) *error = tr("The contract's synergy of %1 of the profit is too large to compute.").arg(pairSynergy().toPercentString());
        return false;
    }
    // Only those who put something in create something together.
    const auto &people = m_input.participants;
    for (int i = 0; i < people.size(); ++i)
        for (int j = i + 1; j < people.size(); ++j)
            if (people[i].contribution.minorUnits() > 0 && people[j].contribution.minorUnits() > 0)
                m_input.synergies.append({i, j, *perPair});
    return true;
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

QString ProjectAllocation::defaultGameExplanation() const
{
    const ProjectAllocationInput &in = m_input;
    const QString reference = m_contractReference;
    QStringList text{tr("By default the Shapley column is worked out from a simple game: alone, each participant would "
                        "create a part of the profit in proportion to what it put in.")};
    if (!in.synergies.isEmpty())
        text << tr("Each pair of participants who both put something in creates %1 of the profit (%2) more together, as "
                   "contract %3 records. The Shapley value gives each of the two half of every such synergy, so those who "
                   "put in less than the average receive more than in the proportional split, the others less.")
                    .arg(pairSynergy().toPercentString(), Money(in.synergies.first().value, in.profit.currency()).toString(),
                         reference);
    else if (reference.isEmpty())
        text << tr("Without a contract no synergy is recorded, so the Shapley value equals the proportional split.");
    else if (m_pairSynergyBasisPoints != 0)
        text << tr("Contract %1 records a synergy of %2 per pair, but fewer than two participants put something in, so "
                   "no pair adds it and the Shapley value equals the proportional split.")
                    .arg(reference, pairSynergy().toPercentString());
    else
        text << tr("Contract %1 records no synergy per pair, so the Shapley value equals the proportional split; record "
                   "one in the contract to share what working together adds.")
                    .arg(reference);
    const int lepton = int(m_partnerIds.indexOf(0));
    if (lepton >= 0)
        text << tr("Lepton takes part because the fixed shares leave it a retained share; what it puts in is the "
                   "project's cost booked in the ledger, %1.")
                    .arg(in.participants[lepton].contribution.toString());
    else
        text << tr("Lepton takes part only where the fixed shares leave it a retained share, putting in the project's "
                   "cost booked in the ledger.");
    return joinSentences(text);
}

QString ProjectAllocation::joinSentences(const QStringList &sentences)
{
    return sentences.join(QLocale().language() == QLocale::Chinese ? QString() : QStringLiteral(" "));
}
