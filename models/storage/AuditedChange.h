#pragma once
// One audited change to one record: its own transaction (a savepoint, so it nests inside a CSV
// import), the audit entry written inside that transaction, and the commit. Every repository
// write goes through here, so no change is stored without its audit entry or vice versa.
// save() is the one implementation of create, update, overwrite and restore for every kind of
// record; a repository tells it only how its kind is checked and stored (RecordStore).
#include "models/records/ValidationResult.h"
#include "models/storage/AuditLog.h"
#include "models/storage/SaveResult.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

// How one kind of record is checked and stored.
template <typename Record>
struct RecordStore {
    QString entity;  // in the audit log
    std::function<std::optional<Record>(qint64 id, QString *error)> find;
    // Tidies the record (trimmed names) and checks it, before anything is written.
    std::function<ValidationResult(Record &)> prepare;
    // Stores the record with its child rows: an update at record.version when it is stored
    // already (AuditedChange::updateAtVersion), else an insert that sets record.id.
    std::function<bool(Record &, bool stored, bool *stale, QString *error)> write;
};

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
    bool commit(qint64 id, AuditAction action, const QJsonObject &before, const QJsonObject &after, QString *error)
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
        // Locked before its dependents are counted: a child row another user is adding meanwhile
        // is either counted (and the delete refused) or refused itself, never cascaded away.
        if (!SqlStatement(workspace.database(), workspace.dialect().lockRow(table)).exec({id}, error)) return SaveResult<Record>::failed();
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
        if (!change.commit(id, AuditAction::Delete, old->toJson(), QJsonObject(), error)) return SaveResult<Record>::failed();
        if (removed) *removed = *old;
        return SaveResult<Record>::saved();
    }

    // Creates (a new id, version 1), updates or overwrites (over the version the record
    // carries; a conflict when the stored one is at another version or gone) or restores (puts a
    // deleted record back as it was, id and version included) one record, with its audit entry.
    // *before (if given) receives the stored state it replaced, which is what an undo puts back.
    template <typename Record>
    static SaveResult<Record> save(Workspace &workspace, const RecordStore<Record> &store, AuditAction action, Record &record,
                                   QString *error, Record *before = nullptr)
    {
        Record r = record;
        if (action == AuditAction::Create) {
            r.id = 0;
            r.version = 1;
        }
        const ValidationResult validation = store.prepare(r);
        if (!validation.isValid()) {
            if (error) *error = validation.summary();
            return SaveResult<Record>::failed();
        }
        AuditedChange change(workspace, store.entity);
        if (!change.begin(error)) return SaveResult<Record>::failed();
        std::optional<Record> old;
        const auto stored = [&](QString *why) { return store.find(r.id, why); };
        if (action == AuditAction::Update || action == AuditAction::Overwrite) {
            if (!readStored<Record>(stored, &old, error)) return SaveResult<Record>::failed();
            if (!old || old->version != r.version) return conflict(old, r.version, error);
        }
        if constexpr (HasTimestamps<Record>::value) {
            const QDateTime now = SqlValue::now();
            if (old) {
                r.createdAt = old->createdAt;
                r.updatedAt = now;
            } else if (action == AuditAction::Create) {
                r.createdAt = r.updatedAt = now;
            }
        }
        bool stale = false;
        bool ok = store.write(r, old.has_value(), &stale, error);
        if (stale) return conflict(stored(nullptr), r.version, error);
        ok = ok && change.commit(r.id, action, old ? old->toJson() : QJsonObject(), r.toJson(), error);
        if (!ok) return SaveResult<Record>::failed();
        if (before && old) *before = *old;
        record = r;
        return SaveResult<Record>::saved();
    }

    // The user's deliberate choice after a conflict: stores record over storedVersion (the
    // version they were shown). Still a conflict if that version has moved on too.
    template <typename Record>
    static SaveResult<Record> overwrite(Workspace &workspace, const RecordStore<Record> &store, Record &record, qint64 storedVersion,
                                        QString *error, Record *before)
    {
        Record mine = record;
        mine.version = storedVersion;
        const SaveResult<Record> result = save(workspace, store, AuditAction::Overwrite, mine, error, before);
        if (result) record = mine;
        return result;
    }

    // Runs an "UPDATE ... WHERE id = ? AND version = ?" statement whose last two values are the
    // record's id and version: the version moves on by one, or *stale is set when another
    // connection saved or deleted the record since it was read (PostgreSQL's read committed
    // isolation lets that happen between the read and the write).
    template <typename Record>
    static bool updateAtVersion(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Record &record, bool *stale,
                                QString *error)
    {
        SqlStatement statement(db, sql);
        if (!statement.exec(values, error)) return false;
        *stale = statement.rowsAffected() == 0;
        if (*stale) return false;
        ++record.version;
        return true;
    }

private:
    // Records whose saves are stamped with created and updated times (all but ledger entries).
    template <typename Record, typename = void>
    struct HasTimestamps : std::false_type {};
    template <typename Record>
    struct HasTimestamps<Record, std::void_t<decltype(std::declval<Record>().updatedAt)>> : std::true_type {};

    AuditLog m_audit;
    Transaction m_transaction;
    QString m_entity;
};
