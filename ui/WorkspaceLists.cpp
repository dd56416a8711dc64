#include "WorkspaceLists.h"

#include "ContractList.h"
#include "PartnerList.h"
#include "ProjectList.h"
#include "RecordList.h"
#include "Workspace.h"

std::unique_ptr<Workspace> WorkspaceLists::openWorkspace(const QString &path, bool fillDemo, QString *error)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->open(path, error)) return nullptr;
    Q_UNUSED(fillDemo);
    return workspace;
}

QList<RecordList *> WorkspaceLists::create(Workspace *workspace, QUndoStack *undo)
{
    return {new PartnerList(*workspace, undo), new ContractList(*workspace, undo),
            new ProjectList(*workspace, undo)};
}
