#include "models/analytics/SchemeComparison.h"

#include <algorithm>

SchemeComparison SchemeComparison::compare(const ProjectAllocationInput &input)
{
    SchemeComparison c;
    c.m_profit = input.profit;
    for (const AllocationParticipant &p : input.participants) c.m_participants.append(p.name);
    for (AllocationMethod kind : Choices::all<AllocationMethod>()) {
        Column column{kind, Choices::label(kind), std::nullopt, QString()};
        column.allocation = AllocationScheme::allocate(kind, input, &column.error);
        c.m_columns.append(column);
    }
    return c;
}

const SchemeComparison::Column *SchemeComparison::column(AllocationMethod scheme) const
{
    for (const Column &c : m_columns)
        if (c.scheme == scheme) return &c;
    return nullptr;
}

Money SchemeComparison::spread(int participant) const
{
    qint64 lo = 0, hi = 0;
    bool any = false;
    for (const Column &c : m_columns) {
        if (!c.allocation) continue;
        const qint64 v = c.allocation->amounts[participant].minorUnits();
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    }
    return Money(hi - lo, m_profit.currency());
}
