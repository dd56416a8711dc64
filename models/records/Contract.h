#pragma once
// An agreement between Lepton and one or more partners.
#include "models/records/Choices.h"
#include "models/records/Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

struct Contract {
    qint64 id = 0;
    QString reference;  // unique in a workspace (case-insensitive), e.g. "LPS-2025-014"
    QString title;
    CooperationMode mode = CooperationMode::JointRnD;
    QList<qint64> partyIds;  // partner ids, at least one
    QDate startDate;
    QDate endDate;  // not before startDate
    int noticePeriodDays = 0;
    Money totalValue{0, QStringLiteral("USD")};
    ContractStatus status = ContractStatus::Draft;
    bool ndaSigned = false;
    QString ipOwnershipTerms;
    // Data-sharing terms.
    QString dataAllowedUse;
    bool anonymisationRequired = false;
    QDate dataAccessExpiry;  // null when access does not expire
    // The benefit-allocation scheme the parties agreed, with its parameters, e.g.
    // {"shares": {"12": 60, "15": 40}} for fixed shares in percent by partner id.
    AllocationMethod allocationMethod = AllocationMethod::ProportionalToContribution;
    QJsonObject allocationParameters;
    // What working together adds: each pair of contributing participants in one of the contract's
    // projects creates this share of the project's profit beyond what the two would create apart,
    // in basis points (500 = 5 %). The default Shapley game shares it; 0 means no synergy.
    int pairSynergyBasisPoints = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The stored version this record was read at (0 until stored): every save adds 1, and a save or
    // delete over a version that has moved on is refused as a conflict.
    qint64 version = 0;

    // True while an active contract is inside its notice period (the last date to give notice
    // has passed or is today, and the contract has not ended yet): the lists flag it.
    bool isEndingWithinNotice(const QDate &today) const;
    static bool isEndingWithinNotice(ContractStatus status, const QDate &endDate, int noticeDays,
                                     const QDate &today);

    QJsonObject toJson() const;
    bool operator==(const Contract &o) const { return toJson() == o.toJson(); }
};
