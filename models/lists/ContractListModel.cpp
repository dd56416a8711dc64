#include "models/lists/ContractListModel.h"
#include "models/records/DateText.h"

#include "models/records/Contract.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/SqlValue.h"
#include "models/storage/Workspace.h"

#include <QLocale>

namespace {
// Column order, then the values the cells need besides (currency, notice days).
QStringList selects(const SqlDialect &dialect)
{
    return {"c.reference", "c.title", "c.mode",
            QStringLiteral("(SELECT %1 FROM contract_parties cp JOIN partners pa ON pa.id = cp.partner_id WHERE cp.contract_id = c.id)")
                .arg(dialect.joinedText(QStringLiteral("pa.name"), QStringLiteral("', '"))),
            "c.start_date", "c.end_date", "c.value_minor", "c.status",
            "(SELECT r.level FROM partnership_risk r WHERE r.record_kind = 'contract' AND r.record_id = c.id)", "c.updated_at",
            "c.currency", "c.notice_days"};
}
constexpr int kCurrency = 11, kNoticeDays = 12;  // positions in a row (the id is 0)
}  // namespace

ContractListModel::ContractListModel(Workspace &workspace, QObject *parent)
    : RecordListModel(workspace,
                      {QStringLiteral("contracts c"), QStringLiteral("c.id"), selects(workspace.dialect()), QStringLiteral("contracts_search"), QStringLiteral("contracts_words")},
                      ColumnCount, parent)
{
    refresh();
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Title: return tr("Title");
    case Mode: return tr("Cooperation mode");
    case Parties: return tr("Parties");
    case Start: return tr("Start");
    case End: return tr("End");
    case Value: return tr("Total value");
    case Status: return tr("Status");
    case Risk: return tr("Risk");
    case Updated: return tr("Updated");
    }
    return {};
}

void ContractListModel::setModeFilter(std::optional<CooperationMode> mode)
{
    setEquals(QStringLiteral("c.mode"), Choices::key(mode));
}

void ContractListModel::setRiskFilter(std::optional<RiskLevel> atLeast)
{
    setCondition(QStringLiteral("risk"),
                 atLeast ? QStringLiteral("c.id IN (SELECT record_id FROM partnership_risk WHERE record_kind = 'contract' AND level >= ?)")
                         : QString(),
                 {atLeast ? int(*atLeast) : 0});
}

void ContractListModel::setStatusFilter(std::optional<ContractStatus> status)
{
    setEquals(QStringLiteral("c.status"), Choices::key(status));
}

void ContractListModel::setPartyFilter(qint64 partnerId)
{
    setCondition(QStringLiteral("party"),
                 partnerId > 0 ? QStringLiteral("c.id IN (SELECT contract_id FROM contract_parties WHERE partner_id = ?)") : QString(),
                 {partnerId});
}

void ContractListModel::setToday(const QDate &today)
{
    m_today = today;
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {AttentionRole});
}

QString ContractListModel::sortExpression(int column) const
{
    return column == Parties ? QString() : selects(workspace().dialect()).value(column);
}

QVariant ContractListModel::cell(const QVariantList &row, int column, int role) const
{
    const QVariant value = row.value(column + 1);
    const auto status = Choices::fromKey<ContractStatus>(row.value(Status + 1).toString());
    const bool inNotice = status && Contract::isEndingWithinNotice(*status, SqlValue::toDate(row.value(End + 1)),
                                                                   row.value(kNoticeDays).toInt(), m_today);
    switch (role) {
    case KeyRole: return value;
    case AttentionRole: return inNotice;
    case Qt::TextAlignmentRole: return column == Value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (inNotice)
            return tr("Ends on %1; the %2-day notice period has begun. Renew or give notice now.")
                .arg(DateText::date(SqlValue::toDate(row.value(End + 1))))
                .arg(row.value(kNoticeDays).toInt());
        break;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case Mode: return Choices::labelForKey<CooperationMode>(value.toString());
    case Status: return Choices::labelForKey<ContractStatus>(value.toString());
    case Risk: return value.isNull() ? QString() : PartnershipRisk::label(RiskLevel(value.toInt()));
    case Start:
    case End: return DateText::date(SqlValue::toDate(value));
    case Value: return Money(value.toLongLong(), row.value(kCurrency).toString()).toString();
    case Updated: return DateText::dateTime(SqlValue::toTime(value).toLocalTime());
    default: return value.toString();
    }
}
