#include "ui/records/ProjectList.h"

#include "models/storage/AuditLog.h"
#include "models/csv/ProjectCsv.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/records/DetailHtml.h"
#include "ui/matching/FindPartnersDialog.h"
#include "ui/records/LedgerEntryDialog.h"
#include "ui/records/ProjectDialog.h"
#include "models/lists/ProjectListModel.h"
#include "ui/records/RecordCommand.h"
#include "models/storage/Workspace.h"

#include <QHash>
#include <QModelIndex>
#include <QApplication>
#include <QMessageBox>
#include <QUndoStack>

namespace {
RecordEditor<Project, ProjectRepository>::Texts projectTexts()
{
    return {ProjectList::tr("Add project \"%1\""),
            ProjectList::tr("Edit project \"%1\""),
            ProjectList::tr("Delete project \"%1\""),
            ProjectList::tr("Archive project \"%1\""),
            ProjectList::tr("Delete the project \"%1\"?\nYou can undo this with Ctrl+Z."),
            ProjectList::tr("Archive (set status to Cancelled)")};
}

void reportUndoFailure(const QString &error)
{
    QMessageBox::warning(QApplication::activeWindow(), ProjectList::tr("Undo failed"), error);
}
}

ProjectList::ProjectList(Workspace &workspace, QUndoStack *undo)
    : RecordList(workspace, undo),
      m_projects(workspace),
      m_partners(workspace),
      m_contracts(workspace),
      m_editor(
          m_projects, undo, this, projectTexts(), [](const Project &p) { return p.name; },
          [](Project &p) { p.status = ProjectStatus::Cancelled; },
          [&workspace](const Project &p, QWidget *parent) -> std::optional<Project> {
              ProjectDialog dialog(p, workspace, parent);
              if (dialog.exec() != QDialog::Accepted) return std::nullopt;
              return dialog.project();
          },
          [this](const Project &p) { return fields(p); })
{
    setModel(createModel(workspace));
}

QString ProjectList::title() const { return tr("Projects"); }
QIcon ProjectList::icon() const { return QIcon(QStringLiteral(":/icons/projects.svg")); }
QString ProjectList::searchPlaceholder() const { return tr("Search projects by name..."); }
QString ProjectList::newActionText() const { return tr("&New Project..."); }
QString ProjectList::attentionText() const
{
    return tr("A milestone of this project is past its due date and not done.");
}

QString ProjectList::emptyHint() const
{
    return tr("No projects yet.\nPress Ctrl+N to start one, then record its participants, milestones and ledger.");
}

QString ProjectList::countText(int count) const
{
    return tr("%Ln project(s)", "", count);
}

QList<RecordList::Filter> ProjectList::filters() const
{
    return {{QStringLiteral("status"), tr("Status"), ChoiceCombo::filterChoices<ProjectStatus>(tr("All statuses"))},
            {QStringLiteral("industry"), tr("Industry"), ChoiceCombo::filterChoices<Industry>(tr("All industries"))}};
}

RecordListModel *ProjectList::createModel(Workspace &workspace) const
{
    return new ProjectListModel(workspace);
}

void ProjectList::applyFilter(RecordListModel &list, const QString &key, const QVariant &value) const
{
    auto &m = static_cast<ProjectListModel &>(list);
    if (key == QLatin1String("status")) m.setStatusFilter(ChoiceCombo::optional<ProjectStatus>(value));
    else if (key == QLatin1String("industry")) m.setIndustryFilter(ChoiceCombo::optional<Industry>(value));
}

int ProjectList::columnWidthChars(int column) const
{
    switch (column) {
    case ProjectListModel::Name: return 32;
    case ProjectListModel::Industry: return 14;
    case ProjectListModel::Contract: return 14;
    case ProjectListModel::Status: return 10;
    case ProjectListModel::Start:
    case ProjectListModel::End: return 13;
    case ProjectListModel::Participants: return 6;
    default: return 17;
    }
}

QList<int> ProjectList::columnsLeftOutFirst() const
{
    return {ProjectListModel::Participants, ProjectListModel::Start, ProjectListModel::Contract,
            ProjectListModel::Cost, ProjectListModel::Revenue, ProjectListModel::End,
            ProjectListModel::Industry};
}

StatusTone::Tone ProjectList::statusTone(const QModelIndex &index) const
{
    static const QHash<QString, StatusTone::Tone> tones{
        {QStringLiteral("planned"), StatusTone::Upcoming}, {QStringLiteral("running"), StatusTone::Going},
        {QStringLiteral("on_hold"), StatusTone::NeedsLook}, {QStringLiteral("done"), StatusTone::Over},
        {QStringLiteral("cancelled"), StatusTone::Over}};
    return StatusTone::ofStatusCell(index, ProjectListModel::Status, tones);
}

QList<RecordField> ProjectList::fields(const Project &p) const
{
    QString contract;
    if (p.contractId > 0) {
        const std::optional<Contract> c = m_contracts.find(p.contractId);
        contract = c ? c->reference : tr("(contract %1)").arg(p.contractId);
    }
    QStringList people;
    for (const Participant &person : p.participants) {
        const std::optional<Partner> partner = m_partners.find(person.partnerId);
        people << tr("%1: %2, %3, share %4 %, score %5")
                      .arg(partner ? partner->name : tr("(partner %1)").arg(person.partnerId), Choices::label(person.role),
                           DetailHtml::money(person.contribution), DetailHtml::number(person.fixedShareBasisPoints / 100.0, 2),
                           DetailHtml::number(person.performanceScore, 1));
    }
    QStringList steps;
    for (const Milestone &m : p.milestones)
        steps << tr("%1: due %2, %3").arg(m.title, DetailHtml::date(m.dueDate),
                                           m.doneDate.isValid() ? tr("done %1").arg(DetailHtml::date(m.doneDate)) : tr("open"));
    return {{tr("Name"), p.name},
            {tr("Industry"), Choices::label(p.industry)},
            {tr("Contract"), contract},
            {tr("Status"), Choices::label(p.status)},
            {tr("Term"), tr("%1 to %2").arg(DetailHtml::date(p.startDate),
                                            p.endDate.isValid() ? DetailHtml::date(p.endDate) : tr("open-ended"))},
            {tr("Participants"), people.join(QLatin1Char('\n'))},
            {tr("Milestones"), steps.join(QLatin1Char('\n'))}};
}

QString ProjectList::detailHtml(qint64 id) const
{
    QString error;
    const std::optional<Project> p = m_projects.find(id, &error);
    if (!p) return tr("<p>The project could not be read: %1</p>").arg(error.toHtmlEscaped());
    const QDate today = QDate::currentDate();
    DetailHtml html;
    html.title(p->name, QStringLiteral("%1 · %2").arg(Choices::label(p->industry), Choices::label(p->status)));
    if (p->hasOverdueMilestones(today)) html.warning(attentionText());
    html.field(tr("Term"), tr("%1 to %2").arg(DetailHtml::date(p->startDate),
                                              p->endDate.isValid() ? DetailHtml::date(p->endDate) : tr("open-ended")));
    if (p->contractId > 0)
        if (const std::optional<Contract> c = m_contracts.find(p->contractId))
            html.field(tr("Contract"), QStringLiteral("%1 · %2").arg(c->reference, c->title));

    const QList<LedgerEntry> ledger = m_projects.ledger(id);
    const LedgerTotals totals = m_projects.totals(id);
    html.field(tr("Revenue"), LedgerTotals::format(totals.revenue()));
    html.field(tr("Cost"), LedgerTotals::format(totals.cost()));
    html.field(tr("Profit"), LedgerTotals::format(totals.profit()));

    html.section(tr("Participants"));
    html.action(tr("Find partners for this project..."), QStringLiteral("partners:find"));
    QList<QStringList> rows;
    for (const Participant &person : p->participants) {
        const std::optional<Partner> partner = m_partners.find(person.partnerId);
        rows.append({partner ? partner->name : tr("(partner %1)").arg(person.partnerId), Choices::label(person.role),
                     DetailHtml::money(person.contribution),
                     DetailHtml::number(person.fixedShareBasisPoints / 100.0, 2) + QStringLiteral(" %"),
                     DetailHtml::number(person.performanceScore, 1)});
    }
    html.table({tr("Partner"), tr("Role"), tr("Contribution"), tr("Share"), tr("Score")}, rows,
               tr("No participants yet."), {2, 3, 4});

    html.section(tr("Milestones"));
    rows.clear();
    for (const Milestone &m : p->milestones)
        rows.append({m.title, DetailHtml::date(m.dueDate),
                     m.doneDate.isValid() ? DetailHtml::date(m.doneDate)
                                          : (m.isOverdue(today) ? tr("overdue") : tr("open"))});
    html.table({tr("Milestone"), tr("Due"), tr("Done")}, rows, tr("No milestones."));

    html.section(tr("Ledger"));
    html.action(tr("Add a revenue or cost entry..."), QStringLiteral("ledger:add"));
    rows.clear();
    QStringList links;
    // Newest first: the recent months are what people look for.
    for (auto it = ledger.crbegin(); it != ledger.crend(); ++it) {
        rows.append({DetailHtml::date(it->date), Choices::label(it->kind), it->description,
                     (it->kind == LedgerKind::Cost ? QStringLiteral("-") : QString()) + DetailHtml::money(it->amount)});
        links << QStringLiteral("ledger:edit/%1").arg(it->id);
    }
    html.table({tr("Date"), tr("Kind"), tr("Description"), tr("Amount")}, rows, tr("No ledger entries yet."), {3}, links);
    html.history(AuditLog(workspace()).entriesFor(QStringLiteral("project"), id));
    return html.html();
}

bool ProjectList::openLink(qint64 id, const QUrl &link, QWidget *parent)
{
    const QString target = link.toString();
    if (target == QLatin1String("ledger:add")) return addLedgerEntry(id, parent);
    if (target == QLatin1String("partners:find")) findPartners(id, parent);

    if (target.startsWith(QLatin1String("ledger:edit/")))
        return editLedgerEntry(target.section(QLatin1Char('/'), 1).toLongLong(), parent);
    return false;
}

void ProjectList::findPartners(qint64 projectId, QWidget *parent)
{
    FindPartnersDialog dialog(workspace(), projectId,
                              [this, projectId](qint64 partner, QWidget *p) { return addParticipant(projectId, partner, p); }, parent);
    dialog.exec();  // each addition was its own undoable change, which refreshed the lists
}

bool ProjectList::addParticipant(qint64 projectId, qint64 partnerId, QWidget *parent)
{
    const std::optional<Partner> partner = m_partners.find(partnerId);
    const QString name = partner ? partner->name : tr("(partner %1)").arg(partnerId);
    return m_editor.change(
        projectId,
        [partnerId](Project &p) {
            Participant joining;
            joining.partnerId = partnerId;
            // Contributions are counted in the currency of the project's other participants.
            if (!p.participants.isEmpty()) joining.contribution = Money(0, p.participants.first().contribution.currency());
            p.participants.append(joining);
        },
        tr("Add %1 to project \"%2\"").arg(name, QStringLiteral("%1")), parent);
}

bool ProjectList::addLedgerEntry(qint64 projectId, QWidget *parent)
{
    LedgerEntry entry;
    entry.projectId = projectId;
    entry.date = QDate::currentDate();
    entry.amount = Money(0, QStringLiteral("CNY"));
    LedgerEntryDialog dialog(entry, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    entry = dialog.entry();
    QString error;
    if (!m_projects.addLedgerEntry(entry, &error)) {
        QMessageBox::warning(parent, tr("Not saved"), error);
        return false;
    }
    m_ledgerWritten.note(entry);
    undoStack()->push(new RecordCommand(tr("Add ledger entry"), [this, entry](QString *e) { return restoreLedgerStep(entry, e); },
                                        [this, id = entry.id](QString *e) { return removeLedgerStep(id, e); }, reportUndoFailure));
    return true;
}

bool ProjectList::editLedgerEntry(qint64 entryId, QWidget *parent)
{
    QString error;
    const std::optional<LedgerEntry> current = m_projects.findLedgerEntry(entryId, &error);
    if (!current) {
        QMessageBox::warning(parent, tr("Not found"), error);
        return false;
    }
    LedgerEntryDialog dialog(*current, parent);
    dialog.addDeleteButton();
    if (dialog.exec() != QDialog::Accepted) return dialog.deleteRequested() && removeLedgerEntry(*current, parent);
    LedgerEntry changed = dialog.entry();
    LedgerEntry before;
    if (changed == *current) return false;
    SaveResult<LedgerEntry> result = m_projects.updateLedgerEntry(changed, &error, &before);
    // Someone else saved or deleted the entry meanwhile: both versions side by side, and the
    // user chooses; nothing is overwritten without asking.
    while (result.isConflict()) {
        const std::optional<LedgerEntry> saved = result.current();
        ConflictDialog conflict(tr("The ledger entry of %1").arg(DetailHtml::date(current->date)), ledgerFields(changed),
                                saved ? std::optional<QList<RecordField>>(ledgerFields(*saved)) : std::nullopt, parent);
        conflict.exec();
        if (conflict.choice() == ConflictDialog::Choice::TakeTheirs) return false;
        if (conflict.choice() == ConflictDialog::Choice::KeepMine && !saved) {
            if (!m_projects.restoreLedgerEntry(changed, &error)) break;
            m_ledgerWritten.note(changed);
            undoStack()->push(new RecordCommand(tr("Edit ledger entry"), [this, changed](QString *e) { return restoreLedgerStep(changed, e); },
                                                [this, id = changed.id](QString *e) { return removeLedgerStep(id, e); }, reportUndoFailure));
            return true;
        }
        if (conflict.choice() == ConflictDialog::Choice::KeepMine) {
            result = m_projects.overwriteLedgerEntry(changed, saved->version, &error, &before);
            continue;
        }
        LedgerEntry draft = changed;  // edit again, now over the version the user has seen
        if (saved) draft.version = saved->version;
        LedgerEntryDialog again(draft, parent);
        if (again.exec() != QDialog::Accepted) return false;
        changed = again.entry();
        result = m_projects.updateLedgerEntry(changed, &error, &before);
    }
    if (!result) {
        QMessageBox::warning(parent, tr("Not saved"), error);
        return false;
    }
    m_ledgerWritten.note(changed);
    undoStack()->push(new RecordCommand(tr("Edit ledger entry"), [this, changed](QString *e) { return updateLedgerStep(changed, e); },
                                        [this, before](QString *e) { return updateLedgerStep(before, e); }, reportUndoFailure));
    return true;
}

bool ProjectList::removeLedgerEntry(const LedgerEntry &entry, QWidget *parent)
{
    QString error;
    LedgerEntry removed;
    if (!m_projects.removeLedgerEntry(entry.id, entry.version, &error, &removed)) {
        QMessageBox::warning(parent, tr("Not deleted"), error);
        return false;
    }
    m_ledgerWritten.note(removed);
    undoStack()->push(new RecordCommand(tr("Delete ledger entry"), [this, id = entry.id](QString *e) { return removeLedgerStep(id, e); },
                                        [this, removed](QString *e) { return restoreLedgerStep(removed, e); }, reportUndoFailure));
    return true;
}

QList<RecordField> ProjectList::ledgerFields(const LedgerEntry &e)
{
    return {{tr("Date"), DetailHtml::date(e.date)},
            {tr("Kind"), Choices::label(e.kind)},
            {tr("Amount"), DetailHtml::money(e.amount)},
            {tr("Description"), e.description}};
}

bool ProjectList::updateLedgerStep(const LedgerEntry &wanted, QString *error)
{
    LedgerEntry entry = m_ledgerWritten.expected(wanted);
    if (!m_projects.updateLedgerEntry(entry, error)) return false;
    m_ledgerWritten.note(entry);
    return true;
}

bool ProjectList::removeLedgerStep(qint64 id, QString *error)
{
    return bool(m_projects.removeLedgerEntry(id, m_ledgerWritten.of(id), error));
}

bool ProjectList::restoreLedgerStep(const LedgerEntry &entry, QString *error)
{
    return m_projects.restoreLedgerEntry(m_ledgerWritten.expected(entry), error);
}

bool ProjectList::addRecord(QWidget *parent)
{
    Project p;
    p.startDate = QDate::currentDate();
    return m_editor.add(p, parent);
}

bool ProjectList::editRecord(qint64 id, QWidget *parent)
{
    return m_editor.edit(id, parent);
}

bool ProjectList::deleteRecord(qint64 id, QWidget *parent)
{
    return m_editor.remove(id, parent);
}

std::unique_ptr<RecordCsv> ProjectList::csvFormat(Workspace &workspace) const
{
    return std::make_unique<ProjectCsv>(workspace);
}
