#pragma once
// Which database backend a test run uses. The same test executable runs twice under ctest:
// "tst_x" on SQLite files and "tst_x_postgres" with LEPTON_TEST_BACKEND=postgres on the private
// server that the ctest fixture "postgres" starts (tests/postgres/start-server.sh), whose
// connection it finds in the file named by LEPTON_TEST_PG_URL_FILE. A PostgreSQL run that cannot
// reach that server fails with the reason; it never skips.
#include "models/storage/ServerConnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace TestBackend {

inline bool isPostgres()
{
    return qEnvironmentVariable("LEPTON_TEST_BACKEND") == QLatin1String("postgres");
}

[[noreturn]] inline void serverMissing(const QString &why)
{
    qFatal("PostgreSQL test server not reachable: %s\nRun this test through ctest (its fixture starts a private server with "
           "tests/postgres/start-server.sh), and install PostgreSQL 15 with ./lepton setup.",
           qPrintable(why));
}

// The superuser connection of the test server ("postgresql://user:password@host:port/postgres").
inline ServerConnection adminConnection()
{
    const QString path = qEnvironmentVariable("LEPTON_TEST_PG_URL_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) serverMissing(QStringLiteral("no connection file '%1'").arg(path));
    const auto server = ServerConnection::fromLocation(QString::fromUtf8(file.readAll()).trimmed());
    if (!server) serverMissing(QStringLiteral("'%1' holds no postgresql:// location").arg(path));
    return *server;
}

// One superuser connection for the whole test executable, for setting up databases and roles.
inline QSqlDatabase admin()
{
    const QString name = QStringLiteral("lepton-test-admin");
    if (QSqlDatabase::contains(name)) return QSqlDatabase::database(name);
    const ServerConnection server = adminConnection();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user);
    db.setPassword(server.password);
    if (!db.open()) serverMissing(db.lastError().text());
    return db;
}

// Runs a statement as the test server's superuser (fixed SQL from the tests).
inline void adminExec(const QString &sql)
{
    QSqlQuery query(admin());
    if (!query.exec(sql)) qFatal("%s failed: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// A new, empty database on the test server (named after this process and a counter), as a
// location with the superuser's password in it. The test server runs on this computer without
// TLS, so its locations allow an unencrypted connection, as a user would choose for it.
inline QString newDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("lepton_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    const ServerConnection server = adminConnection();
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5?sslmode=prefer").arg(server.user, server.password, server.host).arg(server.port).arg(name);
}

// Where a fresh workspace lives for this run: sqlitePath itself (the file need not exist yet),
// or a new database on the test server.
inline QString freshLocation(const QString &sqlitePath)
{
    return isPostgres() ? newDatabase() : sqlitePath;
}

// A login user that is a member of role, and the workspace at location as that user (its
// password remembered for this run, like the Connect dialog does).
inline QString loginAs(const QString &location, const QString &user, const QString &role)
{
    adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret-%1' IN ROLE %2").arg(user, role));
    ServerConnection c = *ServerConnection::fromLocation(location);
    c.user = user;
    ServerConnection::rememberPassword(c.location(), QStringLiteral("secret-") + user);
    return c.location();
}

}  // namespace TestBackend
