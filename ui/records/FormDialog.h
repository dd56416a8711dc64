#pragma once
// Base for every record form: labelled fields, each with a message under it that says what is
// wrong while the user types, and an OK button that stays disabled until the form is valid.
// Subclasses add fields and answer validationErrors(); the rules themselves belong to the data
// layer, so a form only maps them onto its widgets.
#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class ValidationResult;

class FormDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    // The message shown under the field with this key, empty when it is fine (tests read it too).
    QString errorText(const QString &key) const;
    bool isFormValid() const;
    QPushButton *okButton() const;
    // An extra button beside OK and Cancel (e.g. "Delete Entry").
    QPushButton *addButton(const QIcon &icon, const QString &text);

public slots:
    // Re-runs the checks and updates every message; called on each edit.
    void revalidate();

protected:
    void showEvent(QShowEvent *event) override;

    // Field key -> what is wrong with it. Keys are the ones passed to addField().
    virtual QHash<QString, QString> validationErrors() const = 0;
    // A data-layer validation result by field, several messages for one field joined.
    static QHash<QString, QString> byField(const ValidationResult &result);

    // Adds a labelled field; edits in it re-run the checks. The key also becomes its objectName.
    void addField(const QString &key, const QString &label, QWidget *field);
    // Adds a section heading across the form.
    void addSection(const QString &title);
private:
    // Re-runs the checks when the field changes (line edits, combos, dates, spin boxes, check
    // boxes, text, and FieldEditor composites).
    void watch(QWidget *widget);
    struct Field {
        QWidget *widget = nullptr;
        QLabel *error = nullptr;
        QString label;  // its caption without the accelerator, for the summary
        QString hint;   // the field's own tooltip, shown again once its error is put right
        bool touched = false;
    };
    void markTouched(QWidget *widget);

    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_summary = nullptr;
    QHash<QString, Field> m_fields;
    QList<QString> m_order;
    bool m_validating = false;
    bool m_sized = false;
    QWidget *m_body = nullptr;
};
