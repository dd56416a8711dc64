#pragma once
// Profit shared by performance: each participant first receives its guaranteed base share,
// and the rest (100% minus all bases) is shared in proportion to the performance scores:
//   share_i = base_i + (1 - sum of bases) * score_i / sum of scores.
// A loss is carried by the same shares.
#include "models/analytics/Allocation.h"

#include <QCoreApplication>

class PerformanceScheme {
    Q_DECLARE_TR_FUNCTIONS(PerformanceScheme)
public:
    // The exact shares (summing to 1), or nullopt with the reason in *error.
    static std::optional<QVector<Rate>> shares(const QVector<AllocationParticipant> &participants,
                                               QString *error = nullptr);
    static std::optional<Allocation> allocate(const Money &profit, const QVector<AllocationParticipant> &participants,
                                              QString *error = nullptr);
};
