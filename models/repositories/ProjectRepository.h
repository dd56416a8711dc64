#pragma once
// Stores, reads, changes and deletes projects with their participants and milestones, and the
// project's ledger entries one by one. Every change runs in a transaction, is stamped and is
// written to the audit log.
#include "models/storage/AuditLog.h"
#include "models/records/LedgerEntry.h"
#include "models/repositories/LedgerTotals.h"
#include "models/records/Project.h"
#include "models/storage/SaveResult.h"

#include <optional>

class Workspace;
template <typename Record>
struct RecordStore;

class ProjectRepository {
    Q_DECLARE_TR_FUNCTIONS(ProjectRepository)
public:
    explicit ProjectRepository(Workspace &workspace);

    std::optional<Project> find(qint64 id, QString *error = nullptr) const;
    int count() const;
    // The projects a partner takes part in, newest start first (the partner's detail pane).
    QList<Project> projectsOf(qint64 partnerId, QString *error = nullptr) const;
    // The projects run under a contract.
    QList<Project> projectsUnder(qint64 contractId, QString *error = nullptr) const;

    bool create(Project &project, QString *error);
    // Replaces the project's fields, participants and milestones.
    // Saves over project.version, a conflict when it has moved on (as PartnerRepository).
    SaveResult<Project> update(Project &project, QString *error, Project *before = nullptr);
    // Saves the user's version over storedVersion after a conflict, audited as "overwrite".
    SaveResult<Project> overwrite(Project &project, qint64 storedVersion, QString *error, Project *before = nullptr);
    // Refused while the project has ledger entries (its accounts), a conflict unless it is still at
    // version; *removed is for restore().
    SaveResult<Project> remove(qint64 id, qint64 version, QString *error, Project *removed = nullptr);
    bool restore(const Project &project, QString *error);
    QString dependentsReason(qint64 id) const;

    // The ledger, oldest first, and its sums. Entries have their own form, so each has its own
    // version, checked like a project's.
    QList<LedgerEntry> ledger(qint64 projectId, QString *error = nullptr) const;
    LedgerTotals totals(qint64 projectId, QString *error = nullptr) const;
    std::optional<LedgerEntry> findLedgerEntry(qint64 id, QString *error = nullptr) const;
    bool addLedgerEntry(LedgerEntry &entry, QString *error);
    SaveResult<LedgerEntry> updateLedgerEntry(LedgerEntry &entry, QString *error, LedgerEntry *before = nullptr);
    SaveResult<LedgerEntry> overwriteLedgerEntry(LedgerEntry &entry, qint64 storedVersion, QString *error,
                                                 LedgerEntry *before = nullptr);
    SaveResult<LedgerEntry> removeLedgerEntry(qint64 id, qint64 version, QString *error, LedgerEntry *removed = nullptr);
    bool restoreLedgerEntry(const LedgerEntry &entry, QString *error);

private:
    RecordStore<Project> projectStore();
    RecordStore<LedgerEntry> entryStore();
    QList<Project> select(const QString &where, const QVariantList &values, QString *error) const;

    Workspace &m_workspace;
};
