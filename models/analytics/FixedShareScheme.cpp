#include "models/analytics/FixedShareScheme.h"

#include "models/analytics/LargestRemainder.h"

std::optional<Allocation> FixedShareScheme::allocate(const Money &profit,
                                                     const QVector<AllocationParticipant> &participants,
                                                     QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Allocation> {
        if (error) *error = why;
        return std::nullopt;
    };
    QVector<Rate> shares;
    Rate sum;
    for (const AllocationParticipant &p : participants) {
        if (!p.fixedShare) return fail(tr("%1 has no fixed share; enter a share for every participant.").arg(p.name));
        if (p.fixedShare->isNegative())
            return fail(tr("%1's fixed share is negative (%2); shares must be zero or more.")
                            .arg(p.name, p.fixedShare->toPercentString()));
        const auto next = sum.plus(*p.fixedShare);
        if (!next) return fail(tr("The fixed shares are too finely divided; round them to fewer decimals."));
        sum = *next;
        shares.append(*p.fixedShare);
    }
    if (participants.isEmpty()) return fail(tr("There is nobody to allocate to: add a participant."));
    if (sum != Rate::whole(1))
        return fail(tr("The fixed shares add up to %1, not 100%; adjust them so that they total exactly 100%.")
                        .arg(sum.toPercentString(4)));
    QString why;
    const auto amounts = LargestRemainder::byShares(profit.minorUnits(), shares, &why);
    if (!amounts) return fail(why);
    Allocation a;
    for (qint64 minor : *amounts) a.amounts.append(Money(minor, profit.currency()));
    return a;
}
