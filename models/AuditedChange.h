#pragma once
// One audited change to one record: its own transaction (a savepoint, so it nests inside a CSV
// import), the audit entry written inside that transaction, and the commit. Every repository
// write goes through here, so no change is stored without its audit entry or vice versa.
#include "AuditLog.h"
#include "SqlStatement.h"
#include "Transaction.h"
#include "Workspace.h"

#include <functional>
#include <optional>

class AuditedChange {
    Q_DECLARE_TR_FUNCTIONS(AuditedChange)
public:
    AuditedChange(Workspace &workspace, const QString &entity)
        : m_audit(workspace), m_transaction(workspace.database()), m_entity(entity)
    {
    }

    // False (with the reason) when the transaction could not begin.
    bool begin(QString *error) const
    {
        if (!m_transaction.isActive() && error) *error = m_transaction.error();
        return m_transaction.isActive();
    }

    // Writes the audit entry and commits; on failure everything since begin() is rolled back.
    bool commit(qint64 id, const QString &action, const QJsonObject &before, const QJsonObject &after, QString *error)
    {
        return m_audit.record(m_entity, id, action, before, after, error) && m_transaction.commit(error);
    }

    // Deletes a record unless others depend on it (dependents() then says why and what to do).
    // *removed receives the record as it was, which is what an undo restores.
    template <typename Record>
    static bool remove(Workspace &workspace, const QString &entity, const QString &table, qint64 id,
                       const std::function<std::optional<Record>(QString *)> &find, const std::function<QString()> &dependents,
                       const QString &missingMessage, QString *error, Record *removed)
    {
        AuditedChange change(workspace, entity);
        if (!change.begin(error)) return false;
        QString why;
        const std::optional<Record> old = find(&why);
        if (!old) {
            if (error) *error = why.isEmpty() ? missingMessage : why;
            return false;
        }
        why = dependents();
        if (!why.isEmpty()) {
            if (error) *error = why;
            return false;
        }
        SqlStatement statement(workspace.database(), QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        if (!statement.exec({id}, error) || !change.commit(id, QStringLiteral("delete"), old->toJson(), QJsonObject(), error))
            return false;
        if (removed) *removed = *old;
        return true;
    }

private:
    AuditLog m_audit;
    Transaction m_transaction;
    QString m_entity;
};
