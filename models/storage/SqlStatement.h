#pragma once
// A prepared statement with positional bound values whose failures come back as a message with
// the SQL error text: every exec in models/ goes through here so that none is left unchecked.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class SqlStatement {
    Q_DECLARE_TR_FUNCTIONS(SqlStatement)
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    // Binds values to the ? placeholders in order and runs the statement. May be called again
    // with new values (the statement is prepared once). On failure *error says what went wrong,
    // constraint failures in the user's words.
    bool exec(const QVariantList &values, QString *error);
    bool exec(QString *error) { return exec({}, error); }

    bool next() { return m_query.next(); }
    // The id an "INSERT ... RETURNING id" gave its row, 0 when none.
    qint64 returnedId();
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

    // Runs the statement and returns the first column of the first row (null when no row).
    static QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           QString *error);
    // Runs each statement in turn, stopping at the first failure.
    static bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error);

    // SQLite's constraint messages ("UNIQUE constraint failed: partners.name") in the user's words.
    static QString explain(const QString &databaseText);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};
