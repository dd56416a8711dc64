#pragma once
// Profit shared by the fixed percentages a contract states; they must total exactly 100%.
#include "models/analytics/Allocation.h"

#include <QCoreApplication>

class FixedShareScheme {
    Q_DECLARE_TR_FUNCTIONS(FixedShareScheme)
public:
    static std::optional<Allocation> allocate(const Money &profit, const QVector<AllocationParticipant> &participants,
                                              QString *error = nullptr);
};
