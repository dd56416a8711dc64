#include "models/records/Contract.h"

#include <QJsonArray>

bool Contract::isEndingWithinNotice(const QDate &today) const
{
    return isEndingWithinNotice(status, endDate, noticePeriodDays, today);
}

bool Contract::isEndingWithinNotice(ContractStatus status, const QDate &endDate, int noticeDays,
                                    const QDate &today)
{
    if (status != ContractStatus::Active || !endDate.isValid()) return false;
    return today <= endDate && endDate.addDays(-noticeDays) <= today;
}

QJsonObject Contract::toJson() const
{
    QJsonArray parties;
    for (qint64 id : partyIds) parties.append(id);
    return QJsonObject{
        {"id", id},
        {"reference", reference},
        {"title", title},
        {"mode", Choices::key(mode)},
        {"party_ids", parties},
        {"start_date", startDate.toString(Qt::ISODate)},
        {"end_date", endDate.toString(Qt::ISODate)},
        {"notice_period_days", noticePeriodDays},
        {"total_value_minor", QString::number(totalValue.minorUnits())},  // exact beyond 2^53
        {"currency", totalValue.currency()},
        {"status", Choices::key(status)},
        {"nda_signed", ndaSigned},
        {"ip_ownership_terms", ipOwnershipTerms},
        {"data_allowed_use", dataAllowedUse},
        {"anonymisation_required", anonymisationRequired},
        {"data_access_expiry", dataAccessExpiry.toString(Qt::ISODate)},
        {"allocation_method", Choices::key(allocationMethod)},
        {"allocation_parameters", allocationParameters},
        {"pair_synergy_basis_points", pairSynergyBasisPoints},
        {"created_at", createdAt.toString(Qt::ISODateWithMs)},
        {"updated_at", updatedAt.toString(Qt::ISODateWithMs)},
        {"version", version},
    };
}
