#include "models/csv/ProjectCsv.h"

QList<RecordCsv::Field> ProjectCsv::fields() const
{
    return {{"name", tr("Name"), true},
            {"industry", tr("Industry")},
            {"contract", tr("Contract reference")},
            {"status", tr("Status")},
            {"start_date", tr("Start date"), true},
            {"end_date", tr("End date")}};
}

bool ProjectCsv::cellsOf(qint64 id, QStringList *cells, QString *error) const
{
    const auto p = m_projects.find(id, error);
    if (!p) return false;
    QString reference;
    if (p->contractId > 0)
        if (const auto contract = m_contracts.find(p->contractId, error)) reference = contract->reference;
    *cells = {p->name, Choices::key(p->industry), reference, Choices::key(p->status), p->startDate.toString(Qt::ISODate),
              p->endDate.toString(Qt::ISODate)};
    return true;
}

bool ProjectCsv::store(const QHash<QString, QString> &values, QString *error)
{
    Project p;
    p.name = values.value("name");
    const QString reference = values.value("contract").trimmed();
    if (!reference.isEmpty()) {
        const auto contract = m_contracts.findByReference(reference, error);
        if (!contract) {
            *error = tr("contract: there is no contract with the reference \"%1\". Import the contracts first, or correct the reference.").arg(reference);
            return false;
        }
        p.contractId = contract->id;
    }
    return choice(values, "industry", &p.industry, error) && choice(values, "status", &p.status, error) &&
           date(values, "start_date", &p.startDate, error) && date(values, "end_date", &p.endDate, error) &&
           m_projects.create(p, error);
}
