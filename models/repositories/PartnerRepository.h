#pragma once
// Stores, reads, changes and deletes partners. Every change runs in a transaction, is stamped and
// is written to the audit log. Records others depend on are not deleted; the error says why.
#include "models/storage/AuditLog.h"
#include "models/records/Partner.h"
#include "models/storage/SaveResult.h"

#include <optional>

class Workspace;
template <typename Record>
struct RecordStore;

class PartnerRepository {
    Q_DECLARE_TR_FUNCTIONS(PartnerRepository)
public:
    explicit PartnerRepository(Workspace &workspace);

    std::optional<Partner> find(qint64 id, QString *error = nullptr) const;
    std::optional<Partner> findByName(const QString &name, QString *error = nullptr) const;
    // True when another partner (not exceptId) already has this name, ignoring case.
    bool nameTaken(const QString &name, qint64 exceptId = 0) const;
    int count() const;

    // Validates, stores and sets partner.id and its timestamps.
    bool create(Partner &partner, QString *error);
    // Validates and stores the changes over partner.version, which then moves on by one; a conflict
    // when the stored partner is at another version or gone. *before (if given) receives the
    // stored state it replaced, which is what an undo puts back.
    SaveResult<Partner> update(Partner &partner, QString *error, Partner *before = nullptr);
    // The user's deliberate choice after a conflict: stores partner over storedVersion (the version
    // they were shown), audited as "overwrite". Still a conflict if that version has moved on too.
    SaveResult<Partner> overwrite(Partner &partner, qint64 storedVersion, QString *error, Partner *before = nullptr);
    // Refused while contracts or projects refer to the partner (the message says which, and to
    // archive instead), and a conflict unless it is still at version. *removed receives the deleted
    // record, for undo via restore().
    SaveResult<Partner> remove(qint64 id, qint64 version, QString *error, Partner *removed = nullptr);
    // Puts a deleted partner back with its id, timestamps and version (undo of remove).
    bool restore(const Partner &partner, QString *error);

    // Why the partner cannot be deleted, or empty when it can.
    QString dependentsReason(qint64 id) const;

private:
    RecordStore<Partner> store();

    Workspace &m_workspace;
};
