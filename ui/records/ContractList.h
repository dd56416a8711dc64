#pragma once
// The contracts page: filters by cooperation mode and status; contracts inside their notice
// period are flagged; the detail pane shows the parties, the terms, the projects run under the
// contract and its history.
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordList.h"

class ContractListModel;

class ContractList : public RecordList {
    Q_OBJECT
public:
    ContractList(Workspace &workspace, QUndoStack *undo);

    QString title() const override;
    QIcon icon() const override;
    QString searchPlaceholder() const override;
    QString emptyHint() const override;
    QString countText(int count) const override;
    QString newActionText() const override;
    QString attentionText() const override;
    QList<Filter> filters() const override;
    int columnWidthChars(int column) const override;
    QList<int> columnsLeftOutFirst() const override;
    StatusTone::Tone statusTone(const QModelIndex &index) const override;
    QString detailHtml(qint64 id) const override;
    bool addRecord(QWidget *parent) override;
    bool editRecord(qint64 id, QWidget *parent) override;
    bool deleteRecord(qint64 id, QWidget *parent) override;
    std::unique_ptr<RecordCsv> csvFormat(Workspace &workspace) const override;

protected:
    RecordListModel *createModel(Workspace &workspace) const override;
    void applyFilter(RecordListModel &model, const QString &key, const QVariant &value) const override;

private:
    QList<RecordField> fields(const Contract &c) const;
    QString partnerName(qint64 id) const;
    static QString pairSynergyText(const Contract &c);

    ContractRepository m_contracts;
    PartnerRepository m_partners;
    ProjectRepository m_projects;
    RecordEditor<Contract, ContractRepository> m_editor;
};
