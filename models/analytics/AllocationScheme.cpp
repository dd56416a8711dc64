#include "AllocationScheme.h"

#include "FixedShareScheme.h"
#include "PerformanceScheme.h"
#include "ProportionalScheme.h"
#include "ShapleyScheme.h"

QString AllocationScheme::name(Kind kind)
{
    switch (kind) {
    case Kind::Proportional: return tr("Proportional to contribution");
    case Kind::FixedShares: return tr("Fixed shares");
    case Kind::PerformanceBased: return tr("Performance-based");
    case Kind::Shapley: break;
    }
    return tr("Shapley value");
}

std::optional<Allocation> AllocationScheme::allocate(Kind kind, const ProjectAllocationInput &in, QString *error)
{
    switch (kind) {
    case Kind::Proportional: return ProportionalScheme::allocate(in.profit, in.participants, error);
    case Kind::FixedShares: return FixedShareScheme::allocate(in.profit, in.participants, error);
    case Kind::PerformanceBased: return PerformanceScheme::allocate(in.profit, in.participants, error);
    case Kind::Shapley: break;
    }
    return ShapleyScheme::allocate(in.profit, in.participants, in.synergies, in.game ? &*in.game : nullptr,
                                   in.shapley, error);
}
