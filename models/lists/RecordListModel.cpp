#include "models/lists/RecordListModel.h"

#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Workspace.h"

#include <algorithm>

RecordListModel::RecordListModel(Workspace &workspace, Query query, int columns, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_query(std::move(query)), m_columns(columns)
{
    // Subclasses call refresh() once their own state is set up.
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const QVariantList *row = rowAt(index.row());
    if (!row) return {};
    if (role == IdRole) return row->value(0);
    return cell(*row, index.column(), role);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns || !isSortable(column)) return;
    if (column == m_sortColumn && order == m_sortOrder) return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void RecordListModel::setSearchText(const QString &text)
{
    if (text.simplified() == m_searchText) return;
    m_searchText = text.simplified();
    reload();
}

void RecordListModel::setCondition(const QString &name, const QString &sql, const QVariantList &values)
{
    if (sql.isEmpty()) {
        if (!m_conditions.remove(name)) return;
    } else {
        const auto it = m_conditions.constFind(name);
        if (it != m_conditions.constEnd() && it->sql == sql && it->values == values) return;
        m_conditions.insert(name, {sql, values});
    }
    reload();
}

void RecordListModel::setEquals(const QString &column, const QString &value)
{
    setCondition(column, value.isEmpty() ? QString() : column + QStringLiteral(" = ?"), {value});
}

QString RecordListModel::whereClause(QVariantList *values) const
{
    QStringList parts;
    for (const Condition &c : m_conditions) {
        parts << QLatin1Char('(') + c.sql + QLatin1Char(')');
        *values << c.values;
    }
    for (const QString &subquery : searchSubqueries(values))
        parts << QStringLiteral("%1 IN (%2)").arg(m_query.id, subquery);
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QStringList RecordListModel::searchSubqueries(QVariantList *values) const
{
    QStringList substrings, prefixes;
    for (const QString &word : m_searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.toUcs4().size() >= 3)
            substrings << word;
        else if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            prefixes << word;
    }
    QStringList subqueries;
    const SqlDialect &dialect = m_workspace.dialect();
    if (!substrings.isEmpty()) subqueries << dialect.searchSubquery(m_query.searchTable, substrings, false, values);
    if (!prefixes.isEmpty()) subqueries << dialect.searchSubquery(m_query.wordsTable, prefixes, true, values);
    return subqueries;
}

QString RecordListModel::orderClause(bool reversed) const
{
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString expression = sortExpression(m_sortColumn);
    if (expression.isEmpty()) expression = sortExpression(0);
    // The id breaks ties so that pages never overlap or skip rows.
    return QStringLiteral(" ORDER BY ") + expression + direction + QStringLiteral(", ") + m_query.id + direction;
}

void RecordListModel::refresh()
{
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    // A search alone is counted in the full-text indexes, without reading a single record.
    QVariantList values;
    const QStringList search = m_conditions.isEmpty() ? searchSubqueries(&values) : QStringList();
    const QString sql = search.isEmpty() ? QStringLiteral("SELECT count(*) FROM ") + m_query.from + whereClause(&values)
                                         : QStringLiteral("SELECT count(*) FROM (%1) AS matches").arg(search.join(QStringLiteral(" INTERSECT ")));
    QString error;
    const QVariant count = SqlStatement::scalar(m_workspace.database(), sql, values, &error);
    m_rowCount = count.isValid() ? count.toInt() : 0;
    endResetModel();
    if (!count.isValid()) report(error);
}

bool RecordListModel::fetchPage(int page) const
{
    // The page's ids first (a walk over an index, even far down the list), then the columns of
    // just those rows: select-list subqueries never run for skipped rows, and the planner cannot
    // pick the sort index for the second query and scan the whole table to find 256 ids.
    // A page in the second half is read from the far end in reverse order, so that SQLite skips
    // at most half of the rows: the last page costs what the first does.
    const qint64 first = qint64(page) * kPageSize;
    const qint64 end = qMin<qint64>(first + kPageSize, m_rowCount);
    const bool fromEnd = first > m_rowCount - end;
    QVariantList values;
    const QString idsSql = QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT %5 OFFSET %6")
                               .arg(m_query.id, m_query.from, whereClause(&values), orderClause(fromEnd))
                               .arg(fromEnd ? end - first : qint64(kPageSize))
                               .arg(fromEnd ? m_rowCount - end : first);
    SqlStatement idsQuery(m_workspace.database(), idsSql);
    QString error;
    if (!idsQuery.exec(values, &error)) {
        report(error);
        return false;
    }
    QVariantList ids;
    while (idsQuery.next()) ids << idsQuery.value(0);
    if (fromEnd) std::reverse(ids.begin(), ids.end());
    QHash<qint64, int> position;
    for (int i = 0; i < ids.size(); ++i) position.insert(ids.at(i).toLongLong(), i);
    QList<QVariantList> rows(ids.size());
    if (!ids.isEmpty()) {
        const QString marks = QStringLiteral("?,").repeated(int(ids.size())).chopped(1);
        SqlStatement select(m_workspace.database(), QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IN (%4)")
                                                        .arg(m_query.id, m_query.selects.join(QStringLiteral(", ")), m_query.from, marks));
        if (!select.exec(ids, &error)) {
            report(error);
            return false;
        }
        const int width = int(m_query.selects.size()) + 1;
        while (select.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i) row << select.value(i);
            rows[position.value(row.first().toLongLong())] = row;
        }
    }
    if (!completePage(rows, &error)) {
        report(error);
        return false;
    }
    if (m_recentPages.size() >= kCachedPages) m_pages.remove(m_recentPages.takeFirst());
    m_pages.insert(page, rows);
    m_recentPages << page;
    return true;
}

const QVariantList *RecordListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount) return nullptr;
    const int page = row / kPageSize;
    if (!m_pages.contains(page)) {
        if (!fetchPage(page)) return nullptr;
    } else if (m_recentPages.last() != page) {
        m_recentPages.removeOne(page);
        m_recentPages << page;
    }
    const QList<QVariantList> &rows = m_pages[page];
    const int offset = row % kPageSize;
    // Rows deleted by someone else since the count: the view shows an empty row until refresh().
    return offset < rows.size() ? &rows[offset] : nullptr;
}

bool RecordListModel::completePage(QList<QVariantList> &, QString *) const
{
    return true;
}

qint64 RecordListModel::idAt(int row) const
{
    const QVariantList *values = rowAt(row);
    return values ? values->value(0).toLongLong() : 0;
}

int RecordListModel::rowOfId(qint64 id) const
{
    // Walks the ids in list order; cheap enough for a single jump after an edit.
    int row = -1, index = 0;
    QString error;
    forEachId([&](qint64 candidate) {
        if (candidate == id) {
            row = index;
            return false;
        }
        ++index;
        return true;
    }, &error);
    return row;
}

bool RecordListModel::forEachId(const std::function<bool(qint64)> &visit, QString *error) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3%4").arg(m_query.id, m_query.from, whereClause(&values), orderClause());
    SqlStatement select(m_workspace.database(), sql);
    if (!select.exec(values, error)) return false;
    while (select.next())
        if (!visit(select.value(0).toLongLong())) break;
    return true;
}

void RecordListModel::report(const QString &message) const
{
    m_lastError = message;
    emit const_cast<RecordListModel *>(this)->errorOccurred(message);
}
