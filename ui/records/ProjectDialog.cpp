#include "ui/records/ProjectDialog.h"
#include "models/records/DateText.h"

#include "ui/widgets/ChoiceCombo.h"
#include "models/lists/ContractListModel.h"
#include "models/repositories/ContractRepository.h"
#include "ui/widgets/FieldEditor.h"
#include "ui/widgets/MoneyEdit.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "models/lists/PartnerListModel.h"
#include "models/repositories/PartnerRepository.h"
#include "models/records/ProjectValidator.h"
#include "ui/widgets/RecordPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ParticipantColumn { PName, PRole, PContribution, PShare, PScore, PColumns };
enum MilestoneColumn { MTitle, MDue, MDone, MColumns };

template <typename W>
W *cell(const QTableWidget *table, int row, int column)
{
    return static_cast<W *>(table->cellWidget(row, column));
}
}

ProjectDialog::ProjectDialog(const Project &project, Workspace &workspace, QWidget *parent)
    : FormDialog(project.id == 0 ? tr("New Project") : tr("Edit Project"), parent), m_original(project)
{
    m_name = new QLineEdit(project.name, this);
    m_industry = new QComboBox(this);
    ChoiceCombo::fill<Industry>(m_industry);
    ChoiceCombo::select(m_industry, project.industry);
    m_status = new QComboBox(this);
    ChoiceCombo::fill<ProjectStatus>(m_status);
    ChoiceCombo::select(m_status, project.status);

    // The contract is optional: typing picks one from the suggestions, an empty field means none.
    m_contract = new RecordPicker(new ContractListModel(workspace), ContractListModel::Reference,
                                  tr("No contract (type a reference or title to choose one)"), this);
    m_contract->setClearOnChoice(false);
    m_contractId = project.contractId;
    if (project.contractId > 0)
        if (const std::optional<Contract> c = ContractRepository(workspace).find(project.contractId))
            m_contract->setText(c->reference);
    connect(m_contract, &RecordPicker::chosen, this, [this](qint64 id) {
        m_contractId = id;
        revalidate();
    });
    connect(m_contract, &QLineEdit::textEdited, this, [this] { m_contractId = 0; });

    m_start = new QDateEdit(project.startDate.isValid() ? project.startDate : QDate::currentDate(), this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(DateText::dateFormat());
    m_end = new OptionalDateEdit(project.endDate, tr("open-ended"), this);

    m_participants = new QTableWidget(0, PColumns, this);
    m_participants->setObjectName(QStringLiteral("participantTable"));
    m_participants->setHorizontalHeaderLabels(
        {tr("Partner"), tr("Role"), tr("Contribution"), tr("Fixed share"), tr("Performance")});
    m_participants->horizontalHeader()->setSectionResizeMode(PName, QHeaderView::Stretch);
    m_participants->setColumnWidth(PRole, 150);
    m_participants->setColumnWidth(PContribution, 170);
    auto *picker = new RecordPicker(new PartnerListModel(workspace), PartnerListModel::Name,
                                    tr("Type a partner's name to add a participant..."), this);
    connect(picker, &RecordPicker::chosen, this, [this](qint64 id, const QString &name) {
        Participant person;
        person.partnerId = id;
        person.contribution = Money(0, QStringLiteral("CNY"));
        addParticipant(person, name);
    });
    m_participantsBox = tableEditor(m_participants, picker, tr("Remove participant"));

    m_milestones = new QTableWidget(0, MColumns, this);
    m_milestones->setObjectName(QStringLiteral("milestoneTable"));
    m_milestones->setHorizontalHeaderLabels({tr("Milestone"), tr("Due"), tr("Done")});
    m_milestones->horizontalHeader()->setSectionResizeMode(MTitle, QHeaderView::Stretch);
    m_milestones->setColumnWidth(MDue, 120);
    m_milestones->setColumnWidth(MDone, 120);
    auto *addMilestoneButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add milestone"), this);
    connect(addMilestoneButton, &QPushButton::clicked, this, [this] {
        Milestone m;
        m.dueDate = QDate::currentDate().addMonths(1);
        addMilestone(m);
    });
    m_milestonesBox = tableEditor(m_milestones, addMilestoneButton, tr("Remove milestone"));

    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("industry"), tr("&Industry:"), m_industry);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("contract_id"), tr("&Contract:"), m_contract);
    addField(QStringLiteral("start_date"), tr("St&art:"), m_start);
    addField(QStringLiteral("end_date"), tr("&End:"), m_end);
    addField(QStringLiteral("participants"), tr("&Participants:"), m_participantsBox);
    addField(QStringLiteral("milestones"), tr("&Milestones:"), m_milestonesBox);

    PartnerRepository partners(workspace);
    for (const Participant &person : project.participants) {
        const std::optional<Partner> p = partners.find(person.partnerId);
        addParticipant(person, p ? p->name : tr("(partner %1)").arg(person.partnerId));
    }
    for (const Milestone &m : project.milestones) addMilestone(m);
    resize(860, height());
}

FieldEditor *ProjectDialog::tableEditor(QTableWidget *table, QWidget *top, const QString &removeText)
{
    auto *box = new FieldEditor(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    table->setParent(box);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->setMinimumHeight(130);
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), removeText, box);
    auto *row = new QHBoxLayout;
    top->setParent(box);
    row->addWidget(top, 1);
    row->addWidget(remove);
    layout->addWidget(table);
    layout->addLayout(row);
    connect(remove, &QPushButton::clicked, box, [table, box] {
        if (table->currentRow() < 0) return;
        table->removeRow(table->currentRow());
        emit box->edited();
    });
    return box;
}

void ProjectDialog::addParticipant(const Participant &person, const QString &name)
{
    const int r = m_participants->rowCount();
    m_participants->insertRow(r);
    auto *item = new QTableWidgetItem(name);
    item->setData(Qt::UserRole, person.partnerId);
    m_participants->setItem(r, PName, item);
    auto *role = new QComboBox(m_participants);
    ChoiceCombo::fill<ParticipantRole>(role);
    ChoiceCombo::select(role, person.role);
    auto *contribution = new MoneyEdit(person.contribution, m_participants);
    auto *share = new QDoubleSpinBox(m_participants);
    share->setRange(-100, 1000);  // out-of-range reachable so the rule can explain it
    share->setDecimals(2);
    share->setSuffix(QStringLiteral(" %"));
    share->setValue(person.fixedShareBasisPoints / 100.0);
    auto *score = new QDoubleSpinBox(m_participants);
    score->setRange(-1, 1000);
    score->setDecimals(1);
    score->setValue(person.performanceScore);
    m_participants->setCellWidget(r, PRole, role);
    m_participants->setCellWidget(r, PContribution, contribution);
    m_participants->setCellWidget(r, PShare, share);
    m_participants->setCellWidget(r, PScore, score);
    connect(role, &QComboBox::currentIndexChanged, m_participantsBox, &FieldEditor::edited);
    connect(contribution, &FieldEditor::edited, m_participantsBox, &FieldEditor::edited);
    connect(share, &QDoubleSpinBox::valueChanged, m_participantsBox, &FieldEditor::edited);
    connect(score, &QDoubleSpinBox::valueChanged, m_participantsBox, &FieldEditor::edited);
    emit m_participantsBox->edited();
}

void ProjectDialog::addMilestone(const Milestone &m)
{
    const int r = m_milestones->rowCount();
    m_milestones->insertRow(r);
    auto *title = new QLineEdit(m.title, m_milestones);
    title->setPlaceholderText(tr("What is delivered"));
    title->setProperty("milestoneId", m.id);
    auto *due = new QDateEdit(m.dueDate.isValid() ? m.dueDate : QDate::currentDate(), m_milestones);
    due->setCalendarPopup(true);
    due->setDisplayFormat(DateText::dateFormat());
    auto *done = new OptionalDateEdit(m.doneDate, tr("open"), m_milestones);
    m_milestones->setCellWidget(r, MTitle, title);
    m_milestones->setCellWidget(r, MDue, due);
    m_milestones->setCellWidget(r, MDone, done);
    connect(title, &QLineEdit::textChanged, m_milestonesBox, &FieldEditor::edited);
    connect(due, &QDateEdit::dateChanged, m_milestonesBox, &FieldEditor::edited);
    connect(done, &QDateEdit::dateChanged, m_milestonesBox, &FieldEditor::edited);
    emit m_milestonesBox->edited();
}

Project ProjectDialog::project() const
{
    Project p = m_original;
    p.name = m_name->text().trimmed();
    p.industry = ChoiceCombo::selected(m_industry, Industry::Other);
    p.status = ChoiceCombo::selected(m_status, ProjectStatus::Planned);
    p.contractId = m_contract->text().trimmed().isEmpty() ? 0 : m_contractId;
    p.startDate = m_start->date();
    p.endDate = m_end->optionalDate();
    p.participants.clear();
    for (int r = 0; r < m_participants->rowCount(); ++r) {
        Participant person;
        person.partnerId = m_participants->item(r, PName)->data(Qt::UserRole).toLongLong();
        person.role = ChoiceCombo::selected(cell<QComboBox>(m_participants, r, PRole), ParticipantRole::Other);
        auto *contribution = cell<MoneyEdit>(m_participants, r, PContribution);
        person.contribution = contribution->money().value_or(Money(0, contribution->currency()));
        person.fixedShareBasisPoints = qRound(cell<QDoubleSpinBox>(m_participants, r, PShare)->value() * 100);
        person.performanceScore = cell<QDoubleSpinBox>(m_participants, r, PScore)->value();
        p.participants << person;
    }
    p.milestones.clear();
    for (int r = 0; r < m_milestones->rowCount(); ++r) {
        Milestone m;
        auto *title = cell<QLineEdit>(m_milestones, r, MTitle);
        m.id = title->property("milestoneId").toLongLong();
        m.title = title->text().trimmed();
        m.dueDate = cell<QDateEdit>(m_milestones, r, MDue)->date();
        m.doneDate = cell<OptionalDateEdit>(m_milestones, r, MDone)->optionalDate();
        p.milestones << m;
    }
    return p;
}

QHash<QString, QString> ProjectDialog::validationErrors() const
{
    QHash<QString, QString> errors = byField(ProjectValidator().validate(project()));
    if (!m_contract->text().trimmed().isEmpty() && m_contractId == 0)
        errors.insert(QStringLiteral("contract_id"),
                      tr("Choose a contract from the suggestions, or clear the field for a project without one."));
    for (int r = 0; r < m_participants->rowCount(); ++r) {
        QString error;
        if (!cell<MoneyEdit>(m_participants, r, PContribution)->money(&error)) {
            errors[QStringLiteral("participants")] += (errors.value(QStringLiteral("participants")).isEmpty() ? QString() : QStringLiteral(" "))
                                                      + tr("Row %1: %2").arg(r + 1).arg(error);
        }
    }
    return errors;
}
