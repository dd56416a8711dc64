#include "models/repositories/ProjectRepository.h"

#include "models/records/ProjectValidator.h"
#include "models/storage/AuditedChange.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Workspace.h"

namespace {

const QString kColumns = QStringLiteral("id, name, industry, contract_id, status, start_date, end_date, created_at, updated_at, version");
const QString kLedgerColumns = QStringLiteral("id, project_id, entry_date, kind, amount_minor, currency, description, version");

Project projectFrom(const SqlStatement &row)
{
    Project p;
    p.id = row.value(0).toLongLong();
    p.name = row.value(1).toString();
    p.industry = Choices::fromKey<Industry>(row.value(2).toString()).value_or(Industry::Other);
    p.contractId = row.value(3).toLongLong();
    p.status = Choices::fromKey<ProjectStatus>(row.value(4).toString()).value_or(ProjectStatus::Planned);
    p.startDate = SqlValue::toDate(row.value(5));
    p.endDate = SqlValue::toDate(row.value(6));
    p.createdAt = SqlValue::toTime(row.value(7));
    p.updatedAt = SqlValue::toTime(row.value(8));
    p.version = row.value(9).toLongLong();
    return p;
}

LedgerEntry entryFrom(const SqlStatement &row)
{
    LedgerEntry e;
    e.id = row.value(0).toLongLong();
    e.projectId = row.value(1).toLongLong();
    e.date = SqlValue::toDate(row.value(2));
    e.kind = Choices::fromKey<LedgerKind>(row.value(3).toString()).value_or(LedgerKind::Revenue);
    e.amount = Money(row.value(4).toLongLong(), row.value(5).toString());
    e.description = row.value(6).toString();
    e.version = row.value(7).toLongLong();
    return e;
}

}  // namespace

ProjectRepository::ProjectRepository(Workspace &workspace) : m_workspace(workspace) {}

QList<Project> ProjectRepository::select(const QString &where, const QVariantList &values, QString *error) const
{
    QList<Project> projects;
    const QSqlDatabase db = m_workspace.database();
    SqlStatement rows(db, QStringLiteral("SELECT %1 FROM projects WHERE %2").arg(kColumns, where));
    if (!rows.exec(values, error)) return projects;
    SqlStatement people(db, QStringLiteral("SELECT partner_id, role, contribution_minor, currency, fixed_share_bp, performance_score "
                                           "FROM participants WHERE project_id = ? ORDER BY %1")
                                .arg(m_workspace.dialect().insertionOrder()));
    SqlStatement steps(db, QStringLiteral("SELECT id, title, due_date, done_date FROM milestones WHERE project_id = ? ORDER BY due_date, id"));
    while (rows.next()) {
        Project p = projectFrom(rows);
        if (!people.exec({p.id}, error) || !steps.exec({p.id}, error)) return {};
        while (people.next()) {
            Participant person;
            person.partnerId = people.value(0).toLongLong();
            person.role = Choices::fromKey<ParticipantRole>(people.value(1).toString()).value_or(ParticipantRole::Other);
            person.contribution = Money(people.value(2).toLongLong(), people.value(3).toString());
            person.fixedShareBasisPoints = people.value(4).toInt();
            person.performanceScore = people.value(5).toDouble();
            p.participants << person;
        }
        while (steps.next())
            p.milestones << Milestone{steps.value(0).toLongLong(), steps.value(1).toString(), SqlValue::toDate(steps.value(2)),
                                      SqlValue::toDate(steps.value(3))};
        projects << p;
    }
    return projects;
}

std::optional<Project> ProjectRepository::find(qint64 id, QString *error) const
{
    const QList<Project> found = select(QStringLiteral("id = ?"), {id}, error);
    return found.isEmpty() ? std::nullopt : std::optional<Project>(found.first());
}

int ProjectRepository::count() const
{
    QString error;
    return SqlStatement::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM projects"), {}, &error).toInt();
}

QList<Project> ProjectRepository::projectsOf(qint64 partnerId, QString *error) const
{
    return select(QStringLiteral("id IN (SELECT project_id FROM participants WHERE partner_id = ?) ORDER BY start_date DESC, id DESC"),
                  {partnerId}, error);
}

QList<Project> ProjectRepository::projectsUnder(qint64 contractId, QString *error) const
{
    return select(QStringLiteral("contract_id = ? ORDER BY start_date DESC, id DESC"), {contractId}, error);
}

bool ProjectRepository::create(Project &project, QString *error)
{
    return bool(AuditedChange::save(m_workspace, projectStore(), AuditAction::Create, project, error));
}

SaveResult<Project> ProjectRepository::update(Project &project, QString *error, Project *before)
{
    return AuditedChange::save(m_workspace, projectStore(), AuditAction::Update, project, error, before);
}

SaveResult<Project> ProjectRepository::overwrite(Project &project, qint64 storedVersion, QString *error, Project *before)
{
    return AuditedChange::overwrite(m_workspace, projectStore(), project, storedVersion, error, before);
}

bool ProjectRepository::restore(const Project &project, QString *error)
{
    Project copy = project;
    return bool(AuditedChange::save(m_workspace, projectStore(), AuditAction::Restore, copy, error));
}

RecordStore<Project> ProjectRepository::projectStore()
{
    const auto write = [this](Project &p, bool stored, bool *stale, QString *error) {
        const QSqlDatabase db = m_workspace.database();
        QVariantList values = {p.name, Choices::key(p.industry), SqlValue::fromId(p.contractId), Choices::key(p.status),
                               SqlValue::fromDate(p.startDate), SqlValue::fromDate(p.endDate),
                               SqlValue::fromTime(p.createdAt), SqlValue::fromTime(p.updatedAt)};
        bool ok;
        if (stored) {
            // The participants and milestones are replaced with the project: its version covers them.
            values << p.id << p.version;
            ok = AuditedChange::updateAtVersion(db,
                                                QStringLiteral("UPDATE projects SET name=?, industry=?, contract_id=?, status=?, start_date=?, "
                                                               "end_date=?, created_at=?, updated_at=?, version = version + 1 "
                                                               "WHERE id=? AND version=?"),
                                                values, p, stale, error);
            SqlStatement clearPeople(db, QStringLiteral("DELETE FROM participants WHERE project_id = ?"));
            SqlStatement clearSteps(db, QStringLiteral("DELETE FROM milestones WHERE project_id = ?"));
            ok = ok && clearPeople.exec({p.id}, error) && clearSteps.exec({p.id}, error);
        } else {
            values.prepend(SqlValue::fromId(p.id));
            values << p.version;
            SqlStatement insert(db, QStringLiteral("INSERT INTO projects (%1) VALUES (%2,?,?,?,?,?,?,?,?,?) RETURNING id")
                                        .arg(kColumns, m_workspace.dialect().idValue(QStringLiteral("projects"))));
            ok = insert.exec(values, error);
            if (ok) p.id = insert.returnedId();
        }
        SqlStatement person(db, QStringLiteral("INSERT INTO participants (project_id, partner_id, role, contribution_minor, currency, "
                                               "fixed_share_bp, performance_score) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; ok && i < p.participants.size(); ++i) {
            const Participant &x = p.participants.at(i);
            ok = person.exec({p.id, x.partnerId, Choices::key(x.role), x.contribution.minorUnits(), x.contribution.currency(),
                              x.fixedShareBasisPoints, x.performanceScore},
                             error);
        }
        SqlStatement step(db, QStringLiteral("INSERT INTO milestones (id, project_id, title, due_date, done_date) VALUES (%1, ?, ?, ?, ?) RETURNING id")
                                  .arg(m_workspace.dialect().idValue(QStringLiteral("milestones"))));
        for (int i = 0; ok && i < p.milestones.size(); ++i) {
            Milestone &m = p.milestones[i];
            m.title = m.title.trimmed();
            ok = step.exec({SqlValue::fromId(m.id), p.id, m.title, SqlValue::fromDate(m.dueDate), SqlValue::fromDate(m.doneDate)}, error);
            if (ok) m.id = step.returnedId();
        }
        return ok;
    };
    return {QStringLiteral("project"), [this](qint64 id, QString *why) { return find(id, why); },
            [](Project &p) {
                p.name = p.name.trimmed();
                return ProjectValidator().validate(p);
            },
            write};
}

QString ProjectRepository::dependentsReason(qint64 id) const
{
    QString error;
    const QSqlDatabase db = m_workspace.database();
    const int entries = SqlStatement::scalar(db, QStringLiteral("SELECT count(*) FROM ledger_entries WHERE project_id = ?"), {id}, &error).toInt();
    if (entries == 0) return {};
    const QString name = SqlStatement::scalar(db, QStringLiteral("SELECT name FROM projects WHERE id = ?"), {id}, &error).toString();
    return entries == 1
               ? tr("Project \"%1\" has 1 ledger entry; set its status to Done or Cancelled to archive it instead.").arg(name)
               : tr("Project \"%1\" has %2 ledger entries; set its status to Done or Cancelled to archive it instead.").arg(name).arg(entries);
}

SaveResult<Project> ProjectRepository::remove(qint64 id, qint64 version, QString *error, Project *removed)
{
    return AuditedChange::remove<Project>(
        m_workspace, QStringLiteral("project"), QStringLiteral("projects"), id, version, [&](QString *why) { return find(id, why); },
        [&] { return dependentsReason(id); }, error, removed);
}

QList<LedgerEntry> ProjectRepository::ledger(qint64 projectId, QString *error) const
{
    QList<LedgerEntry> entries;
    SqlStatement rows(m_workspace.database(),
                      QStringLiteral("SELECT %1 FROM ledger_entries WHERE project_id = ? ORDER BY entry_date, id").arg(kLedgerColumns));
    if (!rows.exec({projectId}, error)) return entries;
    while (rows.next()) entries << entryFrom(rows);
    return entries;
}

LedgerTotals ProjectRepository::totals(qint64 projectId, QString *error) const
{
    LedgerTotals totals;
    SqlStatement sums(m_workspace.database(),
                      QStringLiteral("SELECT kind, currency, sum(amount_minor) FROM ledger_entries WHERE project_id = ? GROUP BY kind, currency"));
    if (!sums.exec({projectId}, error)) return totals;
    while (sums.next()) totals.add(sums.value(0).toString(), sums.value(1).toString(), sums.value(2).toLongLong());
    return totals;
}

std::optional<LedgerEntry> ProjectRepository::findLedgerEntry(qint64 id, QString *error) const
{
    SqlStatement row(m_workspace.database(), QStringLiteral("SELECT %1 FROM ledger_entries WHERE id = ?").arg(kLedgerColumns));
    if (!row.exec({id}, error) || !row.next()) return std::nullopt;
    return entryFrom(row);
}

bool ProjectRepository::addLedgerEntry(LedgerEntry &entry, QString *error)
{
    return bool(AuditedChange::save(m_workspace, entryStore(), AuditAction::Create, entry, error));
}

SaveResult<LedgerEntry> ProjectRepository::updateLedgerEntry(LedgerEntry &entry, QString *error, LedgerEntry *before)
{
    return AuditedChange::save(m_workspace, entryStore(), AuditAction::Update, entry, error, before);
}

SaveResult<LedgerEntry> ProjectRepository::overwriteLedgerEntry(LedgerEntry &entry, qint64 storedVersion, QString *error,
                                                                LedgerEntry *before)
{
    return AuditedChange::overwrite(m_workspace, entryStore(), entry, storedVersion, error, before);
}

bool ProjectRepository::restoreLedgerEntry(const LedgerEntry &entry, QString *error)
{
    LedgerEntry copy = entry;
    return bool(AuditedChange::save(m_workspace, entryStore(), AuditAction::Restore, copy, error));
}

RecordStore<LedgerEntry> ProjectRepository::entryStore()
{
    const auto write = [this](LedgerEntry &e, bool stored, bool *stale, QString *error) {
        const QVariantList values = {e.projectId, SqlValue::fromDate(e.date), Choices::key(e.kind), e.amount.minorUnits(),
                                     e.amount.currency(), SqlValue::text(e.description), SqlValue::fromId(e.id), e.version};
        if (stored)
            return AuditedChange::updateAtVersion(m_workspace.database(),
                                                  QStringLiteral("UPDATE ledger_entries SET project_id=?, entry_date=?, kind=?, amount_minor=?, "
                                                                 "currency=?, description=?, version = version + 1 WHERE id=? AND version=?"),
                                                  values, e, stale, error);
        SqlStatement insert(m_workspace.database(),
                            QStringLiteral("INSERT INTO ledger_entries (project_id, entry_date, kind, amount_minor, currency, "
                                           "description, id, version) VALUES (?, ?, ?, ?, ?, ?, %1, ?) RETURNING id")
                                .arg(m_workspace.dialect().idValue(QStringLiteral("ledger_entries"))));
        if (!insert.exec(values, error)) return false;
        e.id = insert.returnedId();
        return true;
    };
    return {QStringLiteral("ledger_entry"), [this](qint64 id, QString *why) { return findLedgerEntry(id, why); },
            [](LedgerEntry &e) { return ProjectValidator().validate(e); }, write};
}

SaveResult<LedgerEntry> ProjectRepository::removeLedgerEntry(qint64 id, qint64 version, QString *error, LedgerEntry *removed)
{
    return AuditedChange::remove<LedgerEntry>(
        m_workspace, QStringLiteral("ledger_entry"), QStringLiteral("ledger_entries"), id, version,
        [&](QString *why) { return findLedgerEntry(id, why); }, [&] { return QString(); }, error, removed);
}
