#include "ui/records/ContractList.h"

#include "models/analytics/RiskRegister.h"
#include "models/storage/AuditLog.h"
#include "models/csv/ContractCsv.h"
#include "ui/widgets/ChoiceCombo.h"
#include "ui/records/RiskFilter.h"
#include "ui/records/ContractDialog.h"
#include "models/lists/ContractListModel.h"
#include "ui/records/DetailHtml.h"
#include "models/repositories/LedgerTotals.h"
#include "models/storage/Workspace.h"

#include <QHash>
#include <QModelIndex>
#include <QJsonObject>

namespace {
RecordEditor<Contract, ContractRepository>::Texts contractTexts()
{
    return {ContractList::tr("Add contract \"%1\""),
            ContractList::tr("Edit contract \"%1\""),
            ContractList::tr("Delete contract \"%1\""),
            ContractList::tr("Archive contract \"%1\""),
            ContractList::tr("Delete the contract \"%1\"?\nYou can undo this with Ctrl+Z."),
            ContractList::tr("Archive (set status to Terminated)")};
}
}

ContractList::ContractList(Workspace &workspace, QUndoStack *undo)
    : RecordList(workspace, undo),
      m_contracts(workspace),
      m_partners(workspace),
      m_projects(workspace),
      m_editor(
          m_contracts, undo, this, contractTexts(), [](const Contract &c) { return c.reference; },
          [](Contract &c) { c.status = ContractStatus::Terminated; },
          [this, &workspace](const Contract &c, QWidget *parent) -> std::optional<Contract> {
              ContractDialog dialog(c, workspace, m_contracts, parent);
              if (dialog.exec() != QDialog::Accepted) return std::nullopt;
              return dialog.contract();
          },
          [this](const Contract &c) { return fields(c); })
{
    setModel(createModel(workspace));
}

QString ContractList::title() const { return tr("Contracts"); }
QIcon ContractList::icon() const { return QIcon(QStringLiteral(":/icons/contracts.svg")); }
QString ContractList::searchPlaceholder() const { return tr("Search contracts by reference or title..."); }
QString ContractList::newActionText() const { return tr("&New Contract..."); }
QString ContractList::attentionText() const
{
    return tr("Inside its notice period: decide now whether to renew or end it.");
}

QString ContractList::emptyHint() const
{
    return tr("No contracts yet.\nAdd partners first, then press Ctrl+N to record an agreement with them.");
}

QString ContractList::countText(int count) const
{
    return tr("%Ln contract(s)", "", count);
}

QList<RecordList::Filter> ContractList::filters() const
{
    return {{QStringLiteral("mode"), tr("Cooperation mode"), ChoiceCombo::filterChoices<CooperationMode>(tr("All modes"))},
            {QStringLiteral("status"), tr("Status"), ChoiceCombo::filterChoices<ContractStatus>(tr("All statuses"))},
            RiskFilter::filter()};
}

RecordListModel *ContractList::createModel(Workspace &workspace) const
{
    return new ContractListModel(workspace);
}

void ContractList::applyFilter(RecordListModel &list, const QString &key, const QVariant &value) const
{
    auto &m = static_cast<ContractListModel &>(list);
    if (key == QLatin1String("mode")) m.setModeFilter(ChoiceCombo::optional<CooperationMode>(value));
    else if (key == QLatin1String("status")) m.setStatusFilter(ChoiceCombo::optional<ContractStatus>(value));
    else if (key == RiskFilter::kKey) m.setRiskFilter(RiskFilter::atLeast(value));
}

int ContractList::columnWidthChars(int column) const
{
    switch (column) {
    case ContractListModel::Reference: return 17;
    case ContractListModel::Title: return 30;
    case ContractListModel::Mode: return 20;
    case ContractListModel::Parties: return 28;
    case ContractListModel::Start:
    case ContractListModel::End: return 13;
    case ContractListModel::Value: return 18;
    case ContractListModel::Status: return 12;
    case ContractListModel::Risk: return 8;
    default: return 16;
    }
}

QString ContractList::partnerName(qint64 id) const
{
    const std::optional<Partner> p = m_partners.find(id);
    return p ? p->name : tr("(partner %1)").arg(id);
}

QList<int> ContractList::columnsLeftOutFirst() const
{
    return {ContractListModel::Updated, ContractListModel::Start, ContractListModel::Parties,
            ContractListModel::Risk, ContractListModel::Mode, ContractListModel::Value};
}

StatusTone::Tone ContractList::statusTone(const QModelIndex &index) const
{
    // An active contract inside its notice period is ending: it needs a look.
    if (index.column() == ContractListModel::Status && index.data(RecordListModel::AttentionRole).toBool())
        return StatusTone::NeedsLook;
    static const QHash<QString, StatusTone::Tone> tones{
        {QStringLiteral("draft"), StatusTone::Upcoming},
        {QStringLiteral("negotiation"), StatusTone::Upcoming}, {QStringLiteral("active"), StatusTone::Going},
        {QStringLiteral("expired"), StatusTone::Over}, {QStringLiteral("terminated"), StatusTone::Over}};
    return StatusTone::ofStatusCell(index, ContractListModel::Status, tones);
}

QList<RecordField> ContractList::fields(const Contract &c) const
{
    QStringList parties;
    const QJsonObject shares = c.allocationParameters.value(QStringLiteral("shares")).toObject();
    for (qint64 id : c.partyIds) {
        const QJsonValue share = shares.value(QString::number(id));
        parties << (share.isUndefined() ? partnerName(id)
                                        : QStringLiteral("%1 (%2 %)").arg(partnerName(id), DetailHtml::number(share.toDouble(), 2)));
    }
    return {{tr("Reference"), c.reference},
            {tr("Title"), c.title},
            {tr("Cooperation mode"), Choices::label(c.mode)},
            {tr("Parties"), parties.join(QLatin1Char('\n'))},
            {tr("Term"), tr("%1 to %2").arg(DetailHtml::date(c.startDate), DetailHtml::date(c.endDate))},
            {tr("Notice period"), tr("%n day(s)", "", c.noticePeriodDays)},
            {tr("Total value"), DetailHtml::money(c.totalValue)},
            {tr("Status"), Choices::label(c.status)},
            {tr("NDA"), c.ndaSigned ? tr("signed") : tr("not signed")},
            {tr("IP ownership"), c.ipOwnershipTerms},
            {tr("Allowed data use"), c.dataAllowedUse},
            {tr("Anonymisation"), c.anonymisationRequired ? tr("required") : tr("not required")},
            {tr("Data access expires"), c.dataAccessExpiry.isValid() ? DetailHtml::date(c.dataAccessExpiry) : tr("never")},
            {tr("Benefit allocation"), Choices::label(c.allocationMethod)},
            {tr("Synergy per pair"), pairSynergyText(c)}};
}

QString ContractList::pairSynergyText(const Contract &c)
{
    if (c.pairSynergyBasisPoints == 0) return tr("none recorded");
    return tr("%1 % of a project's profit for each pair of contributing participants")
        .arg(DetailHtml::number(c.pairSynergyBasisPoints / 100.0, 2));
}

QString ContractList::detailHtml(qint64 id) const
{
    QString error;
    const std::optional<Contract> c = m_contracts.find(id, &error);
    if (!c) return tr("<p>The contract could not be read: %1</p>").arg(error.toHtmlEscaped());
    DetailHtml html;
    html.title(c->reference + QStringLiteral(" · ") + c->title,
               QStringLiteral("%1 · %2").arg(Choices::label(c->mode), Choices::label(c->status)));
    if (c->isEndingWithinNotice(QDate::currentDate()))
        html.warning(tr("Ends on %1, inside its notice period of %n day(s).", "", c->noticePeriodDays)
                         .arg(DetailHtml::date(c->endDate)));
    const std::optional<RiskAssessment> risk = RiskRegister(workspace().database()).find(RiskRegister::Kind::Contract, id, &error);
    html.field(tr("Risk"), risk ? PartnershipRisk::summary(*risk) : tr("not assessed yet"));
    html.field(tr("Term"), tr("%1 to %2").arg(DetailHtml::date(c->startDate), DetailHtml::date(c->endDate)));
    html.field(tr("Notice period"), tr("%n day(s)", "", c->noticePeriodDays));
    html.field(tr("Total value"), DetailHtml::money(c->totalValue));
    html.field(tr("NDA"), c->ndaSigned ? tr("signed") : tr("not signed"));
    html.field(tr("IP ownership"), c->ipOwnershipTerms);
    html.field(tr("Allowed data use"), c->dataAllowedUse);
    html.field(tr("Anonymisation"), c->anonymisationRequired ? tr("required") : tr("not required"));
    html.field(tr("Data access expires"), c->dataAccessExpiry.isValid() ? DetailHtml::date(c->dataAccessExpiry) : tr("never"));
    html.field(tr("Benefit allocation"), Choices::label(c->allocationMethod));
    html.field(tr("Synergy per pair"), pairSynergyText(*c));

    html.section(tr("Parties"));
    const QJsonObject shares = c->allocationParameters.value(QStringLiteral("shares")).toObject();
    const bool fixed = c->allocationMethod == AllocationMethod::FixedShares;
    QList<QStringList> rows;
    for (qint64 partyId : c->partyIds) {
        const std::optional<Partner> p = m_partners.find(partyId);
        QStringList row{p ? p->name : tr("(partner %1)").arg(partyId),
                        p ? Choices::label(p->kind) : QString(), p ? Choices::label(p->status) : QString()};
        if (fixed) row << DetailHtml::number(shares.value(QString::number(partyId)).toDouble(), 2) + QStringLiteral(" %");
        rows << row;
    }
    QStringList headers{tr("Partner"), tr("Kind"), tr("Status")};
    if (fixed) headers << tr("Share");
    html.table(headers, rows, tr("No parties."), {3});

    html.section(tr("Projects under this contract"));
    rows.clear();
    for (const Project &project : m_projects.projectsUnder(id)) {
        const LedgerTotals totals = m_projects.totals(project.id);
        rows.append({project.name, Choices::label(project.status), LedgerTotals::format(totals.revenue()),
                     LedgerTotals::format(totals.profit())});
    }
    html.table({tr("Project"), tr("Status"), tr("Revenue"), tr("Profit")}, rows, tr("No project runs under it yet."), {2, 3});
    html.history(AuditLog(workspace()).entriesFor(QStringLiteral("contract"), id));
    return html.html();
}

bool ContractList::addRecord(QWidget *parent)
{
    Contract c;
    c.startDate = QDate::currentDate();
    c.endDate = c.startDate.addYears(1);
    c.noticePeriodDays = 30;
    c.totalValue = Money(0, QStringLiteral("CNY"));
    return m_editor.add(c, parent);
}

bool ContractList::editRecord(qint64 id, QWidget *parent)
{
    return m_editor.edit(id, parent);
}

bool ContractList::deleteRecord(qint64 id, QWidget *parent)
{
    return m_editor.remove(id, parent);
}

std::unique_ptr<RecordCsv> ContractList::csvFormat(Workspace &workspace) const
{
    return std::make_unique<ContractCsv>(workspace);
}
