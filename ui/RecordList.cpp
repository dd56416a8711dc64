#include "RecordList.h"

#include "CsvExporter.h"
#include "CsvImportDialog.h"
#include "RecordCsv.h"
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

bool RecordList::exportCsv(QIODevice *out, QString *error, int *written) const
{
    return CsvExporter::write(*m_model, *csvFormat(m_workspace), out, error, written);
}

bool RecordList::importCsv(QWidget *parent)
{
    CsvImportDialog dialog(tr("Import %1 from CSV").arg(title()), m_workspace,
                           [this](Workspace &workspace) { return csvFormat(workspace); }, parent);
    dialog.exec();
    if (dialog.importedCount() == 0) return false;
    // Imports are not undoable (the importer stores many records at once), but the lists show them.
    emit recordsChanged();
    return true;
}
