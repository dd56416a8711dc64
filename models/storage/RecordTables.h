#pragma once
// The tables that hold a workspace's records, in foreign-key order (a table after every table it
// refers to), and copying them from one workspace to another (a server workspace to a file and
// back, see ServerBackup). Every other table is derived: ledger totals kept by triggers, SQLite's
// search indexes (virtual tables, PostgreSQL views) and PostgreSQL's lepton_schema; inserting the
// records rebuilds them. tst_serverbackup fails when the schema gains a table listed in neither.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class RecordTables {
    Q_DECLARE_TR_FUNCTIONS(RecordTables)
public:
    static QStringList names();
    static QStringList derivedNames();
    // The tables whose every change the audit log records, each with its entity name there
    // ("partners" -> "partner"). On a server, the trigger lepton_audit on each writes the entries.
    static QList<QPair<QString, QString>> audited();

    // Inserts every record of from into to, table by table in foreign-key order, ids kept. Columns
    // are matched by name; a column to lacks is an error, not a silent loss. The caller holds the
    // transactions: to must have no records yet.
    static bool copy(const QSqlDatabase &from, const QSqlDatabase &to, QString *error);
    // Deletes every record of db, children before parents.
    static bool removeAll(const QSqlDatabase &db, QString *error);
};
