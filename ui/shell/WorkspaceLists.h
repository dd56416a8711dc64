#pragma once
// Wiring between a workspace and the main window: opens the file (filling it with the demo data
// set when asked) and makes the record lists the window shows, in page order.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QObject;
class QUndoStack;
class RecordList;
class Workspace;

class WorkspaceLists {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLists)
public:
    // fillDemo fills a new (empty) workspace with the demo data set; a workspace that already
    // holds partners is opened as it is and *notice says why no demo data was added.
    static std::unique_ptr<Workspace> openWorkspace(const QString &path, bool fillDemo, QString *error,
                                                    QString *notice);
    // Partners, Contracts, Projects.
    static QList<RecordList *> create(Workspace *workspace, QUndoStack *undo);
};
