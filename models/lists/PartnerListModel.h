#pragma once
// The partner list: search, filters by status, industry, kind, tier and risk (as RiskRegister
// last kept it), sortable on every column.
#include "models/analytics/PartnershipRisk.h"
#include "models/records/Choices.h"
#include "models/lists/RecordListModel.h"

#include <optional>

class PartnerListModel : public RecordListModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Industry, Country, City, Tier, Status, Risk, Rating, ContactPerson, Email, Updated, ColumnCount };

    explicit PartnerListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // std::nullopt shows all.
    void setStatusFilter(std::optional<PartnerStatus> status);
    void setIndustryFilter(std::optional<::Industry> industry);
    void setKindFilter(std::optional<PartnerKind> kind);
    void setTierFilter(std::optional<PartnerTier> tier);
    // Partners kept at this risk level or above; std::nullopt shows all.
    void setRiskFilter(std::optional<RiskLevel> atLeast);

protected:
    QString sortExpression(int column) const override;
    QVariant cell(const QVariantList &row, int column, int role) const override;
};
