#include "models/storage/WorkspaceSchema.h"

#include "models/storage/RecordTables.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/Workspace.h"

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

// The triggers that keep the ledger summaries of version 6 exact on every insert, update and
// delete of a ledger entry (an update is the old entry taken out and the new one put in, so that
// moving an entry to another project or day moves its amount). SQLite's trigger syntax; the
// same steps in plpgsql are ledgerSummaryTriggersPostgres().
QStringList ledgerSummaryTriggersSqlite()
{
    const auto amounts = [](const QString &row) {
        return QStringList{QStringLiteral("CASE %1.kind WHEN 'revenue' THEN %1.amount_minor ELSE 0 END").arg(row),
                           QStringLiteral("CASE %1.kind WHEN 'cost' THEN %1.amount_minor ELSE 0 END").arg(row)};
    };
    // The new entry added, creating its totals rows when they are the first.
    const QStringList in = amounts(QStringLiteral("new"));
    const QString update = QStringLiteral(
        " DO UPDATE SET revenue_minor = revenue_minor + excluded.revenue_minor, cost_minor = cost_minor + excluded.cost_minor, "
        "entries = entries + excluded.entries; ");
    const QString add =
        QStringLiteral("INSERT INTO ledger_project_totals (project_id, currency, revenue_minor, cost_minor, entries) "
                       "VALUES (new.project_id, new.currency, %1, %2, 1) ON CONFLICT (project_id, currency)")
            .arg(in[0], in[1]) +
        update +
        QStringLiteral("INSERT INTO ledger_day_totals (entry_date, currency, revenue_minor, cost_minor, entries) "
                       "VALUES (new.entry_date, new.currency, %1, %2, 1) ON CONFLICT (entry_date, currency)")
            .arg(in[0], in[1]) +
        update;
    // The old entry taken out of rows that exist (a deleted project's row is already gone).
    const QStringList out = amounts(QStringLiteral("old"));
    const QString subtract = QStringLiteral("SET revenue_minor = revenue_minor - %1, cost_minor = cost_minor - %2, entries = entries - 1 ")
                                 .arg(out[0], out[1]);
    const QString remove = QStringLiteral("UPDATE ledger_project_totals ") + subtract +
                           QStringLiteral("WHERE project_id = old.project_id AND currency = old.currency; ") +
                           QStringLiteral("UPDATE ledger_day_totals ") + subtract +
                           QStringLiteral("WHERE entry_date = old.entry_date AND currency = old.currency; ");
    // Rows whose last entry left carry nothing: dropped, so that "which currencies" stays true.
    const QString tidy = QStringLiteral("DELETE FROM ledger_project_totals WHERE project_id = old.project_id AND entries = 0; "
                                        "DELETE FROM ledger_day_totals WHERE entry_date = old.entry_date AND entries = 0; ");
    // Partners' totals: each change of a project's totals applied to the partners taking part in
    // it, and each participation added or taken out with the project's totals. Every step keeps
    // "a partner's totals = the sum of its projects' totals", so the order in which deleting a
    // project cascades to its participants and ledger does not matter.
    const QString partnerDelta = QStringLiteral(
        "INSERT INTO ledger_partner_totals (partner_id, currency, revenue_minor, cost_minor) "
        "SELECT pa.partner_id, %1.currency, %2, %3 FROM participants pa WHERE pa.project_id = %1.project_id AND true "
        "ON CONFLICT (partner_id, currency) DO UPDATE SET revenue_minor = revenue_minor + excluded.revenue_minor, "
        "cost_minor = cost_minor + excluded.cost_minor; ");
    const QString participation = QStringLiteral(
        "INSERT INTO ledger_partner_totals (partner_id, currency, revenue_minor, cost_minor) "
        "SELECT %1.partner_id, t.currency, %2 t.revenue_minor, %2 t.cost_minor FROM ledger_project_totals t "
        "WHERE t.project_id = %1.project_id AND true "
        "ON CONFLICT (partner_id, currency) DO UPDATE SET revenue_minor = revenue_minor + excluded.revenue_minor, "
        "cost_minor = cost_minor + excluded.cost_minor; ");
    return {
        QStringLiteral("CREATE TRIGGER ledger_partner_totals_ai AFTER INSERT ON ledger_project_totals BEGIN ") +
            partnerDelta.arg(QStringLiteral("new"), QStringLiteral("new.revenue_minor"), QStringLiteral("new.cost_minor")) +
            QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_partner_totals_au AFTER UPDATE ON ledger_project_totals BEGIN ") +
            partnerDelta.arg(QStringLiteral("new"), QStringLiteral("new.revenue_minor - old.revenue_minor"),
                             QStringLiteral("new.cost_minor - old.cost_minor")) +
            QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_partner_totals_ad AFTER DELETE ON ledger_project_totals BEGIN ") +
            partnerDelta.arg(QStringLiteral("old"), QStringLiteral("-old.revenue_minor"), QStringLiteral("-old.cost_minor")) +
            QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER participants_totals_ai AFTER INSERT ON participants BEGIN ") +
            participation.arg(QStringLiteral("new"), QString()) + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER participants_totals_ad AFTER DELETE ON participants BEGIN ") +
            participation.arg(QStringLiteral("old"), QStringLiteral("-")) + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER participants_totals_au AFTER UPDATE OF project_id, partner_id ON participants BEGIN ") +
            participation.arg(QStringLiteral("old"), QStringLiteral("-")) + participation.arg(QStringLiteral("new"), QString()) +
            QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_summary_ai AFTER INSERT ON ledger_entries BEGIN ") + add + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_summary_ad AFTER DELETE ON ledger_entries BEGIN ") + remove + tidy +
            QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_summary_au AFTER UPDATE OF project_id, entry_date, kind, amount_minor, currency ON ledger_entries BEGIN ") + remove + add + tidy + QStringLiteral("END"),
    };
}

// ledgerSummaryTriggersSqlite() for PostgreSQL: the same steps in the same order, as plpgsql
// trigger functions. The upserts name the target table ("AS t"): PostgreSQL, unlike SQLite,
// finds a bare column name ambiguous next to "excluded". One difference: PostgreSQL runs the row
// triggers of a cascaded delete only after the cascade has emptied both participants and the
// project's totals, so each would find the other gone and a deleted project's totals would stay
// with its partners. A project's deletion therefore takes its totals from its partners before
// the cascade, and the cascade's own triggers leave the partners alone once the project is gone.
QStringList ledgerSummaryTriggersPostgres()
{
    const QString upsert = QStringLiteral(
        " DO UPDATE SET revenue_minor = t.revenue_minor + excluded.revenue_minor, cost_minor = t.cost_minor + excluded.cost_minor");
    return {
        QStringLiteral(R"(CREATE FUNCTION ledger_summary_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE ledger_project_totals SET revenue_minor = revenue_minor - CASE OLD.kind WHEN 'revenue' THEN OLD.amount_minor ELSE 0 END,
            cost_minor = cost_minor - CASE OLD.kind WHEN 'cost' THEN OLD.amount_minor ELSE 0 END, entries = entries - 1
            WHERE project_id = OLD.project_id AND currency = OLD.currency;
        UPDATE ledger_day_totals SET revenue_minor = revenue_minor - CASE OLD.kind WHEN 'revenue' THEN OLD.amount_minor ELSE 0 END,
            cost_minor = cost_minor - CASE OLD.kind WHEN 'cost' THEN OLD.amount_minor ELSE 0 END, entries = entries - 1
            WHERE entry_date = OLD.entry_date AND currency = OLD.currency;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO ledger_project_totals AS t (project_id, currency, revenue_minor, cost_minor, entries)
            VALUES (NEW.project_id, NEW.currency, CASE NEW.kind WHEN 'revenue' THEN NEW.amount_minor ELSE 0 END,
                    CASE NEW.kind WHEN 'cost' THEN NEW.amount_minor ELSE 0 END, 1)
            ON CONFLICT (project_id, currency)%1, entries = t.entries + 1;
        INSERT INTO ledger_day_totals AS t (entry_date, currency, revenue_minor, cost_minor, entries)
            VALUES (NEW.entry_date, NEW.currency, CASE NEW.kind WHEN 'revenue' THEN NEW.amount_minor ELSE 0 END,
                    CASE NEW.kind WHEN 'cost' THEN NEW.amount_minor ELSE 0 END, 1)
            ON CONFLICT (entry_date, currency)%1, entries = t.entries + 1;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM ledger_project_totals WHERE project_id = OLD.project_id AND entries = 0;
        DELETE FROM ledger_day_totals WHERE entry_date = OLD.entry_date AND entries = 0;
    END IF;
    RETURN NULL;
END $$)").arg(upsert),
        QStringLiteral("CREATE TRIGGER ledger_summary AFTER INSERT OR DELETE OR UPDATE OF project_id, entry_date, kind, amount_minor, "
                       "currency ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_summary_change()"),
        // A project's totals changed by (revenue, cost): the same change for each of its partners.
        QStringLiteral(R"(CREATE FUNCTION ledger_partner_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed ledger_project_totals%ROWTYPE;
    revenue BIGINT;
    cost BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
        revenue := -OLD.revenue_minor;
        cost := -OLD.cost_minor;
    ELSIF TG_OP = 'INSERT' THEN
        changed := NEW;
        revenue := NEW.revenue_minor;
        cost := NEW.cost_minor;
    ELSE
        changed := NEW;
        revenue := NEW.revenue_minor - OLD.revenue_minor;
        cost := NEW.cost_minor - OLD.cost_minor;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM projects WHERE id = changed.project_id) THEN
        RETURN NULL;
    END IF;
    INSERT INTO ledger_partner_totals AS t (partner_id, currency, revenue_minor, cost_minor)
        SELECT pa.partner_id, changed.currency, revenue, cost FROM participants pa WHERE pa.project_id = changed.project_id
        ON CONFLICT (partner_id, currency)%1;
    RETURN NULL;
END $$)").arg(upsert),
        QStringLiteral("CREATE TRIGGER ledger_partner_totals_change AFTER INSERT OR UPDATE OR DELETE ON ledger_project_totals "
                       "FOR EACH ROW EXECUTE FUNCTION ledger_partner_totals_change()"),
        // A participation taken out (old) or added (new) takes out or adds the project's totals.
        QStringLiteral(R"(CREATE FUNCTION participants_totals_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM projects WHERE id = OLD.project_id) THEN
        INSERT INTO ledger_partner_totals AS t (partner_id, currency, revenue_minor, cost_minor)
            SELECT OLD.partner_id, p.currency, -p.revenue_minor, -p.cost_minor FROM ledger_project_totals p
            WHERE p.project_id = OLD.project_id
            ON CONFLICT (partner_id, currency)%1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO ledger_partner_totals AS t (partner_id, currency, revenue_minor, cost_minor)
            SELECT NEW.partner_id, p.currency, p.revenue_minor, p.cost_minor FROM ledger_project_totals p
            WHERE p.project_id = NEW.project_id
            ON CONFLICT (partner_id, currency)%1;
    END IF;
    RETURN NULL;
END $$)").arg(upsert),
        QStringLiteral("CREATE TRIGGER participants_totals_change AFTER INSERT OR DELETE OR UPDATE OF project_id, partner_id "
                       "ON participants FOR EACH ROW EXECUTE FUNCTION participants_totals_change()"),
        QStringLiteral(R"(CREATE FUNCTION project_totals_leave_partners() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ledger_partner_totals AS t (partner_id, currency, revenue_minor, cost_minor)
        SELECT pa.partner_id, p.currency, -p.revenue_minor, -p.cost_minor FROM participants pa
        JOIN ledger_project_totals p ON p.project_id = pa.project_id WHERE pa.project_id = OLD.id
        ON CONFLICT (partner_id, currency)%1;
    RETURN OLD;
END $$)").arg(upsert),
        QStringLiteral("CREATE TRIGGER project_totals_leave_partners BEFORE DELETE ON projects "
                       "FOR EACH ROW EXECUTE FUNCTION project_totals_leave_partners()"),
    };
}

// Version 6: ledger totals kept by the database so that the dashboard and the portfolio report
// add up thousands of rows instead of every entry (2,000,000 in bench_dashboard): per project
// and currency over the whole ledger (lifetime figures, ranking projects and partners), and per
// day and currency over all projects (totals and the series over any date range), per partner
// and currency over the partner's projects (revenue concentration). Back-filled
// from the ledger, then kept exact by the triggers above. Overdue milestones: an
// index on the open ones' due dates instead of reading every milestone. And the Shapley coalition values
// a user states for a project.
QStringList version6(const SqlDialect &dialect)
{
    const QString totals = QStringLiteral(
        "revenue_minor BIGINT NOT NULL, cost_minor BIGINT NOT NULL, entries BIGINT NOT NULL, ");
    const QString sums = QStringLiteral(
        "SUM(CASE kind WHEN 'revenue' THEN amount_minor ELSE 0 END), SUM(CASE kind WHEN 'cost' THEN amount_minor ELSE 0 END), COUNT(*)");
    return QStringList{
               QStringLiteral("CREATE TABLE ledger_project_totals (project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
                              "currency TEXT NOT NULL, ") +
                   totals + QStringLiteral("PRIMARY KEY (project_id, currency))"),
               QStringLiteral("CREATE TABLE ledger_day_totals (entry_date TEXT NOT NULL, currency TEXT NOT NULL, ") + totals +
                   QStringLiteral("PRIMARY KEY (entry_date, currency))"),
               // The most and least profitable projects straight from an index.
               QStringLiteral("CREATE INDEX ledger_project_totals_profit ON ledger_project_totals (currency, (revenue_minor - cost_minor))"),
               QStringLiteral("INSERT INTO ledger_project_totals (project_id, currency, revenue_minor, cost_minor, entries) "
                              "SELECT project_id, currency, ") +
                   sums + QStringLiteral(" FROM ledger_entries GROUP BY project_id, currency"),
               QStringLiteral("INSERT INTO ledger_day_totals (entry_date, currency, revenue_minor, cost_minor, entries) "
                              "SELECT entry_date, currency, ") +
                   sums + QStringLiteral(" FROM ledger_entries GROUP BY entry_date, currency"),
               // Per partner: the revenue and cost of the projects it takes part in (what revenue
               // concentration weighs), as PortfolioQueries::byPartner counts them.
               QStringLiteral("CREATE TABLE ledger_partner_totals (partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE, "
                              "currency TEXT NOT NULL, revenue_minor BIGINT NOT NULL, cost_minor BIGINT NOT NULL, "
                              "PRIMARY KEY (partner_id, currency))"),
               QStringLiteral("INSERT INTO ledger_partner_totals (partner_id, currency, revenue_minor, cost_minor) "
                              "SELECT pa.partner_id, t.currency, SUM(t.revenue_minor), SUM(t.cost_minor) FROM participants pa "
                              "JOIN ledger_project_totals t ON t.project_id = pa.project_id GROUP BY pa.partner_id, t.currency"),
               // The coalition values a user typed into a project's Shapley table (CoalitionValues).
               QStringLiteral("CREATE TABLE coalition_values (project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE, "
                              "coalition TEXT NOT NULL, value_minor BIGINT NOT NULL, PRIMARY KEY (project_id, coalition))"),
               QStringLiteral("CREATE INDEX milestones_open_due ON milestones (due_date) WHERE done_date IS NULL"),
           } +
           (dialect.isPostgres() ? ledgerSummaryTriggersPostgres() : ledgerSummaryTriggersSqlite());
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

// The change of one ledger entry (or of a whole project's entries, grouped by day) applied to
// ledger_industry_day_totals: `rows` selects (industry, entry_date, currency, revenue, cost,
// entries) with signed amounts, which are added to the row they meet. One statement for both
// dialects: PostgreSQL names the target ("AS t") and needs its columns qualified.
QString industryDayDelta(const SqlDialect &dialect, const QString &rows)
{
    const QString t = dialect.isPostgres() ? QStringLiteral("t.") : QString();
    return QStringLiteral("INSERT INTO ledger_industry_day_totals%1 (industry, entry_date, currency, revenue_minor, cost_minor, entries) ")
               .arg(dialect.isPostgres() ? QStringLiteral(" AS t") : QString()) +
           rows +
           QStringLiteral(" ON CONFLICT (industry, entry_date, currency) DO UPDATE SET revenue_minor = %1revenue_minor + excluded.revenue_minor, "
                          "cost_minor = %1cost_minor + excluded.cost_minor, entries = %1entries + excluded.entries")
               .arg(t);
}

// One entry `row` (new or old) added (sign "") or taken out (sign "-"), under its project's
// industry. A project already deleted selects nothing: its delete took its totals out before.
QString industryEntryDelta(const SqlDialect &dialect, const QString &row, const QString &sign)
{
    return industryDayDelta(
        dialect, QStringLiteral("SELECT p.industry, %1.entry_date, %1.currency, %2CASE %1.kind WHEN 'revenue' THEN %1.amount_minor ELSE 0 END, "
                                "%2CASE %1.kind WHEN 'cost' THEN %1.amount_minor ELSE 0 END, %2(1) FROM projects p WHERE p.id = %1.project_id AND true")
                     .arg(row, sign));
}

// A whole project's entries added to or taken out of `industry` (an expression of the project
// row `row`), a row per day and currency.
QString industryProjectDelta(const SqlDialect &dialect, const QString &row, const QString &sign)
{
    return industryDayDelta(
        dialect, QStringLiteral("SELECT %1.industry, entry_date, currency, %2SUM(CASE kind WHEN 'revenue' THEN amount_minor ELSE 0 END), "
                                "%2SUM(CASE kind WHEN 'cost' THEN amount_minor ELSE 0 END), %2COUNT(*) FROM ledger_entries "
                                "WHERE project_id = %1.id GROUP BY entry_date, currency")
                     .arg(row, sign));
}

// Days whose last entry of an industry left carry nothing: dropped, as in the other totals.
QString industryDayTidy(const QString &condition)
{
    return QStringLiteral("DELETE FROM ledger_industry_day_totals WHERE entries = 0 AND ") + condition;
}

QStringList industryTriggersSqlite(const SqlDialect &dialect)
{
    const QString in = industryEntryDelta(dialect, QStringLiteral("new"), QString()) + QStringLiteral("; ");
    const QString out = industryEntryDelta(dialect, QStringLiteral("old"), QStringLiteral("-")) + QStringLiteral("; ");
    const QString tidy = industryDayTidy(QStringLiteral("entry_date = old.entry_date; "));
    return {
        QStringLiteral("CREATE TRIGGER ledger_industry_ai AFTER INSERT ON ledger_entries BEGIN ") + in + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_industry_ad AFTER DELETE ON ledger_entries BEGIN ") + out + tidy + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_industry_au AFTER UPDATE OF project_id, entry_date, kind, amount_minor, currency "
                       "ON ledger_entries BEGIN ") + out + in + tidy + QStringLiteral("END"),
        // Before the delete cascades to the entries, whose own trigger then no longer finds the project.
        QStringLiteral("CREATE TRIGGER projects_industry_bd BEFORE DELETE ON projects BEGIN ") +
            industryProjectDelta(dialect, QStringLiteral("old"), QStringLiteral("-")) + QStringLiteral("; ") +
            industryDayTidy(QStringLiteral("industry = old.industry; ")) + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER projects_industry_au AFTER UPDATE OF industry ON projects WHEN old.industry <> new.industry BEGIN ") +
            industryProjectDelta(dialect, QStringLiteral("old"), QStringLiteral("-")) + QStringLiteral("; ") +
            industryProjectDelta(dialect, QStringLiteral("new"), QString()) + QStringLiteral("; ") +
            industryDayTidy(QStringLiteral("industry = old.industry; ")) + QStringLiteral("END"),
    };
}

// industryTriggersSqlite() as plpgsql trigger functions: the same statements in the same order.
QStringList industryTriggersPostgres(const SqlDialect &dialect)
{
    return {
        QStringLiteral(R"(CREATE FUNCTION ledger_industry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        %1;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        %2;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        %3;
    END IF;
    RETURN NULL;
END $$)")
            .arg(industryEntryDelta(dialect, QStringLiteral("OLD"), QStringLiteral("-")),
                 industryEntryDelta(dialect, QStringLiteral("NEW"), QString()),
                 industryDayTidy(QStringLiteral("entry_date = OLD.entry_date"))),
        QStringLiteral("CREATE TRIGGER ledger_industry AFTER INSERT OR DELETE OR UPDATE OF project_id, entry_date, kind, amount_minor, "
                       "currency ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_industry_change()"),
        QStringLiteral(R"(CREATE FUNCTION projects_industry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    %1;
    IF TG_OP = 'UPDATE' THEN
        %2;
    END IF;
    %3;
    RETURN OLD;
END $$)")
            .arg(industryProjectDelta(dialect, QStringLiteral("OLD"), QStringLiteral("-")),
                 industryProjectDelta(dialect, QStringLiteral("NEW"), QString()),
                 industryDayTidy(QStringLiteral("industry = OLD.industry"))),
        // Before the delete cascades to the entries, whose own trigger then no longer finds the project.
        QStringLiteral("CREATE TRIGGER projects_industry_delete BEFORE DELETE ON projects FOR EACH ROW "
                       "EXECUTE FUNCTION projects_industry_change()"),
        QStringLiteral("CREATE TRIGGER projects_industry_update AFTER UPDATE OF industry ON projects FOR EACH ROW "
                       "WHEN (OLD.industry <> NEW.industry) EXECUTE FUNCTION projects_industry_change()"),
    };
}

// Version 9 (bench_dashboard): ledger totals per project industry and day, so that revenue by
// industry, and the totals and series of one industry, over any date range come from a few
// thousand rows instead of the projects' totals or entries; and the partners' totals by profit.
// Back-filled from the ledger, then kept exact by the triggers above, which also move a
// project's amounts when its industry changes. Version 8's grants are repeated so that the
// reader and editor roles reach the new table whoever runs this upgrade.
QStringList version9(const SqlDialect &dialect)
{
    return QStringList{
               QStringLiteral("CREATE TABLE ledger_industry_day_totals (industry TEXT NOT NULL, entry_date TEXT NOT NULL, currency TEXT NOT NULL, "
                              "revenue_minor BIGINT NOT NULL, cost_minor BIGINT NOT NULL, entries BIGINT NOT NULL, "
                              "PRIMARY KEY (industry, entry_date, currency))"),
               QStringLiteral("INSERT INTO ledger_industry_day_totals (industry, entry_date, currency, revenue_minor, cost_minor, entries) "
                              "SELECT p.industry, l.entry_date, l.currency, SUM(CASE l.kind WHEN 'revenue' THEN l.amount_minor ELSE 0 END), "
                              "SUM(CASE l.kind WHEN 'cost' THEN l.amount_minor ELSE 0 END), COUNT(*) FROM ledger_entries l "
                              "JOIN projects p ON p.id = l.project_id GROUP BY p.industry, l.entry_date, l.currency"),
               // The partners whose projects earned the most (lifetime profit share) straight
               // from an index, as version 6 does for projects.
               QStringLiteral("CREATE INDEX ledger_partner_totals_profit ON ledger_partner_totals (currency, (revenue_minor - cost_minor))"),
           } +
           (dialect.isPostgres() ? industryTriggersPostgres(dialect) : industryTriggersSqlite(dialect)) + dialect.roleGrants();
}

// Version 10 (bench_dashboard): the ledger's project index also holds the amounts, so that a
// date range's sums per project are added up along the index, project by project, without
// reading the table or sorting: a range holding 800,000 of 2,000,000 entries took 530 ms to sum
// per project, now 280 ms. Queries of one project's ledger read the index alone as well.
QStringList version10(const SqlDialect &)
{
    return {
        QStringLiteral("DROP INDEX ledger_project"),
        QStringLiteral("CREATE INDEX ledger_project ON ledger_entries(project_id, entry_date, currency, kind, amount_minor)"),
    };
}

// The tables whose ids name records in the audit log and elsewhere, with the audit log's entity
// name for each (empty: not audited per record).
const QList<QPair<QString, QString>> kNumberedTables = {
    {QStringLiteral("partners"), QStringLiteral("partner")},     {QStringLiteral("contracts"), QStringLiteral("contract")},
    {QStringLiteral("projects"), QStringLiteral("project")},     {QStringLiteral("milestones"), QString()},
    {QStringLiteral("ledger_entries"), QStringLiteral("ledger_entry")}, {QStringLiteral("training_runs"), QString()},
    {QStringLiteral("audit_log"), QString()},
};

// SQLite: a table rebuilt with AUTOINCREMENT ids (SQLite's way of changing a column: a new table,
// the rows copied, the old one dropped and the new one renamed; foreign keys are off during
// migrations), its indexes and triggers created again as they were.
QStringList autoincrementSqlite(const QSqlDatabase &db, const QString &table, const QString &entity)
{
    QString error;
    const QString create = SqlStatement::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                                {table}, &error)
                               .toString();
    const QString rebuilt = QString(create)
                                .replace(QStringLiteral("CREATE TABLE %1 (").arg(table), QStringLiteral("CREATE TABLE lepton_rebuild ("))
                                .replace(QStringLiteral("id INTEGER PRIMARY KEY,"), QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT,"));
    // A table that does not look as version 1 made it is left to fail loudly below, not guessed at.
    if (!rebuilt.startsWith(QStringLiteral("CREATE TABLE lepton_rebuild (")) || !rebuilt.contains(QStringLiteral("AUTOINCREMENT")))
        return {QStringLiteral("SELECT lepton_unexpected_definition_of_%1()").arg(table)};
    QStringList again;
    SqlStatement parts(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL"));
    if (parts.exec({table}, &error))
        while (parts.next()) again << parts.value(0).toString();
    // The next id follows the highest ever given, also to records deleted before this step
    // (their audit history names them): a new record never takes over a deleted one's history.
    const QString highest = entity.isEmpty()
                                ? QStringLiteral("(SELECT COALESCE(MAX(id), 0) FROM %1)").arg(table)
                                : QStringLiteral("MAX((SELECT COALESCE(MAX(id), 0) FROM %1), "
                                                 "(SELECT COALESCE(MAX(entity_id), 0) FROM audit_log WHERE entity = '%2'))")
                                      .arg(table, entity);
    return QStringList{rebuilt, QStringLiteral("INSERT INTO lepton_rebuild SELECT * FROM %1").arg(table),
                       QStringLiteral("DROP TABLE %1").arg(table),
                       // Legacy mode: the rename leaves other tables' triggers and references alone.
                       QStringLiteral("PRAGMA legacy_alter_table=ON"), QStringLiteral("ALTER TABLE lepton_rebuild RENAME TO %1").arg(table),
                       QStringLiteral("PRAGMA legacy_alter_table=OFF"),
                       QStringLiteral("DELETE FROM sqlite_sequence WHERE name = '%1'").arg(table),
                       QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%1', %2").arg(table, highest)} +
           again;
}

// Version 11: ids are never given twice. SQLite gave a deleted record's id (the highest) to the
// next new one, which then showed the deleted record's audit history: AUTOINCREMENT ids now.
// On a server, what a client can write is narrowed to what it is meant to write (roleGrants):
// the audit log's id (editors may not name it), time and author are the server's, the totals tables are written only by
// their triggers (as the owner), and a training run's confirmation note, once written (on start, or
// on resume of a run that had none), is never rewritten.
QStringList version11(const QSqlDatabase &db, const SqlDialect &dialect)
{
    if (!dialect.isPostgres()) {
        QStringList statements = {QStringLiteral("CREATE TABLE lepton_sequence_seed (id INTEGER PRIMARY KEY AUTOINCREMENT)"),
                                  QStringLiteral("DROP TABLE lepton_sequence_seed")};  // creates sqlite_sequence
        for (const auto &[table, entity] : kNumberedTables) statements << autoincrementSqlite(db, table, entity);
        return statements;
    }
    return QStringList{
               QStringLiteral(R"(CREATE OR REPLACE FUNCTION lepton_audit_who() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    NEW.who := session_user;
    RETURN NEW;
END $$)"),
               QStringLiteral(R"(CREATE FUNCTION lepton_keep_confirmation_note() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.confirmation_note <> '' AND NEW.confirmation_note IS DISTINCT FROM OLD.confirmation_note THEN
        RAISE EXCEPTION 'the confirmation note of a training run cannot be changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$)"),
               QStringLiteral("CREATE TRIGGER training_runs_keep_confirmation_note BEFORE UPDATE OF confirmation_note ON training_runs "
                              "FOR EACH ROW EXECUTE FUNCTION lepton_keep_confirmation_note()"),
               // Nobody but the owner creates objects that the app's queries could pick up first.
               QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
           } +
           dialect.roleGrants();
}

// Version 12: the partnership risk of every partner and contract as last assessed
// (RiskRegister), so that the lists sort and filter by it and the dashboard counts it with an
// index. Not kept by triggers: the level depends on today's date as much as on the records.
QStringList version12(const SqlDialect &dialect)
{
    return QStringList{
               QStringLiteral("CREATE TABLE partnership_risk (record_kind TEXT NOT NULL CHECK (record_kind IN ('partner', 'contract')), "
                              "record_id BIGINT NOT NULL, level BIGINT NOT NULL CHECK (level BETWEEN 0 AND 2), "
                              "reasons TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (record_kind, record_id))"),
               QStringLiteral("CREATE INDEX partnership_risk_level ON partnership_risk (record_kind, level)"),
           } +
           dialect.roleGrants();
}

// Version 13 (shared servers): each training run names the client that queued or runs it, so
// that opening the Training page marks only that client's interrupted runs stopped, and other
// users' runs show as running elsewhere; and a run's log is kept with it across resumes and
// sessions. Version 8's grants are repeated so that the editor role can write the new table.
QStringList version13(const SqlDialect &dialect)
{
    return dialect.schema(QStringList{
               QStringLiteral("ALTER TABLE training_runs ADD COLUMN owner_client TEXT NOT NULL DEFAULT ''"),
               QStringLiteral(R"(CREATE TABLE training_log (
            run_id BIGINT NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
            line_no BIGINT NOT NULL CHECK (line_no >= 1),
            line TEXT NOT NULL,
            PRIMARY KEY (run_id, line_no)){without_rowid})"),
           }) +
           dialect.roleGrants();
}

// Version 14 (shared servers): the server writes the audit log itself. A trigger on every
// audited table records each change, with the server's time and the database user, also a plain
// UPDATE an editor runs outside the application; editors may no longer insert audit entries at
// all. The application describes its own change first (AuditLog::record calls
// lepton_audit_describe): the entry then carries its action (an overwrite or a restore, not just
// an update or an insert) and the record as the application shows it, with its participants,
// milestones or parties, as SQLite's entries do. A description is used only for the record it
// names, at the version the change left, and only with an action that fits what the change did
// (a delete is never recorded as anything else); otherwise the row itself is recorded.
// The triggers fire when the change is described, or at commit: a project's participants and
// milestones are written after its row, and its entry shows them.
// SQLite keeps the application's entries (one user on one computer): nothing changes there.
QStringList version14(const SqlDialect &dialect)
{
    if (!dialect.isPostgres()) return {};
    QStringList statements = {
        QStringLiteral(R"(CREATE FUNCTION lepton_audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    entity text := TG_ARGV[0];
    record_id bigint;
    record_version bigint;
    action text;
    fitting text[];
    before_json text;
    after_json text;
    told json;
BEGIN
    IF TG_OP = 'INSERT' THEN
        record_id := NEW.id; record_version := NEW.version; action := 'create'; fitting := ARRAY['create', 'restore'];
        after_json := to_jsonb(NEW)::text;
    ELSIF TG_OP = 'UPDATE' THEN
        record_id := NEW.id; record_version := NEW.version; action := 'update'; fitting := ARRAY['update', 'overwrite'];
        before_json := to_jsonb(OLD)::text; after_json := to_jsonb(NEW)::text;
    ELSE
        record_id := OLD.id; record_version := OLD.version; action := 'delete'; fitting := ARRAY['delete'];
        before_json := to_jsonb(OLD)::text;
    END IF;
    told := NULLIF(current_setting('lepton.audit', true), '')::json;
    IF told IS NOT NULL AND told->>'entity' = entity AND told->>'entity_id' = record_id::text AND told->>'action' = ANY (fitting)
       AND (CASE WHEN TG_OP = 'DELETE' THEN told->>'before' ELSE told->>'after' END)::json->>'version' = record_version::text THEN
        action := told->>'action';
        before_json := told->>'before';
        after_json := told->>'after';
    END IF;
    -- audit_log_who sets the time and the user.
    INSERT INTO audit_log (at, who, entity, entity_id, action, before_json, after_json)
        VALUES ('', '', entity, record_id, action, before_json, after_json);
    RETURN NULL;
END $$)"),
        // The change just made, described by the application (one JSON object: entity,
        // entity_id, action, before, after), recorded now rather than at commit.
        QStringLiteral(R"(CREATE FUNCTION lepton_audit_describe(change text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('lepton.audit', change, true);
    SET CONSTRAINTS public.lepton_audit IMMEDIATE;
    SET CONSTRAINTS public.lepton_audit DEFERRED;
    PERFORM set_config('lepton.audit', '', true);
END $$)"),
    };
    for (const auto &[table, entity] : RecordTables::audited())
        statements << QStringLiteral("CREATE CONSTRAINT TRIGGER lepton_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                     "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lepton_audit_change('%2')")
                          .arg(table, entity);
    return statements + dialect.roleGrants();
}

// The change of one ledger entry `row` (new or old, a revenue entry) or of a whole participation
// `row` applied to ledger_partner_month_totals, signed by `sign` ("" adds, "-" takes out). One
// statement for both dialects, as industryDayDelta().
QString partnerMonthDelta(const SqlDialect &dialect, const QString &rows)
{
    const QString t = dialect.isPostgres() ? QStringLiteral("t.") : QString();
    return QStringLiteral("INSERT INTO ledger_partner_month_totals%1 (currency, month, partner_id, revenue_minor) ")
               .arg(dialect.isPostgres() ? QStringLiteral(" AS t") : QString()) +
           rows +
           QStringLiteral(" ON CONFLICT (currency, month, partner_id) DO UPDATE SET revenue_minor = %1revenue_minor + excluded.revenue_minor")
               .arg(t);
}

// A revenue entry added to or taken out of each partner of its project.
QString partnerMonthEntryDelta(const SqlDialect &dialect, const QString &row, const QString &sign)
{
    return partnerMonthDelta(dialect, QStringLiteral("SELECT %1.currency, substr(%1.entry_date, 1, 7), pa.partner_id, %2%1.amount_minor "
                                                     "FROM participants pa WHERE pa.project_id = %1.project_id AND %1.kind = 'revenue' AND true")
                                          .arg(row, sign));
}

// A participation added or taken out with its project's revenue, month by month.
QString partnerMonthParticipationDelta(const SqlDialect &dialect, const QString &row, const QString &sign)
{
    return partnerMonthDelta(dialect, QStringLiteral("SELECT l.currency, substr(l.entry_date, 1, 7), %1.partner_id, %2SUM(l.amount_minor) "
                                                     "FROM ledger_entries l WHERE l.project_id = %1.project_id AND l.kind = 'revenue' "
                                                     "GROUP BY l.currency, substr(l.entry_date, 1, 7)")
                                          .arg(row, sign));
}

// SQLite: every step keeps "a partner's month = the revenue of its projects' entries that
// month", so the order in which a project's delete cascades to participants and entries does not
// matter (as for ledger_partner_totals).
QStringList partnerMonthTriggersSqlite(const SqlDialect &dialect)
{
    const QString entryIn = partnerMonthEntryDelta(dialect, QStringLiteral("new"), QString()) + QStringLiteral("; ");
    const QString entryOut = partnerMonthEntryDelta(dialect, QStringLiteral("old"), QStringLiteral("-")) + QStringLiteral("; ");
    const QString partIn = partnerMonthParticipationDelta(dialect, QStringLiteral("new"), QString()) + QStringLiteral("; ");
    const QString partOut = partnerMonthParticipationDelta(dialect, QStringLiteral("old"), QStringLiteral("-")) + QStringLiteral("; ");
    return {
        QStringLiteral("CREATE TRIGGER ledger_partner_month_ai AFTER INSERT ON ledger_entries BEGIN ") + entryIn + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_partner_month_ad AFTER DELETE ON ledger_entries BEGIN ") + entryOut + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER ledger_partner_month_au AFTER UPDATE OF project_id, entry_date, kind, amount_minor, currency "
                       "ON ledger_entries BEGIN ") + entryOut + entryIn + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER participants_month_ai AFTER INSERT ON participants BEGIN ") + partIn + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER participants_month_ad AFTER DELETE ON participants BEGIN ") + partOut + QStringLiteral("END"),
        QStringLiteral("CREATE TRIGGER participants_month_au AFTER UPDATE OF project_id, partner_id ON participants BEGIN ") + partOut +
            partIn + QStringLiteral("END"),
    };
}

// partnerMonthTriggersSqlite() as plpgsql. PostgreSQL runs the row triggers of a cascaded delete
// only once participants and entries are both gone (see ledgerSummaryTriggersPostgres()): a
// project's delete takes its revenue from its partners first, and the cascade's triggers leave
// the partners alone once the project is gone.
QStringList partnerMonthTriggersPostgres(const SqlDialect &dialect)
{
    const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM projects WHERE id = %1.project_id)");
    const QString change = QStringLiteral(R"(CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND %2 THEN
        %3;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        %4;
    END IF;
    RETURN NULL;
END $$)");
    return {
        change.arg(QStringLiteral("ledger_partner_month_change"), exists.arg(QStringLiteral("OLD")),
                   partnerMonthEntryDelta(dialect, QStringLiteral("OLD"), QStringLiteral("-")),
                   partnerMonthEntryDelta(dialect, QStringLiteral("NEW"), QString())),
        QStringLiteral("CREATE TRIGGER ledger_partner_month AFTER INSERT OR DELETE OR UPDATE OF project_id, entry_date, kind, amount_minor, "
                       "currency ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_partner_month_change()"),
        change.arg(QStringLiteral("participants_month_change"), exists.arg(QStringLiteral("OLD")),
                   partnerMonthParticipationDelta(dialect, QStringLiteral("OLD"), QStringLiteral("-")),
                   partnerMonthParticipationDelta(dialect, QStringLiteral("NEW"), QString())),
        QStringLiteral("CREATE TRIGGER participants_month AFTER INSERT OR DELETE OR UPDATE OF project_id, partner_id "
                       "ON participants FOR EACH ROW EXECUTE FUNCTION participants_month_change()"),
        QStringLiteral(R"(CREATE FUNCTION projects_partner_month_leave() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    %1;
    RETURN OLD;
END $$)")
            .arg(partnerMonthDelta(dialect, QStringLiteral("SELECT l.currency, substr(l.entry_date, 1, 7), pa.partner_id, -SUM(l.amount_minor) "
                                                           "FROM participants pa JOIN ledger_entries l ON l.project_id = pa.project_id "
                                                           "WHERE pa.project_id = OLD.id AND l.kind = 'revenue' "
                                                           "GROUP BY l.currency, substr(l.entry_date, 1, 7), pa.partner_id"))),
        QStringLiteral("CREATE TRIGGER projects_partner_month_leave BEFORE DELETE ON projects FOR EACH ROW "
                       "EXECUTE FUNCTION projects_partner_month_leave()"),
    };
}

// Version 15 (ecosystem stability, bench_dashboard): each partner's revenue per calendar month
// ("2026-03"), counted as ledger_partner_totals counts it (a project's revenue for each of its
// partners), so that revenue concentration month by month sums a few hundred thousand rows
// instead of every entry joined to its partners. Revenue only: concentration weighs nothing
// else. Back-filled from the ledger, then kept exact by the triggers above; version 8's grants
// are repeated so that the reader and editor roles reach the new table.
QStringList version15(const SqlDialect &dialect)
{
    return dialect.schema(QStringList{
               QStringLiteral("CREATE TABLE ledger_partner_month_totals (currency TEXT NOT NULL, month TEXT NOT NULL, "
                              "partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE, revenue_minor BIGINT NOT NULL, "
                              "PRIMARY KEY (currency, month, partner_id)){without_rowid}"),
               // One partner's (or one industry's partners') months, and the partner's delete.
               QStringLiteral("CREATE INDEX ledger_partner_month_partner ON ledger_partner_month_totals (partner_id, currency, month, revenue_minor)"),
               QStringLiteral("INSERT INTO ledger_partner_month_totals (currency, month, partner_id, revenue_minor) "
                              "SELECT l.currency, substr(l.entry_date, 1, 7), pa.partner_id, SUM(l.amount_minor) FROM participants pa "
                              "JOIN ledger_entries l ON l.project_id = pa.project_id WHERE l.kind = 'revenue' "
                              "GROUP BY l.currency, substr(l.entry_date, 1, 7), pa.partner_id"),
           }) +
           (dialect.isPostgres() ? partnerMonthTriggersPostgres(dialect) : partnerMonthTriggersSqlite(dialect)) + dialect.roleGrants();
}

// Version 16 (allocation): the synergy a contract's parties create together, as the share of a
// project's profit that each pair of contributing participants adds over what the two would
// create apart, in basis points (500 = 5 %). The default Shapley game of the contract's projects
// reads it; 0, the value of every contract written before, keeps the game additive.
QStringList version16(const SqlDialect &dialect)
{
    return dialect.schema(QStringList{
        QStringLiteral("ALTER TABLE contracts ADD COLUMN pair_synergy_bp BIGINT NOT NULL DEFAULT 0 "
                       "CHECK (pair_synergy_bp BETWEEN 0 AND 10000)"),
    });
}

// Version 17 (bench_dashboard): the ledger by date, holding what a date range's sums per project
// read, so that every project's entries in a range are read alone instead of all entries along
// the project index: three months of 2,000,000 entries read 600,000 index rows, not 2,000,000.
QStringList version17(const SqlDialect &)
{
    return {QStringLiteral("CREATE INDEX ledger_date ON ledger_entries(entry_date, currency, project_id, kind, amount_minor)")};
}

// One step of the ladder: its statements from the dialect alone, or (a step that rebuilds what
// is there) from the database as it is.
class Migration {
public:
    Migration(QStringList (*fromDialect)(const SqlDialect &)) : m_fromDialect(fromDialect) {}
    Migration(QStringList (*fromDatabase)(const QSqlDatabase &, const SqlDialect &)) : m_fromDatabase(fromDatabase) {}
    QStringList statements(const QSqlDatabase &db, const SqlDialect &dialect) const
    {
        return m_fromDialect ? m_fromDialect(dialect) : m_fromDatabase(db, dialect);
    }

private:
    QStringList (*m_fromDialect)(const SqlDialect &) = nullptr;
    QStringList (*m_fromDatabase)(const QSqlDatabase &, const SqlDialect &) = nullptr;
};

// migrations[i] takes a workspace from version i to version i + 1.
const Migration migrations[] = {version1, version2, version3, version4, version5, version6, version7, version8, version9,
                               version10, version11, version12, version13, version14, version15, version16, version17};

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
        if (ok && version >= target) return SqlStatement::execAll(db, dialect.endMigration(), error);
        if (ok) {
            const QStringList statements = migrations[version].statements(db, dialect) + dialect.setVersion(version + 1, Workspace::kApplicationId);
            ok = SqlStatement::execAll(db, statements, &why) && dialect.foreignKeysHold(db, &why) &&
                 SqlStatement::execAll(db, dialect.endMigration(), &why);
        }
        if (!ok) {
            QString ignored;
            SqlStatement::execAll(db, {QStringLiteral("ROLLBACK")}, &ignored);
            SqlStatement::execAll(db, dialect.endMigration().mid(1), &ignored);
            if (error) *error = tr("upgrading the workspace to version %1 failed and was undone: %2").arg(version + 1).arg(why);
            return false;
        }
    }
}
