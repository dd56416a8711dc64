#pragma once
// Rows of integers read as fast as the database gives them, for queries that stream hundreds of
// thousands of rows (the dashboard's per-project sums and participations, bench_dashboard). On an
// SQLite connection the statement runs through SQLite's own API on Qt's connection: QSqlQuery
// wraps every value in a QVariant, which costs as much as SQLite's own work at that scale. On
// another database (PostgreSQL) it runs through SqlStatement. Values are bound as SqlStatement
// binds them; a NULL column reads as 0.
#include "models/storage/SqlStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

class IntegerRows {
    Q_DECLARE_TR_FUNCTIONS(IntegerRows)
public:
    IntegerRows(const QSqlDatabase &db, const QString &sql);
    ~IntegerRows();
    IntegerRows(const IntegerRows &) = delete;
    IntegerRows &operator=(const IntegerRows &) = delete;

    // Binds values to the ? placeholders in order and runs the statement; false with *error when
    // it cannot (the SQL and the database's reason).
    bool exec(const QVariantList &values, QString *error);
    // The next row; false at the end or on an error, which ended() then tells apart.
    bool next();
    qint64 at(int column) const;
    // After next() returned false: true when every row was read, else false with *error.
    bool ended(QString *error);

private:
    QSqlDatabase m_db;
    QString m_sql;
    sqlite3_stmt *m_sqlite = nullptr;
    std::optional<SqlStatement> m_other;  // not an SQLite connection
    int m_step = 0;                       // SQLite's last step result
};
