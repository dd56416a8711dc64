#include "models/storage/RecordTables.h"

#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"

#include <QSqlField>
#include <QSqlRecord>

namespace {
struct RecordTable {
    const char *name;
    // Rows are copied in this order: ids ascending, link rows in the order the user listed them
    // (see SqlDialect::insertionOrder), metric points by their key (no rowid in SQLite).
    const char *order;
};

// Foreign-key order: each table after the tables it refers to.
constexpr RecordTable kTables[] = {
    {"partners", "id"},
    {"contracts", "id"},
    {"contract_parties", nullptr},
    {"projects", "id"},
    {"participants", nullptr},
    {"milestones", "id"},
    {"ledger_entries", "id"},
    {"coalition_values", "project_id, coalition"},
    {"training_runs", "id"},
    {"training_metrics", "run_id, kind, step"},
    {"training_log", "run_id, line_no"},
    {"audit_log", "id"},
};
}  // namespace

QStringList RecordTables::names()
{
    QStringList out;
    for (const RecordTable &t : kTables) out << QLatin1String(t.name);
    return out;
}

QStringList RecordTables::derivedNames()
{
    return {QStringLiteral("ledger_project_totals"), QStringLiteral("ledger_day_totals"), QStringLiteral("ledger_partner_totals"),
            QStringLiteral("ledger_industry_day_totals"), QStringLiteral("ledger_partner_month_totals"),
            // Assessed again from the records whenever a workspace opens.
            QStringLiteral("partnership_risk"), QStringLiteral("lepton_schema")};
}

QList<QPair<QString, QString>> RecordTables::audited()
{
    return {{QStringLiteral("partners"), QStringLiteral("partner")},
            {QStringLiteral("contracts"), QStringLiteral("contract")},
            {QStringLiteral("projects"), QStringLiteral("project")},
            {QStringLiteral("ledger_entries"), QStringLiteral("ledger_entry")}};
}

bool RecordTables::copy(const QSqlDatabase &from, const QSqlDatabase &to, QString *error)
{
    for (const RecordTable &t : kTables) {
        const QString table = QLatin1String(t.name);
        const QSqlRecord source = from.record(table);
        const QSqlRecord target = to.record(table);
        QStringList columns, placeholders;
        for (int i = 0; i < source.count(); ++i) {
            if (!target.contains(source.fieldName(i))) {
                *error = tr("The column %1.%2 has no place in the target workspace, so its values would be lost. "
                            "Update Lepton Partner Studio and try again.")
                             .arg(table, source.fieldName(i));
                return false;
            }
            columns << source.fieldName(i);
            placeholders << QStringLiteral("?");
        }
        if (columns.isEmpty()) {
            *error = tr("The workspace has no table %1, so it cannot be copied. Choose a workspace made by Lepton Partner Studio.").arg(table);
            return false;
        }
        const QString order = t.order ? QLatin1String(t.order) : SqlDialect::of(from).insertionOrder();
        SqlStatement rows(from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, order));
        SqlStatement insert(to, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
        if (!rows.exec(error)) return false;
        QVariantList values;
        while (rows.next()) {
            values.clear();
            for (int i = 0; i < columns.size(); ++i) values << rows.value(i);
            if (!insert.exec(values, error)) {
                *error = tr("Copying the table %1 failed: %2").arg(table, *error);
                return false;
            }
        }
    }
    return true;
}

bool RecordTables::removeAll(const QSqlDatabase &db, QString *error)
{
    for (auto t = std::rbegin(kTables); t != std::rend(kTables); ++t)
        if (!SqlStatement(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(t->name))).exec(error)) return false;
    return true;
}
