#include "WorkspaceSchema.h"

#include "SqlStatement.h"
#include "SqlDialect.h"
#include "Workspace.h"

namespace {

// Version 1: the records. Text columns that lists sort on compare case-insensitively.
QStringList version1(const SqlDialect &dialect)
{
    return dialect.prerequisites() + dialect.schema(QStringList{
        QStringLiteral(R"(CREATE TABLE partners (
            id {id},
            name {nocase} NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL,
            industry TEXT NOT NULL,
            country {nocase} NOT NULL DEFAULT '',
            city {nocase} NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            contact_person {nocase} NOT NULL DEFAULT '',
            email {nocase} NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            capability_tags TEXT NOT NULL DEFAULT '[]',
            tier TEXT NOT NULL,
            status TEXT NOT NULL,
            rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE contracts (
            id {id},
            reference {nocase} NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
            title {nocase} NOT NULL,
            mode TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT NOT NULL CHECK (end_date >= start_date),
            notice_days BIGINT NOT NULL DEFAULT 0 CHECK (notice_days >= 0),
            value_minor BIGINT NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            status TEXT NOT NULL,
            nda_signed BIGINT NOT NULL DEFAULT 0,
            ip_terms TEXT NOT NULL DEFAULT '',
            data_allowed_use TEXT NOT NULL DEFAULT '',
            data_anonymisation BIGINT NOT NULL DEFAULT 0,
            data_access_expiry TEXT,
            allocation_method TEXT NOT NULL,
            allocation_parameters TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE contract_parties (
            contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
            partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
            PRIMARY KEY (contract_id, partner_id)))"),
        QStringLiteral(R"(CREATE TABLE projects (
            id {id},
            name {nocase} NOT NULL CHECK (length(trim(name)) > 0),
            industry TEXT NOT NULL,
            contract_id BIGINT REFERENCES contracts(id) ON DELETE RESTRICT,
            status TEXT NOT NULL,
            start_date TEXT NOT NULL,
            end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE participants (
            project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE RESTRICT,
            role TEXT NOT NULL,
            contribution_minor BIGINT NOT NULL DEFAULT 0 CHECK (contribution_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            fixed_share_bp BIGINT NOT NULL DEFAULT 0 CHECK (fixed_share_bp BETWEEN 0 AND 10000),
            performance_score {real} NOT NULL DEFAULT 0 CHECK (performance_score BETWEEN 0 AND 100),
            PRIMARY KEY (project_id, partner_id)))"),
        QStringLiteral(R"(CREATE TABLE milestones (
            id {id},
            project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            due_date TEXT NOT NULL,
            done_date TEXT))"),
        QStringLiteral(R"(CREATE TABLE ledger_entries (
            id {id},
            project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            entry_date TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('revenue', 'cost')),
            amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            description TEXT NOT NULL DEFAULT ''))"),
        // Foreign-key columns: deleting a parent must not scan the child table.
        QStringLiteral("CREATE INDEX contract_parties_partner ON contract_parties(partner_id)"),
        QStringLiteral("CREATE INDEX projects_contract ON projects(contract_id)"),
        QStringLiteral("CREATE INDEX participants_partner ON participants(partner_id)"),
        QStringLiteral("CREATE INDEX milestones_project ON milestones(project_id, due_date)"),
        QStringLiteral("CREATE INDEX ledger_project ON ledger_entries(project_id, entry_date)"),
    });
}

// The search tables (SqlDialect::searchIndex). SQLite's trigram index: substring search for
// words of three or more characters in any script, Chinese included; unicode61 with prefix
// indexes: word-prefix search for one- and two-character words, which trigrams cannot serve.
const QStringList kPartnerSearchColumns = {"name", "country", "city", "contact_person", "email", "capability_tags"};
const QStringList kContractSearchColumns = {"reference", "title"};
const QStringList kProjectSearchColumns = {"name"};

// Version 2: the audit log, instant text search, and an index for every column a list filters
// or sorts on (measured by bench_workspace on 100,000 partners and 200,000 projects).
QStringList version2(const SqlDialect &dialect)
{
    QStringList statements = dialect.schema(QStringList{
        QStringLiteral(R"(CREATE TABLE audit_log (
            id {id},
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id BIGINT NOT NULL,
            action TEXT NOT NULL,
            before_json TEXT,
            after_json TEXT))"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log(entity, entity_id, id)"),
    });
    const QList<QPair<QString, QStringList>> sorted = {
        {QStringLiteral("partners"), {"kind", "industry", "country", "city", "contact_person", "email", "tier", "status", "rating", "updated_at"}},
        {QStringLiteral("contracts"), {"title", "mode", "start_date", "end_date", "value_minor", "status", "updated_at"}},
        {QStringLiteral("projects"), {"name", "industry", "status", "start_date", "end_date", "updated_at"}},
    };
    for (const auto &[table, columns] : sorted)
        for (const QString &column : columns)
            statements << QStringLiteral("CREATE INDEX %1_%2 ON %1(%2)").arg(table, column);
    const QString trigram = QStringLiteral("tokenize='trigram'");
    statements << dialect.searchIndex(QStringLiteral("partners"), QStringLiteral("_search"), trigram, kPartnerSearchColumns)
               << dialect.searchIndex(QStringLiteral("contracts"), QStringLiteral("_search"), trigram, kContractSearchColumns)
               << dialect.searchIndex(QStringLiteral("projects"), QStringLiteral("_search"), trigram, kProjectSearchColumns);
    return statements;
}

// Version 3: searching for a one- or two-character word scanned whole tables (about 95 ms on
// 100,000 partners); a word index with prefix indexes answers it in a few milliseconds.
QStringList version3(const SqlDialect &dialect)
{
    const QString words = QStringLiteral("tokenize='unicode61', prefix='1 2'");
    return dialect.searchIndex(QStringLiteral("partners"), QStringLiteral("_words"), words, kPartnerSearchColumns) +
           dialect.searchIndex(QStringLiteral("contracts"), QStringLiteral("_words"), words, kContractSearchColumns) +
           dialect.searchIndex(QStringLiteral("projects"), QStringLiteral("_words"), words, kProjectSearchColumns);
}

// Version 4: a list filtered by status and sorted by another column walked the sort index and
// read every row to check its status (jumping to the middle of 40,000 running projects took
// 300 ms). Sort indexes that carry the status answer that from the index alone (~15 ms).
QStringList version4(const SqlDialect &)
{
    QStringList statements;
    const QList<QPair<QString, QStringList>> sorted = {
        {QStringLiteral("partners"), {"kind", "industry", "country", "city", "contact_person", "email", "tier", "rating", "updated_at"}},
        {QStringLiteral("contracts"), {"title", "mode", "start_date", "end_date", "value_minor", "updated_at"}},
        {QStringLiteral("projects"), {"name", "industry", "start_date", "end_date", "updated_at"}},
    };
    for (const auto &[table, columns] : sorted)
        for (const QString &column : columns)
            statements << QStringLiteral("DROP INDEX %1_%2").arg(table, column)
                       << QStringLiteral("CREATE INDEX %1_%2_status ON %1(%2, status)").arg(table, column);
    // The unique name and reference keep their own index; these add the status beside them.
    statements << QStringLiteral("CREATE INDEX partners_name_status ON partners(name, status)")
               << QStringLiteral("CREATE INDEX contracts_reference_status ON contracts(reference, status)");
    return statements;
}

// Version 5: training runs with their data provenance (the project, partner and contract the
// data came under; RESTRICT so that provenance cannot silently disappear) and every metric point
// they logged. A point is keyed by (run, kind, step): a resumed run that repeats a step after its
// last checkpoint replaces the point instead of drawing it twice.
QStringList version5(const SqlDialect &dialect)
{
    return dialect.schema(QStringList{
        QStringLiteral(R"(CREATE TABLE training_runs (
            id {id},
            name {nocase} NOT NULL DEFAULT '',
            config_json TEXT NOT NULL,
            model TEXT NOT NULL,
            data_file TEXT NOT NULL,
            data_fingerprint TEXT NOT NULL,
            project_id BIGINT REFERENCES projects(id) ON DELETE RESTRICT,
            partner_id BIGINT REFERENCES partners(id) ON DELETE RESTRICT,
            contract_id BIGINT REFERENCES contracts(id) ON DELETE RESTRICT,
            status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'finished', 'stopped', 'failed')),
            failure_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            started_at TEXT,
            ended_at TEXT,
            best_metrics_json TEXT,
            output_folder TEXT NOT NULL,
            confirmation_note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE training_metrics (
            run_id BIGINT NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            step BIGINT NOT NULL CHECK (step >= 0),
            epoch BIGINT NOT NULL,
            value {real} NOT NULL,
            PRIMARY KEY (run_id, kind, step)){without_rowid})"),
        QStringLiteral("CREATE INDEX training_runs_created ON training_runs(created_at)"),
        QStringLiteral("CREATE INDEX training_runs_status ON training_runs(status)"),
        QStringLiteral("CREATE INDEX training_runs_project ON training_runs(project_id)"),
        QStringLiteral("CREATE INDEX training_runs_partner ON training_runs(partner_id)"),
        QStringLiteral("CREATE INDEX training_runs_contract ON training_runs(contract_id)"),
    });
}

// Version 6 (analytics) comes from the branch of that feature; this branch holds its number
// with a step that changes nothing until that branch is merged.
QStringList pendingMerge(const SqlDialect &)
{
    return {};
}

// Version 7: every record a user edits in a form carries a version, which each save increments
// and each save or delete checks (UPDATE ... WHERE id = ? AND version = ?), so that saving over
// someone else's newer save is refused instead of silently losing it. Participants and milestones
// are saved with their project, so the project's version covers them; ledger entries have their
// own form and their own version. Existing records start at 1. Portable SQL (SQLite and
// PostgreSQL both accept ADD COLUMN with NOT NULL DEFAULT).
QStringList version7(const SqlDialect &)
{
    QStringList statements;
    for (const char *table : {"partners", "contracts", "projects", "ledger_entries"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)")
                          .arg(QLatin1String(table));
    return statements;
}

// Version 8: least privilege on a server (SqlDialect::accessRoles): a read-only and an editor
// role per database, and an audit log stamped by the server with the database user. SQLite has
// no users; its audit log records the operating-system user, so the step changes nothing there.
QStringList version8(const SqlDialect &dialect)
{
    return dialect.accessRoles();
}

using Migration = QStringList (*)(const SqlDialect &);
// migrations[i] takes a workspace from version i to version i + 1.
const Migration migrations[] = {version1, version2, version3, version4, version5, pendingMerge, version7, version8};

}  // namespace

int WorkspaceSchema::latestVersion()
{
    return int(std::size(migrations));
}

bool WorkspaceSchema::upgrade(const QSqlDatabase &db, int target, QString *error)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    for (;;) {
        QString why;
        // The version is read inside the migration's transaction: another client that upgraded
        // the same database meanwhile leaves nothing to do.
        bool ok = SqlStatement::execAll(db, dialect.beginMigration(), &why);
        qint32 applicationId = 0;
        int version = 0;
        bool empty = false;
        ok = ok && dialect.readIdentity(db, &applicationId, &version, &empty, &why);
        if (ok && version >= target) return SqlStatement::execAll(db, {QStringLiteral("COMMIT")}, error);
        if (ok) {
            const QStringList statements = migrations[version](dialect) + dialect.setVersion(version + 1, Workspace::kApplicationId);
            ok = SqlStatement::execAll(db, statements, &why) && SqlStatement::execAll(db, {QStringLiteral("COMMIT")}, &why);
        }
        if (!ok) {
            QString ignored;
            SqlStatement::execAll(db, {QStringLiteral("ROLLBACK")}, &ignored);
            if (error) *error = tr("upgrading the workspace to version %1 failed and was undone: %2").arg(version + 1).arg(why);
            return false;
        }
    }
}
