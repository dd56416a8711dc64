#pragma once
// The form for adding or editing a contract: parties (with their fixed shares when the parties
// agreed fixed shares), dates, value, terms and the benefit-allocation scheme with the synergy
// the parties create together. The contract
// validator's messages appear under the fields as the user types.
#include "models/records/Contract.h"
#include "ui/records/FormDialog.h"

class ContractRepository;
class FieldEditor;
class MoneyEdit;
class OptionalDateEdit;
class PartnerRepository;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class Workspace;

class ContractDialog : public FormDialog {
    Q_OBJECT
public:
    ContractDialog(const Contract &contract, Workspace &workspace, const ContractRepository &repository,
                   QWidget *parent = nullptr);
    Contract contract() const;
    // For tests and the picker: adds a party row (ignored when already a party).
    void addParty(qint64 partnerId, const QString &name, double sharePercent = 0);

protected:
    QHash<QString, QString> validationErrors() const override;

private:
    void updateShareColumn();

    Contract m_original;
    const ContractRepository &m_repository;
    QLineEdit *m_reference, *m_title, *m_dataUse;
    QComboBox *m_mode, *m_status, *m_allocation;
    FieldEditor *m_partiesBox;
    QTableWidget *m_parties;
    QDateEdit *m_start, *m_end;
    QSpinBox *m_notice;
    QDoubleSpinBox *m_synergy;
    MoneyEdit *m_value;
    QCheckBox *m_nda, *m_anonymise;
    QPlainTextEdit *m_ipTerms;
    OptionalDateEdit *m_dataExpiry;
};
