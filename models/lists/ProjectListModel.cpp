#include "models/lists/ProjectListModel.h"
#include "models/records/DateText.h"

#include "models/repositories/LedgerTotals.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Workspace.h"

#include <QLocale>

namespace {
// Column order up to Participants, then the overdue flag; completePage appends the ledger totals.
QStringList selects(const SqlDialect &dialect)
{
    return {"pr.name", "pr.industry", "(SELECT reference FROM contracts WHERE id = pr.contract_id)", "pr.status",
            "pr.start_date", "pr.end_date", "(SELECT count(*) FROM participants WHERE project_id = pr.id)",
            QStringLiteral("EXISTS (SELECT 1 FROM milestones m WHERE m.project_id = pr.id AND m.done_date IS NULL AND m.due_date < %1)")
                .arg(dialect.today())};
}
constexpr int kOverdue = 8, kTotals = 9;  // positions in a row (the id is 0)
}  // namespace

ProjectListModel::ProjectListModel(Workspace &workspace, QObject *parent)
    : RecordListModel(workspace, {QStringLiteral("projects pr"), QStringLiteral("pr.id"), selects(workspace.dialect()), QStringLiteral("projects_search"), QStringLiteral("projects_words")},
                      ColumnCount, parent)
{
    refresh();
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Industry: return tr("Industry");
    case Contract: return tr("Contract");
    case Status: return tr("Status");
    case Start: return tr("Start");
    case End: return tr("End");
    case Participants: return tr("Participants");
    case Revenue: return tr("Revenue");
    case Cost: return tr("Cost");
    case Profit: return tr("Profit");
    }
    return {};
}

void ProjectListModel::setStatusFilter(std::optional<ProjectStatus> status)
{
    setEquals(QStringLiteral("pr.status"), Choices::key(status));
}

void ProjectListModel::setIndustryFilter(std::optional<::Industry> industry)
{
    setEquals(QStringLiteral("pr.industry"), Choices::key(industry));
}

void ProjectListModel::setContractFilter(qint64 contractId)
{
    setCondition(QStringLiteral("contract"), contractId > 0 ? QStringLiteral("pr.contract_id = ?") : QString(), {contractId});
}

void ProjectListModel::setParticipantFilter(qint64 partnerId)
{
    setCondition(QStringLiteral("participant"),
                 partnerId > 0 ? QStringLiteral("pr.id IN (SELECT project_id FROM participants WHERE partner_id = ?)") : QString(),
                 {partnerId});
}

QString ProjectListModel::sortExpression(int column) const
{
    // Contract, participants and the ledger sums would need every row's subquery to sort.
    switch (column) {
    case Name: return QStringLiteral("pr.name");
    case Industry: return QStringLiteral("pr.industry");
    case Status: return QStringLiteral("pr.status");
    case Start: return QStringLiteral("pr.start_date");
    case End: return QStringLiteral("pr.end_date");
    default: return {};
    }
}

bool ProjectListModel::completePage(QList<QVariantList> &rows, QString *error) const
{
    if (rows.isEmpty()) return true;
    // One grouped query for the page instead of three subqueries per row.
    QStringList marks;
    QVariantList ids;
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rows.size(); ++i) {
        marks << QStringLiteral("?");
        ids << rows[i].value(0);
        rowOf.insert(rows[i].value(0).toLongLong(), i);
    }
    SqlStatement sums(workspace().database(),
                      QStringLiteral("SELECT project_id, kind, currency, sum(amount_minor) FROM ledger_entries WHERE project_id IN (%1) "
                                     "GROUP BY project_id, kind, currency")
                          .arg(marks.join(QLatin1Char(','))));
    if (!sums.exec(ids, error)) return false;
    QList<LedgerTotals> totals(rows.size());
    while (sums.next())
        totals[rowOf.value(sums.value(0).toLongLong())].add(sums.value(1).toString(), sums.value(2).toString(), sums.value(3).toLongLong());
    for (int i = 0; i < rows.size(); ++i) rows[i] << QVariant::fromValue(totals[i]);
    return true;
}

QVariant ProjectListModel::cell(const QVariantList &row, int column, int role) const
{
    const bool overdue = row.value(kOverdue).toBool();
    const LedgerTotals totals = row.value(kTotals).value<LedgerTotals>();
    const QList<Money> amounts = column == Revenue ? totals.revenue() : column == Cost ? totals.cost() : totals.profit();
    switch (role) {
    case AttentionRole: return overdue;
    case KeyRole:
        if (column >= Revenue) {
            QVariantList minor;
            for (const Money &m : amounts) minor << m.minorUnits();
            return minor;
        }
        return row.value(column + 1);
    case Qt::TextAlignmentRole:
        return column >= Participants ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (overdue) return tr("A milestone of this project is past its due date and not done.");
        break;
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QVariant value = row.value(column + 1);
    switch (column) {
    case Industry: return Choices::labelForKey<::Industry>(value.toString());
    case Status: return Choices::labelForKey<ProjectStatus>(value.toString());
    case Start:
    case End: return DateText::date(SqlValue::toDate(value));
    case Participants: return value.toInt();
    case Revenue:
    case Cost:
    case Profit: return LedgerTotals::format(amounts);
    default: return value.toString();
    }
}
