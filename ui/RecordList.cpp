#include "RecordList.h"

#include "RecordListModel.h"

RecordList::RecordList(Workspace &workspace, QUndoStack *undo, RecordListModel *model)
    : m_workspace(workspace), m_undo(undo), m_model(model)
{
    model->setParent(this);
}

bool RecordList::openLink(qint64, const QUrl &, QWidget *)
{
    return false;
}

void RecordList::setSearchText(const QString &text)
{
    m_model->setSearchText(text);
}

int RecordList::matchingCount() const
{
    return m_model->rowCount();
}

qint64 RecordList::idAt(int row) const
{
    return m_model->idAt(row);
}

int RecordList::rowOf(qint64 id) const
{
    return m_model->rowOfId(id);
}

void RecordList::reload()
{
    m_model->refresh();
}
