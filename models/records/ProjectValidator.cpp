#include "models/records/ProjectValidator.h"

#include <QSet>

ValidationResult ProjectValidator::validate(const Project &p) const
{
    ValidationResult result;
    if (p.name.trimmed().isEmpty())
        result.add(QStringLiteral("name"), tr("Enter the project's name."));
    if (!p.startDate.isValid())
        result.add(QStringLiteral("start_date"), tr("Enter the start date."));
    if (p.endDate.isValid() && p.startDate.isValid() && p.endDate < p.startDate)
        result.add(QStringLiteral("end_date"), tr("The end date is before the start date."));
    QSet<qint64> seen;
    int shares = 0;
    for (const Participant &person : p.participants) {
        if (person.partnerId <= 0)
            result.add(QStringLiteral("participants"), tr("Choose the partner of every participant."));
        else if (seen.contains(person.partnerId))
            result.add(QStringLiteral("participants"), tr("A partner is listed twice as a participant. List each participant once."));
        seen.insert(person.partnerId);
        if (person.contribution.minorUnits() < 0)
            result.add(QStringLiteral("participants"), tr("A contribution cannot be negative."));
        if (!Money::isValidCurrency(person.contribution.currency()))
            result.add(QStringLiteral("participants"), tr("\"%1\" is not an ISO 4217 currency code such as USD or CNY.").arg(person.contribution.currency()));
        if (person.fixedShareBasisPoints < 0)
            result.add(QStringLiteral("participants"), tr("A fixed share cannot be negative."));
        if (person.performanceScore < 0 || person.performanceScore > 100)
            result.add(QStringLiteral("participants"), tr("A performance score must be between 0 and 100."));
        shares += person.fixedShareBasisPoints;
    }
    if (shares > 10000)
        result.add(QStringLiteral("participants"),
                   tr("The fixed shares add up to %1 %; they may add up to at most 100 %.").arg(QLocale().toString(shares / 100.0, 'f', 2)));
    for (const Milestone &m : p.milestones) {
        if (m.title.trimmed().isEmpty())
            result.add(QStringLiteral("milestones"), tr("Give every milestone a title."));
        if (!m.dueDate.isValid())
            result.add(QStringLiteral("milestones"), tr("Give every milestone a due date."));
    }
    return result;
}

ValidationResult ProjectValidator::validate(const LedgerEntry &e) const
{
    ValidationResult result;
    if (!e.date.isValid())
        result.add(QStringLiteral("date"), tr("Enter the date of the entry."));
    if (e.amount.minorUnits() < 0)
        result.add(QStringLiteral("amount_minor"), tr("The amount cannot be negative; choose Cost for money going out."));
    if (!Money::isValidCurrency(e.amount.currency()))
        result.add(QStringLiteral("currency"), tr("\"%1\" is not an ISO 4217 currency code such as USD or CNY.").arg(e.amount.currency()));
    return result;
}
