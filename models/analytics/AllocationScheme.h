#pragma once
// The benefit allocation schemes a contract can name, and allocation of one project's profit
// (or loss) by any of them. Every allocation sums exactly to the profit.
#include "models/analytics/Allocation.h"
#include "models/records/Choices.h"
#include "models/analytics/CoalitionGame.h"
#include "models/analytics/ShapleyValue.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

// Everything the schemes may need about one project.
struct ProjectAllocationInput {
    Money profit;
    QVector<AllocationParticipant> participants;
    QVector<Synergy> synergies;         // for the default Shapley game
    std::optional<CoalitionGame> game;  // the user's own coalition values, if stated
    ShapleyOptions shapley;
};

class AllocationScheme {
    Q_DECLARE_TR_FUNCTIONS(AllocationScheme)
public:
    // The schemes are the contract's AllocationMethod choices; Choices::label names them.
    // nullopt with the reason in *error when the scheme cannot apply (missing shares, ...).
    static std::optional<Allocation> allocate(AllocationMethod method, const ProjectAllocationInput &input, QString *error = nullptr);
};
