#pragma once
// Partners as CSV rows: every field of Partner, tags as "a; b".
#include "models/repositories/PartnerRepository.h"
#include "models/csv/RecordCsv.h"

class PartnerCsv : public RecordCsv {
    Q_DECLARE_TR_FUNCTIONS(PartnerCsv)
public:
    explicit PartnerCsv(Workspace &workspace) : RecordCsv(workspace), m_partners(workspace) {}

    QList<Field> fields() const override;
    bool cellsOf(qint64 id, QStringList *cells, QString *error) const override;
    bool store(const QHash<QString, QString> &values, QString *error) override;

private:
    PartnerRepository m_partners;
};
