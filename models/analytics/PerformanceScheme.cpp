#include "models/analytics/PerformanceScheme.h"

#include "models/analytics/LargestRemainder.h"

std::optional<QVector<Rate>> PerformanceScheme::shares(const QVector<AllocationParticipant> &participants,
                                                       QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QVector<Rate>> {
        if (error) *error = why;
        return std::nullopt;
    };
    const QString tooFine = tr("The scores or base shares are too finely divided; round them to fewer decimals.");
    if (participants.isEmpty()) return fail(tr("There is nobody to allocate to: add a participant."));
    Rate baseSum, scoreSum;
    for (const AllocationParticipant &p : participants) {
        if (p.guaranteedBase.isNegative())
            return fail(tr("%1's guaranteed base share is negative; enter zero or more.").arg(p.name));
        if (p.performanceScore.isNegative())
            return fail(tr("%1's performance score is negative; enter zero or more.").arg(p.name));
        const auto b = baseSum.plus(p.guaranteedBase);
        const auto s = scoreSum.plus(p.performanceScore);
        if (!b || !s) return fail(tooFine);
        baseSum = *b;
        scoreSum = *s;
    }
    if (Rate::whole(1) < baseSum)
        return fail(tr("The guaranteed base shares add up to %1, more than 100%; lower them.")
                        .arg(baseSum.toPercentString(4)));
    const Rate rest = *Rate::whole(1).minus(baseSum);
    if (!rest.isZero() && scoreSum.isZero())
        return fail(tr("All performance scores are zero, so the %1 beyond the guaranteed bases cannot be shared "
                       "by performance; enter the scores.")
                        .arg(rest.toPercentString()));
    QVector<Rate> result;
    for (const AllocationParticipant &p : participants) {
        std::optional<Rate> share = p.guaranteedBase;
        if (!rest.isZero()) {
            const auto weighted = rest.times(p.performanceScore);
            const auto byScore = weighted ? weighted->dividedBy(scoreSum) : std::nullopt;
            share = byScore ? share->plus(*byScore) : std::nullopt;
        }
        if (!share) return fail(tooFine);
        result.append(*share);
    }
    return result;
}

std::optional<Allocation> PerformanceScheme::allocate(const Money &profit,
                                                      const QVector<AllocationParticipant> &participants,
                                                      QString *error)
{
    const auto s = shares(participants, error);
    if (!s) return std::nullopt;
    const auto amounts = LargestRemainder::byShares(profit.minorUnits(), *s, error);
    if (!amounts) return std::nullopt;
    Allocation a;
    for (qint64 minor : *amounts) a.amounts.append(Money(minor, profit.currency()));
    return a;
}
