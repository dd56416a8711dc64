#pragma once
// The partner list: search, filters by status, industry, kind and tier, sortable on every column.
#include "models/records/Choices.h"
#include "models/lists/RecordListModel.h"

#include <optional>

class PartnerListModel : public RecordListModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Industry, Country, City, Tier, Status, Rating, ContactPerson, Email, Updated, ColumnCount };

    explicit PartnerListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // std::nullopt shows all.
    void setStatusFilter(std::optional<PartnerStatus> status);
    void setIndustryFilter(std::optional<::Industry> industry);
    void setKindFilter(std::optional<PartnerKind> kind);
    void setTierFilter(std::optional<PartnerTier> tier);

protected:
    QString sortExpression(int column) const override;
    QVariant cell(const QVariantList &row, int column, int role) const override;
};
