#include "models/storage/SqlStatement.h"

#include "models/storage/SqlDialect.h"

#include <QSqlError>

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    // Forward-only lets SQLite stream rows. Qt's PostgreSQL driver then fetches row by row and
    // drops the rest of a result when another statement runs on the connection, which the
    // repositories do while reading (a contract's parties per contract row): there the whole
    // result is fetched at once instead.
    m_query.setForwardOnly(!SqlDialect::of(db).isPostgres());
}

qint64 SqlStatement::returnedId()
{
    const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    // SQLite keeps an INSERT ... RETURNING running until it is stepped to its end, and a
    // running statement blocks COMMIT.
    m_query.finish();
    return id;
}

bool SqlStatement::exec(const QVariantList &values, QString *error)
{
    // Without values the statement runs as it is: PostgreSQL cannot PREPARE schema changes,
    // transaction control or DO blocks.
    if (values.isEmpty() && !m_prepared) {
        if (!m_query.exec(m_sql)) {
            if (error) *error = explain(m_query.lastError().databaseText()) + tr(" Statement: %1").arg(m_sql.simplified().left(200));
            return false;
        }
        return true;
    }
    if (!m_prepared) {
        if (!m_query.prepare(m_sql)) {
            if (error)
                *error = tr("The workspace could not run a query (%1). Statement: %2")
                             .arg(m_query.lastError().text(), m_sql.simplified());
            return false;
        }
        m_prepared = true;
    }
    for (int i = 0; i < values.size(); ++i) m_query.bindValue(i, values.at(i));
    if (!m_query.exec()) {
        if (error) *error = explain(m_query.lastError().databaseText());
        return false;
    }
    return true;
}

QVariant SqlStatement::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                              QString *error)
{
    SqlStatement statement(db, sql);
    if (!statement.exec(values, error)) return {};
    return statement.next() ? statement.value(0) : QVariant();
}

bool SqlStatement::execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        SqlStatement statement(db, sql);
        if (!statement.exec(error)) return false;  // the error names the statement
    }
    return true;
}

QString SqlStatement::explain(const QString &databaseText)
{
    struct Known {
        const char *needle;
        const char *message;
    };
    static const Known known[] = {
        // SQLite's and PostgreSQL's wording of the same errors.
        {"partners.name", QT_TRANSLATE_NOOP("SqlStatement", "Another partner already has this name. Choose a different name.")},
        {"contracts.reference", QT_TRANSLATE_NOOP("SqlStatement", "Another contract already has this reference. Choose a different reference.")},
        {"contract_parties.contract_id", QT_TRANSLATE_NOOP("SqlStatement", "A partner is listed twice as a party. List each party once.")},
        {"participants.project_id", QT_TRANSLATE_NOOP("SqlStatement", "A partner is listed twice as a participant. List each participant once.")},
        {"partners_name_key", QT_TRANSLATE_NOOP("SqlStatement", "Another partner already has this name. Choose a different name.")},
        {"contracts_reference_key", QT_TRANSLATE_NOOP("SqlStatement", "Another contract already has this reference. Choose a different reference.")},
        {"contract_parties_pkey", QT_TRANSLATE_NOOP("SqlStatement", "A partner is listed twice as a party. List each party once.")},
        {"participants_pkey", QT_TRANSLATE_NOOP("SqlStatement", "A partner is listed twice as a participant. List each participant once.")},
        {"violates foreign key constraint", QT_TRANSLATE_NOOP("SqlStatement", "The record refers to a partner, contract or project that does not exist (any more), or other records still refer to it. Reload the list and try again.")},
        {"violates check constraint", QT_TRANSLATE_NOOP("SqlStatement", "A value is outside what the workspace accepts (for example a negative amount, a rating outside 1-5 or an end date before the start). Correct it and try again.")},
        {"permission denied", QT_TRANSLATE_NOOP("SqlStatement", "The server does not let your database user change this workspace (read-only access). Ask the workspace's administrator for editor access.")},
        {"lock timeout", QT_TRANSLATE_NOOP("SqlStatement", "Another user is changing the same records. Wait a moment and try again.")},
        {"FOREIGN KEY constraint failed", QT_TRANSLATE_NOOP("SqlStatement", "The record refers to a partner, contract or project that does not exist (any more), or other records still refer to it. Reload the list and try again.")},
        {"CHECK constraint failed", QT_TRANSLATE_NOOP("SqlStatement", "A value is outside what the workspace accepts (for example a negative amount, a rating outside 1-5 or an end date before the start). Correct it and try again.")},
        {"database is locked", QT_TRANSLATE_NOOP("SqlStatement", "Another program is writing to this workspace. Wait a moment and try again.")},
        {"readonly database", QT_TRANSLATE_NOOP("SqlStatement", "The workspace file is read-only. Save a copy somewhere you can write to.")},
        {"disk is full", QT_TRANSLATE_NOOP("SqlStatement", "The disk is full. Free some space and try again.")},
    };
    for (const Known &k : known)
        if (databaseText.contains(QLatin1String(k.needle))) return tr(k.message) + QStringLiteral(" (") + databaseText + QLatin1Char(')');
    return tr("The workspace reported an error: %1").arg(databaseText);
}
