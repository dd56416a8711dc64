#pragma once
// Wiring between a workspace and the main window: opens the file (filling it with the demo data
// set when asked) and makes the record lists the window shows, in page order.
#include <QList>
#include <QString>
#include <memory>

class QObject;
class QUndoStack;
class RecordList;
class Workspace;

class WorkspaceLists {
public:
    static std::unique_ptr<Workspace> openWorkspace(const QString &path, bool fillDemo, QString *error);
    // Partners, Contracts, Projects.
    static QList<RecordList *> create(Workspace *workspace, QUndoStack *undo);
};
