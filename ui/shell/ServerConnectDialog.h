#pragma once
// File > Connect to Server: host, port, database, user and password of a PostgreSQL workspace.
// Recent connections (from the recent workspaces, never with a password) fill the fields; the
// password comes from and goes to the system keyring (ServerPasswordStore) when the user asks,
// and is asked for each time where no keyring runs. A failed connection is shown in the dialog,
// which stays open to correct it.
#include "models/storage/ServerConnection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ServerConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (a recent connection) and its stored password.
    void setLocation(const QString &location);
    ServerConnection connection() const;
    bool rememberPassword() const;
    // Shows why the last attempt failed; the dialog is shown again to correct it.
    void showError(const QString &message);

private:
    void updateOkButton();

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_unencrypted;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
