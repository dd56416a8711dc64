#include "models/records/TrainingRun.h"

#include "models/records/Contract.h"

#include <QCryptographicHash>
#include <QFile>

namespace {

struct StatusName {
    TrainingRun::Status status;
    const char *key;
};

const StatusName kStatusNames[] = {
    {TrainingRun::Status::Queued, "queued"},     {TrainingRun::Status::Running, "running"},
    {TrainingRun::Status::Finished, "finished"}, {TrainingRun::Status::Stopped, "stopped"},
    {TrainingRun::Status::Failed, "failed"},
};

}  // namespace

QString TrainingRun::statusKey(Status status)
{
    for (const StatusName &name : kStatusNames)
        if (name.status == status) return QString::fromLatin1(name.key);
    return {};
}

std::optional<TrainingRun::Status> TrainingRun::statusFromKey(const QString &key)
{
    for (const StatusName &name : kStatusNames)
        if (key == QLatin1String(name.key)) return name.status;
    return std::nullopt;
}

QString TrainingRun::statusLabel(Status status)
{
    switch (status) {
    case Status::Queued: return tr("Queued");
    case Status::Running: return tr("Running");
    case Status::Finished: return tr("Finished");
    case Status::Stopped: return tr("Stopped");
    case Status::Failed: return tr("Failed");
    }
    return {};
}

QString TrainingRun::fingerprintOf(const QString &path, QString *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        if (error) *error = tr("Cannot read the data set %1 (%2). Check that the file exists and is readable.").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString TrainingRun::dataAccessProblem(const Contract &contract, const QDate &today)
{
    if (contract.status == ContractStatus::Terminated)
        return tr("Contract %1 is terminated.").arg(contract.reference);
    if (contract.status == ContractStatus::Expired)
        return tr("Contract %1 has expired.").arg(contract.reference);
    if (contract.dataAccessExpiry.isValid() && contract.dataAccessExpiry < today)
        return tr("Data access under contract %1 ended on %2.")
            .arg(contract.reference, contract.dataAccessExpiry.toString(Qt::ISODate));
    return {};
}
