#include "models/storage/IntegerRows.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace {

// Qt's SQLite driver hands out its connection as a "sqlite3*" (QSqlDriver::handle()).
sqlite3 *sqliteConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

}  // namespace

IntegerRows::IntegerRows(const QSqlDatabase &db, const QString &sql) : m_db(db), m_sql(sql)
{
    if (!sqliteConnection(db)) m_other.emplace(db, sql);
}

IntegerRows::~IntegerRows()
{
    sqlite3_finalize(m_sqlite);
}

bool IntegerRows::exec(const QVariantList &values, QString *error)
{
    if (m_other) return m_other->exec(values, error);
    sqlite3 *connection = sqliteConnection(m_db);
    const auto fail = [&](const char *why) {
        if (error) *error = tr("The query could not run: %1\n%2").arg(QString::fromUtf8(why), m_sql);
        return false;
    };
    if (!connection) return fail("the workspace is closed");
    if (!m_sqlite) {
        if (sqlite3_prepare_v2(connection, m_sql.toUtf8().constData(), -1, &m_sqlite, nullptr) != SQLITE_OK)
            return fail(sqlite3_errmsg(connection));
    } else {
        sqlite3_reset(m_sqlite);
    }
    if (sqlite3_bind_parameter_count(m_sqlite) != values.size()) return fail("the number of values does not match the placeholders");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
        case QMetaType::UnknownType: rc = sqlite3_bind_null(m_sqlite, i + 1); break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Bool: rc = sqlite3_bind_int64(m_sqlite, i + 1, v.toLongLong()); break;
        case QMetaType::Double: rc = sqlite3_bind_double(m_sqlite, i + 1, v.toDouble()); break;
        case QMetaType::QString: {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_sqlite, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        default: return fail("a value of a type this query does not bind");
        }
        if (rc != SQLITE_OK) return fail(sqlite3_errmsg(connection));
    }
    m_step = SQLITE_OK;
    return true;
}

bool IntegerRows::next()
{
    if (m_other) return m_other->next();
    m_step = sqlite3_step(m_sqlite);
    return m_step == SQLITE_ROW;
}

qint64 IntegerRows::at(int column) const
{
    return m_other ? m_other->value(column).toLongLong() : sqlite3_column_int64(m_sqlite, column);
}

bool IntegerRows::ended(QString *error)
{
    if (m_other) {
        const QSqlError failure = m_other->query().lastError();
        if (!failure.isValid()) return true;
        if (error) *error = tr("The query stopped before its end: %1\n%2").arg(failure.text(), m_sql);
        return false;
    }
    if (m_step == SQLITE_DONE) return true;
    if (error) *error = tr("The query stopped before its end: %1\n%2").arg(QString::fromUtf8(sqlite3_errmsg(sqliteConnection(m_db))), m_sql);
    return false;
}
