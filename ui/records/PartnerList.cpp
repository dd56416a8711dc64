#include "ui/records/PartnerList.h"

#include "models/analytics/RiskRegister.h"
#include "models/storage/AuditLog.h"
#include "models/csv/PartnerCsv.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/records/RiskFilter.h"
#include "ui/records/DetailHtml.h"
#include "models/repositories/LedgerTotals.h"
#include "ui/records/PartnerDialog.h"
#include "models/lists/PartnerListModel.h"
#include "models/storage/Workspace.h"

#include <QHash>
#include <QModelIndex>
#include <QRegularExpression>

namespace {
RecordEditor<Partner, PartnerRepository>::Texts partnerTexts()
{
    return {PartnerList::tr("Add partner \"%1\""),
            PartnerList::tr("Edit partner \"%1\""),
            PartnerList::tr("Delete partner \"%1\""),
            PartnerList::tr("Archive partner \"%1\""),
            PartnerList::tr("Delete the partner \"%1\"?\nYou can undo this with Ctrl+Z."),
            PartnerList::tr("Archive (set status to Ended)")};
}
}

PartnerList::PartnerList(Workspace &workspace, QUndoStack *undo)
    : RecordList(workspace, undo),
      m_partners(workspace),
      m_contracts(workspace),
      m_projects(workspace),
      m_editor(
          m_partners, undo, this, partnerTexts(), [](const Partner &p) { return p.name; },
          [](Partner &p) { p.status = PartnerStatus::Ended; },
          [this](const Partner &p, QWidget *parent) -> std::optional<Partner> {
              PartnerDialog dialog(p, m_partners, parent);
              if (dialog.exec() != QDialog::Accepted) return std::nullopt;
              return dialog.partner();
          },
          [this](const Partner &p) { return fields(p); })
{
    setModel(createModel(workspace));
}

QString PartnerList::title() const { return tr("Partners"); }
QIcon PartnerList::icon() const { return QIcon(QStringLiteral(":/icons/partners.svg")); }
QString PartnerList::searchPlaceholder() const { return tr("Search partners by name, city, contact, capability..."); }
QString PartnerList::newActionText() const { return tr("&New Partner..."); }
QString PartnerList::attentionText() const { return QString(); }

QString PartnerList::emptyHint() const
{
    return tr("No partners yet.\nPress Ctrl+N to add the first one, or import a CSV file with Ctrl+I.");
}

QString PartnerList::countText(int count) const
{
    return tr("%Ln partner(s)", "", count);
}

QList<RecordList::Filter> PartnerList::filters() const
{
    return {{QStringLiteral("status"), tr("Status"), ChoiceCombo::filterChoices<PartnerStatus>(tr("All statuses"))},
            {QStringLiteral("industry"), tr("Industry"), ChoiceCombo::filterChoices<Industry>(tr("All industries"))},
            {QStringLiteral("kind"), tr("Kind"), ChoiceCombo::filterChoices<PartnerKind>(tr("All kinds"))},
            {QStringLiteral("tier"), tr("Tier"), ChoiceCombo::filterChoices<PartnerTier>(tr("All tiers"))},
            RiskFilter::filter()};
}

RecordListModel *PartnerList::createModel(Workspace &workspace) const
{
    return new PartnerListModel(workspace);
}

void PartnerList::applyFilter(RecordListModel &list, const QString &key, const QVariant &value) const
{
    auto &m = static_cast<PartnerListModel &>(list);
    if (key == QLatin1String("status")) m.setStatusFilter(ChoiceCombo::optional<PartnerStatus>(value));
    else if (key == QLatin1String("industry")) m.setIndustryFilter(ChoiceCombo::optional<Industry>(value));
    else if (key == QLatin1String("kind")) m.setKindFilter(ChoiceCombo::optional<PartnerKind>(value));
    else if (key == QLatin1String("tier")) m.setTierFilter(ChoiceCombo::optional<PartnerTier>(value));
    else if (key == RiskFilter::kKey) m.setRiskFilter(RiskFilter::atLeast(value));
}

int PartnerList::columnWidthChars(int column) const
{
    switch (column) {
    case PartnerListModel::Name: return 30;
    case PartnerListModel::Kind: return 18;
    case PartnerListModel::Industry: return 14;
    case PartnerListModel::Country: return 12;
    case PartnerListModel::City: return 12;
    case PartnerListModel::Tier: return 9;
    case PartnerListModel::Status: return 9;
    case PartnerListModel::Risk: return 8;
    case PartnerListModel::Rating: return 6;
    case PartnerListModel::ContactPerson: return 18;
    case PartnerListModel::Email: return 24;
    default: return 16;
    }
}

QList<int> PartnerList::columnsLeftOutFirst() const
{
    return {PartnerListModel::Updated, PartnerListModel::Email, PartnerListModel::ContactPerson,
            PartnerListModel::Country, PartnerListModel::Rating, PartnerListModel::City,
            PartnerListModel::Tier, PartnerListModel::Kind, PartnerListModel::Risk,
            PartnerListModel::Industry};
}

StatusTone::Tone PartnerList::statusTone(const QModelIndex &index) const
{
    static const QHash<QString, StatusTone::Tone> tones{
        {QStringLiteral("prospect"), StatusTone::Upcoming}, {QStringLiteral("active"), StatusTone::Going},
        {QStringLiteral("paused"), StatusTone::NeedsLook}, {QStringLiteral("ended"), StatusTone::Over}};
    return StatusTone::ofStatusCell(index, PartnerListModel::Status, tones);
}

QList<RecordField> PartnerList::fields(const Partner &p) const
{
    return {{tr("Name"), p.name},
            {tr("Kind"), Choices::label(p.kind)},
            {tr("Industry"), Choices::label(p.industry)},
            {tr("Country"), p.country},
            {tr("City"), p.city},
            {tr("Website"), p.website},
            {tr("Capabilities"), p.capabilityTags.join(QStringLiteral(", "))},
            {tr("Contact person"), p.contactPerson},
            {tr("E-mail"), p.email},
            {tr("Phone"), p.phone},
            {tr("Tier"), Choices::label(p.tier)},
            {tr("Status"), Choices::label(p.status)},
            {tr("Rating"), QString::number(p.rating)},
            {tr("Notes"), p.notes}};
}

QString PartnerList::detailHtml(qint64 id) const
{
    QString error;
    const std::optional<Partner> p = m_partners.find(id, &error);
    if (!p) return tr("<p>The partner could not be read: %1</p>").arg(error.toHtmlEscaped());
    DetailHtml html;
    html.title(p->name, QStringLiteral("%1 · %2 · %3")
                            .arg(Choices::label(p->kind), Choices::label(p->industry), Choices::label(p->status)));
    const std::optional<RiskAssessment> risk = RiskRegister(workspace().database()).find(RiskRegister::Kind::Partner, id, &error);
    html.field(tr("Risk"), risk ? PartnershipRisk::summary(*risk) : tr("not assessed yet"));
    html.field(tr("Tier"), Choices::label(p->tier));
    html.field(tr("Rating"), QString(p->rating, QChar(0x2605)));
    html.field(tr("Location"), QStringList{p->city, p->country}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(", ")));
    html.field(tr("Website"), p->website);
    html.field(tr("Contact"), p->contactPerson);
    html.field(tr("E-mail"), p->email);
    html.field(tr("Phone"), p->phone);
    html.field(tr("Capabilities"), p->capabilityTags.join(QStringLiteral(", ")));
    html.field(tr("Notes"), p->notes);

    html.section(tr("Contracts"));
    QList<QStringList> rows;
    const QDate today = QDate::currentDate();
    for (const Contract &c : m_contracts.contractsOf(id))  // the same flag as in the contract list
        rows.append({c.isEndingWithinNotice(today) ? QStringLiteral("\u26A0 ") + c.reference : c.reference, c.title,
                     Choices::label(c.mode), Choices::label(c.status), DetailHtml::date(c.endDate)});
    html.table({tr("Reference"), tr("Title"), tr("Mode"), tr("Status"), tr("Ends")}, rows,
               tr("Not a party to any contract."));

    html.section(tr("Projects"));
    rows.clear();
    for (const Project &project : m_projects.projectsOf(id)) {
        QString role;
        for (const Participant &person : project.participants)
            if (person.partnerId == id) role = Choices::label(person.role);
        rows.append({project.name, role, Choices::label(project.status),
                     LedgerTotals::format(m_projects.totals(project.id).profit())});
    }
    html.table({tr("Project"), tr("Role"), tr("Status"), tr("Profit")}, rows, tr("Takes part in no project."), {3});
    html.history(AuditLog(workspace()).entriesFor(QStringLiteral("partner"), id));
    return html.html();
}

bool PartnerList::addRecord(QWidget *parent)
{
    return m_editor.add(Partner{}, parent);
}

bool PartnerList::editRecord(qint64 id, QWidget *parent)
{
    return m_editor.edit(id, parent);
}

bool PartnerList::deleteRecord(qint64 id, QWidget *parent)
{
    return m_editor.remove(id, parent);
}

std::unique_ptr<RecordCsv> PartnerList::csvFormat(Workspace &workspace) const
{
    return std::make_unique<PartnerCsv>(workspace);
}
