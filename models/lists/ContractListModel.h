#pragma once
// The contract list: search on reference and title, filters by cooperation mode, status and
// party; contracts inside their notice period carry AttentionRole.
#include "models/analytics/PartnershipRisk.h"
#include "models/records/Choices.h"
#include "models/lists/RecordListModel.h"

#include <QDate>
#include <optional>

class ContractListModel : public RecordListModel {
    Q_OBJECT
public:
    enum Column { Reference, Title, Mode, Parties, Start, End, Value, Status, Risk, Updated, ColumnCount };

    explicit ContractListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setModeFilter(std::optional<CooperationMode> mode);
    // Contracts kept at this risk level or above (RiskRegister); std::nullopt shows all.
    void setRiskFilter(std::optional<RiskLevel> atLeast);
    void setStatusFilter(std::optional<ContractStatus> status);
    // Only contracts the partner is a party to; 0 shows all.
    void setPartyFilter(qint64 partnerId);
    // The day the notice-period flag is computed for (today unless a test says otherwise).
    void setToday(const QDate &today);

protected:
    QString sortExpression(int column) const override;
    QVariant cell(const QVariantList &row, int column, int role) const override;

private:
    QDate m_today = QDate::currentDate();
};
