#include "ui/records/LedgerEntryDialog.h"
#include "models/records/DateText.h"

#include "ui/widgets/ChoiceCombo.h"
#include "ui/widgets/MoneyEdit.h"
#include "models/records/ProjectValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>

LedgerEntryDialog::LedgerEntryDialog(const LedgerEntry &entry, QWidget *parent)
    : FormDialog(entry.id == 0 ? tr("New Ledger Entry") : tr("Edit Ledger Entry"), parent), m_original(entry)
{
    m_date = new QDateEdit(entry.date.isValid() ? entry.date : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateText::dateFormat());
    m_kind = new QComboBox(this);
    ChoiceCombo::fill<LedgerKind>(m_kind);
    ChoiceCombo::select(m_kind, entry.kind);
    m_amount = new MoneyEdit(entry.amount, this);
    m_description = new QLineEdit(entry.description, this);
    m_description->setPlaceholderText(tr("e.g. licence fee Q3, GPU rental"));
    addField(QStringLiteral("date"), tr("&Date:"), m_date);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("amount_minor"), tr("&Amount:"), m_amount);
    addField(QStringLiteral("description"), tr("D&escription:"), m_description);
    setMinimumWidth(460);
}

LedgerEntry LedgerEntryDialog::entry() const
{
    LedgerEntry e = m_original;
    e.date = m_date->date();
    e.kind = ChoiceCombo::selected(m_kind, LedgerKind::Revenue);
    e.amount = m_amount->money().value_or(Money(0, m_amount->currency()));
    e.description = m_description->text().trimmed();
    return e;
}

QHash<QString, QString> LedgerEntryDialog::validationErrors() const
{
    QHash<QString, QString> errors = byField(ProjectValidator().validate(entry()));
    QString parseError;
    if (!m_amount->money(&parseError)) errors.insert(QStringLiteral("amount_minor"), parseError);
    if (errors.contains(QStringLiteral("currency")))
        errors[QStringLiteral("amount_minor")] += errors.take(QStringLiteral("currency"));
    return errors;
}

QPushButton *LedgerEntryDialog::addDeleteButton()
{
    auto *button = addButton(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete Entry"));
    connect(button, &QPushButton::clicked, this, [this] {
        m_deleteRequested = true;
        reject();
    });
    return button;
}
