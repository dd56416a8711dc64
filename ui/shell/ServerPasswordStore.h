#pragma once
// Server passwords in the system keyring (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store) through QtKeychain, keyed by the server location. Never in QSettings or any
// other plain file: where no keyring service runs, nothing is stored and the user is asked for
// the password each time.
#include <QCoreApplication>
#include <QString>

class ServerPasswordStore {
    Q_DECLARE_TR_FUNCTIONS(ServerPasswordStore)
public:
    enum class Outcome { Done, NotFound, NoKeyring };

    // The password stored for location; *why says what went wrong when there is no keyring.
    static Outcome read(const QString &location, QString *password, QString *why);
    static Outcome write(const QString &location, const QString &password, QString *why);
};
