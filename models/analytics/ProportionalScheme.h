#pragma once
// Profit shared in proportion to what each participant contributed.
#include "Allocation.h"

#include <QCoreApplication>

class ProportionalScheme {
    Q_DECLARE_TR_FUNCTIONS(ProportionalScheme)
public:
    static std::optional<Allocation> allocate(const Money &profit, const QVector<AllocationParticipant> &participants,
                                              QString *error = nullptr);
};
