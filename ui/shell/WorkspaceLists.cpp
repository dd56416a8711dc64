#include "ui/shell/WorkspaceLists.h"

#include "ui/records/ContractList.h"
#include "models/demo/DemoWorkspace.h"
#include "models/repositories/PartnerRepository.h"
#include "ui/records/PartnerList.h"
#include "ui/records/ProjectList.h"
#include "ui/records/RecordList.h"
#include "models/storage/Workspace.h"

#include <QDir>

std::unique_ptr<Workspace> WorkspaceLists::openWorkspace(const QString &path, bool fillDemo, QString *error,
                                                           QString *notice)
{
    auto workspace = std::make_unique<Workspace>();
    if (!workspace->openWithoutDamageCheck(path, error)) return nullptr;  // the window checks on a worker thread
    if (!fillDemo) return workspace;
    if (PartnerRepository(*workspace).count() > 0) {
        *notice = tr("%1 already holds records, so the demo data set was not added. "
                     "Give --demo a new file name to see the demo.")
                      .arg(QDir::toNativeSeparators(workspace->path()));
        return workspace;
    }
    if (!DemoWorkspace::fill(*workspace, error)) return nullptr;
    return workspace;
}

QList<RecordList *> WorkspaceLists::create(Workspace *workspace, QUndoStack *undo)
{
    return {new PartnerList(*workspace, undo), new ContractList(*workspace, undo),
            new ProjectList(*workspace, undo)};
}
