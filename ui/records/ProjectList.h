#pragma once
// The projects page: filters by status and industry; projects with overdue milestones are
// flagged; the detail pane shows participants, milestones, the ledger with revenue, cost and
// profit, and the history. Ledger entries are added and changed from there, undoably.
#include "models/repositories/ContractRepository.h"
#include "models/repositories/PartnerRepository.h"
#include "models/repositories/ProjectRepository.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordList.h"

class ProjectListModel;

class ProjectList : public RecordList {
    Q_OBJECT
public:
    ProjectList(Workspace &workspace, QUndoStack *undo);

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
    bool openLink(qint64 id, const QUrl &link, QWidget *parent) override;
    bool addRecord(QWidget *parent) override;
    bool editRecord(qint64 id, QWidget *parent) override;
    bool deleteRecord(qint64 id, QWidget *parent) override;
    std::unique_ptr<RecordCsv> csvFormat(Workspace &workspace) const override;
    // Ranks partners for the project's need (FindPartnersDialog); a chosen one joins it undoably.
    void findPartners(qint64 projectId, QWidget *parent);

protected:
    RecordListModel *createModel(Workspace &workspace) const override;
    void applyFilter(RecordListModel &model, const QString &key, const QVariant &value) const override;

private:
    // From Find Partners: the partner joins as a technology provider, undoably.
    bool addParticipant(qint64 projectId, qint64 partnerId, QWidget *parent);
    bool addLedgerEntry(qint64 projectId, QWidget *parent);
    bool editLedgerEntry(qint64 entryId, QWidget *parent);
    bool removeLedgerEntry(const LedgerEntry &entry, QWidget *parent);
    // Undo and redo of ledger changes, each over the version this page last wrote.
    bool updateLedgerStep(const LedgerEntry &wanted, QString *error);
    bool removeLedgerStep(qint64 id, QString *error);
    bool restoreLedgerStep(const LedgerEntry &entry, QString *error);
    QList<RecordField> fields(const Project &p) const;
    // A ledger entry's fields as its form shows them, for the conflict dialog.
    static QList<RecordField> ledgerFields(const LedgerEntry &e);

    ProjectRepository m_projects;
    PartnerRepository m_partners;
    ContractRepository m_contracts;
    RecordEditor<Project, ProjectRepository> m_editor;
    WrittenVersions m_ledgerWritten;
};
