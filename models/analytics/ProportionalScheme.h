#pragma once
// Profit shared in proportion to what each participant contributed.
#include "models/analytics/Allocation.h"

#include <QCoreApplication>

class ProportionalScheme {
    Q_DECLARE_TR_FUNCTIONS(ProportionalScheme)
public:
    // The contributions as weights in minor units, or nullopt with the reason when one is
    // negative or they are in different currencies.
    static std::optional<QVector<qint64>> weights(const QVector<AllocationParticipant> &participants,
                                                  QString *error = nullptr);
    static std::optional<Allocation> allocate(const Money &profit, const QVector<AllocationParticipant> &participants,
                                              QString *error = nullptr);
};
