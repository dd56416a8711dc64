#pragma once
// One audited change to one record: its own transaction (a savepoint, so it nests inside a CSV
// import), the audit entry written inside that transaction, and the commit. Every repository
// write goes through here, so no change is stored without its audit entry or vice versa.
#include "models/storage/AuditLog.h"
#include "models/storage/SaveResult.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

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

    // The record as stored now, read inside this change's transaction. A record that is gone is
    // not an error here (for an update or delete it is a conflict); only a failed read is.
    template <typename Record>
    static bool readStored(const std::function<std::optional<Record>(QString *)> &find, std::optional<Record> *stored, QString *error)
    {
        QString why;
        *stored = find(&why);
        if (!*stored && !why.isEmpty()) {
            if (error) *error = why;
            return false;
        }
        return true;
    }

    // Someone else saved or deleted the record after the user read it at version `base`: nothing is
    // written (the transaction rolls back), and the result carries the record as it is now.
    template <typename Record>
    static SaveResult<Record> conflict(const std::optional<Record> &stored, qint64 base, QString *error)
    {
        if (error)
            *error = stored ? tr("Someone else saved this record after you opened it (it is now at version %1; you started "
                                 "from version %2), so your change was not made. Open the record to see the saved version.")
                                  .arg(stored->version)
                                  .arg(base)
                            : tr("Someone else deleted this record after you opened it, so your change was not made.");
        return SaveResult<Record>::conflict(stored);
    }

    // Deletes a record unless others depend on it (dependents() then says why and what to do) or it
    // is no longer at `version` (a conflict: someone else saved or deleted it meanwhile).
    // *removed receives the record as it was, which is what an undo restores.
    template <typename Record>
    static SaveResult<Record> remove(Workspace &workspace, const QString &entity, const QString &table, qint64 id, qint64 version,
                                     const std::function<std::optional<Record>(QString *)> &find,
                                     const std::function<QString()> &dependents, QString *error, Record *removed)
    {
        AuditedChange change(workspace, entity);
        if (!change.begin(error)) return SaveResult<Record>::failed();
        std::optional<Record> old;
        if (!readStored(find, &old, error)) return SaveResult<Record>::failed();
        if (!old || old->version != version) return conflict(old, version, error);
        const QString why = dependents();
        if (!why.isEmpty()) {
            if (error) *error = why;
            return SaveResult<Record>::failed();
        }
        SqlStatement statement(workspace.database(), QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table));
        if (!statement.exec({id, version}, error)) return SaveResult<Record>::failed();
        // Another connection may have saved between the read and the delete (PostgreSQL's read
        // committed isolation); the version in the WHERE clause is what finally decides.
        if (statement.rowsAffected() == 0) return conflict(find(nullptr), version, error);
        if (!change.commit(id, QStringLiteral("delete"), old->toJson(), QJsonObject(), error)) return SaveResult<Record>::failed();
        if (removed) *removed = *old;
        return SaveResult<Record>::saved();
    }

private:
    AuditLog m_audit;
    Transaction m_transaction;
    QString m_entity;
};
