#include "SqlStatement.h"

#include <QSqlError>

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
}

bool SqlStatement::exec(const QVariantList &values, QString *error)
{
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
        if (!statement.exec(error)) {
            if (error) *error += tr(" Statement: %1").arg(sql.simplified().left(200));
            return false;
        }
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
        {"partners.name", QT_TRANSLATE_NOOP("SqlStatement", "Another partner already has this name. Choose a different name.")},
        {"contracts.reference", QT_TRANSLATE_NOOP("SqlStatement", "Another contract already has this reference. Choose a different reference.")},
        {"contract_parties.contract_id", QT_TRANSLATE_NOOP("SqlStatement", "A partner is listed twice as a party. List each party once.")},
        {"participants.project_id", QT_TRANSLATE_NOOP("SqlStatement", "A partner is listed twice as a participant. List each participant once.")},
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
