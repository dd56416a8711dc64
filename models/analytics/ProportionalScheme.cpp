#include "ProportionalScheme.h"

#include "LargestRemainder.h"

std::optional<Allocation> ProportionalScheme::allocate(const Money &profit,
                                                       const QVector<AllocationParticipant> &participants,
                                                       QString *error)
{
    QVector<qint64> weights;
    for (const AllocationParticipant &p : participants) {
        if (p.contribution < 0) {
            if (error) *error = tr("%1's contribution is negative; enter zero or more.").arg(p.name);
            return std::nullopt;
        }
        weights.append(p.contribution);
    }
    QString why;
    const auto amounts = LargestRemainder::byWeights(profit.minorUnits(), weights, &why);
    if (!amounts) {
        if (error) *error = tr("Cannot share in proportion to contributions: %1").arg(why);
        return std::nullopt;
    }
    Allocation a;
    for (qint64 minor : *amounts) a.amounts.append(Money(minor, profit.currency()));
    return a;
}
