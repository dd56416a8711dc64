#pragma once
// Everything that differs between the two workspace backends, SQLite (a file) and PostgreSQL (a
// shared server), in one place: column types in the schema, how the schema version is stored,
// how a write transaction starts, text search, and the few functions whose spelling differs.
// Everything else (repositories, list models, analytics) writes SQL that both accept.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

class SqlDialect {
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)
public:
    enum class Backend { SQLite, PostgreSQL };

    // The dialect of an open connection, from its Qt driver name.
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }

    // --- Schema -------------------------------------------------------------------------------
    // Expands the tokens of the shared migration SQL: {id} (an auto-numbered primary key),
    // {nocase} (text that compares and sorts case-insensitively), {real} (a double),
    // {without_rowid} (SQLite's clustered-table clause).
    QString schema(const QString &sql) const;
    QStringList schema(const QStringList &statements) const;
    // Statements a new database needs before version 1 (PostgreSQL: the citext extension).
    QStringList prerequisites() const;
    // Statements that record version (and the Lepton application id) inside a migration.
    QStringList setVersion(int version, qint32 applicationId) const;
    // Reads the application id, schema version and whether the database holds any table at all.
    bool readIdentity(const QSqlDatabase &db, qint32 *applicationId, int *version, bool *empty, QString *error) const;
    // Connection settings applied on every open (SQLite pragmas; PostgreSQL session settings).
    bool configure(const QSqlDatabase &db, QString *error) const;
    // Statements run before a connection closes (SQLite: PRAGMA optimize, which keeps the
    // planner's statistics current as a workspace grows).
    QStringList beforeClose() const;
    // A full-text search table over table's columns (SQLite: FTS5 kept by triggers; PostgreSQL:
    // a view the search condition scans), named table + suffix, with SQLite FTS5 options.
    QStringList searchIndex(const QString &table, const QString &suffix, const QString &ftsOptions,
                            const QStringList &columns) const;
    // Least privilege (PostgreSQL only; SQLite has no users): a read-only role and an editor
    // role named after the database, their grants, and an audit log that the server stamps with
    // the database user and that editors can add to but not rewrite.
    QStringList accessRoles() const;
    // The grants of accessRoles() alone, over every table there is now: a migration that adds
    // tables repeats them, since default privileges cover only tables their granting user creates.
    QStringList roleGrants() const;
    // The role names accessRoles() creates for a database.
    static QString readerRole(const QString &database) { return database + QStringLiteral("_reader"); }
    static QString editorRole(const QString &database) { return database + QStringLiteral("_editor"); }

    // --- Statements ---------------------------------------------------------------------------
    // Starts the outermost write transaction. SQLite: BEGIN IMMEDIATE takes the write lock up
    // front (a read turning into a write half-way would fail with "database is locked").
    QString beginWrite() const;
    // Starts a schema migration: also serialises two clients migrating the same server database.
    // SQLite: foreign keys are off while a migration rebuilds tables (SQLite's own advice; the
    // switch works only outside a transaction), foreignKeysHold() checks them before the commit,
    // and endMigration() commits and turns them on again.
    QStringList beginMigration() const;
    bool foreignKeysHold(const QSqlDatabase &db, QString *error) const;
    QStringList endMigration() const;
    // Locks one row of table against other writers until the transaction ends, so that what is
    // counted about it next (its dependents) cannot change before the write: PostgreSQL's
    // SELECT ... FOR UPDATE, which waits for a transaction adding a child row (its key share
    // lock). SQLite's BEGIN IMMEDIATE already holds the whole file's write lock.
    QString lockRow(const QString &table) const;
    // The value of an id column in an INSERT: the bound id, or a new one when it is null.
    QString idValue(const QString &table) const;
    // Order in which rows of a link table were inserted (the order the user listed them).
    QString insertionOrder() const;
    // Today's date in the user's time zone as ISO text.
    QString today() const;
    // The values of expression over a group, joined by separator (a fixed SQL literal).
    QString joinedText(const QString &expression, const QString &separatorLiteral) const;
    // expression, kept from using an index (SQLite's unary plus; PostgreSQL's planner decides by
    // its statistics and needs no hint).
    QString withoutIndex(const QString &expression) const;
    // A number 0..99 as two digits.
    QString twoDigits(const QString &expression) const;
    // An IN-list subquery of the ids (as "rowid") whose search text matches every word:
    // substring match for words of three or more characters, word-start match for the others.
    QString searchSubquery(const QString &searchTable, const QStringList &words, bool wordStart,
                           QVariantList *values) const;

    // --- Server ------------------------------------------------------------------------------
    // Whether the connected user may change records (PostgreSQL roles; always true for SQLite,
    // whose file permissions are checked on the first write).
    bool canWrite(const QSqlDatabase &db) const;
    // Whether this user owns the tables, as replacing every record and the audit log needs
    // (restore from a backup): the file's user always; on a server, the owner role.
    bool ownsRecords(const QSqlDatabase &db, QString *error = nullptr) const;
    // The user the database knows the connection as (PostgreSQL session_user), or empty.
    QString databaseUser(const QSqlDatabase &db) const;

private:
    explicit SqlDialect(Backend backend) : m_backend(backend) {}
    Backend m_backend;
};
