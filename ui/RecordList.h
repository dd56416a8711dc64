#pragma once
// What the generic ListPage needs to know about one kind of record (partners, contracts,
// projects): its model, its filters, how to describe one record's related records, and how to
// add, edit, delete, import and export. Each kind answers these in its own small subclass; the
// page itself, with search, sorting, filters, detail pane and actions, exists once.
#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

class QAbstractItemModel;
class QIODevice;
class QWidget;

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

    using QObject::QObject;

    virtual QString title() const = 0;            // "Partners", for navigation and the window
    virtual QIcon icon() const = 0;
    virtual QString searchPlaceholder() const = 0;
    virtual QString emptyHint() const = 0;         // shown when the workspace has none yet
    virtual QString countText(int count) const = 0;  // "%n partners"
    virtual QString newActionText() const = 0;      // "New partner"

    virtual QAbstractItemModel *model() const = 0;
    virtual QList<Filter> filters() const = 0;
    virtual void setSearchText(const QString &text) = 0;
    virtual void setFilter(const QString &key, const QVariant &value) = 0;
    // Total rows matching the current search and filters (the model may fetch lazily).
    virtual int matchingCount() const = 0;
    // Width hints in characters per column, so a fresh window opens with sensible columns.
    virtual int columnWidthChars(int column) const = 0;

    virtual qint64 idAt(int row) const = 0;
    virtual int rowOf(qint64 id) const = 0;  // -1 when not in the current list
    // Rich text for the detail pane: the record and its related records.
    virtual QString detailHtml(qint64 id) const = 0;

    // Each opens a dialog where needed and records an undoable change; true when something changed.
    virtual bool addRecord(QWidget *parent) = 0;
    virtual bool editRecord(qint64 id, QWidget *parent) = 0;
    virtual bool deleteRecord(qint64 id, QWidget *parent) = 0;

    // CSV of the current filtered list, in the data layer's column layout.
    virtual bool exportCsv(QIODevice *out, QString *error) const = 0;
    // Opens the import dialog; true when rows were imported.
    virtual bool importCsv(QWidget *parent) = 0;

public slots:
    // Re-reads the model after a change made elsewhere (undo, import, another page).
    virtual void reload() = 0;

signals:
    // A record was added, changed or removed: pages showing related records refresh.
    void recordsChanged();
    // Ask the page to select this record (after an add or undo).
    void selectRecord(qint64 id);
};
