#include "models/storage/AuditLog.h"

#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"

#include <QJsonDocument>
#include <QSet>

namespace {
QVariant jsonText(const QJsonObject &object)
{
    if (object.isEmpty()) return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
}  // namespace

QStringList AuditEntry::changedFields() const
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList changed;
    for (const QString &key : keys)
        if (key != QLatin1String("created_at") && key != QLatin1String("updated_at") && key != QLatin1String("version") &&
            before.value(key) != after.value(key))
            changed << key;
    return changed;
}

QString AuditEntry::actionLabel() const
{
    if (action == AuditLog::key(AuditAction::Create)) return AuditLog::tr("Created");
    if (action == AuditLog::key(AuditAction::Update)) return AuditLog::tr("Changed");
    if (action == AuditLog::key(AuditAction::Overwrite)) return AuditLog::tr("Overwrote a newer version");
    if (action == AuditLog::key(AuditAction::Delete)) return AuditLog::tr("Deleted");
    if (action == AuditLog::key(AuditAction::Restore)) return AuditLog::tr("Restored");
    return action;
}

QString AuditLog::key(AuditAction action)
{
    switch (action) {
    case AuditAction::Create: return QStringLiteral("create");
    case AuditAction::Update: return QStringLiteral("update");
    case AuditAction::Overwrite: return QStringLiteral("overwrite");
    case AuditAction::Delete: return QStringLiteral("delete");
    case AuditAction::Restore: return QStringLiteral("restore");
    }
    return {};
}

bool AuditLog::record(const QString &entity, qint64 entityId, AuditAction action,
                      const QJsonObject &before, const QJsonObject &after, QString *error)
{
    // A server writes its entries itself (schema version 14), with its own time and user; the
    // application only describes its change, which the server checks against the row.
    if (m_workspace.isServer()) {
        const QJsonObject change{{"entity", entity},
                                 {"entity_id", QString::number(entityId)},
                                 {"action", key(action)},
                                 {"before", before.isEmpty() ? QJsonValue() : jsonText(before).toString()},
                                 {"after", after.isEmpty() ? QJsonValue() : jsonText(after).toString()}};
        SqlStatement describe(m_workspace.database(), QStringLiteral("SELECT lepton_audit_describe(?)"));
        return describe.exec({QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact))}, error);
    }
    SqlStatement insert(m_workspace.database(),
                        QStringLiteral("INSERT INTO audit_log (at, who, entity, entity_id, action, before_json, after_json) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    return insert.exec({QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_workspace.userName(), entity,
                        entityId, key(action), jsonText(before), jsonText(after)},
                       error);
}

QList<AuditEntry> AuditLog::entriesFor(const QString &entity, qint64 entityId, QString *error) const
{
    QList<AuditEntry> entries;
    SqlStatement select(m_workspace.database(),
                        QStringLiteral("SELECT id, at, who, action, before_json, after_json FROM audit_log "
                                       "WHERE entity = ? AND entity_id = ? ORDER BY id"));
    if (!select.exec({entity, entityId}, error)) return entries;
    while (select.next()) {
        AuditEntry e;
        e.id = select.value(0).toLongLong();
        e.at = QDateTime::fromString(select.value(1).toString(), Qt::ISODateWithMs);
        e.who = select.value(2).toString();
        e.entity = entity;
        e.entityId = entityId;
        e.action = select.value(3).toString();
        e.before = QJsonDocument::fromJson(select.value(4).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(select.value(5).toString().toUtf8()).object();
        entries.append(e);
    }
    return entries;
}
