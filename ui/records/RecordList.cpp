#include "ui/records/RecordList.h"

#include "ui/shell/AppSettings.h"

#include "models/csv/CsvExporter.h"
#include "ui/records/CsvImportDialog.h"
#include "models/csv/RecordCsv.h"
#include "models/lists/RecordListModel.h"
#include "models/storage/Workspace.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

RecordList::RecordList(Workspace &workspace, QUndoStack *undo) : m_workspace(workspace), m_undo(undo) {}

void RecordList::setModel(RecordListModel *model)
{
    m_model = model;
    model->setParent(this);
}

void RecordList::setFilter(const QString &key, const QVariant &value)
{
    m_filterValues.insert(key, value);
    applyFilter(*m_model, key, value);
}

StatusTone::Tone RecordList::statusTone(const QModelIndex &) const
{
    return StatusTone::Plain;
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
    return CsvExporter::write(*m_model, *csvFormat(m_workspace), out, error, written, AppSettings::maskPiiInExports());
}

QFuture<RecordList::ExportResult> RecordList::exportCsvInBackground(const QString &path) const
{
    // Everything the worker needs, copied: it must not touch this object's connection or model.
    const QString workspacePath = m_workspace.path();
    const QString search = m_model->searchText();
    const QMap<QString, QVariant> filters = m_filterValues;
    const int sortColumn = m_model->sortColumn();
    const Qt::SortOrder sortOrder = m_model->sortOrder();
    const bool maskPii = AppSettings::maskPiiInExports();
    return QtConcurrent::run([this, workspacePath, search, filters, sortColumn, sortOrder, path, maskPii] {
        ExportResult result;
        Workspace workspace;
        if (!workspace.openWithoutDamageCheck(workspacePath, &result.error)) return result;
        // createModel and applyFilter only build and configure a new model: safe off this thread.
        std::unique_ptr<RecordListModel> model(createModel(workspace));
        model->setSearchText(search);
        for (auto it = filters.cbegin(); it != filters.cend(); ++it) applyFilter(*model, it.key(), it.value());
        model->sort(sortColumn, sortOrder);
        QSaveFile file(path);  // a failed export never leaves half a file
        if (!file.open(QIODevice::WriteOnly)) {
            result.error = file.errorString();
            return result;
        }
        if (CsvExporter::write(*model, *csvFormat(workspace), &file, &result.error, &result.written, maskPii) && !file.commit())
            result.error = file.errorString();
        return result;
    });
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
