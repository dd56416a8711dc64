#pragma once
// The form for one revenue or cost line of a project's ledger.
#include "ui/records/FormDialog.h"
#include "models/records/LedgerEntry.h"

class MoneyEdit;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

class LedgerEntryDialog : public FormDialog {
    Q_OBJECT
public:
    explicit LedgerEntryDialog(const LedgerEntry &entry, QWidget *parent = nullptr);
    LedgerEntry entry() const;
    // Offers deleting the entry (when editing); the dialog then closes with Rejected.
    QPushButton *addDeleteButton();
    bool deleteRequested() const { return m_deleteRequested; }

protected:
    QHash<QString, QString> validationErrors() const override;

private:
    LedgerEntry m_original;
    QDateEdit *m_date;
    QComboBox *m_kind;
    MoneyEdit *m_amount;
    QLineEdit *m_description;
    bool m_deleteRequested = false;
};
