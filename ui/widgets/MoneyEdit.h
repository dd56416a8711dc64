#pragma once
// An amount of money as a person types it in their locale ("1,234.56"), with its currency. The
// number is read exactly through Money::parse, never through floating point.
#include "ui/widgets/FieldEditor.h"
#include "models/records/Money.h"

#include <optional>

class QComboBox;
class QLineEdit;

class MoneyEdit : public FieldEditor {
    Q_OBJECT
public:
    explicit MoneyEdit(const Money &value, QWidget *parent = nullptr);
    // The amount, or nothing when the text is not a number (then *error says why).
    std::optional<Money> money(QString *error = nullptr) const;
    QString currency() const;
    QLineEdit *amountEdit() const { return m_amount; }

private:
    QLineEdit *m_amount;
    QComboBox *m_currency;
};
