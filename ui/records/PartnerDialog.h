#pragma once
// The form for adding or editing a partner; the partner validator's messages appear under the
// fields as the user types.
#include "ui/records/FormDialog.h"
#include "models/records/Partner.h"

class PartnerRepository;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

class PartnerDialog : public FormDialog {
    Q_OBJECT
public:
    PartnerDialog(const Partner &partner, const PartnerRepository &repository, QWidget *parent = nullptr);
    // The record as the form shows it now.
    Partner partner() const;

protected:
    QHash<QString, QString> validationErrors() const override;

private:
    Partner m_original;
    const PartnerRepository &m_repository;
    QLineEdit *m_name, *m_country, *m_city, *m_website, *m_contact, *m_email, *m_phone, *m_tags;
    QComboBox *m_kind, *m_industry, *m_tier, *m_status;
    QSpinBox *m_rating;
    QPlainTextEdit *m_notes;
};
