#pragma once
// What the generic ListPage needs to know about one kind of record (partners, contracts,
// projects): its paged model from the data layer, its filters, how to describe one record with
// its related records, and how to add, edit, delete, import and export. The common parts (search,
// ids, rows, reload) are here once; each kind adds only what differs, in a small subclass.
#include "ui/records/StatusTone.h"

#include <QFuture>
#include <QIcon>
#include <QMap>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <memory>

class QIODevice;
class QModelIndex;
class QUndoStack;
class QWidget;
class RecordCsv;
class RecordListModel;
class Workspace;

class RecordList : public QObject {
    Q_OBJECT
public:
    struct Choice {
        QString label;
        QVariant value;  // invalid QVariant = no restriction
    };
    struct Filter {
        QString key;
        QString label;
        QList<Choice> choices;
    };

    RecordList(Workspace &workspace, QUndoStack *undo);

    virtual QString title() const = 0;              // "Partners", for navigation and menus
    virtual QIcon icon() const = 0;
    virtual QString searchPlaceholder() const = 0;
    virtual QString emptyHint() const = 0;          // shown when the workspace has none yet
    virtual QString countText(int count) const = 0;   // "%n partners"
    virtual QString newActionText() const = 0;        // "New Partner..."
    virtual QString attentionText() const = 0;        // why a row is flagged
    virtual QList<Filter> filters() const = 0;
    // Restricts the list; remembered so an export on a worker thread can ask the same.
    void setFilter(const QString &key, const QVariant &value);
    // Width hints in characters per column, so a fresh window opens with sensible columns.
    virtual int columnWidthChars(int column) const = 0;
    // The columns a window too narrow for all of them leaves out, the one missed least first;
    // the detail pane still shows their values.
    virtual QList<int> columnsLeftOutFirst() const = 0;
    // How a cell's status reads at a glance (Plain for every other cell).
    virtual StatusTone::Tone statusTone(const QModelIndex &index) const;

    // Rich text for the detail pane: the record, its related records and its history. Links in
    // it (e.g. "add a ledger entry") come back through openLink.
    virtual QString detailHtml(qint64 id) const = 0;
    virtual bool openLink(qint64 id, const QUrl &link, QWidget *parent);

    // Each opens a form where needed and records an undoable change; true when something changed.
    virtual bool addRecord(QWidget *parent) = 0;
    virtual bool editRecord(qint64 id, QWidget *parent) = 0;
    virtual bool deleteRecord(qint64 id, QWidget *parent) = 0;

    // The kind's CSV layout from the data layer, on a given workspace (the import runs on a
    // worker thread with its own connection).
    virtual std::unique_ptr<RecordCsv> csvFormat(Workspace &workspace) const = 0;

    // CSV of the current filtered list, in the data layer's column layout, on this thread.
    bool exportCsv(QIODevice *out, QString *error, int *written = nullptr) const;
    // The same on a worker thread with its own connection, written atomically to a file.
    // The result is the number of records written, or the error.
    struct ExportResult {
        int written = 0;
        QString error;
    };
    QFuture<ExportResult> exportCsvInBackground(const QString &path) const;
    // Opens the import dialog; true when rows were imported.
    bool importCsv(QWidget *parent);

    RecordListModel *model() const { return m_model; }
    void setSearchText(const QString &text);
    int matchingCount() const;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;  // -1 when not in the current list

public slots:
    // Re-reads the model after a change made elsewhere (undo, import, another page).
    void reload();

signals:
    // A record was added, changed or removed: pages showing related records refresh.
    void recordsChanged();
    // Ask the page to select this record (after an add or an edit).
    void selectRecord(qint64 id);

protected:
    // The kind's paged list model from the data layer, and how one filter applies to it.
    virtual RecordListModel *createModel(Workspace &workspace) const = 0;
    virtual void applyFilter(RecordListModel &model, const QString &key, const QVariant &value) const = 0;
    // Called by subclass constructors (createModel is virtual, so not from ours).
    void setModel(RecordListModel *model);

    Workspace &workspace() const { return m_workspace; }
    QUndoStack *undoStack() const { return m_undo; }

private:
    Workspace &m_workspace;
    QUndoStack *m_undo;
    RecordListModel *m_model = nullptr;
    QMap<QString, QVariant> m_filterValues;
};
