#include "ui/shell/SettingsDialog.h"
#include "models/records/DateText.h"

#include "ui/shell/AppSettings.h"
#include "models/records/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    // Language names are shown in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("&Language:"), m_language);
    m_sample = new QLabel(this);
    form->addRow(tr("Formats:"), m_sample);
    m_maskPii = new QCheckBox(tr("Mask e-mail addresses and phone numbers in CSV exports"), this);
    m_maskPii->setObjectName(QStringLiteral("maskPii"));
    m_maskPii->setToolTip(tr("Exported files show [email] and [phone] instead of the addresses and numbers, "
                             "for sharing lists outside the team. Amounts and dates are kept."));
    m_maskPii->setChecked(AppSettings::maskPiiInExports());
    form->addRow(tr("Privacy:"), m_maskPii);
    m_expectedReturn = new QLineEdit(AppSettings::expectedReturn().toPercentString(), this);
    m_expectedReturn->setObjectName(QStringLiteral("expectedReturn"));
    m_expectedReturn->setToolTip(tr("r in the cooperation benefit E = R - C + r × C: the return expected on the cost "
                                    "invested in the cooperations, usually 20% to 30%. Type a percentage (25%), a "
                                    "decimal (0.25) or a fraction (1/4)."));
    form->addRow(tr("Expected &return on cost (r):"), m_expectedReturn);
    layout->addLayout(form);

    auto *note = new QLabel(tr("A new language takes effect the next time Lepton Partner Studio starts. "
                               "Dates, numbers and money follow the same language's conventions."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString why;
        if (Rate::parse(m_expectedReturn->text(), &why)) return accept();
        QMessageBox::warning(this, tr("Settings"),
                             tr("The expected return on cost \"%1\" is not a rate: %2\nType it as 25%, 0.25 or 1/4.")
                                 .arg(m_expectedReturn->text(), why));
        m_expectedReturn->setFocus();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateSample);
    updateSample();
}

void SettingsDialog::updateSample()
{
    const QString code = m_language->currentData().toString();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    m_sample->setText(QStringLiteral("%1   %2   %3")
                          .arg(DateText::date(QDate::currentDate(), locale),
                               locale.toString(1234567.5, 'f', 1),
                               Money(123456789, QStringLiteral("CNY")).toString(locale)));
}

bool SettingsDialog::apply()
{
    AppSettings::setMaskPiiInExports(m_maskPii->isChecked());
    if (const std::optional<Rate> rate = Rate::parse(m_expectedReturn->text())) AppSettings::setExpectedReturn(*rate);
    const QString chosen = m_language->currentData().toString();
    if (chosen == AppSettings::language()) return false;
    AppSettings::setLanguage(chosen);
    return true;
}
