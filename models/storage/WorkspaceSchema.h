#pragma once
// The workspace schema as a ladder of versions: one migration function per step, each in its
// own transaction, every statement checked; a failed step rolls back and says which SQL failed.
#include <QCoreApplication>
#include <QSqlDatabase>

class WorkspaceSchema {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSchema)
public:
    static int latestVersion();
    // Upgrades from the database's current version to target, one step at a time, in the
    // connection's SQL dialect (SQLite or PostgreSQL).
    static bool upgrade(const QSqlDatabase &db, int target, QString *error);
};
