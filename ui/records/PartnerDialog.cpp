#include "ui/records/PartnerDialog.h"

#include "ui/widgets/ChoiceCombo.h"
#include "models/repositories/PartnerRepository.h"
#include "models/records/PartnerValidator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {
QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty()) tags << t.trimmed();
    return tags;
}
}

PartnerDialog::PartnerDialog(const Partner &partner, const PartnerRepository &repository, QWidget *parent)
    : FormDialog(partner.id == 0 ? tr("New Partner") : tr("Edit Partner"), parent),
      m_original(partner),
      m_repository(repository)
{
    auto line = [this](const QString &text, const QString &placeholder = QString()) {
        auto *edit = new QLineEdit(text, this);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = line(partner.name, tr("e.g. Shenzhen Vision Medical Ltd."));
    m_kind = new QComboBox(this);
    ChoiceCombo::fill<PartnerKind>(m_kind);
    ChoiceCombo::select(m_kind, partner.kind);
    m_industry = new QComboBox(this);
    ChoiceCombo::fill<Industry>(m_industry);
    ChoiceCombo::select(m_industry, partner.industry);
    m_country = line(partner.country);
    m_city = line(partner.city);
    m_website = line(partner.website, QStringLiteral("https://"));
    m_contact = line(partner.contactPerson);
    m_email = line(partner.email, tr("name@example.com"));
    m_phone = line(partner.phone);
    m_tags = line(partner.capabilityTags.join(QStringLiteral(", ")), tr("comma-separated, e.g. medical imaging, IoT"));
    m_tier = new QComboBox(this);
    ChoiceCombo::fill<PartnerTier>(m_tier);
    ChoiceCombo::select(m_tier, partner.tier);
    m_status = new QComboBox(this);
    ChoiceCombo::fill<PartnerStatus>(m_status);
    ChoiceCombo::select(m_status, partner.status);
    m_rating = new QSpinBox(this);
    m_rating->setRange(0, 5);  // 0 reachable so the rule can be explained rather than silently clamped
    m_rating->setValue(partner.rating);
    m_notes = new QPlainTextEdit(partner.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);

    addSection(tr("Organisation"));
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("industry"), tr("&Industry:"), m_industry);
    addField(QStringLiteral("country"), tr("C&ountry:"), m_country);
    addField(QStringLiteral("city"), tr("Cit&y:"), m_city);
    addField(QStringLiteral("website"), tr("&Website:"), m_website);
    addField(QStringLiteral("capability_tags"), tr("Ca&pabilities:"), m_tags);
    addSection(tr("Contact"));
    addField(QStringLiteral("contact_person"), tr("&Contact person:"), m_contact);
    addField(QStringLiteral("email"), tr("&E-mail:"), m_email);
    addField(QStringLiteral("phone"), tr("P&hone:"), m_phone);
    addSection(tr("Relationship"));
    addField(QStringLiteral("tier"), tr("Tie&r:"), m_tier);
    addField(QStringLiteral("status"), tr("&Status:"), m_status);
    addField(QStringLiteral("rating"), tr("R&ating (1-5):"), m_rating);
    addField(QStringLiteral("notes"), tr("No&tes:"), m_notes);
    m_name->setFocus();
}

Partner PartnerDialog::partner() const
{
    Partner p = m_original;
    p.name = m_name->text().trimmed();
    p.kind = ChoiceCombo::selected(m_kind, PartnerKind::Other);
    p.industry = ChoiceCombo::selected(m_industry, Industry::Other);
    p.country = m_country->text().trimmed();
    p.city = m_city->text().trimmed();
    p.website = m_website->text().trimmed();
    p.contactPerson = m_contact->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.capabilityTags = splitTags(m_tags->text());
    p.tier = ChoiceCombo::selected(m_tier, PartnerTier::Standard);
    p.status = ChoiceCombo::selected(m_status, PartnerStatus::Prospect);
    p.rating = m_rating->value();
    p.notes = m_notes->toPlainText();
    return p;
}

QHash<QString, QString> PartnerDialog::validationErrors() const
{
    return byField(PartnerValidator(&m_repository).validate(partner()));
}
