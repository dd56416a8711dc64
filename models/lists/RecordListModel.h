#pragma once
// The common engine of the partner, contract and project lists. It never loads a whole table:
// the row count comes from its own COUNT query and rows are fetched in pages of kPageSize when a
// view asks for them (a few pages are cached). Text search, filters and sorting are done by
// SQLite, on indexed columns, and reset the model.
//
// Text search, every word must match: a word of three or more characters matches anywhere
// (trigram full-text index, any script, Chinese included); a one- or two-character word matches
// the start of a word (word index with prefix indexes), since trigrams cannot serve it and a LIKE
// scan took ~95 ms on 100,000 rows. Words of punctuation only are ignored.
//
// Like its Workspace, a list model lives on the thread that opened the workspace.
#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <functional>

class Workspace;

class RecordListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64: the id of the row's record
        AttentionRole,              // bool: the row needs attention (the view colours it)
        KeyRole,                    // the stored value: choice key, ISO date, minor units...
    };
    static constexpr int kPageSize = 256;
    static constexpr int kCachedPages = 8;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const { return !sortExpression(column).isEmpty(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    qint64 idAt(int row) const;
    // Row of a record under the current search, filters and sort, or -1 (one COUNT query).
    int rowOfId(qint64 id) const;
    // Re-reads after a change to the records.
    void refresh();
    QString lastError() const { return m_lastError; }

    // Visits the ids of every row under the current search, filters and sort, in order, streamed
    // from SQLite without holding them (CSV export of the filtered list). Stops when visit returns false.
    bool forEachId(const std::function<bool(qint64)> &visit, QString *error) const;

signals:
    // A query failed; the message says what happened (the list shows what it had).
    void errorOccurred(const QString &message);

protected:
    struct Query {
        QString from;             // "partners p"
        QString id;               // "p.id"
        QStringList selects;      // the values of a row, after the id
        QString searchTable;      // the trigram FTS5 table over from's rows ("partners_search")
        QString wordsTable;       // the word FTS5 table with prefix indexes ("partners_words")
    };
    RecordListModel(Workspace &workspace, Query query, int columns, QObject *parent);

    // Restricts the list: a named SQL condition with its bound values; an empty condition removes it.
    void setCondition(const QString &name, const QString &sql, const QVariantList &values = {});
    // "column = ?" with value, or no restriction when value is empty.
    void setEquals(const QString &column, const QString &value);

    // The ORDER BY expression for a column, empty when it cannot be sorted quickly.
    virtual QString sortExpression(int column) const = 0;
    // What a cell shows for a role; row[0] is the id, row[1..] the selects in order.
    virtual QVariant cell(const QVariantList &row, int column, int role) const = 0;
    // Lets a list add values computed in one query for the whole page (e.g. ledger sums).
    virtual bool completePage(QList<QVariantList> &rows, QString *error) const;

    Workspace &workspace() const { return m_workspace; }

private:
    struct Condition {
        QString sql;
        QVariantList values;
    };
    QString whereClause(QVariantList *values) const;
    QStringList searchSubqueries(QVariantList *values) const;
    QString orderClause(bool reversed = false) const;
    const QVariantList *rowAt(int row) const;
    bool fetchPage(int page) const;
    void report(const QString &message) const;
    void reload();

    Workspace &m_workspace;
    Query m_query;
    int m_columns;
    QString m_searchText;
    QMap<QString, Condition> m_conditions;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_recentPages;  // most recently used last
    mutable QString m_lastError;
};
