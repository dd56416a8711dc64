#pragma once
// Where a workspace on a PostgreSQL server is: host, port, database and user, plus the password
// while the application runs. A server workspace is named by its location,
// "postgresql://user@host:port/database" (plus "?sslmode=prefer" where the user allowed an
// unencrypted connection), wherever a file workspace is named by its path (recent
// workspaces, worker threads opening their own connection); the location never holds the
// password, so it can be shown and remembered.
#include <QString>
#include <optional>

struct ServerConnection {
    static constexpr int kDefaultPort = 5432;

    QString host;
    int port = kDefaultPort;
    QString database;
    QString user;
    QString password;  // never written to disk by this class
    // The connection is encrypted and the server's certificate checked against the host name
    // (libpq's sslmode=verify-full, with the authority's certificate in ~/.postgresql/root.crt),
    // so that the password never travels in clear text. A server on this computer or a network
    // the user trusts may be allowed to answer unencrypted (sslmode=prefer); the location says
    // so ("?sslmode=prefer"), so that every connection to it makes the same choice.
    bool allowUnencrypted = false;

    QString location() const;
    // libpq's sslmode for this connection.
    QString sslMode() const;
    // "database on host:port as user", for titles and menus.
    QString displayName() const;

    // The connection a location names, or nullopt when it is not a server location (a file
    // path). A password inside the location (tests, scripts) is taken; otherwise the one
    // remembered for this location in this run, if any.
    static std::optional<ServerConnection> fromLocation(const QString &location);
    // Keeps a password in memory for this run, so that worker threads can open their own
    // connection to the same workspace without asking again.
    static void rememberPassword(const QString &location, const QString &password);
};
