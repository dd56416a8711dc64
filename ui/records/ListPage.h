#pragma once
// One page of the main window listing records of one kind: a debounced search box, filter
// combos, a sortable table, a detail pane with related records, and an empty-state hint.
// The same page serves partners, contracts and projects through a RecordList.
#include "ui/records/RecordList.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

class ListPage : public QWidget {
    Q_OBJECT
public:
    explicit ListPage(RecordList *list, QWidget *parent = nullptr);
    ~ListPage() override;

    RecordList *recordList() const { return m_list; }
    QTableView *table() const { return m_table; }
    qint64 currentId() const;  // -1 when nothing is selected

    // What the dashboard's drill-down narrows the page to: a filter's stored key (an invalid
    // value: "All") and the search text, applied at once rather than after the typing pause.
    void applyFilter(const QString &key, const QVariant &value);
    void clearFilters();
    void search(const QString &text);

    void saveState(const QString &group) const;
    void restoreState(const QString &group);

public slots:
    void focusSearch();
    void addRecord();
    void editCurrent();
    void deleteCurrent();
    void exportCsv();
    void importCsv();
    void refresh();
    void selectId(qint64 id);
    // A page that opens with a record selected shows its details straight away.
    void selectFirstIfNone();

signals:
    void selectionChanged(bool hasSelection);
    void statusMessage(const QString &text);
    void exportFinished(int written);

private:
    void applySearch();
    void queryChanged();
    void showDetail();
    void updateEmptyState();
    bool filtersActive() const;
    int hintedWidth(int column) const;
    void applyColumnHints();
    void fitColumnsToContent();
    void fitColumnsToWidth();
    bool eventFilter(QObject *watched, QEvent *event) override;

    RecordList *m_list;
    QLineEdit *m_search = nullptr;
    QList<QComboBox *> m_filters;
    QLabel *m_count = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QTextBrowser *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<int> m_contentWidths;    // per column, measured once the first rows are there
    QFutureWatcher<RecordList::ExportResult> m_exporting;
};
