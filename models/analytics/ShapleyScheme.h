#pragma once
// Profit shared by the Shapley value of the participants' cooperative game: the game the user
// stated or edited, or by default the one derived from contributions and pairwise synergies.
// The game's grand coalition value must be the profit being shared.
#include "models/analytics/Allocation.h"
#include "models/analytics/CoalitionGame.h"
#include "models/analytics/ShapleyValue.h"

#include <QCoreApplication>

class ShapleyScheme {
    Q_DECLARE_TR_FUNCTIONS(ShapleyScheme)
public:
    // game: the user's game, or nullptr for the default one.
    static std::optional<Allocation> allocate(const Money &profit, const QVector<AllocationParticipant> &participants,
                                              const QVector<Synergy> &synergies, const CoalitionGame *game,
                                              const ShapleyOptions &options, QString *error = nullptr);
};
