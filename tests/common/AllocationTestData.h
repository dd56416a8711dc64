#pragma once
// Inputs and read-outs the allocation scheme tests share.
#include "models/analytics/AllocationScheme.h"

#include <QVector>

// Participants P1, P2, ... contributing the given USD minor units.
inline QVector<AllocationParticipant> participantsContributing(const QVector<qint64> &contributions)
{
    QVector<AllocationParticipant> ps;
    for (qint64 c : contributions) {
        AllocationParticipant p;
        p.name = QStringLiteral("P%1").arg(ps.size() + 1);
        p.contribution = Money(c, "USD");
        ps.append(p);
    }
    return ps;
}

// The allocated amounts as minor units, in participant order.
inline QVector<qint64> minorUnits(const Allocation &allocation)
{
    QVector<qint64> v;
    for (const Money &m : allocation.amounts) v.append(m.minorUnits());
    return v;
}
