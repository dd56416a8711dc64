#pragma once
// Stores, reads, changes and deletes projects with their participants and milestones, and the
// project's ledger entries one by one. Every change runs in a transaction, is stamped and is
// written to the audit log.
#include "AuditLog.h"
#include "LedgerEntry.h"
#include "LedgerTotals.h"
#include "Project.h"

#include <optional>

class Workspace;

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
    bool update(Project &project, QString *error, Project *before = nullptr);
    // Refused while the project has ledger entries (its accounts); *removed is for restore().
    bool remove(qint64 id, QString *error, Project *removed = nullptr);
    bool restore(const Project &project, QString *error);
    QString dependentsReason(qint64 id) const;

    // The ledger, oldest first, and its sums.
    QList<LedgerEntry> ledger(qint64 projectId, QString *error = nullptr) const;
    LedgerTotals totals(qint64 projectId, QString *error = nullptr) const;
    std::optional<LedgerEntry> findLedgerEntry(qint64 id, QString *error = nullptr) const;
    bool addLedgerEntry(LedgerEntry &entry, QString *error);
    bool updateLedgerEntry(LedgerEntry &entry, QString *error, LedgerEntry *before = nullptr);
    bool removeLedgerEntry(qint64 id, QString *error, LedgerEntry *removed = nullptr);
    bool restoreLedgerEntry(const LedgerEntry &entry, QString *error);

private:
    bool write(Project &project, const QString &action, QString *error, Project *before);
    bool writeEntry(LedgerEntry &entry, const QString &action, QString *error, LedgerEntry *before);
    QList<Project> select(const QString &where, const QVariantList &values, QString *error) const;

    Workspace &m_workspace;
};
