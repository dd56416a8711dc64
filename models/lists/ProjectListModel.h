#pragma once
// The project list: search on the name, filters by status, industry, contract and participant;
// revenue, cost and profit summed from the ledger for the rows on screen; projects with overdue
// milestones carry AttentionRole.
#include "models/records/Choices.h"
#include "models/lists/RecordListModel.h"

#include <optional>

class ProjectListModel : public RecordListModel {
    Q_OBJECT
public:
    enum Column { Name, Industry, Contract, Status, Start, End, Participants, Revenue, Cost, Profit, ColumnCount };

    explicit ProjectListModel(Workspace &workspace, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStatusFilter(std::optional<ProjectStatus> status);
    void setIndustryFilter(std::optional<::Industry> industry);
    // Only projects under this contract / with this participant; 0 shows all.
    void setContractFilter(qint64 contractId);
    void setParticipantFilter(qint64 partnerId);

protected:
    QString sortExpression(int column) const override;
    QVariant cell(const QVariantList &row, int column, int role) const override;
    bool completePage(QList<QVariantList> &rows, QString *error) const override;
};
