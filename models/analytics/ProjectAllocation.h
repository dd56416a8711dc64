#pragma once
// One project's profit and everything its records say about sharing it: the participants with
// their contributions, fixed shares and performance scores, and the scheme its contract names.
// Read from the workspace so that the allocation view, the dashboard and the reports allocate
// the same way.
//
// Fixed shares come from the participants' own shares on the project; when none is stated
// there, from the shares the contract gives its parties. Shares that total less than 100% leave
// the rest to Lepton, which then appears as a participant of its own: what it puts in is the
// project's cost booked in the ledger for the period (the compute and staff Lepton pays for), and
// it has no performance score.
//
// The default Shapley game adds the contract's synergy: each pair of participants that both
// contribute creates that share of the profit beyond what the two would create apart. Coalition
// values the user stated for the project (CoalitionValues) replace those of the default game.
#include "models/analytics/AllocationScheme.h"
#include "models/analytics/PortfolioQueries.h"
#include "models/analytics/ProfitAndLoss.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class Workspace;

class ProjectAllocation {
    Q_DECLARE_TR_FUNCTIONS(ProjectAllocation)
public:
    // The profit is the project's ledger within the period's from/to dates (empty: all of it).
    static std::optional<ProjectAllocation> read(Workspace &workspace, qint64 projectId,
                                                 const PortfolioQueries::Filter &period, QString *error = nullptr);

    qint64 projectId() const { return m_projectId; }
    QString projectName() const { return m_projectName; }
    QString contractReference() const { return m_contractReference; }  // empty without a contract
    AllocationMethod scheme() const { return m_scheme; }
    // The contract's synergy per pair of contributing participants (0 without a contract).
    Rate pairSynergy() const { return Rate::fromBasisPoints(m_pairSynergyBasisPoints); }
    ProfitAndLoss figures() const { return m_figures; }
    // One per participant, in input order; 0 for Lepton's retained share.
    QVector<qint64> partnerIds() const { return m_partnerIds; }
    const ProjectAllocationInput &input() const { return m_input; }
    ProjectAllocationInput &input() { return m_input; }

    // The default Shapley game in plain words, with the contract's synergy and Lepton's part in it.
    QString defaultGameExplanation() const;
    // Sentences as the language writes them one after another: a space between them in English,
    // none after Chinese full stops.
    static QString joinSentences(const QStringList &sentences);

    // The split by the contract's scheme.
    std::optional<Allocation> chosen(QString *error = nullptr) const
    {
        return AllocationScheme::allocate(m_scheme, m_input, error);
    }

private:
    bool withStoredGame(Workspace &workspace, QString *error);
    bool withPairSynergies(QString *error);
    qint64 m_projectId = 0;
    QString m_projectName;
    QString m_contractReference;
    AllocationMethod m_scheme = AllocationMethod::ProportionalToContribution;
    int m_pairSynergyBasisPoints = 0;
    ProfitAndLoss m_figures;
    QVector<qint64> m_partnerIds;
    ProjectAllocationInput m_input;
};
