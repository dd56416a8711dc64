#include "models/repositories/PartnerRepository.h"

#include "models/records/PartnerValidator.h"
#include "models/storage/AuditedChange.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, industry, country, city, website, contact_person, email, phone, capability_tags, "
    "tier, status, rating, notes, created_at, updated_at, version");

Partner partnerFrom(const SqlStatement &row)
{
    Partner p;
    p.id = row.value(0).toLongLong();
    p.name = row.value(1).toString();
    p.kind = Choices::fromKey<PartnerKind>(row.value(2).toString()).value_or(PartnerKind::Other);
    p.industry = Choices::fromKey<Industry>(row.value(3).toString()).value_or(Industry::Other);
    p.country = row.value(4).toString();
    p.city = row.value(5).toString();
    p.website = row.value(6).toString();
    p.contactPerson = row.value(7).toString();
    p.email = row.value(8).toString();
    p.phone = row.value(9).toString();
    for (const QJsonValue &tag : QJsonDocument::fromJson(row.value(10).toString().toUtf8()).array())
        p.capabilityTags << tag.toString();
    p.tier = Choices::fromKey<PartnerTier>(row.value(11).toString()).value_or(PartnerTier::Standard);
    p.status = Choices::fromKey<PartnerStatus>(row.value(12).toString()).value_or(PartnerStatus::Prospect);
    p.rating = row.value(13).toInt();
    p.notes = row.value(14).toString();
    p.createdAt = SqlValue::toTime(row.value(15));
    p.updatedAt = SqlValue::toTime(row.value(16));
    p.version = row.value(17).toLongLong();
    return p;
}

QVariantList valuesOf(const Partner &p)
{
    const QString tags = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.capabilityTags)).toJson(QJsonDocument::Compact));
    using SqlValue::text;
    return {text(p.name), Choices::key(p.kind), Choices::key(p.industry), text(p.country), text(p.city),
            text(p.website), text(p.contactPerson), text(p.email), text(p.phone), tags,
            Choices::key(p.tier), Choices::key(p.status), p.rating, p.notes.isNull() ? QString(QLatin1String("")) : p.notes,
            SqlValue::fromTime(p.createdAt), SqlValue::fromTime(p.updatedAt)};
}

}  // namespace

PartnerRepository::PartnerRepository(Workspace &workspace) : m_workspace(workspace) {}

std::optional<Partner> PartnerRepository::find(qint64 id, QString *error) const
{
    SqlStatement select(m_workspace.database(), QStringLiteral("SELECT %1 FROM partners WHERE id = ?").arg(kColumns));
    if (!select.exec({id}, error) || !select.next()) return std::nullopt;
    return partnerFrom(select);
}

std::optional<Partner> PartnerRepository::findByName(const QString &name, QString *error) const
{
    SqlStatement select(m_workspace.database(), QStringLiteral("SELECT %1 FROM partners WHERE name = ?").arg(kColumns));
    if (!select.exec({name.trimmed()}, error) || !select.next()) return std::nullopt;
    return partnerFrom(select);
}

bool PartnerRepository::nameTaken(const QString &name, qint64 exceptId) const
{
    QString error;
    return SqlStatement::scalar(m_workspace.database(),
                                QStringLiteral("SELECT count(*) FROM partners WHERE name = ? AND id <> ?"),
                                {name.trimmed(), exceptId}, &error)
               .toInt() > 0;
}

int PartnerRepository::count() const
{
    QString error;
    return SqlStatement::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM partners"), {}, &error).toInt();
}

bool PartnerRepository::create(Partner &partner, QString *error)
{
    return bool(AuditedChange::save(m_workspace, store(), AuditAction::Create, partner, error));
}

SaveResult<Partner> PartnerRepository::update(Partner &partner, QString *error, Partner *before)
{
    return AuditedChange::save(m_workspace, store(), AuditAction::Update, partner, error, before);
}

SaveResult<Partner> PartnerRepository::overwrite(Partner &partner, qint64 storedVersion, QString *error, Partner *before)
{
    return AuditedChange::overwrite(m_workspace, store(), partner, storedVersion, error, before);
}

bool PartnerRepository::restore(const Partner &partner, QString *error)
{
    Partner copy = partner;
    return bool(AuditedChange::save(m_workspace, store(), AuditAction::Restore, copy, error));
}

RecordStore<Partner> PartnerRepository::store()
{
    const auto write = [this](Partner &p, bool stored, bool *stale, QString *error) {
        QVariantList values = valuesOf(p);
        if (stored) {
            values << p.id << p.version;
            return AuditedChange::updateAtVersion(m_workspace.database(),
                                                  QStringLiteral("UPDATE partners SET name=?, kind=?, industry=?, country=?, city=?, website=?, "
                                                                 "contact_person=?, email=?, phone=?, capability_tags=?, tier=?, status=?, "
                                                                 "rating=?, notes=?, created_at=?, updated_at=?, version = version + 1 "
                                                                 "WHERE id=? AND version=?"),
                                                  values, p, stale, error);
        }
        values.prepend(SqlValue::fromId(p.id));
        values << p.version;
        SqlStatement insert(m_workspace.database(),
                            QStringLiteral("INSERT INTO partners (%1) VALUES (%2,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                                .arg(kColumns, m_workspace.dialect().idValue(QStringLiteral("partners"))));
        if (!insert.exec(values, error)) return false;
        p.id = insert.returnedId();
        return true;
    };
    return {QStringLiteral("partner"), [this](qint64 id, QString *why) { return find(id, why); },
            [this](Partner &p) {
                p.name = p.name.trimmed();
                return PartnerValidator(this).validate(p);
            },
            write};
}

QString PartnerRepository::dependentsReason(qint64 id) const
{
    QString error;
    const QSqlDatabase db = m_workspace.database();
    const int contracts = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM contract_parties WHERE partner_id = ?"), {id}, &error).toInt();
    const int projects = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM participants WHERE partner_id = ?"), {id}, &error).toInt();
    if (contracts == 0 && projects == 0) return {};
    const QString name = SqlStatement::scalar(db, QStringLiteral("SELECT name FROM partners WHERE id = ?"), {id}, &error).toString();
    QStringList uses;
    // Singular and plural spelled out: the app ships no English translation to pick %n forms.
    if (contracts > 0)
        uses << (contracts == 1 ? tr("is a party to 1 contract") : tr("is a party to %1 contracts").arg(contracts));
    if (projects > 0)
        uses << (projects == 1 ? tr("takes part in 1 project") : tr("takes part in %1 projects").arg(projects));
    return tr("Partner \"%1\" %2; set its status to Ended to archive it instead.").arg(name, uses.join(tr(" and ")));
}

SaveResult<Partner> PartnerRepository::remove(qint64 id, qint64 version, QString *error, Partner *removed)
{
    return AuditedChange::remove<Partner>(
        m_workspace, QStringLiteral("partner"), QStringLiteral("partners"), id, version, [&](QString *why) { return find(id, why); },
        [&] { return dependentsReason(id); }, error, removed);
}
