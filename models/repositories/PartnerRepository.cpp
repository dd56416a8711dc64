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
    return bool(write(partner, QStringLiteral("create"), error, nullptr));
}

SaveResult<Partner> PartnerRepository::update(Partner &partner, QString *error, Partner *before)
{
    return write(partner, QStringLiteral("update"), error, before);
}

SaveResult<Partner> PartnerRepository::overwrite(Partner &partner, qint64 storedVersion, QString *error, Partner *before)
{
    Partner mine = partner;
    mine.version = storedVersion;
    const SaveResult<Partner> result = write(mine, QStringLiteral("overwrite"), error, before);
    if (result) partner = mine;
    return result;
}

bool PartnerRepository::restore(const Partner &partner, QString *error)
{
    Partner copy = partner;
    return bool(write(copy, QStringLiteral("restore"), error, nullptr));
}

SaveResult<Partner> PartnerRepository::write(Partner &partner, const QString &action, QString *error, Partner *before)
{
    Partner p = partner;
    p.name = p.name.trimmed();
    if (action == QLatin1String("create")) {
        p.id = 0;
        p.version = 1;
    }
    const ValidationResult validation = PartnerValidator(this).validate(p);
    if (!validation.isValid()) {
        if (error) *error = validation.summary();
        return SaveResult<Partner>::failed();
    }
    AuditedChange change(m_workspace, QStringLiteral("partner"));
    if (!change.begin(error)) return SaveResult<Partner>::failed();
    std::optional<Partner> old;
    const QDateTime now = SqlValue::now();
    const auto stored = [&](QString *why) { return find(p.id, why); };
    if (action == QLatin1String("update") || action == QLatin1String("overwrite")) {
        if (!AuditedChange::readStored<Partner>(stored, &old, error)) return SaveResult<Partner>::failed();
        if (!old || old->version != p.version) return AuditedChange::conflict(old, p.version, error);
        p.createdAt = old->createdAt;
        p.updatedAt = now;
    } else if (action == QLatin1String("create")) {
        p.createdAt = p.updatedAt = now;
    }
    QVariantList values = valuesOf(p);
    bool ok;
    if (old) {
        values << p.id << p.version;  // the statement moves the version on only if it is still ours
        SqlStatement statement(m_workspace.database(),
                               QStringLiteral("UPDATE partners SET name=?, kind=?, industry=?, country=?, city=?, website=?, "
                                              "contact_person=?, email=?, phone=?, capability_tags=?, tier=?, status=?, "
                                              "rating=?, notes=?, created_at=?, updated_at=?, version = version + 1 "
                                              "WHERE id=? AND version=?"));
        ok = statement.exec(values, error);
        if (ok && statement.rowsAffected() == 0) return AuditedChange::conflict(stored(nullptr), p.version, error);
        ++p.version;
    } else {
        values.prepend(SqlValue::fromId(p.id));
        values << p.version;
        SqlStatement statement(m_workspace.database(),
                               QStringLiteral("INSERT INTO partners (%1) VALUES (%2,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                                   .arg(kColumns, m_workspace.dialect().idValue(QStringLiteral("partners"))));
        ok = statement.exec(values, error);
        if (ok) p.id = statement.returnedId();
    }
    ok = ok && change.commit(p.id, action, old ? old->toJson() : QJsonObject(), p.toJson(), error);
    if (!ok) return SaveResult<Partner>::failed();
    if (before && old) *before = *old;
    partner = p;
    return SaveResult<Partner>::saved();
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
