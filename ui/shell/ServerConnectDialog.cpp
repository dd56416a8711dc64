#include "ui/shell/ServerConnectDialog.h"

#include "ui/shell/AppSettings.h"
#include "ui/shell/ServerPasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ServerConnectDialog::ServerConnectDialog(QWidget *parent)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_unencrypted(new QCheckBox(tr("Allow an unencrypted connection (only for a server on this computer or a network you trust)"), this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keyring"), this)), m_keyringNote(new QLabel(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_recent->addItem(tr("New connection"));
    for (const QString &location : AppSettings::recentWorkspaces())
        if (const auto server = ServerConnection::fromLocation(location)) m_recent->addItem(server->displayName(), location);
    m_host->setText(QStringLiteral("localhost"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerConnection::kDefaultPort);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *intro = new QLabel(tr("Open a workspace kept in a PostgreSQL database that your team shares. "
                                "An empty database becomes a new workspace."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_unencrypted);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keyringNote);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0) setLocation(m_recent->itemData(index).toString());
    });
    for (QLineEdit *edit : {m_host, m_database, m_user}) connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::updateOkButton);
    updateOkButton();
}

void ServerConnectDialog::setLocation(const QString &location)
{
    const std::optional<ServerConnection> server = ServerConnection::fromLocation(location);
    if (!server) return;
    m_recent->setCurrentIndex(qMax(0, m_recent->findData(location)));
    m_host->setText(server->host);
    m_port->setValue(server->port);
    m_database->setText(server->database);
    m_user->setText(server->user);
    m_unencrypted->setChecked(server->allowUnencrypted);
    QString password = server->password, why;
    if (password.isEmpty() && ServerPasswordStore::read(location, &password, &why) == ServerPasswordStore::Outcome::NoKeyring) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keyringNote->setText(why);
        m_keyringNote->show();
    }
    m_password->setText(password);
    if (password.isEmpty()) m_password->setFocus();
}

ServerConnection ServerConnectDialog::connection() const
{
    ServerConnection c;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.password = m_password->text();
    c.allowUnencrypted = m_unencrypted->isChecked();
    return c;
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ServerConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ServerConnectDialog::updateOkButton()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}
