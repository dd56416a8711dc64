#include "ui/records/ContractDialog.h"
#include "models/records/DateText.h"

#include "ui/widgets/ChoiceCombo.h"
#include "models/repositories/ContractRepository.h"
#include "models/records/ContractValidator.h"
#include "ui/widgets/FieldEditor.h"
#include "ui/widgets/MoneyEdit.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "models/lists/PartnerListModel.h"
#include "ui/widgets/RecordPicker.h"
#include "models/repositories/PartnerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum PartyColumn { PartyName, PartyShare };

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateText::dateFormat());
    return edit;
}
}

ContractDialog::ContractDialog(const Contract &contract, Workspace &workspace, const ContractRepository &repository,
                               QWidget *parent)
    : FormDialog(contract.id == 0 ? tr("New Contract") : tr("Edit Contract"), parent),
      m_original(contract),
      m_repository(repository)
{
    m_reference = new QLineEdit(contract.reference, this);
    m_reference->setPlaceholderText(tr("e.g. LPS-2026-014"));
    m_title = new QLineEdit(contract.title, this);
    m_mode = new QComboBox(this);
    ChoiceCombo::fill<CooperationMode>(m_mode);
    ChoiceCombo::select(m_mode, contract.mode);
    m_status = new QComboBox(this);
    ChoiceCombo::fill<ContractStatus>(m_status);
    ChoiceCombo::select(m_status, contract.status);

    // Parties: a table (with each party's fixed share) and a picker to add more.
    m_partiesBox = new FieldEditor(this);
    auto *pv = new QVBoxLayout(m_partiesBox);
    pv->setContentsMargins(0, 0, 0, 0);
    m_parties = new QTableWidget(0, 2, m_partiesBox);
    m_parties->setObjectName(QStringLiteral("partyTable"));
    m_parties->setHorizontalHeaderLabels({tr("Partner"), tr("Fixed share")});
    m_parties->horizontalHeader()->setSectionResizeMode(PartyName, QHeaderView::Stretch);
    m_parties->verticalHeader()->hide();
    m_parties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parties->setMinimumHeight(110);
    auto *picker = new RecordPicker(new PartnerListModel(workspace), PartnerListModel::Name,
                                    tr("Type a partner's name to add it as a party..."), m_partiesBox);
    picker->setObjectName(QStringLiteral("partyPicker"));
    auto *remove = new QPushButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Remove"), m_partiesBox);
    auto *row = new QHBoxLayout;
    row->addWidget(picker, 1);
    row->addWidget(remove);
    pv->addWidget(m_parties);
    pv->addLayout(row);
    connect(picker, &RecordPicker::chosen, this, [this](qint64 id, const QString &name) { addParty(id, name); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_parties->currentRow();
        if (r < 0) return;
        m_parties->removeRow(r);
        emit m_partiesBox->edited();
    });

    m_start = dateEdit(contract.startDate, this);
    m_end = dateEdit(contract.endDate.isValid() ? contract.endDate : QDate::currentDate().addYears(1), this);
    m_notice = new QSpinBox(this);
    m_notice->setRange(-1, 3650);  // -1 reachable so the rule is explained, not silently clamped
    m_notice->setSuffix(tr(" days"));
    m_notice->setValue(contract.noticePeriodDays);
    m_value = new MoneyEdit(contract.totalValue, this);
    m_nda = new QCheckBox(tr("Signed"), this);
    m_nda->setChecked(contract.ndaSigned);
    m_ipTerms = new QPlainTextEdit(contract.ipOwnershipTerms, this);
    m_ipTerms->setTabChangesFocus(true);
    m_ipTerms->setFixedHeight(m_ipTerms->fontMetrics().height() * 3 + 12);
    m_dataUse = new QLineEdit(contract.dataAllowedUse, this);
    m_dataUse->setPlaceholderText(tr("e.g. model training only, no resale"));
    m_anonymise = new QCheckBox(tr("Required"), this);
    m_anonymise->setChecked(contract.anonymisationRequired);
    m_dataExpiry = new OptionalDateEdit(contract.dataAccessExpiry, tr("never"), this);
    m_allocation = new QComboBox(this);
    ChoiceCombo::fill<AllocationMethod>(m_allocation);
    ChoiceCombo::select(m_allocation, contract.allocationMethod);
    connect(m_allocation, &QComboBox::currentIndexChanged, this, &ContractDialog::updateShareColumn);
    m_synergy = new QDoubleSpinBox(this);
    m_synergy->setRange(-1, 200);  // beyond 0..100 % reachable so the rule is explained, not clamped
    m_synergy->setDecimals(2);
    m_synergy->setSuffix(QStringLiteral(" %"));
    m_synergy->setValue(contract.pairSynergyBasisPoints / 100.0);
    m_synergy->setToolTip(tr("How much of a project's profit any two participants who both contribute create together "
                             "beyond what each would create alone, e.g. 5 % when joining a partner's data with Lepton's "
                             "models lifts the profit by about a twentieth for each such pair. The Shapley allocation "
                             "shares it equally between the two; 0 % if working together adds nothing."));

    addSection(tr("Agreement"));
    addField(QStringLiteral("reference"), tr("&Reference:"), m_reference);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("mode"), tr("Cooperation &mode:"), m_mode);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("party_ids"), tr("&Parties:"), m_partiesBox);
    addField(QStringLiteral("start_date"), tr("St&art:"), m_start);
    addField(QStringLiteral("end_date"), tr("&End:"), m_end);
    addField(QStringLiteral("notice_period_days"), tr("&Notice period:"), m_notice);
    addField(QStringLiteral("total_value_minor"), tr("Total &value:"), m_value);
    addSection(tr("Terms"));
    addField(QStringLiteral("nda_signed"), tr("NDA:"), m_nda);
    addField(QStringLiteral("ip_ownership_terms"), tr("&IP ownership:"), m_ipTerms);
    addField(QStringLiteral("data_allowed_use"), tr("Allowed &data use:"), m_dataUse);
    addField(QStringLiteral("anonymisation_required"), tr("Anonymisation:"), m_anonymise);
    addField(QStringLiteral("data_access_expiry"), tr("Data access e&xpires:"), m_dataExpiry);
    addSection(tr("Benefit allocation"));
    addField(QStringLiteral("allocation_method"), tr("A&llocation:"), m_allocation);
    addField(QStringLiteral("pair_synergy_basis_points"), tr("S&ynergy per pair:"), m_synergy);

    PartnerRepository partners(workspace);
    const QJsonObject shares = contract.allocationParameters.value(QStringLiteral("shares")).toObject();
    for (qint64 id : contract.partyIds) {
        const std::optional<Partner> p = partners.find(id);
        addParty(id, p ? p->name : tr("(partner %1)").arg(id), shares.value(QString::number(id)).toDouble());
    }
    updateShareColumn();
    resize(640, height());
}

void ContractDialog::addParty(qint64 partnerId, const QString &name, double sharePercent)
{
    for (int r = 0; r < m_parties->rowCount(); ++r)
        if (m_parties->item(r, PartyName)->data(Qt::UserRole).toLongLong() == partnerId) return;
    const int r = m_parties->rowCount();
    m_parties->insertRow(r);
    auto *item = new QTableWidgetItem(name);
    item->setData(Qt::UserRole, partnerId);
    m_parties->setItem(r, PartyName, item);
    auto *share = new QDoubleSpinBox(m_parties);
    share->setRange(-100, 1000);  // out-of-range values reachable so the rule can explain them
    share->setDecimals(2);
    share->setSuffix(QStringLiteral(" %"));
    share->setValue(sharePercent);
    share->setFrame(false);
    connect(share, &QDoubleSpinBox::valueChanged, m_partiesBox, &FieldEditor::edited);
    m_parties->setCellWidget(r, PartyShare, share);
    updateShareColumn();
    emit m_partiesBox->edited();
}

void ContractDialog::updateShareColumn()
{
    const bool fixed = ChoiceCombo::selected(m_allocation, AllocationMethod::ProportionalToContribution)
                       == AllocationMethod::FixedShares;
    m_parties->setColumnHidden(PartyShare, !fixed);
    revalidate();
}

Contract ContractDialog::contract() const
{
    Contract c = m_original;
    c.reference = m_reference->text().trimmed();
    c.title = m_title->text().trimmed();
    c.mode = ChoiceCombo::selected(m_mode, CooperationMode::JointRnD);
    c.status = ChoiceCombo::selected(m_status, ContractStatus::Draft);
    c.partyIds.clear();
    QJsonObject shares;
    for (int r = 0; r < m_parties->rowCount(); ++r) {
        const qint64 id = m_parties->item(r, PartyName)->data(Qt::UserRole).toLongLong();
        c.partyIds << id;
        shares.insert(QString::number(id), static_cast<QDoubleSpinBox *>(m_parties->cellWidget(r, PartyShare))->value());
    }
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.noticePeriodDays = m_notice->value();
    c.totalValue = m_value->money().value_or(Money(0, m_value->currency()));
    c.ndaSigned = m_nda->isChecked();
    c.ipOwnershipTerms = m_ipTerms->toPlainText();
    c.dataAllowedUse = m_dataUse->text().trimmed();
    c.anonymisationRequired = m_anonymise->isChecked();
    c.dataAccessExpiry = m_dataExpiry->optionalDate();
    c.allocationMethod = ChoiceCombo::selected(m_allocation, AllocationMethod::ProportionalToContribution);
    c.pairSynergyBasisPoints = int(qRound(m_synergy->value() * 100));
    // Only fixed shares has parameters this form edits; other parameters are kept as they were.
    if (c.allocationMethod == AllocationMethod::FixedShares)
        c.allocationParameters.insert(QStringLiteral("shares"), shares);
    else
        c.allocationParameters.remove(QStringLiteral("shares"));
    return c;
}

QHash<QString, QString> ContractDialog::validationErrors() const
{
    QHash<QString, QString> errors = byField(ContractValidator(&m_repository).validate(contract()));
    QString parseError;
    if (!m_value->money(&parseError)) errors.insert(QStringLiteral("total_value_minor"), parseError);
    // The currency and the shares are edited inside other fields: show their messages there.
    if (errors.contains(QStringLiteral("currency")))
        errors[QStringLiteral("total_value_minor")] += errors.take(QStringLiteral("currency"));
    if (errors.contains(QStringLiteral("allocation_parameters"))) {
        QString &parties = errors[QStringLiteral("party_ids")];
        parties = (parties + QLatin1Char(' ') + errors.take(QStringLiteral("allocation_parameters"))).trimmed();
    }
    return errors;
}
