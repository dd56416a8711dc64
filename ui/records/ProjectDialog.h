#pragma once
// The form for adding or editing a project: its contract, dates, participants (role,
// contribution, fixed share, performance score) and milestones. The project validator's
// messages appear under the fields as the user types.
#include "ui/records/FormDialog.h"
#include "models/records/Project.h"

class FieldEditor;
class OptionalDateEdit;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;
class RecordPicker;
class Workspace;

class ProjectDialog : public FormDialog {
    Q_OBJECT
public:
    ProjectDialog(const Project &project, Workspace &workspace, QWidget *parent = nullptr);
    Project project() const;
    // For tests and the pickers: adds a participant or a milestone row.
    void addParticipant(const Participant &participant, const QString &name);
    void addMilestone(const Milestone &milestone);

protected:
    QHash<QString, QString> validationErrors() const override;

private:
    FieldEditor *tableEditor(QTableWidget *table, QWidget *top, const QString &removeText);

    Project m_original;
    QLineEdit *m_name;
    QComboBox *m_industry, *m_status;
    RecordPicker *m_contract;
    qint64 m_contractId = 0;
    QDateEdit *m_start;
    OptionalDateEdit *m_end;
    FieldEditor *m_participantsBox, *m_milestonesBox;
    QTableWidget *m_participants, *m_milestones;
};
