#pragma once
// Who changed which record when, with the record before and after, readable per record.
// Repositories record each change inside the same transaction as the change, so no change goes
// unlogged: into a workspace file directly; on a server the server's trigger writes the entry
// (with its own time and user, also for changes made outside the application), and record()
// describes the change to it (schema version 14).
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class Workspace;

// What a change did to a record: created it, changed it, kept the user's version over a newer
// one ("overwrite"), deleted it, or put a deleted one back ("restore", an undo).
enum class AuditAction { Create, Update, Overwrite, Delete, Restore };

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;  // UTC
    QString who;
    QString entity;  // "partner", "contract", "project", "ledger_entry"
    qint64 entityId = 0;
    QString action;  // AuditLog::key() of an AuditAction, as stored
    QJsonObject before;  // empty for create
    QJsonObject after;   // empty for delete

    // Names of the fields whose value differs between before and after (timestamps and the
    // version, which every save changes, left out).
    QStringList changedFields() const;
    // "Created", "Changed", ... in the user's language.
    QString actionLabel() const;
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Workspace &workspace) : m_workspace(workspace) {}

    // The text an action is stored as: "create", "update", "overwrite", "delete", "restore".
    static QString key(AuditAction action);

    bool record(const QString &entity, qint64 entityId, AuditAction action,
                const QJsonObject &before, const QJsonObject &after, QString *error);
    // Oldest first.
    QList<AuditEntry> entriesFor(const QString &entity, qint64 entityId, QString *error = nullptr) const;

private:
    Workspace &m_workspace;
};
