#include "models/lists/PartnerListModel.h"
#include "models/records/DateText.h"

#include "models/storage/SqlValue.h"

#include <QLocale>

namespace {
// The SQL of each column, in Column order; each has an index (schema version 2).
const QStringList kColumnSql = {"p.name", "p.kind", "p.industry", "p.country", "p.city", "p.tier", "p.status",
                                "(SELECT r.level FROM partnership_risk r WHERE r.record_kind = 'partner' AND r.record_id = p.id)",
                                "p.rating", "p.contact_person", "p.email", "p.updated_at"};
}  // namespace

PartnerListModel::PartnerListModel(Workspace &workspace, QObject *parent)
    : RecordListModel(workspace,
                      {QStringLiteral("partners p"), QStringLiteral("p.id"), kColumnSql, QStringLiteral("partners_search"), QStringLiteral("partners_words")},
                      ColumnCount, parent)
{
    refresh();
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Industry: return tr("Industry");
    case Country: return tr("Country");
    case City: return tr("City");
    case Tier: return tr("Tier");
    case Status: return tr("Status");
    case Risk: return tr("Risk");
    case Rating: return tr("Rating");
    case ContactPerson: return tr("Contact person");
    case Email: return tr("E-mail");
    case Updated: return tr("Updated");
    }
    return {};
}

void PartnerListModel::setStatusFilter(std::optional<PartnerStatus> status)
{
    setEquals(QStringLiteral("p.status"), Choices::key(status));
}

void PartnerListModel::setIndustryFilter(std::optional<::Industry> industry)
{
    setEquals(QStringLiteral("p.industry"), Choices::key(industry));
}

void PartnerListModel::setKindFilter(std::optional<PartnerKind> kind)
{
    setEquals(QStringLiteral("p.kind"), Choices::key(kind));
}

void PartnerListModel::setTierFilter(std::optional<PartnerTier> tier)
{
    setEquals(QStringLiteral("p.tier"), Choices::key(tier));
}

void PartnerListModel::setRiskFilter(std::optional<RiskLevel> atLeast)
{
    setCondition(QStringLiteral("risk"),
                 atLeast ? QStringLiteral("p.id IN (SELECT record_id FROM partnership_risk WHERE record_kind = 'partner' AND level >= ?)")
                         : QString(),
                 {atLeast ? int(*atLeast) : 0});
}

QString PartnerListModel::sortExpression(int column) const
{
    return kColumnSql.value(column);
}

QVariant PartnerListModel::cell(const QVariantList &row, int column, int role) const
{
    const QVariant value = row.value(column + 1);
    if (role == KeyRole) return value;
    if (role == Qt::TextAlignmentRole && column == Rating) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == AttentionRole) return false;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const QString key = value.toString();
    switch (column) {
    case Kind: return Choices::labelForKey<PartnerKind>(key);
    case Industry: return Choices::labelForKey<::Industry>(key);
    case Tier: return Choices::labelForKey<PartnerTier>(key);
    case Status: return Choices::labelForKey<PartnerStatus>(key);
    case Risk: return value.isNull() ? QString() : PartnershipRisk::label(RiskLevel(value.toInt()));
    case Rating: return value.toInt();
    case Updated: return DateText::dateTime(SqlValue::toTime(value).toLocalTime());
    default: return key;
    }
}
