#include "ui/widgets/MoneyEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

MoneyEdit::MoneyEdit(const Money &value, QWidget *parent) : FieldEditor(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(this);
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setObjectName(QStringLiteral("amount"));
    const auto formatted = value.toString(QLocale());
    // toString appends the currency; the editor shows the number alone, in the user's locale.
    m_amount->setText(formatted.left(formatted.lastIndexOf(QLatin1Char(' '))).trimmed());
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("HKD"),
                          QStringLiteral("JPY"), QStringLiteral("GBP"), QStringLiteral("SGD")});
    m_currency->setCurrentText(value.currency());
    m_currency->setMinimumContentsLength(4);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_currency);
    connect(m_amount, &QLineEdit::textChanged, this, &FieldEditor::edited);
    connect(m_currency, &QComboBox::currentTextChanged, this, &FieldEditor::edited);
}

QString MoneyEdit::currency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

std::optional<Money> MoneyEdit::money(QString *error) const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) return Money(0, currency());
    return Money::parse(text, currency(), QLocale(), error);
}
