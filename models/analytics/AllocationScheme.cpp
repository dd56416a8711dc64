#include "models/analytics/AllocationScheme.h"

#include "models/analytics/FixedShareScheme.h"
#include "models/analytics/PerformanceScheme.h"
#include "models/analytics/ProportionalScheme.h"
#include "models/analytics/ShapleyScheme.h"

std::optional<Allocation> AllocationScheme::allocate(AllocationMethod method, const ProjectAllocationInput &in, QString *error)
{
    switch (method) {
    case AllocationMethod::ProportionalToContribution: return ProportionalScheme::allocate(in.profit, in.participants, error);
    case AllocationMethod::FixedShares: return FixedShareScheme::allocate(in.profit, in.participants, error);
    case AllocationMethod::PerformanceBased: return PerformanceScheme::allocate(in.profit, in.participants, error);
    case AllocationMethod::Shapley: break;
    }
    return ShapleyScheme::allocate(in.profit, in.participants, in.synergies, in.game ? &*in.game : nullptr,
                                   in.shapley, error);
}
