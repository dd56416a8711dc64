#include "models/records/LedgerEntry.h"

QJsonObject LedgerEntry::toJson() const
{
    return QJsonObject{
        {"id", id},
        {"project_id", projectId},
        {"date", date.toString(Qt::ISODate)},
        {"kind", Choices::key(kind)},
        {"amount_minor", QString::number(amount.minorUnits())},
        {"currency", amount.currency()},
        {"description", description},
        {"version", version},
    };
}
