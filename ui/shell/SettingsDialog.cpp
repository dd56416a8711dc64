#include "ui/shell/SettingsDialog.h"

#include "ui/shell/AppSettings.h"
#include "models/records/Money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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
    layout->addLayout(form);

    auto *note = new QLabel(tr("A new language takes effect the next time Lepton Partner Studio starts. "
                               "Dates, numbers and money follow the same language's conventions."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
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
                          .arg(locale.toString(QDate::currentDate(), QLocale::ShortFormat),
                               locale.toString(1234567.5, 'f', 1),
                               Money(123456789, QStringLiteral("CNY")).toString(locale)));
}

bool SettingsDialog::apply()
{
    AppSettings::setMaskPiiInExports(m_maskPii->isChecked());
    const QString chosen = m_language->currentData().toString();
    if (chosen == AppSettings::language()) return false;
    AppSettings::setLanguage(chosen);
    return true;
}
