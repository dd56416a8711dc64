#pragma once
// Preferences: the interface language (English or Simplified Chinese), applied on restart
// because every window's strings are built once; masking in exports; the expected return r.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    // Saves the choice; true when it differs from what was stored (a restart is needed).
    bool apply();

private:
    void updateSample();

    QComboBox *m_language = nullptr;
    QLabel *m_sample = nullptr;
    QCheckBox *m_maskPii = nullptr;
    QLineEdit *m_expectedReturn = nullptr;
};
