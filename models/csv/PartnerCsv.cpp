#include "models/csv/PartnerCsv.h"

QList<RecordCsv::Field> PartnerCsv::fields() const
{
    return {{"name", tr("Name"), true},
            {"kind", tr("Kind")},
            {"industry", tr("Industry")},
            {"country", tr("Country")},
            {"city", tr("City")},
            {"website", tr("Website")},
            {"contact_person", tr("Contact person")},
            {"email", tr("E-mail")},
            {"phone", tr("Phone")},
            {"capability_tags", tr("Capability tags")},
            {"tier", tr("Tier")},
            {"status", tr("Status")},
            {"rating", tr("Rating")},
            {"notes", tr("Notes")}};
}

bool PartnerCsv::cellsOf(qint64 id, QStringList *cells, QString *error) const
{
    const auto p = m_partners.find(id, error);
    if (!p) return false;
    *cells = {p->name, Choices::key(p->kind), Choices::key(p->industry), p->country, p->city, p->website, p->contactPerson,
              p->email, p->phone, joinList(p->capabilityTags), Choices::key(p->tier), Choices::key(p->status),
              QString::number(p->rating), p->notes};
    return true;
}

bool PartnerCsv::store(const QHash<QString, QString> &values, QString *error)
{
    Partner p;
    p.name = values.value("name");
    p.country = values.value("country");
    p.city = values.value("city");
    p.website = values.value("website");
    p.contactPerson = values.value("contact_person");
    p.email = values.value("email");
    p.phone = values.value("phone");
    p.capabilityTags = list(values.value("capability_tags"));
    p.notes = values.value("notes");
    return choice(values, "kind", &p.kind, error) && choice(values, "industry", &p.industry, error) &&
           choice(values, "tier", &p.tier, error) && choice(values, "status", &p.status, error) &&
           integer(values, "rating", &p.rating, error) && m_partners.create(p, error);
}
