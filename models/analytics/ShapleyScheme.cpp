#include "models/analytics/ShapleyScheme.h"

#include "models/analytics/ProportionalScheme.h"

std::optional<Allocation> ShapleyScheme::allocate(const Money &profit, const QVector<AllocationParticipant> &participants,
                                                  const QVector<Synergy> &synergies, const CoalitionGame *game,
                                                  const ShapleyOptions &options, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Allocation> {
        if (error) *error = why;
        return std::nullopt;
    };
    std::optional<CoalitionGame> derived;
    if (!game) {
        const auto contributions = ProportionalScheme::weights(participants, error);
        if (!contributions) return std::nullopt;
        derived = CoalitionGame::fromContributions(profit.minorUnits(), *contributions, synergies, error);
        if (!derived) return std::nullopt;
        game = &*derived;
    }
    if (game->playerCount() != participants.size())
        return fail(tr("The coalition game has %1 participants but the project has %2; edit the game again.")
                        .arg(game->playerCount())
                        .arg(participants.size()));
    if (game->grandValue() != profit.minorUnits())
        return fail(tr("All participants together are given %1 in the coalition game, but the profit to share is "
                       "%2; make the grand coalition's value equal to the profit.")
                        .arg(Money(game->grandValue(), profit.currency()).toString(), profit.toString()));
    const auto shapley = ShapleyValue::compute(*game, options, error);
    if (!shapley) return std::nullopt;
    const auto amounts = shapley->rounded(error);
    if (!amounts) return std::nullopt;
    Allocation a;
    for (qint64 minor : *amounts) a.amounts.append(Money(minor, profit.currency()));
    a.note = shapley->description(profit.currency());
    return a;
}
