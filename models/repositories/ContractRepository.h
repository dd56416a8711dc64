#pragma once
// Stores, reads, changes and deletes contracts with their parties. Every change runs in a
// transaction, is stamped and is written to the audit log.
#include "models/storage/AuditLog.h"
#include "models/records/Contract.h"
#include "models/storage/SaveResult.h"

#include <optional>

class Workspace;
template <typename Record>
struct RecordStore;

class ContractRepository {
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)
public:
    explicit ContractRepository(Workspace &workspace);

    std::optional<Contract> find(qint64 id, QString *error = nullptr) const;
    std::optional<Contract> findByReference(const QString &reference, QString *error = nullptr) const;
    bool referenceTaken(const QString &reference, qint64 exceptId = 0) const;
    int count() const;
    // The contracts a partner is a party to, newest start first (the partner's detail pane).
    QList<Contract> contractsOf(qint64 partnerId, QString *error = nullptr) const;

    bool create(Contract &contract, QString *error);
    // As PartnerRepository: saves over contract.version, a conflict when it has moved on.
    SaveResult<Contract> update(Contract &contract, QString *error, Contract *before = nullptr);
    // Saves the user's version over storedVersion after a conflict, audited as "overwrite".
    SaveResult<Contract> overwrite(Contract &contract, qint64 storedVersion, QString *error, Contract *before = nullptr);
    // Refused while projects run under the contract, a conflict unless it is still at version;
    // *removed receives it for restore().
    SaveResult<Contract> remove(qint64 id, qint64 version, QString *error, Contract *removed = nullptr);
    bool restore(const Contract &contract, QString *error);
    QString dependentsReason(qint64 id) const;

private:
    RecordStore<Contract> store();
    QList<Contract> select(const QString &where, const QVariantList &values, QString *error) const;

    Workspace &m_workspace;
};
