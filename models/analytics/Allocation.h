#pragma once
// What the allocation schemes read and produce: the participants of one project and the
// amounts each of them receives (or, for a loss, carries).
#include "models/records/Money.h"
#include "models/analytics/Rate.h"

#include <QString>
#include <QVector>
#include <optional>

struct AllocationParticipant {
    QString name;
    // What the participant put in: the weight of the proportional scheme and of the default
    // Shapley game. Zero or more; all participants' in one currency (weights of different
    // currencies would mix them).
    Money contribution;
    // The contract's fixed share (1/4 = 25%), if the contract states one.
    std::optional<Rate> fixedShare;
    // Performance score (any non-negative scale) and the guaranteed base share of profit.
    Rate performanceScore;
    Rate guaranteedBase;
};

struct Allocation {
    QVector<Money> amounts;  // one per participant, in input order; they sum exactly to the profit
    QString note;            // e.g. the error bound of a sampled Shapley value
};
