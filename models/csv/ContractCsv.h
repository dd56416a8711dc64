#pragma once
// Contracts as CSV rows: parties by partner name ("A; B"), the value as a plain number
// ("1234.56") with its currency. The allocation parameters stay out: they name partners by their
// ids in one workspace, which mean nothing in another.
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/csv/RecordCsv.h"

class ContractCsv : public RecordCsv {
    Q_DECLARE_TR_FUNCTIONS(ContractCsv)
public:
    explicit ContractCsv(Workspace &workspace) : RecordCsv(workspace), m_contracts(workspace), m_partners(workspace) {}

    QList<Field> fields() const override;
    bool cellsOf(qint64 id, QStringList *cells, QString *error) const override;
    bool store(const QHash<QString, QString> &values, QString *error) override;

private:
    ContractRepository m_contracts;
    PartnerRepository m_partners;
};
