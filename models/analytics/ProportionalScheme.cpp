#include "models/analytics/ProportionalScheme.h"

#include "models/analytics/LargestRemainder.h"

std::optional<QVector<qint64>> ProportionalScheme::weights(const QVector<AllocationParticipant> &participants,
                                                           QString *error)
{
    QVector<qint64> result;
    if (participants.isEmpty()) return result;  // LargestRemainder says there is nobody
    const AllocationParticipant &first = participants.first();
    for (const AllocationParticipant &p : participants) {
        if (p.contribution.minorUnits() < 0) {
            if (error) *error = tr("%1's contribution is negative; enter zero or more.").arg(p.name);
            return std::nullopt;
        }
        if (p.contribution.currency() != first.contribution.currency()) {
            if (error)
                *error = tr("%1's contribution is in %2 but %3's is in %4; enter all contributions in one currency.")
                             .arg(p.name, p.contribution.currency(), first.name, first.contribution.currency());
            return std::nullopt;
        }
        result.append(p.contribution.minorUnits());
    }
    return result;
}

std::optional<Allocation> ProportionalScheme::allocate(const Money &profit,
                                                       const QVector<AllocationParticipant> &participants,
                                                       QString *error)
{
    const auto w = weights(participants, error);
    if (!w) return std::nullopt;
    QString why;
    const auto amounts = LargestRemainder::byWeights(profit.minorUnits(), *w, &why);
    if (!amounts) {
        if (error) *error = tr("Cannot share in proportion to contributions: %1").arg(why);
        return std::nullopt;
    }
    Allocation a;
    for (qint64 minor : *amounts) a.amounts.append(Money(minor, profit.currency()));
    return a;
}
