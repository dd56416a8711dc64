#pragma once
// Projects as CSV rows: the project's own fields and its contract by reference. Participants,
// milestones and the ledger are edited in the project, not in the list file.
#include "models/repositories/ContractRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "models/csv/RecordCsv.h"

class ProjectCsv : public RecordCsv {
    Q_DECLARE_TR_FUNCTIONS(ProjectCsv)
public:
    explicit ProjectCsv(Workspace &workspace) : RecordCsv(workspace), m_projects(workspace), m_contracts(workspace) {}

    QList<Field> fields() const override;
    bool cellsOf(qint64 id, QStringList *cells, QString *error) const override;
    bool store(const QHash<QString, QString> &values, QString *error) override;

private:
    ProjectRepository m_projects;
    ContractRepository m_contracts;
};
