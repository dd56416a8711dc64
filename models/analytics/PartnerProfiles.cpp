#include "models/analytics/PartnerProfiles.h"

#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QStringList tagsOf(const QVariant &json)
{
    QStringList tags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toString().toUtf8()).array()) tags << tag.toString();
    return tags;
}
}  // namespace

std::optional<QList<PartnerProfile>> PartnerProfiles::read(const QSqlDatabase &db, const QDate &today, QString *error)
{
    QList<PartnerProfile> partners;
    QHash<qint64, int> index;
    SqlStatement all(db, QStringLiteral("SELECT id, name, industry, status, rating, capability_tags, notes FROM partners"));
    if (!all.exec(error)) return std::nullopt;
    while (all.next()) {
        PartnerProfile p;
        p.id = all.value(0).toLongLong();
        p.name = all.value(1).toString();
        p.industry = Choices::fromKey<Industry>(all.value(2).toString()).value_or(Industry::Other);
        p.status = Choices::fromKey<PartnerStatus>(all.value(3).toString()).value_or(PartnerStatus::Prospect);
        p.rating = all.value(4).toInt();
        p.capabilityTags = tagsOf(all.value(5));
        p.notes = all.value(6).toString();
        index.insert(p.id, int(partners.size()));
        partners.append(p);
    }
    SqlStatement projects(db, QStringLiteral("SELECT partner_id, COUNT(*) FROM participants GROUP BY partner_id"));
    if (!projects.exec(error)) return std::nullopt;
    while (projects.next())
        if (const auto i = index.constFind(projects.value(0).toLongLong()); i != index.cend())
            partners[*i].pastProjects = projects.value(1).toInt();
    SqlStatement profit(db, QStringLiteral("SELECT partner_id, currency, revenue_minor - cost_minor FROM ledger_partner_totals "
                                           "ORDER BY partner_id, currency"));
    if (!profit.exec(error)) return std::nullopt;
    while (profit.next())
        if (const auto i = index.constFind(profit.value(0).toLongLong()); i != index.cend())
            partners[*i].profit.append(Money(profit.value(2).toLongLong(), profit.value(1).toString()));
    SqlStatement data(db, QStringLiteral("SELECT DISTINCT cp.partner_id FROM contract_parties cp JOIN contracts c ON c.id = cp.contract_id "
                                         "WHERE c.status = 'active' AND c.nda_signed <> 0 "
                                         "AND (c.data_access_expiry IS NULL OR c.data_access_expiry >= ?)"));
    if (!data.exec({SqlValue::fromDate(today)}, error)) return std::nullopt;
    while (data.next())
        if (const auto i = index.constFind(data.value(0).toLongLong()); i != index.cend()) partners[*i].dataTermsInForce = true;
    return partners;
}

std::optional<TechnologyNeed> PartnerProfiles::needOf(const QSqlDatabase &db, qint64 projectId, QString *error)
{
    SqlStatement project(db, QStringLiteral("SELECT p.name, p.industry, COALESCE(c.mode, '') FROM projects p "
                                            "LEFT JOIN contracts c ON c.id = p.contract_id WHERE p.id = ?"));
    if (!project.exec({projectId}, error)) return std::nullopt;
    if (!project.next()) {
        if (error) *error = tr("The project no longer exists.");
        return std::nullopt;
    }
    TechnologyNeed need;
    need.text = project.value(0).toString();
    need.industry = Choices::fromKey<Industry>(project.value(1).toString());
    need.needsData = project.value(2).toString() == Choices::key(CooperationMode::DataSharing);
    SqlStatement people(db, QStringLiteral("SELECT pa.partner_id, p.capability_tags FROM participants pa "
                                           "JOIN partners p ON p.id = pa.partner_id WHERE pa.project_id = ?"));
    if (!people.exec({projectId}, error)) return std::nullopt;
    while (people.next()) {
        need.participants.insert(people.value(0).toLongLong());
        need.projectCapabilities << tagsOf(people.value(1));
    }
    return need;
}
