#include "models/repositories/ContractRepository.h"

#include "models/records/ContractValidator.h"
#include "models/storage/AuditedChange.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Workspace.h"

#include <QJsonDocument>

namespace {

const QString kColumns = QStringLiteral(
    "id, reference, title, mode, start_date, end_date, notice_days, value_minor, currency, status, nda_signed, "
    "ip_terms, data_allowed_use, data_anonymisation, data_access_expiry, allocation_method, allocation_parameters, "
    "pair_synergy_bp, created_at, updated_at, version");

Contract contractFrom(const SqlStatement &row)
{
    Contract c;
    c.id = row.value(0).toLongLong();
    c.reference = row.value(1).toString();
    c.title = row.value(2).toString();
    c.mode = Choices::fromKey<CooperationMode>(row.value(3).toString()).value_or(CooperationMode::JointRnD);
    c.startDate = SqlValue::toDate(row.value(4));
    c.endDate = SqlValue::toDate(row.value(5));
    c.noticePeriodDays = row.value(6).toInt();
    c.totalValue = Money(row.value(7).toLongLong(), row.value(8).toString());
    c.status = Choices::fromKey<ContractStatus>(row.value(9).toString()).value_or(ContractStatus::Draft);
    c.ndaSigned = row.value(10).toBool();
    c.ipOwnershipTerms = row.value(11).toString();
    c.dataAllowedUse = row.value(12).toString();
    c.anonymisationRequired = row.value(13).toBool();
    c.dataAccessExpiry = SqlValue::toDate(row.value(14));
    c.allocationMethod = Choices::fromKey<AllocationMethod>(row.value(15).toString()).value_or(AllocationMethod::ProportionalToContribution);
    c.allocationParameters = QJsonDocument::fromJson(row.value(16).toString().toUtf8()).object();
    c.pairSynergyBasisPoints = row.value(17).toInt();
    c.createdAt = SqlValue::toTime(row.value(18));
    c.updatedAt = SqlValue::toTime(row.value(19));
    c.version = row.value(20).toLongLong();
    return c;
}

QVariantList valuesOf(const Contract &c)
{
    using SqlValue::text;
    return {text(c.reference), text(c.title), Choices::key(c.mode), SqlValue::fromDate(c.startDate),
            SqlValue::fromDate(c.endDate), c.noticePeriodDays, c.totalValue.minorUnits(), c.totalValue.currency(),
            Choices::key(c.status), int(c.ndaSigned), text(c.ipOwnershipTerms), text(c.dataAllowedUse),
            int(c.anonymisationRequired), SqlValue::fromDate(c.dataAccessExpiry), Choices::key(c.allocationMethod),
            QString::fromUtf8(QJsonDocument(c.allocationParameters).toJson(QJsonDocument::Compact)),
            c.pairSynergyBasisPoints, SqlValue::fromTime(c.createdAt), SqlValue::fromTime(c.updatedAt)};
}

}  // namespace

ContractRepository::ContractRepository(Workspace &workspace) : m_workspace(workspace) {}

QList<Contract> ContractRepository::select(const QString &where, const QVariantList &values, QString *error) const
{
    QList<Contract> contracts;
    SqlStatement rows(m_workspace.database(), QStringLiteral("SELECT %1 FROM contracts WHERE %2").arg(kColumns, where));
    if (!rows.exec(values, error)) return contracts;
    SqlStatement parties(m_workspace.database(),
                         QStringLiteral("SELECT partner_id FROM contract_parties WHERE contract_id = ? ORDER BY %1")
                             .arg(m_workspace.dialect().insertionOrder()));
    while (rows.next()) {
        Contract c = contractFrom(rows);
        if (!parties.exec({c.id}, error)) return {};
        while (parties.next()) c.partyIds << parties.value(0).toLongLong();
        contracts << c;
    }
    return contracts;
}

std::optional<Contract> ContractRepository::find(qint64 id, QString *error) const
{
    const QList<Contract> found = select(QStringLiteral("id = ?"), {id}, error);
    return found.isEmpty() ? std::nullopt : std::optional<Contract>(found.first());
}

std::optional<Contract> ContractRepository::findByReference(const QString &reference, QString *error) const
{
    const QList<Contract> found = select(QStringLiteral("reference = ?"), {reference.trimmed()}, error);
    return found.isEmpty() ? std::nullopt : std::optional<Contract>(found.first());
}

QList<Contract> ContractRepository::contractsOf(qint64 partnerId, QString *error) const
{
    return select(QStringLiteral("id IN (SELECT contract_id FROM contract_parties WHERE partner_id = ?) "
                                 "ORDER BY start_date DESC, id DESC"),
                  {partnerId}, error);
}

bool ContractRepository::referenceTaken(const QString &reference, qint64 exceptId) const
{
    QString error;
    return SqlStatement::scalar(m_workspace.database(),
                                QStringLiteral("SELECT count(*) FROM contracts WHERE reference = ? AND id <> ?"),
                                {reference.trimmed(), exceptId}, &error)
               .toInt() > 0;
}

int ContractRepository::count() const
{
    QString error;
    return SqlStatement::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM contracts"), {}, &error).toInt();
}

bool ContractRepository::create(Contract &contract, QString *error)
{
    return bool(AuditedChange::save(m_workspace, store(), AuditAction::Create, contract, error));
}

SaveResult<Contract> ContractRepository::update(Contract &contract, QString *error, Contract *before)
{
    return AuditedChange::save(m_workspace, store(), AuditAction::Update, contract, error, before);
}

SaveResult<Contract> ContractRepository::overwrite(Contract &contract, qint64 storedVersion, QString *error, Contract *before)
{
    return AuditedChange::overwrite(m_workspace, store(), contract, storedVersion, error, before);
}

bool ContractRepository::restore(const Contract &contract, QString *error)
{
    Contract copy = contract;
    return bool(AuditedChange::save(m_workspace, store(), AuditAction::Restore, copy, error));
}

RecordStore<Contract> ContractRepository::store()
{
    const auto write = [this](Contract &c, bool stored, bool *stale, QString *error) {
        const QSqlDatabase db = m_workspace.database();
        QVariantList values = valuesOf(c);
        bool ok;
        if (stored) {
            values << c.id << c.version;
            ok = AuditedChange::updateAtVersion(
                db, QStringLiteral("UPDATE contracts SET reference=?, title=?, mode=?, start_date=?, end_date=?, notice_days=?, value_minor=?, "
                                   "currency=?, status=?, nda_signed=?, ip_terms=?, data_allowed_use=?, data_anonymisation=?, "
                                   "data_access_expiry=?, allocation_method=?, allocation_parameters=?, pair_synergy_bp=?, created_at=?, updated_at=?, "
                                   "version = version + 1 WHERE id=? AND version=?"),
                values, c, stale, error);
            SqlStatement clear(db, QStringLiteral("DELETE FROM contract_parties WHERE contract_id = ?"));
            ok = ok && clear.exec({c.id}, error);
        } else {
            values.prepend(SqlValue::fromId(c.id));
            values << c.version;
            SqlStatement insert(db, QStringLiteral("INSERT INTO contracts (%1) VALUES (%2,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id")
                                        .arg(kColumns, m_workspace.dialect().idValue(QStringLiteral("contracts"))));
            ok = insert.exec(values, error);
            if (ok) c.id = insert.returnedId();
        }
        SqlStatement party(db, QStringLiteral("INSERT INTO contract_parties (contract_id, partner_id) VALUES (?, ?)"));
        for (int i = 0; ok && i < c.partyIds.size(); ++i) ok = party.exec({c.id, c.partyIds.at(i)}, error);
        return ok;
    };
    return {QStringLiteral("contract"), [this](qint64 id, QString *why) { return find(id, why); },
            [this](Contract &c) {
                c.reference = c.reference.trimmed();
                c.title = c.title.trimmed();
                return ContractValidator(this).validate(c);
            },
            write};
}

QString ContractRepository::dependentsReason(qint64 id) const
{
    QString error;
    const QSqlDatabase db = m_workspace.database();
    const int projects = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM projects WHERE contract_id = ?"), {id}, &error).toInt();
    if (projects == 0) return {};
    const QString reference = SqlStatement::scalar(db, QStringLiteral("SELECT reference FROM contracts WHERE id = ?"), {id}, &error).toString();
    return projects == 1
               ? tr("Contract \"%1\" covers 1 project; set its status to Terminated or Expired to archive it instead.").arg(reference)
               : tr("Contract \"%1\" covers %2 projects; set its status to Terminated or Expired to archive it instead.").arg(reference).arg(projects);
}

SaveResult<Contract> ContractRepository::remove(qint64 id, qint64 version, QString *error, Contract *removed)
{
    return AuditedChange::remove<Contract>(
        m_workspace, QStringLiteral("contract"), QStringLiteral("contracts"), id, version, [&](QString *why) { return find(id, why); },
        [&] { return dependentsReason(id); }, error, removed);
}
