#include "models/records/ContractValidator.h"

#include "models/repositories/ContractRepository.h"

#include <QSet>

ValidationResult ContractValidator::validate(const Contract &c) const
{
    ValidationResult result;
    const QString reference = c.reference.trimmed();
    if (reference.isEmpty())
        result.add(QStringLiteral("reference"), tr("Enter the contract's reference, such as LPS-2025-014."));
    else if (m_repository && m_repository->referenceTaken(reference, c.id))
        result.add(QStringLiteral("reference"), tr("Another contract already has the reference \"%1\". Choose a different reference.").arg(reference));
    if (c.title.trimmed().isEmpty())
        result.add(QStringLiteral("title"), tr("Enter the contract's title."));
    if (c.partyIds.isEmpty())
        result.add(QStringLiteral("party_ids"), tr("Add at least one partner as a party."));
    if (QSet<qint64>(c.partyIds.begin(), c.partyIds.end()).size() != c.partyIds.size())
        result.add(QStringLiteral("party_ids"), tr("A partner is listed twice as a party. List each party once."));
    if (!c.startDate.isValid())
        result.add(QStringLiteral("start_date"), tr("Enter the start date."));
    if (!c.endDate.isValid())
        result.add(QStringLiteral("end_date"), tr("Enter the end date."));
    else if (c.startDate.isValid() && c.endDate < c.startDate)
        result.add(QStringLiteral("end_date"), tr("The end date is before the start date."));
    if (c.noticePeriodDays < 0)
        result.add(QStringLiteral("notice_period_days"), tr("The notice period cannot be negative."));
    if (c.totalValue.minorUnits() < 0)
        result.add(QStringLiteral("total_value_minor"), tr("The total value cannot be negative."));
    if (!Money::isValidCurrency(c.totalValue.currency()))
        result.add(QStringLiteral("currency"), tr("\"%1\" is not an ISO 4217 currency code such as USD or CNY.").arg(c.totalValue.currency()));
    if (c.dataAccessExpiry.isValid() && c.startDate.isValid() && c.dataAccessExpiry < c.startDate)
        result.add(QStringLiteral("data_access_expiry"), tr("Data access cannot expire before the contract starts."));
    if (c.pairSynergyBasisPoints < 0 || c.pairSynergyBasisPoints > 10000)
        result.add(QStringLiteral("pair_synergy_basis_points"),
                   tr("The synergy of a pair is a share of the profit from 0 % to 100 %."));
    if (c.allocationMethod == AllocationMethod::FixedShares) {
        // {"shares": {"<partner id>": percent}}: every share for a party, none negative, at most 100 % in all.
        const QJsonObject shares = c.allocationParameters.value(QStringLiteral("shares")).toObject();
        double total = 0;
        for (auto it = shares.begin(); it != shares.end(); ++it) {
            const double share = it.value().toDouble();
            if (share < 0) result.add(QStringLiteral("allocation_parameters"), tr("A fixed share cannot be negative."));
            if (!c.partyIds.contains(it.key().toLongLong()))
                result.add(QStringLiteral("allocation_parameters"), tr("A fixed share is given to a partner who is not a party."));
            total += share;
        }
        if (total > 100.0 + 1e-9)
            result.add(QStringLiteral("allocation_parameters"), tr("The fixed shares add up to %1 %; they may add up to at most 100 %.").arg(total));
    }
    return result;
}
