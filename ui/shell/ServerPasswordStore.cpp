#include "ui/shell/ServerPasswordStore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("Lepton Partner Studio");

// Runs a keyring job to its end. The jobs are asynchronous (the keyring may ask the user to
// unlock it); a keyring that does not answer within a minute counts as none.
ServerPasswordStore::Outcome run(QKeychain::Job &job, QString *why)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError: return ServerPasswordStore::Outcome::Done;
    case QKeychain::EntryNotFound: return ServerPasswordStore::Outcome::NotFound;
    default:
        if (why)
            *why = ServerPasswordStore::tr("No system keyring could keep the password (%1). It is not stored; you will be asked for it each time.")
                       .arg(job.errorString());
        return ServerPasswordStore::Outcome::NoKeyring;
    }
}
}  // namespace

ServerPasswordStore::Outcome ServerPasswordStore::read(const QString &location, QString *password, QString *why)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(location);
    const Outcome outcome = run(job, why);
    if (outcome == Outcome::Done) *password = job.textData();
    return outcome;
}

ServerPasswordStore::Outcome ServerPasswordStore::write(const QString &location, const QString &password, QString *why)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(location);
    job.setTextData(password);
    return run(job, why);
}
