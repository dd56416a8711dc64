#include "models/records/Partner.h"

#include <QJsonArray>

QJsonObject Partner::toJson() const
{
    return QJsonObject{
        {"id", id},
        {"name", name},
        {"kind", Choices::key(kind)},
        {"industry", Choices::key(industry)},
        {"country", country},
        {"city", city},
        {"website", website},
        {"contact_person", contactPerson},
        {"email", email},
        {"phone", phone},
        {"capability_tags", QJsonArray::fromStringList(capabilityTags)},
        {"tier", Choices::key(tier)},
        {"status", Choices::key(status)},
        {"rating", rating},
        {"notes", notes},
        {"created_at", createdAt.toString(Qt::ISODateWithMs)},
        {"updated_at", updatedAt.toString(Qt::ISODateWithMs)},
        {"version", version},
    };
}
